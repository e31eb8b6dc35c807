// A separate process that takes the lock, for the lock tests: `turns <file> <markers> <n>` takes it n times and writes
// enter/exit markers while holding it; `hold <file> <leaseMs>` takes it, says "held" and keeps it until killed.
import * as fs from 'node:fs';
import { acquireLock } from '../../src/core/lock';

async function main(): Promise<void> {
  const [mode, file, arg, lease] = process.argv.slice(2);
  if (mode === 'turns') {
    for (let i = 0; i < Number(lease ?? 3); i++) {
      const held = await acquireLock({ path: file, waitMs: 120_000, command: `turns ${process.pid}` });
      fs.appendFileSync(arg, `enter ${process.pid}\n`);
      await new Promise((r) => setTimeout(r, 30));
      fs.appendFileSync(arg, `exit ${process.pid}\n`);
      held.release();
    }
    return;
  }
  await acquireLock({ path: file, waitMs: 120_000, leaseMs: Number(arg), command: 'hold' });
  process.stdout.write('held\n');
  setInterval(() => undefined, 1000);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});

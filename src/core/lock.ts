// One deploy at a time per app on a host: an exclusive lock file, taken over when its holder is gone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StepFailed } from './errors';
import { sleep } from './deadline';

export async function withHostLock<T>(file: string, opts: { waitMs: number; onWait?: (holder: string) => void }, work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + opts.waitMs;
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = fs.readFileSync(file, 'utf8').trim();
      if (!alive(Number(holder))) {
        fs.rmSync(file, { force: true }); // its holder died without letting go
        continue;
      }
      if (!told) opts.onWait?.(holder);
      told = true;
      if (Date.now() > deadline) throw new StepFailed(`another slipway (pid ${holder}) holds ${file}`, 'wait for it to finish, or remove the file if that process is gone');
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function alive(pid: number): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

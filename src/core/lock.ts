// One deploy at a time per app on a host: an exclusive lock file, taken over when its holder is gone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StepFailed } from './errors';
import { pollUntil } from './deadline';

export interface HeldLock {
  path: string;
  release(): void;
}

export async function acquireLock(req: { path: string; waitMs: number }, onWait?: (holder: string) => void): Promise<HeldLock> {
  const file = req.path;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let holder = '';
  const take = (): boolean => {
    for (;;) {
      try {
        fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
        return true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        holder = fs.readFileSync(file, 'utf8').trim();
        if (alive(Number(holder))) return false;
        fs.rmSync(file, { force: true }); // its holder died without letting go
      }
    }
  };
  if (!take()) {
    onWait?.(holder);
    if (!(await pollUntil(take, req.waitMs, 200))) {
      throw new StepFailed(`another slipway (pid ${holder}) holds ${file}`, 'wait for it to finish, or remove the file if that process is gone');
    }
  }
  let held = true;
  return {
    path: file,
    release: () => {
      if (held) fs.rmSync(file, { force: true });
      held = false;
    },
  };
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

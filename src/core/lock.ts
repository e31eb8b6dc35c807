// One state-changing command at a time per app on a host. The lock file appears whole (a written temp file hard-linked
// into place, so no one ever reads it empty); its owner is boot id + PID namespace + pid + process start time, and the
// holder refreshes its mtime (a lease). A waiter takes it over only when the owner is provably dead in the same PID
// namespace, or — from another namespace (a Jenkins agent in a container), where a pid means nothing — when the lease
// ran out. Take-overs go through a short exclusive `.break` file and re-check the very file judged stale, so two
// waiters never remove each other's lock.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { StepFailed } from './errors';
import { pollUntil } from './deadline';

export interface LockOwner {
  boot: string;
  pidns: string;
  pid: number;
  start: string;
  nonce: string;
  command: string;
  since: string;
}

export interface HeldLock {
  path: string;
  release(): void;
}

export interface LockRequest {
  path: string;
  waitMs: number;
  /** Who takes it, as the waiters are told (`slipway deploy`). */
  command?: string;
  /** A holder that stops refreshing is stale after this long (when its death cannot be proven). */
  leaseMs?: number;
}

export const DEFAULT_LEASE_MS = 30_000;
/** Nobody holds `.break` longer than a few file operations; one older than this was left by a killed waiter. */
const BREAK_STALE_MS = 10_000;

/** The lock every state-changing command of `app` takes (command.ts takes it for them). */
export function stateLockPath(stateDir: string, app: string): string {
  return path.join(stateDir, app, 'slipway.lock');
}

/** How long a state-changing command waits for the one before it (a deploy drains for minutes at most). */
export const STATE_LOCK_WAIT_MS = 15 * 60_000;

/** The app's one lock for `command` (`slipway deploy`), waiting for its holder with a line in the log. */
export function takeStateLock(stateDir: string, app: string, command: string, log: (line: string) => void): Promise<HeldLock> {
  const file = stateLockPath(stateDir, app);
  return acquireLock({ path: file, waitMs: STATE_LOCK_WAIT_MS, command }, (holder) =>
    log(`${holder} holds ${file} (one state-changing command at a time for ${app}); waiting up to ${STATE_LOCK_WAIT_MS / 60_000} min`));
}

export async function acquireLock(req: LockRequest, onWait?: (holder: string) => void): Promise<HeldLock> {
  const file = req.path;
  const leaseMs = req.leaseMs ?? DEFAULT_LEASE_MS;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (err) {
    throw new StepFailed(`cannot create ${path.dirname(file)} for the lock: ${(err as Error).message}`, 'run as a user who may write stateDir, or point stateDir elsewhere');
  }
  const me = selfOwner(req.command ?? 'slipway');
  let holder = '';
  const take = (): boolean => {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (linkWhole(file, me)) return true;
      const seen = snapshot(file);
      if (!seen) continue; // released between our link and our read
      if (!isStale(seen, me, leaseMs)) {
        holder = describeOwner(seen.owner, me);
        return false;
      }
      breakStale(file, seen, me);
    }
    return false;
  };
  if (!take()) {
    onWait?.(holder);
    if (!(await pollUntil(take, req.waitMs, 200))) {
      throw new StepFailed(`${holder} still holds ${file} after ${Math.round(req.waitMs / 1000)} s`, 'wait for it to finish; a killed holder is taken over on its own (within the lease when it ran in another PID namespace)');
    }
  }
  return hold(file, me, leaseMs);
}

/** The lock as held: a lease refreshed on the linked file itself (by its descriptor), released only if still ours. */
function hold(file: string, me: LockOwner, leaseMs: number): HeldLock {
  const fd = fs.openSync(file, 'r');
  const ino = fs.fstatSync(fd).ino;
  const timer = setInterval(() => {
    const now = new Date();
    try {
      fs.futimesSync(fd, now, now);
    } catch {
      /* the next refresh tries again */
    }
  }, Math.max(100, Math.floor(leaseMs / 6)));
  timer.unref();
  let held = true;
  return {
    path: file,
    release: () => {
      if (!held) return;
      held = false;
      clearInterval(timer);
      if (statOf(file)?.ino === ino && readOwner(file)?.nonce === me.nonce) fs.rmSync(file, { force: true });
      fs.closeSync(fd);
    },
  };
}

/** Creates `file` with the owner in it, all at once: false when it exists. */
function linkWhole(file: string, owner: LockOwner, target = file): boolean {
  const tmp = `${file}.${owner.nonce}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(owner) + '\n', { flag: 'wx' });
  try {
    fs.linkSync(tmp, target);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return false;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

interface Snapshot {
  text: string;
  owner?: LockOwner;
  ino: number;
  mtimeMs: number;
}

function snapshot(file: string): Snapshot | undefined {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const st = fs.fstatSync(fd);
      const text = fs.readFileSync(fd, 'utf8');
      return { text, owner: parseOwner(text), ino: st.ino, mtimeMs: st.mtimeMs };
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Dead for sure in our namespace; elsewhere (or unreadable) only when its lease ran out. */
function isStale(s: Snapshot, me: LockOwner, leaseMs: number): boolean {
  const o = s.owner;
  if (o && o.boot === me.boot && o.pidns === me.pidns && me.pidns) return !alive(o.pid, o.start);
  return Date.now() - s.mtimeMs > leaseMs;
}

/** Removes the lock judged stale — only if it is still that very file — while holding `.break`. */
function breakStale(file: string, seen: Snapshot, me: LockOwner): void {
  const brk = `${file}.break`;
  if (!linkWhole(file, me, brk)) {
    const b = snapshot(brk);
    if (b && isStale(b, me, BREAK_STALE_MS)) fs.rmSync(brk, { force: true });
    return;
  }
  try {
    const now = snapshot(file);
    if (now && now.ino === seen.ino && now.mtimeMs === seen.mtimeMs && now.text === seen.text) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(brk, { force: true });
  }
}

export function selfOwner(command: string): LockOwner {
  return {
    boot: readText('/proc/sys/kernel/random/boot_id'),
    pidns: readLink('/proc/self/ns/pid'),
    pid: process.pid,
    start: startTimeOf(process.pid),
    nonce: randomBytes(8).toString('hex'),
    command,
    since: new Date().toISOString(),
  };
}

function describeOwner(o: LockOwner | undefined, me: LockOwner): string {
  if (!o) return 'another slipway (its lock file is not readable; taken over when not refreshed)';
  const where = o.boot === me.boot && o.pidns === me.pidns ? '' : ' in another PID namespace';
  return `${o.command || 'another slipway'} (pid ${o.pid}${where}, since ${o.since})`;
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const o = JSON.parse(text) as LockOwner;
    return typeof o?.pid === 'number' && typeof o.nonce === 'string' ? o : undefined;
  } catch {
    return undefined;
  }
}

const readOwner = (file: string): LockOwner | undefined => parseOwner(readText(file));

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Alive, and the same process (a recycled pid has another start time). */
function alive(pid: number, start: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = startTimeOf(pid);
  return !now || !start || now === start;
}

/** Field 22 of /proc/<pid>/stat (clock ticks since boot), read after the command name, which may hold spaces. */
function startTimeOf(pid: number): string {
  const stat = readText(`/proc/${pid}/stat`);
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function readLink(file: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return '';
  }
}

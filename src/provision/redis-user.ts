// Redis runs as the `redis` account Debian's package creates, never as root: its files are that account's, and a
// root-run Redis of an older slipway is restarted once as `redis`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Action } from '../core/plan';
import { inProcess } from '../core/actions';
import { aofNames } from './redis-server';

export const REDIS_USER = 'redis';

export interface Account {
  uid: number;
  gid: number;
}

/** The `redis` account from /etc/passwd, or undefined where there is none. */
export function redisAccount(passwd = '/etc/passwd'): Account | undefined {
  try {
    const line = fs.readFileSync(passwd, 'utf8').split('\n').find((l) => l.startsWith(`${REDIS_USER}:`));
    const [, , uid, gid] = line?.split(':') ?? [];
    return line ? { uid: Number(uid), gid: Number(gid) } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the local process `pid` runs as root (real uid 0); undefined when it cannot be read. */
export function runsAsRoot(pid: number | undefined): boolean | undefined {
  if (!pid) return undefined;
  try {
    const uid = /^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return uid === undefined ? undefined : uid === '0';
  } catch {
    return undefined;
  }
}

/** Every file of this port's Redis (config, data dir, snapshot, AOF, pid file, log) given to the account. */
export function giveToRedis(account: Account, opts: { conf: string; dir: string; port: number; logfile?: string }): Action {
  const aof = aofNames(opts.port);
  const paths = [opts.conf, opts.dir, path.join(opts.dir, `slipway-${opts.port}.rdb`), path.join(opts.dir, aof.dirname), path.join(opts.dir, `slipway-${opts.port}.pid`), ...(opts.logfile ? [opts.logfile] : [])];
  return inProcess('file', `give Redis's files to user ${REDIS_USER} (it does not run as root)`, { paths, owner: REDIS_USER }, async () => {
    fs.mkdirSync(opts.dir, { recursive: true, mode: 0o750 });
    for (const p of paths) chownTree(p, account);
  });
}

function chownTree(p: string, account: Account): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(p);
  } catch {
    return; // not there (yet): Redis creates it as its own
  }
  fs.lchownSync(p, account.uid, account.gid);
  if (stat.isDirectory() && path.basename(p).startsWith('slipway-')) for (const e of fs.readdirSync(p)) chownTree(path.join(p, e), account);
}

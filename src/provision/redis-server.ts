// The host's Redis as `slipway provision` sets it up: loopback only, password from REDIS_URL when there is one.
import Redis, { type RedisOptions } from 'ioredis';
import { pollUntil } from '../core/deadline';
import * as fs from 'node:fs';
import { passwordOfUrl } from '../core/secrets';

export interface RedisProbe {
  answers: boolean;
  /** Answers, but refuses us: a password is set that REDIS_URL does not give. */
  needsPassword: boolean;
  /** Answers without a password although REDIS_URL has one. */
  openWithoutPassword: boolean;
  version?: string;
  /** Its process id (INFO server), to see which user it runs as. */
  pid?: number;
  /** How it persists, when it answers and lets us read its config. */
  persistence?: RedisPersistence;
}

export interface RedisPersistence {
  appendonly: string;
  appendfsync: string;
  aof: { filename: string; dirname: string };
  /** The file it was started with ('' when none). */
  configFile: string;
}

/** Every acknowledged write is on disk before Redis answers it. */
export const isDurable = (p: RedisPersistence): boolean => p.appendonly === 'yes' && p.appendfsync === 'always';

export async function probeRedis(host: string, port: number, redisUrl: string | undefined): Promise<RedisProbe> {
  const password = passwordOfUrl(redisUrl);
  const tryPing = async (withPassword: boolean) => {
    const options = { host, port, password: withPassword ? password : undefined, connectTimeout: 1500, enableOfflineQueue: false, enableReadyCheck: false };
    try {
      return await withRedis(options, async (client) => {
        await client.ping();
        const info = await client.info('server');
        return { ok: true as const, version: /redis_version:(\S+)/.exec(info)?.[1], pid: Number(/process_id:(\d+)/.exec(info)?.[1]) || undefined, persistence: await readPersistence(client, info).catch(() => undefined) };
      });
    } catch (err) {
      return { ok: false as const, noauth: /NOAUTH|WRONGPASS|invalid password/i.test(String((err as Error).message)), refused: true };
    }
  };
  const first = await tryPing(Boolean(password));
  if (first.ok) {
    const open = password ? (await tryPing(false)).ok : false;
    return { answers: true, needsPassword: false, openWithoutPassword: open, version: first.version, pid: first.pid, persistence: first.persistence };
  }
  if ('noauth' in first && first.noauth) return { answers: true, needsPassword: true, openWithoutPassword: false };
  return { answers: false, needsPassword: false, openWithoutPassword: false };
}

async function readPersistence(client: Redis, info: string): Promise<RedisPersistence> {
  const get = async (name: string) => ((await client.config('GET', name)) as string[])[1] ?? '';
  return {
    appendonly: await get('appendonly'), appendfsync: await get('appendfsync'),
    aof: { filename: await get('appendfilename'), dirname: await get('appenddirname') },
    configFile: /config_file:(.*)/.exec(info)?.[1]?.trim() ?? '',
  };
}

/**
 * Turns on the fsync'd AOF of a running Redis without a restart (a restart with AOF newly on would start empty: Redis 7
 * does not load the RDB then), and waits until its first AOF rewrite is on disk.
 */
export async function enableAof(host: string, port: number, password: string | undefined, timeoutMs = 60_000): Promise<void> {
  await withRedis({ host, port, password }, async (client) => {
    await client.config('SET', 'appendfsync', 'always');
    await client.config('SET', 'appendonly', 'yes');
    const written = await pollUntil(async () => {
      const info = await client.info('persistence');
      return /aof_enabled:1/.test(info) && /aof_rewrite_in_progress:0/.test(info) && !/aof_rewrite_scheduled:1/.test(info);
    }, timeoutMs, 100);
    if (!written) throw new Error(`Redis on ${host}:${port} did not finish writing its AOF within ${timeoutMs} ms; see its log`);
  });
}

/** SHUTDOWN SAVE (the snapshot is on disk when it exits), then waits until the port no longer answers. */
export async function shutdownSaving(host: string, port: number, password: string | undefined, timeoutMs = 60_000): Promise<void> {
  await withRedis({ host, port, password, commandTimeout: timeoutMs }, async (client) => {
    // the reply is the connection closing; a refusal (a failed save) is an answer
    const refused = await client.shutdown('SAVE').then((r) => `answered ${r}`, (err: Error) => (/closed|ECONNRESET/i.test(err.message) ? undefined : err.message));
    if (refused) throw new Error(`Redis on ${host}:${port} did not shut down (${refused}); nothing was changed`);
  });
  const gone = await pollUntil(async () => !(await probeRedis(host, port, undefined)).answers, timeoutMs, 100);
  if (!gone) throw new Error(`Redis on ${host}:${port} still answers ${timeoutMs} ms after SHUTDOWN SAVE`);
}

/** Where a Redis started from our config keeps its data: the last `dir` of the base file (Debian: /var/lib/redis). */
export function dataDirOf(baseFile: string): string {
  try {
    const dirs = [...fs.readFileSync(baseFile, 'utf8').matchAll(/^\s*dir\s+(\S+)/gm)].map((m) => m[1]);
    return dirs.at(-1) ?? '/var/lib/redis';
  } catch {
    return '/var/lib/redis';
  }
}

/** A snapshot but no AOF yet: started with AOF on, Redis 7 would ignore the snapshot and come up empty. */
export function rdbWithoutAof(dataDir: string, port: number): boolean {
  const aof = aofNames(port);
  return fs.existsSync(`${dataDir}/slipway-${port}.rdb`) && !fs.existsSync(`${dataDir}/${aof.dirname}/${aof.filename}.manifest`);
}

/** AOF file names per port (Redis 7: appenddirname), so several instances on one host keep apart. */
export function aofNames(port: number): { filename: string; dirname: string } {
  return { filename: `slipway-${port}.aof`, dirname: `slipway-${port}-aof` };
}

/**
 * Our config, whole (no include of a base file that a fresh host gets only later in the same provision run): its data
 * dir, loopback, port, daemonized, the password (file mode 0600, never argv), and
 * every write fsync'd to the AOF before Redis answers it (flag writes are rare; an acknowledged toggle must survive kill -9).
 * `aof` keeps the names a running Redis already writes (they cannot change while it runs).
 */
export function redisConfig(opts: { bind: string; port: number; dir: string; password?: string; aof?: { filename: string; dirname: string } }): string {
  const aof = opts.aof ?? aofNames(opts.port);
  const lines = [
    '# written by slipway provision',
    // never Redis's working directory, which is wherever provision ran (a checkout, a Jenkins workspace)
    `dir ${opts.dir}`,
    `bind ${opts.bind}`,
    `port ${opts.port}`,
    'protected-mode yes',
    'daemonize yes',
    'supervised no',
    // per port, so several instances on one host do not share a pid file, log or dump; in its data dir, which the
    // redis user owns (it cannot write /var/run)
    `pidfile ${opts.dir}/slipway-${opts.port}.pid`,
    `logfile ${redisLogFile(opts.port) ?? '""'}`,
    `dbfilename slipway-${opts.port}.rdb`,
    'appendonly yes',
    'appendfsync always',
    `appendfilename ${aof.filename}`,
    `appenddirname ${aof.dirname}`,
    ...(opts.password ? [`requirepass ${opts.password}`] : []),
  ];
  return lines.join('\n') + '\n';
}

/** Where our Redis logs (Debian's log dir, which the redis user may write), or undefined without one. */
export function redisLogFile(port: number): string | undefined {
  return fs.existsSync('/var/log/redis') ? `/var/log/redis/slipway-${port}.log` : undefined;
}

export async function setRedisPassword(host: string, port: number, password: string): Promise<void> {
  await withRedis({ host, port }, (client) => client.config('SET', 'requirepass', password));
}

/** One short-lived connection for an administrative command: no retries, no reconnect, always closed. */
async function withRedis<T>(opts: RedisOptions, work: (client: Redis) => Promise<T>): Promise<T> {
  const client = new Redis({ lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, ...opts });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await work(client);
  } finally {
    client.disconnect();
  }
}

// The host's Redis as `slipway provision` sets it up: loopback only, password from REDIS_URL when there is one.
import Redis from 'ioredis';
import * as fs from 'node:fs';
import { passwordOfUrl } from '../core/secrets';

export interface RedisProbe {
  answers: boolean;
  /** Answers, but refuses us: a password is set that REDIS_URL does not give. */
  needsPassword: boolean;
  /** Answers without a password although REDIS_URL has one. */
  openWithoutPassword: boolean;
  version?: string;
}

export async function probeRedis(host: string, port: number, redisUrl: string | undefined): Promise<RedisProbe> {
  const password = passwordOfUrl(redisUrl);
  const tryPing = async (withPassword: boolean) => {
    const client = new Redis({ host, port, password: withPassword ? password : undefined, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1500, enableOfflineQueue: false, enableReadyCheck: false });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      const info = await client.info('server');
      return { ok: true, version: /redis_version:(\S+)/.exec(info)?.[1] };
    } catch (err) {
      return { ok: false, noauth: /NOAUTH|WRONGPASS|invalid password/i.test(String((err as Error).message)), refused: true };
    } finally {
      client.disconnect();
    }
  };
  const first = await tryPing(Boolean(password));
  if (first.ok) {
    const open = password ? (await tryPing(false)).ok : false;
    return { answers: true, needsPassword: false, openWithoutPassword: open, version: first.version };
  }
  if ('noauth' in first && first.noauth) return { answers: true, needsPassword: true, openWithoutPassword: false };
  return { answers: false, needsPassword: false, openWithoutPassword: false };
}

/** AOF file names per port (Redis 7: appenddirname), so several instances on one host keep apart. */
export function aofNames(port: number): { filename: string; dirname: string } {
  return { filename: `slipway-${port}.aof`, dirname: `slipway-${port}-aof` };
}

/**
 * Our config: Debian's defaults, then loopback, port, daemonized, the password (file mode 0600, never argv), and
 * every write fsync'd to the AOF before Redis answers it (flag writes are rare; an acknowledged toggle must survive kill -9).
 * `aof` keeps the names a running Redis already writes (they cannot change while it runs).
 */
export function redisConfig(opts: { bind: string; port: number; password?: string; base?: string; aof?: { filename: string; dirname: string } }): string {
  const aof = opts.aof ?? aofNames(opts.port);
  const lines = [
    '# written by slipway provision',
    ...(opts.base && fs.existsSync(opts.base) ? [`include ${opts.base}`] : []),
    `bind ${opts.bind}`,
    `port ${opts.port}`,
    'protected-mode yes',
    'daemonize yes',
    'supervised no',
    // per port, so several instances on one host do not share a pid file, log or dump
    `pidfile /var/run/redis-slipway-${opts.port}.pid`,
    `logfile ${fs.existsSync('/var/log/redis') ? `/var/log/redis/slipway-${opts.port}.log` : '""'}`,
    `dbfilename slipway-${opts.port}.rdb`,
    'appendonly yes',
    'appendfsync always',
    `appendfilename ${aof.filename}`,
    `appenddirname ${aof.dirname}`,
    ...(opts.password ? [`requirepass ${opts.password}`] : []),
  ];
  return lines.join('\n') + '\n';
}

export async function setRedisPassword(host: string, port: number, password: string): Promise<void> {
  const client = new Redis({ host, port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.config('SET', 'requirepass', password);
  } finally {
    client.disconnect();
  }
}

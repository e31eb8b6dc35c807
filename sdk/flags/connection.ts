// ioredis connections for flags: fail fast while Redis is down (no queue of stale commands), reconnect forever
// with a short capped backoff, and never let an 'error' event go unhandled.
import Redis, { type RedisOptions } from 'ioredis';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export interface ConnectionOptions {
  /** Give up a command after this long (a hung Redis must not hang a caller). */
  commandTimeoutMs?: number;
  /** Longest wait between reconnect attempts. */
  maxBackoffMs?: number;
  /** Called with each connection error (once per outage is the caller's business). */
  onError?: (err: Error) => void;
  /** Subscriber connections keep their commands queued so SUBSCRIBE survives the first connect. */
  subscriber?: boolean;
}

export function openRedis(url: string, opts: ConnectionOptions = {}): Redis {
  const maxBackoffMs = opts.maxBackoffMs ?? 500;
  const options: RedisOptions = {
    lazyConnect: true,
    connectTimeout: 2000,
    commandTimeout: opts.subscriber ? undefined : (opts.commandTimeoutMs ?? 2000),
    enableOfflineQueue: Boolean(opts.subscriber),
    maxRetriesPerRequest: opts.subscriber ? null : 0,
    retryStrategy: (times) => Math.min(25 * 2 ** Math.min(times, 10), maxBackoffMs),
    // a failover may leave us talking to a read-only replica: reconnect rather than fail every write
    reconnectOnError: (err) => /READONLY/.test(err.message),
    autoResubscribe: true,
  };
  const redis = new Redis(url, options);
  redis.on('error', (err: Error) => opts.onError?.(err));
  return redis;
}

/** Where Redis is, as it may be printed: host:port (and /db), never the password nor the whole secret URL. */
export function displayRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    const db = u.pathname && u.pathname !== '/' ? u.pathname : '';
    return `${u.protocol === 'rediss:' ? 'rediss://' : ''}${u.hostname}:${u.port || 6379}${db}`;
  } catch {
    return '(unparsable REDIS_URL)';
  }
}

/** One connection for a one-shot command (CLI): connects, or fails within the timeout with a clear message. */
export async function connectOnce(url: string, timeoutMs = 3000): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, commandTimeout: timeoutMs, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let lastError: Error | undefined;
  redis.on('error', (err: Error) => (lastError = err));
  try {
    await redis.connect();
    return redis;
  } catch (err) {
    redis.disconnect();
    throw new Error(`Redis at ${displayRedisUrl(url)} does not answer: ${(lastError ?? (err as Error)).message}`);
  }
}

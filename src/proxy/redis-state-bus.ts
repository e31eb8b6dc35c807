// The canary's shared state between proxy instances (proxy.sharedState "redis"): a hash holds each field's latest
// change and the group's revision counter; a channel carries every change. One script numbers, stores and publishes
// a change atomically, so the channel's order is the revision order every instance applies.
import type Redis from 'ioredis';
import { displayRedisUrl, openRedis } from '../../sdk/flags/connection';
import { fieldKey, parseChange, type CanaryStateBus, type SequencedChange, type StateChange } from './state-bus';

const PUBLISH = `
local rev = redis.call('HINCRBY', KEYS[1], 'rev', 1)
local msg = '{"rev":' .. rev .. ',"change":' .. ARGV[3] .. '}'
redis.call('HSET', KEYS[1], ARGV[2], msg)
redis.call('PUBLISH', ARGV[1], msg)
return rev`;

/** A missed message (a blip on the subscriber connection) is caught up within this long. */
const RESYNC_MS = 5000;

export interface RedisBusOptions {
  /** REDIS_URL (with its password), or redis://127.0.0.1:<redis.port>. */
  url: string;
  /** proxy.sharedStateKey: every proxy instance of one app uses the same. */
  key: string;
  log: (message: string) => void;
}

export class RedisStateBus implements CanaryStateBus {
  private readonly commands: Redis;
  private readonly subscriber: Redis;
  private readonly channel: string;
  private readonly hash: string;
  /** Changes not yet sent (Redis unreachable): the latest per field, sent once it is back. */
  private readonly pending = new Map<string, StateChange>();
  private onChange: ((c: SequencedChange) => void) | undefined;
  private readonly timer: NodeJS.Timeout;
  private down = false;

  constructor(private readonly opts: RedisBusOptions) {
    this.hash = `${opts.key}:state`;
    this.channel = `${opts.key}:changes`;
    const where = displayRedisUrl(opts.url);
    const onError = (err: Error) => {
      if (!this.down) opts.log(`shared state: Redis at ${where} unreachable (${err.message}); this proxy keeps its own state and catches up when it is back`);
      this.down = true;
    };
    this.commands = openRedis(opts.url, { onError });
    this.subscriber = openRedis(opts.url, { onError, subscriber: true });
    this.subscriber.on('message', (channel: string, message: string) => channel === this.channel && this.deliver(message));
    this.commands.on('ready', () => {
      if (this.down) opts.log(`shared state: Redis at ${where} is back`);
      this.down = false;
      void this.flush();
      void this.resync();
    });
    this.timer = setInterval(() => void this.resync(), RESYNC_MS);
    this.timer.unref();
  }

  /** Connects both connections; fails (naming Redis, never its password) when Redis does not answer in time. */
  async start(): Promise<void> {
    try {
      await Promise.all([this.commands.connect(), this.subscriber.connect()]);
      await this.subscriber.subscribe(this.channel);
    } catch (err) {
      await this.close();
      throw new Error(`shared state: Redis at ${displayRedisUrl(this.opts.url)} does not answer (${(err as Error).message})`);
    }
  }

  publish(change: StateChange): void {
    this.pending.set(fieldKey(change), change);
    void this.flush();
  }

  subscribe(onChange: (c: SequencedChange) => void): void {
    this.onChange = onChange;
  }

  async snapshot(): Promise<SequencedChange[]> {
    const all = await this.commands.hgetall(this.hash);
    return Object.entries(all).filter(([field]) => field !== 'rev').map(([, v]) => this.parse(v)).filter((c): c is SequencedChange => c !== undefined).sort((a, b) => a.rev - b.rev);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.onChange = undefined;
    this.subscriber.disconnect();
    // what this instance decided last still reaches the group, if Redis answers
    await Promise.all(this.flush());
    this.commands.disconnect();
  }

  private flush(): Promise<void>[] {
    if (this.commands.status !== 'ready') return [];
    const sent = [...this.pending].map(([key, change]) => this.send(key, change));
    this.pending.clear();
    return sent;
  }

  private async send(key: string, change: StateChange): Promise<void> {
    try {
      await this.commands.eval(PUBLISH, 1, this.hash, this.channel, key, JSON.stringify(change));
    } catch (err) {
      if (!this.pending.has(key)) this.pending.set(key, change); // unless a newer change of it waits already
      this.opts.log(`shared state: could not publish the ${key} change (${(err as Error).message}); retried when Redis is back`);
    }
  }

  private async resync(): Promise<void> {
    if (this.commands.status !== 'ready') return;
    try {
      for (const c of await this.snapshot()) this.onChange?.(c);
    } catch {
      // the error handler has reported the outage; the next resync catches up
    }
  }

  private deliver(message: string): void {
    const c = this.parse(message);
    if (c) this.onChange?.(c);
  }

  private parse(message: string): SequencedChange | undefined {
    try {
      const c = parseChange(JSON.parse(message));
      if (!c) this.opts.log(`shared state: ignored a malformed change on ${this.channel}`);
      return c;
    } catch {
      this.opts.log(`shared state: ignored a message on ${this.channel} that is not JSON`);
      return undefined;
    }
  }
}

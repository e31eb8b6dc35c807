// Keeps the client's in-process snapshot in step with Redis: a full read on every (re)connect, on a version that moved
// and every fullResyncMs; change messages in between (held back while a read runs); an outage logged once and
// reported as stale while the last known values keep serving; the values saved to the backup file after a change;
// a namespace that came back empty from Redis refilled from the last known values.
import type Redis from 'ioredis';
import { DEFAULT_REDIS_URL, displayRedisUrl, openRedis } from './connection';
import { flagKeys, VERSION_FIELD, type FlagKeys } from './keys';
import { storedFlagsFromHash } from './store';
import { FlagSnapshot, parseChangeMessage, type ChangeMessage, type FlagChange } from './snapshot';
import { readBackup, writeBackup } from './backup';
import { restorable, restoreIfEmpty } from './restore';
import { encodeValue } from './values';
import { Listeners } from './listeners';
import type { FlagClientOptions, FlagStatus } from './client-types';

type Log = NonNullable<FlagClientOptions['log']>;

/** Past this many change messages held back during a read, they are dropped and the next full read covers them. */
const MAX_BUFFERED = 10_000;

export class FlagSync {
  readonly snapshot = new FlagSnapshot();
  readonly changes: Listeners<FlagChange>;
  readonly statuses: Listeners<FlagStatus>;
  private readonly keys: FlagKeys;
  private readonly url: string;
  private readonly checkIntervalMs: number;
  private readonly staleAfterMs: number;
  private readonly fullResyncMs: number;
  private readonly log: Log;
  private source: FlagStatus['source'] = 'defaults';
  private syncedAt: number | undefined;
  private lastCheckAt = 0;
  private lastError: string | undefined;
  private outage = false;
  private syncing: Promise<boolean> | undefined;
  private syncAgain = false;
  private buffered: ChangeMessage[] = [];
  private started: Promise<FlagStatus> | undefined;
  private closed = false;
  private checkTimer: NodeJS.Timeout | undefined;
  private backupTimer: NodeJS.Timeout | undefined;
  private lastStale: boolean | undefined;
  private cmd: Redis | undefined;
  private sub: Redis | undefined;

  constructor(private readonly opts: FlagClientOptions) {
    this.keys = flagKeys(opts.namespace);
    this.url = opts.redisUrl || process.env.REDIS_URL || DEFAULT_REDIS_URL;
    this.checkIntervalMs = opts.checkIntervalMs ?? 1000;
    this.staleAfterMs = opts.staleAfterMs ?? 3 * this.checkIntervalMs + 1000;
    this.fullResyncMs = opts.fullResyncMs ?? 30_000;
    const log = opts.log ?? (() => undefined);
    this.log = log;
    const onThrow = (err: Error) => log({ level: 'warn', msg: 'flags: a listener threw', error: err.message });
    this.changes = new Listeners(onThrow);
    this.statuses = new Listeners(onThrow);
  }

  status(): FlagStatus {
    const connected = this.cmd?.status === 'ready' && this.sub?.status === 'ready';
    const stale = this.source !== 'redis' || !connected || Date.now() - this.lastCheckAt > this.staleAfterMs;
    return {
      stale, source: this.source, version: this.snapshot.version, connected,
      ...(this.syncedAt ? { syncedAt: new Date(this.syncedAt).toISOString() } : {}),
      redis: displayRedisUrl(this.url),
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  start(): Promise<FlagStatus> {
    if (this.started) return this.started;
    this.loadBackup();
    this.connect();
    this.started = this.firstSync();
    return this.started;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.checkTimer) clearInterval(this.checkTimer);
    if (this.backupTimer) {
      clearTimeout(this.backupTimer);
      this.backupTimer = undefined;
      this.saveBackup();
    }
    this.cmd?.disconnect();
    this.sub?.disconnect();
  }

  /** One full read of the hash; concurrent calls share it, and a call during a read queues one more. */
  sync(): Promise<boolean> {
    if (this.syncing) {
      this.syncAgain = true;
      return this.syncing;
    }
    // .then runs after this assignment even when readAll returns at once
    const current = this.readAll().then((ok) => {
      this.syncing = undefined;
      const pending = this.buffered.sort((a, b) => a.version - b.version);
      this.buffered = [];
      for (const m of pending) this.applyMessage(m);
      this.noteStatus();
      if (this.syncAgain) {
        this.syncAgain = false;
        void this.sync();
      }
      return ok;
    });
    this.syncing = current;
    return current;
  }

  private connect(): void {
    const onError = (err: Error) => this.noteError(err);
    const cmd = (this.cmd = openRedis(this.url, { onError }));
    const sub = (this.sub = openRedis(this.url, { onError, subscriber: true }));
    // every (re)connect re-reads everything: messages published while we were away are gone
    cmd.on('ready', () => void this.sync());
    sub.on('ready', () => void this.sync());
    // a lost connection is an outage at once, before the first failed reconnect says why
    cmd.on('close', () => (this.closed ? undefined : this.noteError(new Error('connection to Redis lost'))));
    sub.on('close', () => (this.closed ? undefined : this.noteError(new Error('subscription connection to Redis lost'))));
    sub.on('message', (channel: string, text: string) => this.onMessage(channel, text));
    cmd.connect().catch(onError);
    sub.connect().catch(onError);
    // the first sync after SUBSCRIBE is in place: nothing published in between is lost
    sub.subscribe(this.keys.channel).then(() => this.sync(), onError);
    this.checkTimer = setInterval(() => void this.checkVersion(), this.checkIntervalMs);
    this.checkTimer.unref();
  }

  private firstSync(): Promise<FlagStatus> {
    return new Promise((resolve) => {
      const startTimeoutMs = this.opts.startTimeoutMs ?? 2000;
      const timer = setTimeout(() => done(), startTimeoutMs);
      const poll = setInterval(() => this.source === 'redis' && done(), 10);
      const done = () => {
        clearTimeout(timer);
        clearInterval(poll);
        if (this.source !== 'redis') this.log({ level: 'warn', msg: `flags: no sync with Redis within ${startTimeoutMs} ms, serving ${this.source === 'backup' ? 'the backup file' : 'defaults'} until it answers`, redis: displayRedisUrl(this.url) });
        resolve(this.status());
      };
    });
  }

  private async readAll(): Promise<boolean> {
    try {
      if (!this.cmd || this.cmd.status !== 'ready') return false;
      let { version, texts } = storedFlagsFromHash(await this.cmd.hgetall(this.keys.flags));
      if (version === 0 && texts.size === 0 && this.opts.restore !== false && (await this.restoreLastKnown(this.cmd))) ({ version, texts } = storedFlagsFromHash(await this.cmd.hgetall(this.keys.flags)));
      const changes = this.snapshot.replace(version, texts);
      const wasDown = this.outage || this.source !== 'redis';
      this.source = 'redis';
      this.syncedAt = this.lastCheckAt = Date.now();
      this.outage = false;
      this.lastError = undefined;
      if (wasDown) this.log({ level: 'info', msg: 'flags: in sync with Redis', redis: displayRedisUrl(this.url), version });
      for (const c of changes) this.changes.emit(c);
      if (changes.length || wasDown) this.scheduleBackup();
      return true;
    } catch (err) {
      this.noteError(err as Error);
      return false;
    }
  }

  /** Redis came back without the namespace while we hold written values (from Redis or the backup): put them back. */
  private async restoreLastKnown(cmd: Redis): Promise<boolean> {
    const last = { version: this.snapshot.version, texts: new Map([...this.snapshot.values].map(([n, v]) => [n, encodeValue(v)])) };
    if (!restorable(last)) return false;
    try {
      const r = await restoreIfEmpty(cmd, this.keys, last, { actor: `flag client pid ${process.pid} (last known flags from ${this.source === 'backup' ? 'its backup file' : 'memory'})` });
      if (r.restored) this.log({ level: 'warn', msg: `flags: Redis came back EMPTY for namespace ${this.opts.namespace}: restored ${r.count} flags at version ${r.version} from this client's last known values; audit source "restore"`, redis: displayRedisUrl(this.url) });
      return r.restored;
    } catch (err) {
      // a read-only Redis user: serve what Redis has, say why it was not restored
      this.log({ level: 'warn', msg: `flags: Redis came back empty for namespace ${this.opts.namespace} and the last known flags could not be restored`, error: (err as Error).message });
      return false;
    }
  }

  private async checkVersion(): Promise<void> {
    if (this.closed || !this.cmd || this.cmd.status !== 'ready') return this.noteStatus();
    try {
      const version = Number((await this.cmd.hget(this.keys.flags, VERSION_FIELD)) ?? 0);
      this.lastCheckAt = Date.now();
      // not "greater": a Redis restarted without its data starts counting again
      if (version !== this.snapshot.version || this.source !== 'redis' || Date.now() - (this.syncedAt ?? 0) >= this.fullResyncMs) await this.sync();
      this.noteStatus();
    } catch (err) {
      this.noteError(err as Error);
    }
  }

  private onMessage(channel: string, text: string): void {
    if (channel !== this.keys.channel) return;
    const m = parseChangeMessage(text);
    if (!m) return void this.sync();
    if (!this.syncing && this.source === 'redis') return this.applyMessage(m);
    if (this.buffered.length < MAX_BUFFERED) this.buffered.push(m);
    else this.syncAgain = true;
  }

  private applyMessage(m: ChangeMessage): void {
    const { outcome, change } = this.snapshot.apply(m);
    if (outcome === 'gap') void this.sync();
    if (change) {
      this.changes.emit(change);
      this.scheduleBackup();
    }
  }

  private noteStatus(): void {
    const s = this.status();
    if (s.stale !== this.lastStale) {
      this.lastStale = s.stale;
      this.statuses.emit(s);
    }
  }

  private noteError(err: Error): void {
    this.lastError = err.message;
    if (!this.outage && !this.closed) {
      this.outage = true;
      this.log({ level: 'warn', msg: 'flags: redis unreachable, serving the last known values', redis: displayRedisUrl(this.url), error: err.message });
    }
    this.noteStatus();
  }

  private loadBackup(): void {
    if (!this.opts.backupFile) return;
    const backup = readBackup(this.opts.backupFile, this.opts.namespace);
    if (!backup) return;
    this.snapshot.load(backup.flags, backup.version);
    this.source = 'backup';
    this.log({ level: 'info', msg: 'flags: loaded the backup file until Redis answers', file: this.opts.backupFile, savedAt: backup.savedAt });
  }

  private scheduleBackup(): void {
    if (!this.opts.backupFile || this.backupTimer) return;
    this.backupTimer = setTimeout(() => {
      this.backupTimer = undefined;
      this.saveBackup();
    }, 200);
    this.backupTimer.unref();
  }

  private saveBackup(): void {
    if (!this.opts.backupFile || this.source !== 'redis') return;
    try {
      writeBackup(this.opts.backupFile, { namespace: this.opts.namespace, version: this.snapshot.version, savedAt: new Date().toISOString(), flags: this.snapshot.toObject() });
    } catch (err) {
      this.log({ level: 'warn', msg: 'flags: cannot write the backup file', file: this.opts.backupFile, error: (err as Error).message });
    }
  }
}

// The flag client apps embed: every evaluation reads an in-process snapshot (no Redis round trip), changes arrive
// over pub/sub, a periodic version check and every reconnect re-sync it, and while Redis is down it keeps serving
// the last known values and says they are stale. Nothing on the evaluation path throws.
import type Redis from 'ioredis';
import { DEFAULT_REDIS_URL, displayRedisUrl, openRedis } from './connection';
import { flagKeys, VERSION_FIELD } from './keys';
import { storedFlagsFromHash } from './store';
import { FlagSnapshot, parseChangeMessage, type ChangeMessage, type FlagChange } from './snapshot';
import { readBackup, writeBackup } from './backup';
import type { FlagValue } from './values';

import type { FlagClient, FlagClientOptions, FlagStatus } from './client-types';

export type { FlagValue } from './values';
export type { FlagChange } from './snapshot';
export type { FlagClient, FlagClientOptions, FlagStatus } from './client-types';

export function createFlagClient(opts: FlagClientOptions): FlagClient {
  const keys = flagKeys(opts.namespace);
  const url = opts.redisUrl || process.env.REDIS_URL || DEFAULT_REDIS_URL;
  const checkIntervalMs = opts.checkIntervalMs ?? 1000;
  const staleAfterMs = opts.staleAfterMs ?? 3 * checkIntervalMs + 1000;
  const fullResyncMs = opts.fullResyncMs ?? 30_000;
  const defaults = new Map(Object.entries(opts.defaults ?? {}));
  const log = opts.log ?? (() => undefined);
  const snapshot = new FlagSnapshot();
  const changeListeners = new Set<(c: FlagChange) => void>();
  const statusListeners = new Set<(s: FlagStatus) => void>();

  let source: FlagStatus['source'] = 'defaults';
  let syncedAt: number | undefined;
  let lastCheckAt = 0;
  let lastError: string | undefined;
  let outage = false;
  let syncing: Promise<boolean> | undefined;
  let syncAgain = false;
  let buffered: ChangeMessage[] = [];
  let started: Promise<FlagStatus> | undefined;
  let closed = false;
  let checkTimer: NodeJS.Timeout | undefined;
  let backupTimer: NodeJS.Timeout | undefined;
  let lastStale: boolean | undefined;
  let cmd: Redis | undefined;
  let sub: Redis | undefined;

  const lookup = (name: string): FlagValue | undefined => (snapshot.values.has(name) ? snapshot.values.get(name) : defaults.get(name));

  const status = (): FlagStatus => {
    const connected = cmd?.status === 'ready' && sub?.status === 'ready';
    const stale = source !== 'redis' || !connected || Date.now() - lastCheckAt > staleAfterMs;
    return {
      stale, source, version: snapshot.version, connected,
      ...(syncedAt ? { syncedAt: new Date(syncedAt).toISOString() } : {}),
      redis: displayRedisUrl(url),
      ...(lastError ? { lastError } : {}),
    };
  };

  const emit = <T>(listeners: Set<(v: T) => void>, value: T) => {
    for (const l of listeners) {
      try {
        l(value);
      } catch (err) {
        log({ level: 'warn', msg: 'flags: a listener threw', error: (err as Error).message });
      }
    }
  };

  const noteStatus = () => {
    const s = status();
    if (s.stale !== lastStale) {
      lastStale = s.stale;
      emit(statusListeners, s);
    }
  };

  const noteError = (err: Error) => {
    lastError = err.message;
    if (!outage && !closed) {
      outage = true;
      log({ level: 'warn', msg: 'flags: redis unreachable, serving the last known values', redis: displayRedisUrl(url), error: err.message });
    }
    noteStatus();
  };

  const scheduleBackup = () => {
    if (!opts.backupFile || backupTimer) return;
    backupTimer = setTimeout(() => {
      backupTimer = undefined;
      saveBackup();
    }, 200);
    backupTimer.unref();
  };

  const saveBackup = () => {
    if (!opts.backupFile || source !== 'redis') return;
    try {
      writeBackup(opts.backupFile, { namespace: opts.namespace, version: snapshot.version, savedAt: new Date().toISOString(), flags: snapshot.toObject() });
    } catch (err) {
      log({ level: 'warn', msg: 'flags: cannot write the backup file', file: opts.backupFile, error: (err as Error).message });
    }
  };

  const applyMessage = (m: ChangeMessage) => {
    const { outcome, change } = snapshot.apply(m);
    if (outcome === 'gap') void sync();
    if (change) {
      emit(changeListeners, change);
      scheduleBackup();
    }
  };

  const readAll = async (): Promise<boolean> => {
    try {
      if (!cmd || cmd.status !== 'ready') return false;
      const { version, texts } = storedFlagsFromHash(await cmd.hgetall(keys.flags));
      const changes = snapshot.replace(version, texts);
      const wasDown = outage || source !== 'redis';
      source = 'redis';
      syncedAt = lastCheckAt = Date.now();
      outage = false;
      lastError = undefined;
      if (wasDown) log({ level: 'info', msg: 'flags: in sync with Redis', redis: displayRedisUrl(url), version });
      for (const c of changes) emit(changeListeners, c);
      if (changes.length || wasDown) scheduleBackup();
      return true;
    } catch (err) {
      noteError(err as Error);
      return false;
    }
  };

  /** One full read of the hash; concurrent calls share it, and a call during a read queues one more. */
  const sync = (): Promise<boolean> => {
    if (syncing) {
      syncAgain = true;
      return syncing;
    }
    // .then runs after this assignment even when readAll returns at once
    const current = readAll().then((ok) => {
      syncing = undefined;
      const pending = buffered.sort((a, b) => a.version - b.version);
      buffered = [];
      for (const m of pending) applyMessage(m);
      noteStatus();
      if (syncAgain) {
        syncAgain = false;
        void sync();
      }
      return ok;
    });
    syncing = current;
    return current;
  };

  const checkVersion = async () => {
    if (closed || !cmd || cmd.status !== 'ready') return noteStatus();
    try {
      const version = Number((await cmd.hget(keys.flags, VERSION_FIELD)) ?? 0);
      lastCheckAt = Date.now();
      // not "greater": a Redis restarted without its data starts counting again
      if (version !== snapshot.version || source !== 'redis' || Date.now() - (syncedAt ?? 0) >= fullResyncMs) await sync();
      noteStatus();
    } catch (err) {
      noteError(err as Error);
    }
  };

  const onMessage = (channel: string, text: string) => {
    if (channel !== keys.channel) return;
    const m = parseChangeMessage(text);
    if (!m) return void sync();
    if (!syncing && source === 'redis') return applyMessage(m);
    // bounded: past this many, the messages are dropped and the next full read covers them
    if (buffered.length < 10_000) buffered.push(m);
    else syncAgain = true;
  };

  const connect = () => {
    cmd = openRedis(url, { onError: noteError });
    sub = openRedis(url, { onError: noteError, subscriber: true });
    // every (re)connect re-reads everything: messages published while we were away are gone
    cmd.on('ready', () => void sync());
    sub.on('ready', () => void sync());
    // a lost connection is an outage at once, before the first failed reconnect says why
    cmd.on('close', () => (closed ? undefined : noteError(new Error('connection to Redis lost'))));
    sub.on('close', () => (closed ? undefined : noteError(new Error('subscription connection to Redis lost'))));
    sub.on('message', onMessage);
    cmd.connect().catch(noteError);
    sub.connect().catch(noteError);
    // the first sync after SUBSCRIBE is in place: nothing published in between is lost
    sub.subscribe(keys.channel).then(() => sync(), noteError);
    checkTimer = setInterval(() => void checkVersion(), checkIntervalMs);
    checkTimer.unref();
  };

  const firstSync = (): Promise<FlagStatus> =>
    new Promise((resolve) => {
      const startTimeoutMs = opts.startTimeoutMs ?? 2000;
      const timer = setTimeout(() => done(), startTimeoutMs);
      const poll = setInterval(() => source === 'redis' && done(), 10);
      const done = () => {
        clearTimeout(timer);
        clearInterval(poll);
        if (source !== 'redis') log({ level: 'warn', msg: `flags: no sync with Redis within ${startTimeoutMs} ms, serving ${source === 'backup' ? 'the backup file' : 'defaults'} until it answers`, redis: displayRedisUrl(url) });
        resolve(status());
      };
    });

  return {
    get: <T>(name: string, defaultValue: T) => {
      const v = lookup(name);
      return v === undefined ? defaultValue : v;
    },
    getBoolean: (name, d) => {
      const v = lookup(name);
      return typeof v === 'boolean' ? v : d;
    },
    getString: (name, d) => {
      const v = lookup(name);
      return typeof v === 'string' ? v : d;
    },
    getNumber: (name, d) => {
      const v = lookup(name);
      return typeof v === 'number' ? v : d;
    },
    getJson: <T extends FlagValue>(name: string, d: T) => {
      const v = lookup(name);
      return (v !== undefined && (d === null || typeof v === typeof d) ? v : d) as T;
    },
    has: (name) => lookup(name) !== undefined,
    all: () => ({ ...Object.fromEntries(defaults), ...snapshot.toObject() }),
    status,
    start() {
      if (started) return started;
      if (opts.backupFile) {
        const backup = readBackup(opts.backupFile, opts.namespace);
        if (backup) {
          snapshot.load(backup.flags, backup.version);
          source = 'backup';
          log({ level: 'info', msg: 'flags: loaded the backup file until Redis answers', file: opts.backupFile, savedAt: backup.savedAt });
        }
      }
      connect();
      started = firstSync();
      return started;
    },
    async close() {
      closed = true;
      if (checkTimer) clearInterval(checkTimer);
      if (backupTimer) {
        clearTimeout(backupTimer);
        backupTimer = undefined;
        saveBackup();
      }
      cmd?.disconnect();
      sub?.disconnect();
    },
    refresh: () => sync(),
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
  };
}

// for apps and their tests that look at Redis themselves
export { flagKeys } from './keys';
export { decodeValue } from './values';

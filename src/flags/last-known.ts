// The toggle server's last known flags: read after every write it answers (before the answer) and every second, so
// a Redis that comes back empty is noticed and refilled from them instead of the apps falling back to defaults.
import type Redis from 'ioredis';
import type { FlagStore, WriteResult } from '../../sdk/flags/store';
import { restorable, restoreIfEmpty, type LastKnownFlags } from '../../sdk/flags/restore';

export type ServeLog = (line: string, level?: 'info' | 'warn') => void;

export class LastKnownFlagsKeeper {
  private last: LastKnownFlags | undefined;
  private checking: Promise<void> | undefined;

  constructor(private readonly redis: Redis, private readonly store: FlagStore, private readonly log: ServeLog) {}

  /** The store whose writes answer only after the keeper has read what they wrote. */
  remembering(): FlagStore {
    const { store } = this;
    const after = async (r: WriteResult) => {
      // a read already under way may predate this write: wait for it, then read again
      await this.checking?.catch(() => undefined);
      await this.check().catch(() => undefined);
      return r;
    };
    return {
      namespace: store.namespace, keys: store.keys,
      stored: () => store.stored(), list: () => store.list(), get: (n) => store.get(n), audit: (o) => store.audit(o),
      seedDefaults: (o) => store.seedDefaults(o),
      set: async (n, v, o) => after(await store.set(n, v, o)),
      toggle: async (n, o) => after(await store.toggle(n, o)),
      remove: async (n, o) => after(await store.remove(n, o)),
      define: async (n, d, o) => after(await store.define(n, d, o)),
    };
  }

  /** Reads the namespace: remembers it, or, when it is gone while we remember a written one, restores it. */
  check(): Promise<void> {
    this.checking ??= this.readOrRestore().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async readOrRestore(): Promise<void> {
    const now = await this.store.stored();
    if (now.version > 0 || now.texts.size > 0) {
      this.last = now;
      return;
    }
    if (!restorable(this.last)) return;
    const last = this.last;
    const r = await restoreIfEmpty(this.redis, this.store.keys, last, { actor: 'slipway flags serve (last known flags)' });
    if (!r.restored) return;
    const names = [...last.texts.keys()].sort().join(', ');
    this.log(`flags: Redis came back EMPTY for namespace ${this.store.namespace}: restored ${r.count} flags (${names}) at version ${r.version} from the toggle server's last known values in ${r.ms} ms; audit source "restore". Check Redis persistence (appendonly yes, appendfsync always).`, 'warn');
  }
}

// The flag client apps embed: every evaluation reads an in-process snapshot (no Redis round trip), changes arrive
// over pub/sub, a periodic version check and every reconnect re-sync it, and while Redis is down it keeps serving
// the last known values and says they are stale. Nothing on the evaluation path throws.
import { FlagSync } from './flag-sync';
import type { FlagValue } from './values';

import type { FlagClient, FlagClientOptions } from './client-types';

export type { FlagValue } from './values';
export type { FlagChange } from './snapshot';
export type { FlagClient, FlagClientOptions, FlagStatus } from './client-types';

/** Every method works detached from the object (apps pass `client.onChange` around). */
export function createFlagClient(opts: FlagClientOptions): FlagClient {
  const sync = new FlagSync(opts);
  const defaults = new Map(Object.entries(opts.defaults ?? {}));
  const lookup = (name: string): FlagValue | undefined => (sync.snapshot.values.has(name) ? sync.snapshot.values.get(name) : defaults.get(name));
  return {
    ...typedReads(lookup),
    has: (name) => lookup(name) !== undefined,
    all: () => ({ ...Object.fromEntries(defaults), ...sync.snapshot.toObject() }),
    status: () => sync.status(),
    start: () => sync.start(),
    close: () => sync.close(),
    refresh: () => sync.sync(),
    onChange: (listener) => sync.changes.add(listener),
    onStatus: (listener) => sync.statuses.add(listener),
  };
}

/** A value of the wrong type reads as the caller's default, never as an error. */
function typedReads(lookup: (name: string) => FlagValue | undefined): Pick<FlagClient, 'get' | 'getBoolean' | 'getString' | 'getNumber' | 'getJson'> {
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
  };
}

// for apps and their tests that look at Redis themselves
export { flagKeys } from './keys';
export { decodeValue } from './values';

// The flag client apps embed: every evaluation reads an in-process snapshot (no Redis round trip), changes arrive
// over pub/sub, a periodic version check and every reconnect re-sync it, and while Redis is down it keeps serving
// the last known values and says they are stale. Nothing on the evaluation path throws.
import { FlagSync } from './flag-sync';
import type { FlagValue } from './values';
import { isDefinition } from './definitions';
import { evaluateStored, type EvaluationContext } from './evaluate';
import type { FlagClient, FlagClientOptions } from './client-types';

export type { FlagValue } from './values';
export type { FlagChange } from './snapshot';
export type { FlagClient, FlagClientOptions, FlagStatus } from './client-types';
export type { Evaluation, EvaluationContext } from './evaluate';

/** Every method works detached from the object (apps pass `client.onChange` around). */
export function createFlagClient(opts: FlagClientOptions): FlagClient {
  const sync = new FlagSync(opts);
  const defaults = new Map(Object.entries(opts.defaults ?? {}));
  const stored = (name: string): FlagValue | undefined => (sync.snapshot.values.has(name) ? sync.snapshot.values.get(name) : defaults.get(name));
  // a plain value is the answer; a flagd definition answers through its rule for this context
  const lookup = (name: string, context?: EvaluationContext): FlagValue | undefined => {
    const v = stored(name);
    return isDefinition(v) ? evaluateStored(name, v, context).value : v;
  };
  return {
    ...typedReads(lookup),
    evaluate: (name, context) => evaluateStored(name, stored(name), context),
    has: (name) => stored(name) !== undefined,
    stored,
    names: () => [...new Set([...defaults.keys(), ...sync.snapshot.values.keys()])].sort(),
    all: (context) => {
      const out: Record<string, FlagValue> = {};
      for (const name of new Set([...defaults.keys(), ...sync.snapshot.values.keys()])) {
        const v = lookup(name, context);
        if (v !== undefined) out[name] = v;
      }
      return out;
    },
    status: () => sync.status(),
    start: () => sync.start(),
    close: () => sync.close(),
    refresh: () => sync.sync(),
    onChange: (listener) => sync.changes.add(listener),
    onStatus: (listener) => sync.statuses.add(listener),
  };
}

/** A value of the wrong type reads as the caller's default, never as an error. */
function typedReads(lookup: (name: string, context?: EvaluationContext) => FlagValue | undefined): Pick<FlagClient, 'get' | 'getBoolean' | 'getString' | 'getNumber' | 'getJson'> {
  return {
    get: <T>(name: string, defaultValue: T, context?: EvaluationContext) => {
      const v = lookup(name, context);
      return v === undefined ? defaultValue : v;
    },
    getBoolean: (name, d, context) => {
      const v = lookup(name, context);
      return typeof v === 'boolean' ? v : d;
    },
    getString: (name, d, context) => {
      const v = lookup(name, context);
      return typeof v === 'string' ? v : d;
    },
    getNumber: (name, d, context) => {
      const v = lookup(name, context);
      return typeof v === 'number' ? v : d;
    },
    getJson: <T extends FlagValue>(name: string, d: T, context?: EvaluationContext) => {
      const v = lookup(name, context);
      return (v !== undefined && (d === null || typeof v === typeof d) ? v : d) as T;
    },
  };
}

// for apps and their tests that look at Redis themselves
export { flagKeys } from './keys';
export { decodeValue } from './values';

// Where a namespace's flags live in Redis. Every key carries the hash tag {namespace}, so one namespace is one
// Redis Cluster slot and the write script may touch its hash and its audit stream together.

/** How many entries the audit stream keeps (approximately: XADD MAXLEN ~). */
export const AUDIT_MAX_LEN = 10_000;

/** Field of the flags hash holding the namespace's version; '@' is never part of a flag name. */
export const VERSION_FIELD = '@version';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const NAMESPACE = /^[A-Za-z0-9_.-]{1,100}$/;

export interface FlagKeys {
  /** Hash: flag name → JSON-encoded value, plus VERSION_FIELD. */
  flags: string;
  /** Stream of changes: who, when, old → new, source. */
  audit: string;
  /** Pub/sub channel of change events (JSON: {version, flag, value} or {version, flag, deleted}). */
  channel: string;
}

export function flagKeys(namespace: string): FlagKeys {
  if (!isNamespace(namespace)) throw new Error(`flag namespace ${JSON.stringify(namespace)} must match ${NAMESPACE}`);
  const base = `slipway:flags:{${namespace}}`;
  return { flags: base, audit: `${base}:audit`, channel: `${base}:changes` };
}

export function isFlagName(name: string): boolean {
  return NAME.test(name);
}

export function isNamespace(namespace: string): boolean {
  return NAMESPACE.test(namespace);
}

export const FLAG_NAME_RULE = 'letters, digits and _ . : - (starting with a letter or digit), at most 128 characters';

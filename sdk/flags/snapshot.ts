// The client's in-memory copy of a namespace: replaced whole by a sync, advanced one version at a time by
// change messages. A message that skips a version means one was missed, and the caller re-syncs.
import { decodeValue, sameValue, type FlagValue } from './values';

export interface ChangeMessage {
  version: number;
  flag: string;
  value?: FlagValue;
  deleted?: boolean;
}

export interface FlagChange {
  name: string;
  value?: FlagValue;
  old?: FlagValue;
  deleted: boolean;
  version: number;
}

export type ApplyOutcome = 'applied' | 'already-seen' | 'gap';

export function parseChangeMessage(text: string): ChangeMessage | undefined {
  try {
    const m = JSON.parse(text) as ChangeMessage;
    if (!m || typeof m.flag !== 'string' || !Number.isInteger(m.version)) return undefined;
    if (!m.deleted && !('value' in m)) return undefined;
    return m;
  } catch {
    return undefined;
  }
}

export class FlagSnapshot {
  values = new Map<string, FlagValue>();
  version = 0;

  /** Takes a full read of the hash; returns what differs from before. */
  replace(version: number, texts: Map<string, string>): FlagChange[] {
    const next = new Map<string, FlagValue>();
    for (const [name, text] of texts) next.set(name, decodeValue(text));
    const changes: FlagChange[] = [];
    for (const [name, value] of next) {
      const old = this.values.get(name);
      if (!sameValue(old, value)) changes.push({ name, value, old, deleted: false, version });
    }
    for (const [name, old] of this.values) if (!next.has(name)) changes.push({ name, old, deleted: true, version });
    this.values = next;
    this.version = version;
    return changes;
  }

  /** Loads values from a backup or defaults without a Redis version. */
  load(values: Record<string, FlagValue>, version: number): void {
    this.values = new Map(Object.entries(values));
    this.version = version;
  }

  apply(m: ChangeMessage): { outcome: ApplyOutcome; change?: FlagChange } {
    if (m.version <= this.version) return { outcome: 'already-seen' };
    if (m.version !== this.version + 1) return { outcome: 'gap' };
    const old = this.values.get(m.flag);
    if (m.deleted) this.values.delete(m.flag);
    else this.values.set(m.flag, m.value as FlagValue);
    this.version = m.version;
    return { outcome: 'applied', change: { name: m.flag, value: m.deleted ? undefined : m.value, old, deleted: Boolean(m.deleted), version: m.version } };
  }

  toObject(): Record<string, FlagValue> {
    return Object.fromEntries(this.values);
  }
}

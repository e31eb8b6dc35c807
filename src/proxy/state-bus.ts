// The canary's shared state — admission (ejected or admitted, why, since when), weights (the rollout's step too) and
// each role's target — as numbered changes, so every proxy process agrees: the workers of one host through cluster
// IPC (cluster.ts), several proxy instances through Redis (redis-state-bus.ts).
//
// How to wire a transport in (e.g. a swarm's proxy service): implement CanaryStateBus. A process applies its own
// change at once and publish()es it; the transport gives each change a revision (one counter for the whole group)
// and hands every change — the publisher's own included — to every subscriber in revision order. A receiver applies a
// field's change only when its revision is above the last one it applied for that field, so all converge on the
// change with the highest revision. snapshot() returns the current value of each field with its revision, read once
// at start (and after a reconnect) so a newcomer joins in the group's state.
import type { Role } from '../core/config';
import type { CanaryState } from './ejection';
import type { Weights } from './weights';

export type StateChange =
  | { field: 'admission'; canary: CanaryState }
  | { field: 'weights'; weights: Weights }
  | { field: 'target'; role: Role; url: string | null };

export interface SequencedChange {
  rev: number;
  change: StateChange;
}

export interface CanaryStateBus {
  /**
   * Sends this process's change to the group (it comes back through the subscriber with its revision); never throws: a
   * transport that cannot send now keeps the change and sends it when it can.
   */
  publish(change: StateChange): void;
  /** Every change of the group, in revision order; one subscriber per bus. */
  subscribe(onChange: (c: SequencedChange) => void): void;
  /** The group's current state, or [] when it has none yet (this process is the first). */
  snapshot(): Promise<SequencedChange[]>;
  close(): Promise<void>;
}

/** The key a change is stored under: one per field, and per role for targets. */
export function fieldKey(change: StateChange): string {
  return change.field === 'target' ? `target:${change.role}` : change.field;
}

/** Keeps the last revision applied per field; a change at or below it is old news. */
export class RevisionGate {
  private readonly applied = new Map<string, number>();

  admit(c: SequencedChange): boolean {
    const key = fieldKey(c.change);
    if ((this.applied.get(key) ?? 0) >= c.rev) return false;
    this.applied.set(key, c.rev);
    return true;
  }
}

/** One process on its own: the bus numbers its changes and echoes them back at once. */
export class LocalStateBus implements CanaryStateBus {
  private rev = 0;
  private readonly current = new Map<string, SequencedChange>();
  private onChange: ((c: SequencedChange) => void) | undefined;

  publish(change: StateChange): void {
    const c = { rev: ++this.rev, change };
    this.current.set(fieldKey(change), c);
    this.onChange?.(c);
  }

  subscribe(onChange: (c: SequencedChange) => void): void {
    this.onChange = onChange;
  }

  async snapshot(): Promise<SequencedChange[]> {
    return [...this.current.values()];
  }

  async close(): Promise<void> {
    this.onChange = undefined;
  }
}

/** A message's change, checked: it may come from another process or from Redis, so nothing is taken on trust. */
export function parseChange(value: unknown): SequencedChange | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { rev, change } = value as { rev?: unknown; change?: Record<string, unknown> };
  if (typeof rev !== 'number' || !Number.isSafeInteger(rev) || rev < 1 || !change || typeof change !== 'object') return undefined;
  if (change.field === 'admission') {
    const s = change.canary as CanaryState | undefined;
    if (!s || typeof s.ejected !== 'boolean' || typeof s.since !== 'string' || typeof s.source !== 'string' || typeof s.reason !== 'string') return undefined;
    return { rev, change: { field: 'admission', canary: { ejected: s.ejected, since: s.since, source: s.source, reason: s.reason, ...(typeof s.alertId === 'string' ? { alertId: s.alertId } : {}) } } };
  }
  if (change.field === 'weights') {
    const w = change.weights as Weights | undefined;
    if (!w || !Number.isInteger(w.production) || !Number.isInteger(w.canary) || w.production < 0 || w.canary < 0 || w.production + w.canary === 0) return undefined;
    return { rev, change: { field: 'weights', weights: { production: w.production, canary: w.canary } } };
  }
  if (change.field === 'target' && (change.role === 'production' || change.role === 'canary') && (typeof change.url === 'string' || (change.url === null && change.role === 'canary'))) {
    return { rev, change: { field: 'target', role: change.role, url: change.url } };
  }
  return undefined;
}

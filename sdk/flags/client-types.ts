// What the flag client promises apps: its options, its status, and the evaluation calls that never throw.
import type { FlagChange } from './snapshot';
import type { FlagValue } from './values';
import type { Evaluation, EvaluationContext } from './evaluate';

export interface FlagClientOptions {
  namespace: string;
  /** Default: env REDIS_URL, else redis://127.0.0.1:6379. */
  redisUrl?: string;
  /** Values for flags Redis does not hold. */
  defaults?: Record<string, FlagValue>;
  /** How often the version is compared with Redis, to catch a change message that never arrived. */
  checkIntervalMs?: number;
  /** A full re-read this often even when the version did not move: catches a hand edit (HSET without the version bump). */
  fullResyncMs?: number;
  /** Values count as stale when no check succeeded for this long (a hung Redis that keeps its sockets open). */
  staleAfterMs?: number;
  /** How long start() waits for the first sync before serving the backup or the defaults. */
  startTimeoutMs?: number;
  /** Last known values are kept here for a cold start with Redis down. */
  backupFile?: string;
  /** false: never refill an emptied Redis from this client's last known values (the toggle server's own copy: its keeper does). */
  restore?: boolean;
  log?: (event: { level: 'info' | 'warn'; msg: string; [key: string]: unknown }) => void;
}

export interface FlagStatus {
  stale: boolean;
  /** Where the values come from: a sync with Redis, the backup file, or only defaults. */
  source: 'redis' | 'backup' | 'defaults';
  version: number;
  connected: boolean;
  syncedAt?: string;
  redis: string;
  lastError?: string;
}

/** The context (optional) is flagd's evaluation context: targetingKey and attributes for a flag's targeting rule. */
export interface FlagClient {
  get<T>(name: string, defaultValue: T, context?: EvaluationContext): FlagValue | T;
  getBoolean(name: string, defaultValue: boolean, context?: EvaluationContext): boolean;
  getString(name: string, defaultValue: string, context?: EvaluationContext): string;
  getNumber(name: string, defaultValue: number, context?: EvaluationContext): number;
  getJson<T extends FlagValue>(name: string, defaultValue: T, context?: EvaluationContext): T;
  /** Value, variant and reason as flagd gives them (reason ERROR, FLAG_NOT_FOUND for an unknown flag). */
  evaluate(name: string, context?: EvaluationContext): Evaluation;
  has(name: string): boolean;
  /** The flag as stored (a flagd definition as {"$flagd": …}), else its default. */
  stored(name: string): FlagValue | undefined;
  /** Every flag's name (stored and defaults), sorted. */
  names(): string[];
  /** Every flag's value for this context (a flag that gives none, e.g. DISABLED, is left out). */
  all(context?: EvaluationContext): Record<string, FlagValue>;
  status(): FlagStatus;
  /** Connects and waits (at most startTimeoutMs) for the first sync; never rejects. */
  start(): Promise<FlagStatus>;
  close(): Promise<void>;
  /** Re-reads the whole namespace now; false when Redis did not answer. */
  refresh(): Promise<boolean>;
  onChange(listener: (change: FlagChange) => void): () => void;
  onStatus(listener: (status: FlagStatus) => void): () => void;
}

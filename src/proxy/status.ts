// What the proxy's admin API reports: per-backend state, the canary's state, and the outcome of a change.
import type { Role } from '../core/config';
import type { CanaryState } from './ejection';
import type { Weights } from './weights';

export interface BackendStatus {
  role: Role;
  target: string | null;
  weight: number;
  state: 'active' | 'ejected' | 'absent';
  requests: number;
  '5xx': number;
  /** 5xx plus requests that got no answer (refused, timed out, reset). */
  failures: number;
  inFlight: number;
  ejectedSince: string | null;
}

export interface ProxyStatus {
  app: string;
  weights: Weights;
  stickyCookie: string;
  retryIdempotent: boolean;
  backends: BackendStatus[];
  /** Old targets of re-pointed roles that still finish requests; a deploy waits until this is empty. */
  draining: { role: Role; target: string; inFlight: number }[];
  /** state: 'admitted' | 'ejected' | 'absent' (no canary target); the rest is the last transition. */
  canary: CanaryState & { state: 'admitted' | 'ejected' | 'absent'; probationUntil?: string };
  retries: number;
  inFlight: number;
  startedAt: string;
  stateFile: string;
  stateFileError?: string;
}

export interface CanaryChange {
  changed: boolean;
  canary: CanaryState;
}

export interface AlertOutcome {
  action: 'ejected' | 'already-ejected' | 'noted' | 'ignored' | 'duplicate';
  reason: string;
  canary: CanaryState;
}

// What the proxy's admin API reports: per-backend state, the canary's state, and the outcome of a change.
import type { Role } from '../core/config';
import type { CanaryState } from './ejection';
import type { Weights } from './weights';
import type { Backend } from './backends';
import type { ProxyCore } from './core';

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
  /** Data-plane processes whose figures are summed here (proxy.workers); absent with one process. */
  workers?: number;
  /** Open client connections of each data-plane worker, as its primary counts them: a new one goes to the worker with
   *  the fewest. Absent with one process. */
  workerConnections?: number[];
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

/** The status of one process: its own routing and canary state, its own counters. */
export function proxyStatus(core: ProxyCore): ProxyStatus {
  const m = core.metrics;
  const state = core.ejection.state;
  const backend = (role: Role, b: Backend | undefined): BackendStatus => {
    const ejected = role === 'canary' && state.ejected;
    return {
      role,
      target: b?.target.origin ?? null,
      weight: core.weights[role],
      state: !b ? 'absent' : ejected ? 'ejected' : 'active',
      requests: m.requests(role),
      '5xx': m.upstreamResponses[role === 'production' ? 0 : 1][4],
      failures: m.failures(role),
      inFlight: b?.inFlight ?? 0,
      ejectedSince: ejected ? state.since : null,
    };
  };
  const due = core.ejection.probationDueAt();
  const stateFileError = core.stateFileError();
  return {
    app: core.opts.app,
    weights: core.weights,
    stickyCookie: core.opts.stickyCookie,
    retryIdempotent: core.opts.retryIdempotent,
    backends: [backend('production', core.production), backend('canary', core.canary)],
    draining: [...core.draining].map((b) => ({ role: b.role, target: b.target.origin, inFlight: b.inFlight })),
    canary: { state: state.ejected ? 'ejected' : core.canary ? 'admitted' : 'absent', ...state, ...(due !== undefined ? { probationUntil: new Date(due).toISOString() } : {}) },
    retries: m.retries,
    inFlight: core.inFlight,
    startedAt: core.startedAt,
    stateFile: core.opts.stateFile,
    ...(stateFileError ? { stateFileError } : {}),
  };
}

/** Several workers' statuses as one: the state and routing of the process that keeps them (the primary), the
 *  traffic figures summed over the workers. */
export function mergeStatuses(primary: ProxyStatus, workers: ProxyStatus[]): ProxyStatus {
  const out: ProxyStatus = { ...primary, backends: primary.backends.map((b) => ({ ...b, requests: 0, '5xx': 0, failures: 0, inFlight: 0 })), draining: [], retries: 0, inFlight: 0, workers: workers.length };
  const draining = new Map<string, ProxyStatus['draining'][number]>();
  for (const w of workers) {
    w.backends.forEach((b, i) => {
      const into = out.backends[i];
      into.requests += b.requests;
      into['5xx'] += b['5xx'];
      into.failures += b.failures;
      if (b.target === into.target) into.inFlight += b.inFlight;
      else if (b.target && b.inFlight) w.draining.push({ role: b.role, target: b.target, inFlight: b.inFlight }); // a worker still on the old target
    });
    for (const d of w.draining) {
      const key = `${d.role} ${d.target}`;
      const seen = draining.get(key);
      if (seen) seen.inFlight += d.inFlight;
      else draining.set(key, { ...d });
    }
    out.retries += w.retries;
    out.inFlight += w.inFlight;
  }
  out.draining = [...draining.values()];
  return out;
}

// When the canary stops getting traffic: passive rules over its own outcomes, plus explicit ejections (webhook,
// operator), and re-admission only by an explicit resume or an opt-in probation timer.

export interface EjectionRules {
  /** Eject after this many failures in a row (Envoy's consecutive_5xx, default 5). */
  consecutive5xx: number;
  /** The error-rate rule looks at this many seconds of canary outcomes. */
  windowSec: number;
  /** ...and only once the window holds at least this many canary requests (a rate over 3 requests means nothing). */
  minRequests: number;
  /** Eject when failures / requests in the window exceed this. */
  maxErrorRate: number;
  /** >0: a passively ejected canary is re-admitted after this long; 0: only an explicit resume re-admits. */
  probationSec: number;
}

export type EjectionSource = 'passive' | 'webhook' | 'manual';
export type AdmissionSource = 'resume' | 'probation' | 'start';

export interface CanaryState {
  ejected: boolean;
  /** ISO time of the last transition. */
  since: string;
  /** What caused the last transition. */
  source: EjectionSource | AdmissionSource;
  reason: string;
  alertId?: string;
}

export function admittedState(now = Date.now()): CanaryState {
  return { ejected: false, since: new Date(now).toISOString(), source: 'start', reason: 'canary admitted' };
}

/** Counts of canary requests and failures in time buckets, so the rate rule costs O(1) per request. */
class OutcomeWindow {
  private readonly bucketMs: number;
  private readonly stamps: number[];
  private readonly requests: number[];
  private readonly failures: number[];

  constructor(windowSec: number) {
    const windowMs = windowSec * 1000;
    this.bucketMs = Math.max(50, Math.ceil(windowMs / 30));
    const n = Math.max(1, Math.ceil(windowMs / this.bucketMs));
    this.stamps = new Array<number>(n).fill(-1);
    this.requests = new Array<number>(n).fill(0);
    this.failures = new Array<number>(n).fill(0);
  }

  add(failed: boolean, now: number): void {
    const slot = Math.floor(now / this.bucketMs);
    const i = slot % this.stamps.length;
    if (this.stamps[i] !== slot) {
      this.stamps[i] = slot;
      this.requests[i] = 0;
      this.failures[i] = 0;
    }
    this.requests[i]++;
    if (failed) this.failures[i]++;
  }

  totals(now: number): { requests: number; failures: number } {
    const slot = Math.floor(now / this.bucketMs);
    let requests = 0;
    let failures = 0;
    for (let i = 0; i < this.stamps.length; i++) {
      if (slot - this.stamps[i] < this.stamps.length) {
        requests += this.requests[i];
        failures += this.failures[i];
      }
    }
    return { requests, failures };
  }

  clear(): void {
    this.stamps.fill(-1);
  }
}

export class CanaryEjection {
  private consecutive = 0;
  private window: OutcomeWindow;

  constructor(private rules: EjectionRules, public state: CanaryState = admittedState()) {
    this.window = new OutcomeWindow(rules.windowSec);
  }

  get admitted(): boolean {
    return !this.state.ejected;
  }

  /** Feeds one canary outcome; returns true when it made a rule trip and the canary is now ejected. */
  recordOutcome(failed: boolean, now = Date.now()): boolean {
    if (this.state.ejected) return false; // late answers of requests sent before the ejection
    this.window.add(failed, now);
    if (!failed) {
      this.consecutive = 0;
      return false;
    }
    this.consecutive++;
    if (this.consecutive >= this.rules.consecutive5xx) {
      return this.eject('passive', `${this.consecutive} failures in a row (5xx or connection errors; limit ${this.rules.consecutive5xx})`, now);
    }
    const { requests, failures } = this.window.totals(now);
    if (requests >= this.rules.minRequests && failures / requests > this.rules.maxErrorRate) {
      const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
      return this.eject('passive', `${failures} of ${requests} canary requests failed in ${this.rules.windowSec}s (${pct(failures / requests)} > ${pct(this.rules.maxErrorRate)})`, now);
    }
    return false;
  }

  /** Returns false when the canary was already ejected: repeats change nothing, the first cause is kept. */
  eject(source: EjectionSource, reason: string, now = Date.now(), alertId?: string): boolean {
    if (this.state.ejected) return false;
    this.state = { ejected: true, since: new Date(now).toISOString(), source, reason, ...(alertId ? { alertId } : {}) };
    return true;
  }

  resume(source: 'resume' | 'probation', reason: string, now = Date.now()): boolean {
    if (!this.state.ejected) return false;
    this.state = { ejected: false, since: new Date(now).toISOString(), source, reason };
    this.consecutive = 0;
    this.window.clear();
    return true;
  }

  /** Takes the state another proxy process decided; a re-admission starts the rules afresh, as a resume does. */
  adopt(state: CanaryState): void {
    if (!state.ejected) {
      this.consecutive = 0;
      this.window.clear();
    }
    this.state = state;
  }

  /** When a probation re-admission is due (ms since epoch), or undefined: only passive ejections get probation,
   *  since an operator's abort or a firing Datadog alert is a decision a timer must not overrule. */
  probationDueAt(): number | undefined {
    if (!this.state.ejected || this.state.source !== 'passive' || this.rules.probationSec <= 0) return undefined;
    return Date.parse(this.state.since) + this.rules.probationSec * 1000;
  }
}

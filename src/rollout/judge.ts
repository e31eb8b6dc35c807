// Judges one analysis window: the canary against production over the same interval, from the proxy's own counts and
// latencies. Pure: no I/O, no clock, so the rollout controller can log, persist and replay every judgment.
import { binomialSf, binomialUpperBound, differenceAboveMargin, mannWhitneyGreater, median, nearestRank, sortedCopy } from './stats';

export interface RoleWindow {
  requests: number;
  errors: number;
  /** per-request latencies in ms of this window */
  latenciesMs: Float64Array | number[];
}

export interface AnalysisRules {
  /** 0.98 by default (Kayenta's); a check fails when its p-value is below 1 − confidence */
  confidence: number;
  /** per role per window below which the window is Inconclusive, 50 by default */
  minRequests: number;
  /** percent, 99 by default (Flagger's request-success-rate threshold) */
  successRateMin: number;
  /** 500 by default (Flagger's request-duration threshold) */
  p99MaxMs: number;
  /** absolute 5xx-rate margin the canary may exceed production by before it counts, 0.01 by default */
  errorMargin: number;
  /** relative, Kayenta-like: canary latencies may be up to (1 + tolerance)× production's, 0.25 by default */
  latencyTolerance: number;
  /** absolute: canary latencies may also be up to this many ms above that, 5 by default (a colder process is not a regression) */
  latencyToleranceMs: number;
}

export type Verdict = 'Passed' | 'Failed' | 'Inconclusive';
/** What one measurement can come to: a verdict, or Error when it could not be taken (a provider that did not answer). */
export type Measurement = Verdict | 'Error';

export interface Check {
  /** error-rate, success-rate, latency, p99; the optional gates add "metric NAME" and "webhook NAME" (gates.ts) */
  name: string;
  verdict: Verdict;
  detail: string;
  pValue?: number;
  /** z of the error-rate and latency tests */
  statistic?: number;
  /** success-rate: the exact upper confidence bound of the canary's success rate, in percent */
  bound?: number;
}

export interface RoleSummary {
  requests: number;
  errors: number;
  errorRate: number;
  medianMs: number | null;
  p99Ms: number | null;
}

export interface Judgment {
  verdict: Verdict;
  checks: Check[];
  canary: RoleSummary;
  production: RoleSummary;
  /** Mann–Whitney U of the canary's latencies against production's scaled by 1 + latencyTolerance */
  U?: number;
  reason: string;
}

export const DEFAULT_ANALYSIS: AnalysisRules = {
  confidence: 0.98,
  minRequests: 50,
  successRateMin: 99,
  p99MaxMs: 500,
  errorMargin: 0.01,
  latencyTolerance: 0.25,
  latencyToleranceMs: 5,
};

/** Argo Rollouts' default consecutiveErrorLimit. */
export const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;

const CHECK_NAMES: Check['name'][] = ['error-rate', 'success-rate', 'latency', 'p99'];

interface Role {
  sorted: Float64Array;
  summary: RoleSummary;
}

export function judge(canary: RoleWindow, production: RoleWindow, rules: AnalysisRules): Judgment {
  const c = roleOf('canary', canary);
  const p = roleOf('production', production);
  const alpha = Number((1 - rules.confidence).toPrecision(6));
  const min = Math.max(1, rules.minRequests);
  const short = tooLittle(c.summary.requests, p.summary.requests, min, 'requests');
  let checks: Check[];
  let U: number | undefined;
  if (short) {
    checks = CHECK_NAMES.map((name) => ({ name, verdict: 'Inconclusive', detail: short }));
  } else {
    const latency = latencyChecks(c, p, rules, alpha, min);
    U = latency.U;
    checks = [errorRateCheck(c.summary, p.summary, rules, alpha), successRateCheck(c.summary, rules, alpha), ...latency.checks];
  }
  const verdict = worstOf(checks);
  return { verdict, checks, canary: c.summary, production: p.summary, ...(U === undefined ? {} : { U }), reason: reasonOf(verdict, checks, c.summary, p.summary) };
}

function roleOf(role: string, window: RoleWindow): Role {
  const { requests, errors } = window;
  if (!Number.isInteger(requests) || requests < 0) throw new RangeError(`${role} requests must be a whole number ≥ 0, not ${requests}`);
  if (!Number.isInteger(errors) || errors < 0 || errors > requests) throw new RangeError(`${role} errors must be a whole number from 0 to its ${requests} requests, not ${errors}`);
  const sorted = sortedCopy(window.latenciesMs);
  // NaN sorts last, so the two ends show whether every latency is a finite number ≥ 0
  if (sorted.length && !(sorted[0] >= 0 && Number.isFinite(sorted[sorted.length - 1]))) throw new RangeError(`${role} latencies must be finite numbers of ms ≥ 0`);
  const summary = { requests, errors, errorRate: requests ? errors / requests : 0, medianMs: median(sorted), p99Ms: nearestRank(sorted, 0.99) };
  return { sorted, summary };
}

function tooLittle(canary: number, production: number, min: number, what: string): string | undefined {
  if (canary >= min && production >= min) return undefined;
  return `too little traffic to judge: canary ${canary} ${what}, production ${production}, fewer than the ${min} each needs`;
}

function errorRateCheck(c: RoleSummary, p: RoleSummary, rules: AnalysisRules, alpha: number): Check {
  const { z, pValue } = differenceAboveMargin(c.errors, c.requests, p.errors, p.requests, rules.errorMargin);
  const failed = pValue < alpha;
  const verdict = failed ? 'Failed' : 'Passed';
  const detail = `canary 5xx ${pct(c.errorRate)} vs production ${pct(p.errorRate)} over ${c.requests}/${p.requests} requests ` +
    `${failed ? 'exceeds' : 'does not exceed'} it by more than ${points(rules.errorMargin)} (${pText(pValue)} ${failed ? '<' : '≥'} ${alpha})`;
  return { name: 'error-rate', verdict, detail, pValue, statistic: z };
}

function successRateCheck(c: RoleSummary, rules: AnalysisRules, alpha: number): Check {
  const floor = rules.successRateMin / 100;
  // the exact binomial test of "the canary's error rate is above 1 − floor"; failing it is the bound falling below the floor
  const pValue = binomialSf(c.errors, c.requests, 1 - floor);
  const bound = binomialUpperBound(c.requests - c.errors, c.requests, rules.confidence) * 100;
  const failed = pValue < alpha;
  const detail = `canary success ${pct(1 - c.errorRate)} over ${c.requests} requests, at most ${bound.toFixed(2)} % at ${Number((rules.confidence * 100).toPrecision(6))} % confidence: ` +
    `${failed ? 'below' : 'not shown below'} the ${rules.successRateMin} % floor (${pText(pValue)} ${failed ? '<' : '≥'} ${alpha})`;
  return { name: 'success-rate', verdict: failed ? 'Failed' : 'Passed', detail, pValue, bound };
}

function latencyChecks(c: Role, p: Role, rules: AnalysisRules, alpha: number, min: number): { checks: Check[]; U?: number } {
  // the proxy may keep fewer latencies than it counts requests
  const short = tooLittle(c.sorted.length, p.sorted.length, min, 'latencies');
  if (short) return { checks: [{ name: 'latency', verdict: 'Inconclusive', detail: short }, { name: 'p99', verdict: 'Inconclusive', detail: short }] };
  const scale = 1 + rules.latencyTolerance;
  const shift = rules.latencyToleranceMs;
  const { U, z, pValue } = mannWhitneyGreater(c.sorted, p.sorted, scale, shift);
  const failed = pValue < alpha;
  const detail = `canary median ${ms(c.summary.medianMs)} vs production ${ms(p.summary.medianMs)}: ` +
    `${failed ? 'slower' : 'not slower'} than production's latencies ×${scale}${shift ? ` + ${shift} ms` : ''} (Mann–Whitney U=${U}, z=${z.toFixed(2)}, ${pText(pValue)} ${failed ? '<' : '≥'} ${alpha})`;
  const latency: Check = { name: 'latency', verdict: failed ? 'Failed' : 'Passed', detail, pValue, statistic: z };
  return { checks: [latency, p99Check(c.summary, p.summary, rules)], U };
}

function p99Check(c: RoleSummary, p: RoleSummary, rules: AnalysisRules): Check {
  const canary = c.p99Ms!;
  const production = p.p99Ms!;
  const allowed = production * (1 + rules.latencyTolerance) + rules.latencyToleranceMs;
  const over = canary > rules.p99MaxMs;
  // the ceiling counts only against a canary slower than production by more than the tolerance: a slow host makes both slow
  const failed = over && canary > allowed;
  const detail = !over
    ? `canary p99 ${ms(canary)} within the ${rules.p99MaxMs} ms ceiling (production ${ms(production)})`
    : failed
      ? `canary p99 ${ms(canary)} over the ${rules.p99MaxMs} ms ceiling and above production's ${ms(production)} ×${1 + rules.latencyTolerance} + ${rules.latencyToleranceMs} ms`
      : `canary p99 ${ms(canary)} over the ${rules.p99MaxMs} ms ceiling, but production's is ${ms(production)}: the host is slow, not the canary`;
  return { name: 'p99', verdict: failed ? 'Failed' : 'Passed', detail };
}

function worstOf(checks: Check[]): Verdict {
  if (checks.some((c) => c.verdict === 'Failed')) return 'Failed';
  if (checks.some((c) => c.verdict === 'Inconclusive')) return 'Inconclusive';
  return 'Passed';
}

function reasonOf(verdict: Verdict, checks: Check[], c: RoleSummary, p: RoleSummary): string {
  if (verdict !== 'Passed') return checks.filter((k) => k.verdict === verdict).map((k) => k.detail).filter((d, i, all) => all.indexOf(d) === i).join('; ');
  return `every check passed: canary 5xx ${pct(c.errorRate)} vs production ${pct(p.errorRate)}, median ${ms(c.medianMs)} vs ${ms(p.medianMs)}, ` +
    `p99 ${ms(c.p99Ms)} vs ${ms(p.p99Ms)} over ${c.requests}/${p.requests} requests`;
}

/**
 * Argo Rollouts' failureLimit: the analysis fails once more measurements Failed than the limit, counted over the whole
 * run, not in a row (0, Argo's default, aborts at the first Failed; a negative limit, Argo's -1, never fails).
 */
export function failureLimitReached(history: readonly Measurement[], failureLimit: number): boolean {
  return failureLimit >= 0 && countOf(history, 'Failed') > failureLimit;
}

/** Argo Rollouts' inconclusiveLimit: the rollout pauses for a person once more measurements were Inconclusive than the limit. */
export function inconclusiveLimitReached(history: readonly Measurement[], inconclusiveLimit: number): boolean {
  if (!(inconclusiveLimit >= 0)) throw new RangeError(`inconclusiveLimit must be ≥ 0, not ${inconclusiveLimit}`);
  return countOf(history, 'Inconclusive') > inconclusiveLimit;
}

/** Argo Rollouts' consecutiveErrorLimit: the analysis errs once more measurements in a row, up to the latest, could not be taken. */
export function consecutiveErrorLimitReached(history: readonly Measurement[], consecutiveErrorLimit = DEFAULT_CONSECUTIVE_ERROR_LIMIT): boolean {
  if (!(consecutiveErrorLimit >= 0)) throw new RangeError(`consecutiveErrorLimit must be ≥ 0, not ${consecutiveErrorLimit}`);
  let inARow = 0;
  for (let i = history.length - 1; i >= 0 && history[i] === 'Error'; i--) inARow++;
  return inARow > consecutiveErrorLimit;
}

function countOf(history: readonly Measurement[], outcome: Measurement): number {
  return history.reduce((n, m) => (m === outcome ? n + 1 : n), 0);
}

function pct(rate: number): string {
  return `${(rate * 100).toFixed(rate < 0.01 ? 2 : 1)} %`;
}

function points(rate: number): string {
  const n = Number((rate * 100).toPrecision(3));
  return `${n} percentage point${n === 1 ? '' : 's'}`;
}

function ms(value: number | null): string {
  if (value === null) return 'n/a';
  return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
}

function pText(p: number): string {
  return p < 1e-4 ? 'p<0.0001' : `p=${Number(p.toPrecision(2))}`;
}

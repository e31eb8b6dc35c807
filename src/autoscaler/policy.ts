// The autoscaler's policy as pure functions: a memory sample (or an OOM kill) and a container's state in,
// a decision with its reason out. No clock, no Docker: the watcher feeds it and carries out what it says.
// Two rules: the seed's step (every intervalSec, above thresholdPercent → +stepMb, then cooldownSec), and a fast path
// checked on every sample for growth the step cannot follow (see fastRaise).
import type { Config } from '../core/config';
import { MiB, toMb } from '../core/docker-stats';

export type AutoscalerPolicy = Config['autoscaler'];

export interface MemorySample {
  /** When Docker read the sample (ms since epoch). */
  at: number;
  usedBytes: number;
  /** 0 when the container has no memory limit. */
  limitBytes: number;
}

export interface PolicyState {
  /** The limit the container was deployed with: never scaled below it. */
  startLimitBytes: number;
  lastEvaluatedAt?: number;
  /** When the last update (done or refused) was decided: the cooldown counts from here. */
  lastChangeAt?: number;
  /** Since when use has stayed below scaleDown.belowPercent. */
  lowSince?: number;
  lastOomAt?: number;
  /** The last second of samples: how fast use grows. */
  recent?: { at: number; usedBytes: number }[];
}

export type HoldReason = 'not-due' | 'within' | 'cooldown' | 'at-max' | 'unlimited' | 'low' | 'at-start' | 'lower-would-cross' | 'oom-repeat' | 'oom-covered';
export type ChangeAction = 'raise' | 'fast-raise' | 'lower' | 'oom-bump';

export type Decision =
  | { action: ChangeAction; fromBytes: number; toBytes: number; reason: string }
  | { action: 'hold'; hold: HoldReason; reason: string };

export interface Decided {
  decision: Decision;
  state: PolicyState;
}

/** Docker's stats stream brings one sample a second; the cgroup files are read every autoscaler.tickMs. */
export const STREAM_PERIOD_MS = 1000;
/** Growth is measured over this long (at least two samples each half): sees a ramp within a second. */
const GROWTH_WINDOW_MS = 1000;
/** From a decision to the new limit in the kernel: one Engine API update (tens to a few hundred ms here), with margin. */
const UPDATE_LANDS_MS = 500;
/** The kernel may report one OOM kill as several events; they are one bump. */
export const OOM_DEDUPE_MS = 2000;

/** periodMs: how often samples come; half of it is the slack that keeps a 5 s cadence at 5 s, not one sample more. */
export function decide(sample: MemorySample, prior: PolicyState, policy: AutoscalerPolicy, periodMs = STREAM_PERIOD_MS): Decided {
  const growth = trackGrowth(sample, prior, Math.max(GROWTH_WINDOW_MS, 2 * periodMs));
  const state: PolicyState = { ...prior, recent: growth.recent };
  const fast = fastRaise(sample, state, policy, growth.bytesPerSec, periodMs);
  if (fast) return { decision: fast, state };
  const intervalMs = policy.intervalSec * 1000;
  if (state.lastEvaluatedAt !== undefined && sample.at - state.lastEvaluatedAt < intervalMs - periodMs / 2) {
    return { decision: hold('not-due', 'next evaluation not due yet'), state };
  }
  const next: PolicyState = { ...state, lastEvaluatedAt: sample.at };
  const limit = sample.limitBytes;
  if (limit <= 0) return { decision: hold('unlimited', 'the container has no memory limit; the autoscaler only raises limits that are set'), state: next };

  const percent = (sample.usedBytes / limit) * 100;
  const usage = `used ${mb(sample.usedBytes)} is ${percent.toFixed(1)} % of the ${mb(limit)} limit`;
  const maxBytes = policy.maxMb * MiB;
  const coolingFor = cooldownLeftMs(state, sample.at, policy, periodMs);

  if (percent > policy.thresholdPercent) {
    next.lowSince = undefined;
    if (limit >= maxBytes) return { decision: hold('at-max', `${usage} (> ${policy.thresholdPercent} %), but the limit is at the maximum ${policy.maxMb} MB`), state: next };
    if (coolingFor > 0) return { decision: hold('cooldown', `${usage} (> ${policy.thresholdPercent} %), but the last change was ${seconds(sample.at - state.lastChangeAt!)} ago (cooldown ${policy.cooldownSec} s)`), state: next };
    const toBytes = Math.min(limit + policy.stepMb * MiB, maxBytes);
    const capped = toBytes === maxBytes ? `, capped at the maximum ${policy.maxMb} MB` : '';
    return { decision: { action: 'raise', fromBytes: limit, toBytes, reason: `${usage} (> ${policy.thresholdPercent} %): +${policy.stepMb} MB${capped}` }, state: next };
  }

  const down = policy.scaleDown;
  if (!down.enabled || percent >= down.belowPercent) {
    next.lowSince = undefined;
    return { decision: hold('within', `${usage} (≤ ${policy.thresholdPercent} %)`), state: next };
  }
  next.lowSince = state.lowSince ?? sample.at;
  const lowForMs = sample.at - next.lowSince;
  const low = `${usage} (< ${down.belowPercent} %)`;
  if (limit <= state.startLimitBytes) return { decision: hold('at-start', `${low}, but the limit is at its starting ${mb(state.startLimitBytes)}`), state: next };
  if (lowForMs < down.afterSec * 1000) return { decision: hold('low', `${low} for ${seconds(lowForMs)} of the ${down.afterSec} s before a scale-down`), state: next };
  if (coolingFor > 0) return { decision: hold('cooldown', `${low}, but the last change was ${seconds(sample.at - state.lastChangeAt!)} ago (cooldown ${policy.cooldownSec} s)`), state: next };
  const toBytes = Math.max(limit - policy.stepMb * MiB, state.startLimitBytes);
  // after a scale-down the use must sit well under the raise threshold, or the next evaluation would raise it back
  const ceilingPercent = (policy.thresholdPercent + down.belowPercent) / 2;
  const percentAfter = (sample.usedBytes / toBytes) * 100;
  if (percentAfter >= ceilingPercent) {
    return { decision: hold('lower-would-cross', `${low}, but at ${mb(toBytes)} it would be ${percentAfter.toFixed(1)} % (≥ ${ceilingPercent} %): keeping ${mb(limit)}`), state: next };
  }
  return { decision: { action: 'lower', fromBytes: limit, toBytes, reason: `${low} for ${seconds(lowForMs)}: -${mb(limit - toBytes)} (never below the starting ${mb(state.startLimitBytes)})` }, state: next };
}

/**
 * Use over the last window, and how fast it grows: the slower of the window's two halves, so that sustained growth
 * counts and a single jump (one allocation) does not pass for a rate that goes on. Never negative.
 */
function trackGrowth(sample: MemorySample, state: PolicyState, windowMs: number): { recent: PolicyState['recent']; bytesPerSec: number } {
  const recent = (state.recent ?? []).filter((r) => r.at < sample.at && sample.at - r.at <= windowMs);
  recent.push({ at: sample.at, usedBytes: sample.usedBytes });
  if (recent.length < 3) return { recent, bytesPerSec: 0 };
  const first = recent[0];
  const mid = recent[Math.floor(recent.length / 2)];
  const rate = (a: { at: number; usedBytes: number }, b: { at: number; usedBytes: number }) => ((b.usedBytes - a.usedBytes) * 1000) / (b.at - a.at);
  return { recent, bytesPerSec: Math.max(0, Math.min(rate(first, mid), rate(mid, sample))) };
}

/**
 * The fast path, on every sample, cooldown or not: when use will pass watermarkPercent of the limit before a raise could
 * land, or grows faster than stepMb per max(cooldownSec, intervalSec) while above thresholdPercent, the limit goes at
 * once to what covers the growth seen until the next evaluation (use stays under the watermark), in whole steps, up to
 * maxMb. Off with watermarkPercent 0; at the maximum the step rule says so.
 */
function fastRaise(sample: MemorySample, state: PolicyState, policy: AutoscalerPolicy, bytesPerSec: number, periodMs: number): Decision | undefined {
  const watermark = policy.watermarkPercent / 100;
  const limit = sample.limitBytes;
  const maxBytes = policy.maxMb * MiB;
  const stepBytes = policy.stepMb * MiB;
  const landsMs = 2 * periodMs + UPDATE_LANDS_MS; // the next sample to see it, the update to land
  if (!watermark || limit <= 0 || limit >= maxBytes) return undefined;
  if (state.lastChangeAt !== undefined && sample.at - state.lastChangeAt < landsMs) return undefined; // the last raise is still landing
  const followSec = Math.max(policy.cooldownSec, policy.intervalSec);
  const passesWatermark = sample.usedBytes + (bytesPerSec * landsMs) / 1000 >= watermark * limit;
  const outpaces = bytesPerSec * followSec > stepBytes && sample.usedBytes > (policy.thresholdPercent / 100) * limit;
  if (!passesWatermark && !outpaces) return undefined;
  const coverMs = policy.intervalSec * 1000 + landsMs;
  const needBytes = (sample.usedBytes + (bytesPerSec * coverMs) / 1000) / watermark;
  const toBytes = Math.min(limit + Math.max(1, Math.ceil((needBytes - limit) / stepBytes)) * stepBytes, maxBytes);
  const why = passesWatermark
    ? `will pass the ${policy.watermarkPercent} % watermark within ${seconds(landsMs)}`
    : `grows faster than +${policy.stepMb} MB per ${followSec} s can follow`;
  const capped = toBytes === maxBytes ? `, capped at the maximum ${policy.maxMb} MB` : '';
  const usage = `used ${mb(sample.usedBytes)} is ${((sample.usedBytes / limit) * 100).toFixed(1)} % of the ${mb(limit)} limit, growing ${toMb(bytesPerSec)} MB/s`;
  return { action: 'fast-raise', fromBytes: limit, toBytes, reason: `${usage}: ${why}; +${mb(toBytes - limit)} at once, covering ${seconds(coverMs)} of growth${capped}` };
}

/**
 * An OOM kill raises at once, cooldown or not: max(limit + step, limit × oomFactor) of the limit it was killed at,
 * as the Kubernetes VPA bumps. If a raise already under way got past that (currentLimitBytes), nothing more is done.
 */
export function decideOnOom(at: number, killedAtBytes: number, currentLimitBytes: number, state: PolicyState, policy: AutoscalerPolicy): Decided {
  if (killedAtBytes <= 0) return { decision: hold('unlimited', 'OOM kill, but the container has no memory limit to raise'), state };
  if (state.lastOomAt !== undefined && at - state.lastOomAt < OOM_DEDUPE_MS) {
    return { decision: hold('oom-repeat', `OOM kill reported again within ${OOM_DEDUPE_MS / 1000} s: already handled`), state };
  }
  const next: PolicyState = { ...state, lastOomAt: at, lowSince: undefined };
  const maxBytes = policy.maxMb * MiB;
  if (killedAtBytes >= maxBytes) return { decision: hold('at-max', `OOM kill at ${mb(killedAtBytes)}, but that is the maximum ${policy.maxMb} MB`), state: next };
  const byFactor = Math.ceil((killedAtBytes * policy.oomFactor) / MiB) * MiB;
  const toBytes = Math.min(Math.max(killedAtBytes + policy.stepMb * MiB, byFactor), maxBytes);
  const rule = `max(+${policy.stepMb} MB, ×${policy.oomFactor}) → ${mb(toBytes)}${toBytes === maxBytes ? `, capped at the maximum ${policy.maxMb} MB` : ''}`;
  if (currentLimitBytes >= toBytes) return { decision: hold('oom-covered', `OOM kill at ${mb(killedAtBytes)}: ${rule}, and the limit is already ${mb(currentLimitBytes)}`), state: next };
  return { decision: { action: 'oom-bump', fromBytes: currentLimitBytes, toBytes, reason: `OOM kill at ${mb(killedAtBytes)}: ${rule}` }, state: next };
}

/** After an update was attempted, done or refused: the cooldown starts at the decision and the low-use clock restarts. */
export function afterUpdateAttempt(state: PolicyState, at: number): PolicyState {
  return { ...state, lastChangeAt: at, lowSince: undefined };
}

/** Counted on the same sample clock as the interval, with the same slack: a 10 s cooldown is two 5 s evaluations. */
function cooldownLeftMs(state: PolicyState, at: number, policy: AutoscalerPolicy, periodMs: number): number {
  if (state.lastChangeAt === undefined) return 0;
  return state.lastChangeAt + policy.cooldownSec * 1000 - periodMs / 2 - at;
}

function hold(reason: HoldReason, text: string): Decision {
  return { action: 'hold', hold: reason, reason: text };
}

function mb(bytes: number): string {
  return `${toMb(bytes)} MB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  DEFAULT_ANALYSIS, consecutiveErrorLimitReached, failureLimitReached, inconclusiveLimitReached, judge,
  type Judgment, type Measurement, type RoleWindow, type Verdict,
} from '../../src/rollout/judge';
import { mulberry32, type Rng } from '../support/hostile/prng';

const judgeSuite = suite('rollout judge');

// A ~1–5 ms app: 1 ms plus an exponential tail (median ~1.8 ms), measured to 0.1 ms so that latencies tie as real ones do.
function windowOf(rng: Rng, requests: number, errorRate: number, extraMs = 0): RoleWindow {
  let errors = 0;
  const latenciesMs = new Float64Array(requests);
  for (let i = 0; i < requests; i++) {
    if (rng.next() < errorRate) errors++;
    latenciesMs[i] = Math.round((1 - Math.log(1 - rng.next()) * 1.2) * 10) / 10 + extraMs;
  }
  return { requests, errors, latenciesMs };
}

const byName = (j: Judgment, name: string) => j.checks.find((c) => c.name === name)!;
const steady = (n: number, ms: number, errors = 0): RoleWindow => ({ requests: n, errors, latenciesMs: Array(n).fill(ms) });

judgeSuite('too little traffic on either side is Inconclusive, never a pass, however bad the canary looks', () => {
  const rng = mulberry32(1);
  for (const [canary, production] of [[windowOf(rng, 49, 0.005), windowOf(rng, 500, 0.005)], [windowOf(rng, 500, 0.005), windowOf(rng, 10, 0.005)], [steady(49, 900, 49), steady(500, 2)]]) {
    const j = judge(canary, production, DEFAULT_ANALYSIS);
    assert.is(j.verdict, 'Inconclusive');
    assert.ok(j.checks.every((c) => c.verdict === 'Inconclusive'));
    assert.is(j.U, undefined);
    assert.match(j.reason, `canary ${canary.requests} requests, production ${production.requests}, fewer than the 50 each needs`);
  }
  assert.is(judge(steady(50, 2), steady(50, 2), DEFAULT_ANALYSIS).verdict, 'Passed', '50 each is enough');
});

judgeSuite('fewer latencies than the minimum leave latency and p99 Inconclusive, but a failed error check still fails', () => {
  const sampled = (n: number, errors: number): RoleWindow => ({ requests: n, errors, latenciesMs: [2, 2, 3] });
  const calm = judge(sampled(400, 2), sampled(400, 2), DEFAULT_ANALYSIS);
  assert.is(calm.verdict, 'Inconclusive');
  assert.equal(calm.checks.map((c) => c.verdict), ['Passed', 'Passed', 'Inconclusive', 'Inconclusive']);
  assert.match(byName(calm, 'latency').detail, 'canary 3 latencies');
  assert.is(judge(sampled(400, 40), sampled(400, 2), DEFAULT_ANALYSIS).verdict, 'Failed');
});

judgeSuite('a canary whose 5xx rate is above production\'s by more than the margin fails, with the test\'s numbers', () => {
  const j = judge(steady(412, 2, 14), steady(820, 2, 4), DEFAULT_ANALYSIS);
  const check = byName(j, 'error-rate');
  assert.is(check.verdict, 'Failed');
  // Farrington–Manning reference of rollout-stats.test.ts: z 2.59213861122367, p 0.0047690666630721855
  assert.ok(Math.abs(check.statistic! - 2.59213861122367) < 1e-6);
  assert.ok(Math.abs(check.pValue! - 0.0047690666630721855) < 1e-7);
  assert.is(j.verdict, 'Failed');
  assert.equal(j.canary, { requests: 412, errors: 14, errorRate: 14 / 412, medianMs: 2, p99Ms: 2 });
  assert.match(j.reason, 'canary 5xx 3.4 % vs production 0.49 % over 412/820 requests exceeds it by more than 1 percentage point (p=0.0048 < 0.02)');
});

judgeSuite('a canary inside the margin passes the error check even when its rate is the higher one', () => {
  const check = byName(judge(steady(300, 2, 4), steady(300, 2, 1), DEFAULT_ANALYSIS), 'error-rate');
  assert.is(check.verdict, 'Passed');
  assert.ok(check.pValue! > 0.02);
});

judgeSuite('the success-rate floor fails only when the exact bound is below it: a handful of errors in a small window passes', () => {
  // scipy.stats.binom.sf(0, 60, 0.01) = 0.45284335760923855; binom.sf(2, 200, 0.01) = 0.3233213054643432
  const one = byName(judge(steady(60, 2, 1), steady(60, 2, 1), DEFAULT_ANALYSIS), 'success-rate');
  assert.is(one.verdict, 'Passed');
  assert.ok(Math.abs(one.pValue! - 0.45284335760923855) < 1e-9);
  const three = byName(judge(steady(200, 2, 3), steady(200, 2, 3), DEFAULT_ANALYSIS), 'success-rate');
  assert.is(three.verdict, 'Passed');
  assert.ok(Math.abs(three.pValue! - 0.3233213054643432) < 1e-9);
  // binom.sf(13, 412, 0.01) = 9.247846018772693e-05; beta.ppf(0.98, 399, 14) = 0.9818576168015427
  const many = byName(judge(steady(412, 2, 14), steady(412, 2, 14), DEFAULT_ANALYSIS), 'success-rate');
  assert.is(many.verdict, 'Failed');
  assert.ok(Math.abs(many.pValue! - 9.247846018772693e-5) < 1e-12);
  assert.ok(Math.abs(many.bound! - 98.18576168015427) < 1e-7);
  assert.match(many.detail, 'canary success 96.6 % over 412 requests, at most 98.19 % at 98 % confidence: below the 99 % floor');
});

// The samples X and Y of rollout-stats.test.ts, with their scipy p-values: Y×1.25 → 0.44271983541589843, Y×1 → 0.09660571098421739
const X = [3.0, 4.0, 2.5, 3.5, 1.5, 11.0, 1.0, 9.5, 2.5, 2.0, 2.5, 2.0, 3.5, 4.0, 6.5, 1.5, 10.5, 3.0, 2.0, 3.5, 1.0, 1.0, 4.5, 3.5, 7.5];
const Y = [2.0, 2.0, 3.5, 2.0, 1.0, 1.5, 3.0, 2.5, 4.0, 1.0, 3.0, 1.5, 1.5, 7.0, 4.0, 8.5, 4.5, 5.5, 1.5, 1.5, 1.5, 3.5, 3.5, 1.5, 2.0, 3.0, 1.0, 1.0, 2.5, 4.5];

judgeSuite('latency compares the canary with production\'s latencies scaled by the tolerance, at the rules\' confidence', () => {
  const rules = { ...DEFAULT_ANALYSIS, minRequests: 20, latencyToleranceMs: 0 };
  const canary = { requests: X.length, errors: 0, latenciesMs: X };
  const production = { requests: Y.length, errors: 0, latenciesMs: Y };
  const tolerant = judge(canary, production, rules);
  assert.is(tolerant.U, 384);
  assert.ok(Math.abs(byName(tolerant, 'latency').pValue! - 0.44271983541589843) < 1e-10);
  assert.is(byName(tolerant, 'latency').verdict, 'Passed');
  const strict = judge(canary, production, { ...rules, latencyTolerance: 0 });
  assert.is(strict.U, 452);
  assert.ok(Math.abs(byName(strict, 'latency').pValue! - 0.09660571098421739) < 1e-10);
  assert.is(byName(strict, 'latency').verdict, 'Passed');
  assert.is(byName(judge(canary, production, { ...rules, latencyTolerance: 0, confidence: 0.9 }), 'latency').verdict, 'Failed');
  assert.equal([tolerant.canary.medianMs, tolerant.production.medianMs], [3, 2.25]);
});

judgeSuite('a canary 80 ms slower on a ~2 ms app fails latency; 20 % slower is within the relative tolerance, twice as slow is not', () => {
  const rng = mulberry32(2);
  const production = windowOf(rng, 300, 0.005);
  const slow = judge(windowOf(rng, 300, 0.005, 80), production, DEFAULT_ANALYSIS);
  assert.is(byName(slow, 'latency').verdict, 'Failed');
  assert.is(slow.U, 300 * 300, 'every canary latency is above every production one');
  assert.ok(slow.canary.medianMs! > 80 && slow.production.medianMs! < 5);
  assert.match(slow.reason, /^canary median 8\d\.\d ms vs production \d\.\d\d ms: slower than production's latencies ×1\.25 \+ 5 ms \(Mann–Whitney U=90000, z=\d+\.\d\d, p<0\.0001 < 0\.02\)$/);
  const scaled = (f: number): RoleWindow => ({ ...production, latenciesMs: Array.from(production.latenciesMs, (v) => v * f) });
  const relative = { ...DEFAULT_ANALYSIS, latencyToleranceMs: 0 };
  assert.is(byName(judge(scaled(1.2), production, relative), 'latency').verdict, 'Passed');
  assert.is(byName(judge(scaled(2), production, relative), 'latency').verdict, 'Failed');
});

judgeSuite('a canary a millisecond slower (a colder process at a tenth of the traffic) passes on the absolute tolerance; without it, it fails', () => {
  const rng = mulberry32(4);
  const production = windowOf(rng, 900, 0.005);
  const colder = windowOf(rng, 100, 0.005, 1);
  assert.is(judge(colder, production, DEFAULT_ANALYSIS).verdict, 'Passed');
  const latency = byName(judge(colder, production, { ...DEFAULT_ANALYSIS, latencyToleranceMs: 0 }), 'latency');
  assert.is(latency.verdict, 'Failed', latency.detail);
  assert.is(byName(judge(windowOf(rng, 100, 0.005, 8), production, DEFAULT_ANALYSIS), 'latency').verdict, 'Failed', '8 ms slower is beyond it');
});

judgeSuite('p99 over the ceiling fails only a canary slower than production: a slow host makes both slow', () => {
  const tail = (n: number, fast: number, slow: number): RoleWindow => ({ requests: n, errors: 0, latenciesMs: Array.from({ length: n }, (_, i) => (i < n * 0.97 ? fast : slow)) });
  const alone = judge(tail(200, 3, 700), tail(200, 3, 40), DEFAULT_ANALYSIS);
  assert.is(byName(alone, 'p99').verdict, 'Failed');
  assert.equal([alone.canary.p99Ms, alone.production.p99Ms], [700, 40]);
  const host = byName(judge(tail(200, 3, 700), tail(200, 3, 650), DEFAULT_ANALYSIS), 'p99');
  assert.is(host.verdict, 'Passed');
  assert.match(host.detail, 'canary p99 700 ms over the 500 ms ceiling, but production\'s is 650 ms: the host is slow, not the canary');
  assert.is(byName(judge(tail(200, 3, 450), tail(200, 3, 40), DEFAULT_ANALYSIS), 'p99').verdict, 'Passed', 'under the ceiling');
});

judgeSuite('a healthy window passes every check and says so with its numbers; the judgment survives JSON as it is', () => {
  const rng = mulberry32(3);
  const canary = windowOf(rng, 300, 0.005);
  const before = Array.from(canary.latenciesMs);
  const j = judge(canary, windowOf(rng, 300, 0.005), DEFAULT_ANALYSIS);
  assert.is(j.verdict, 'Passed');
  assert.equal(j.checks.map((c) => c.name), ['error-rate', 'success-rate', 'latency', 'p99']);
  assert.match(j.reason, /^every check passed: canary 5xx \d\.\d\d % vs production \d\.\d\d %, median \d\.\d\d ms vs \d\.\d\d ms, p99 .* over 300\/300 requests$/);
  assert.equal(JSON.parse(JSON.stringify(j)), j);
  assert.equal(Array.from(canary.latenciesMs), before, 'the proxy\'s latencies are left in their order');
});

judgeSuite('counts that cannot be are refused by name', () => {
  assert.throws(() => judge({ requests: 10, errors: 11, latenciesMs: [] }, steady(10, 1), DEFAULT_ANALYSIS), /canary errors must be a whole number from 0 to its 10 requests, not 11/);
  assert.throws(() => judge(steady(10, 1), { requests: -1, errors: 0, latenciesMs: [] }, DEFAULT_ANALYSIS), /production requests/);
  assert.throws(() => judge(steady(10, 1), { requests: 2, errors: 0, latenciesMs: [1, NaN] }, DEFAULT_ANALYSIS), /production latencies must be finite/);
});

judgeSuite('failureLimit counts Failed over the whole run as Argo does: more than the limit aborts, -1 never does', () => {
  const table: [Measurement[], number, boolean][] = [
    [[], 0, false], [['Passed'], 0, false], [['Failed'], 0, true], [['Passed', 'Inconclusive', 'Failed'], 0, true],
    [['Failed'], 1, false], [['Failed', 'Passed', 'Failed'], 1, true], [['Failed', 'Failed'], 2, false],
    [['Inconclusive', 'Inconclusive', 'Error', 'Error'], 0, false], [['Failed', 'Failed', 'Failed'], -1, false],
  ];
  for (const [history, limit, reached] of table) assert.is(failureLimitReached(history, limit), reached, `${history} with failureLimit ${limit}`);
});

judgeSuite('inconclusiveLimit counts Inconclusive over the whole run: more than the limit pauses for a person', () => {
  const table: [Measurement[], number, boolean][] = [
    [[], 0, false], [['Inconclusive'], 0, true], [['Inconclusive'], 1, false], [['Inconclusive', 'Passed', 'Inconclusive'], 1, true],
    [['Failed', 'Error'], 0, false], [['Inconclusive', 'Inconclusive', 'Inconclusive'], 3, false],
  ];
  for (const [history, limit, reached] of table) assert.is(inconclusiveLimitReached(history, limit), reached, `${history} with inconclusiveLimit ${limit}`);
  assert.throws(() => inconclusiveLimitReached([], -1), /inconclusiveLimit must be ≥ 0/);
});

judgeSuite('consecutiveErrorLimit counts only the errors in a row up to the latest, 4 by default as in Argo', () => {
  const errors = (n: number): Measurement[] => Array(n).fill('Error');
  assert.is(consecutiveErrorLimitReached(errors(4)), false);
  assert.is(consecutiveErrorLimitReached(errors(5)), true);
  assert.is(consecutiveErrorLimitReached([...errors(5), 'Passed']), false);
  assert.is(consecutiveErrorLimitReached(['Error', 'Error', 'Passed', 'Error', 'Error', 'Error'], 2), true);
  assert.is(consecutiveErrorLimitReached(['Error', 'Error', 'Failed', 'Error', 'Error'], 2), false);
});

// Seeded windows, so every figure below repeats exactly. Per-window probabilities worked out exactly from the binomials
// (the latency test adds nothing on healthy windows): a healthy window at 300/300 fails with p ≈ 0.0002, at 150/2850 (a 5 %
// step) ≈ 0.001; a +3 % canary is caught with p ≈ 0.83 at 300/300 and ≈ 0.998 at 800/800 — no test can reach 0.99 at
// 300 a side without false alarms (even knowing production's rate, "≥ 4 canary errors" catches 0.994 but alarms 0.065).
function rate(windows: number, seed: number, make: (rng: Rng) => [RoleWindow, RoleWindow]): Record<Verdict, number> {
  const rng = mulberry32(seed);
  const counts: Record<Verdict, number> = { Passed: 0, Failed: 0, Inconclusive: 0 };
  for (let i = 0; i < windows; i++) counts[judge(...make(rng), DEFAULT_ANALYSIS).verdict]++;
  return counts;
}

judgeSuite('200 healthy windows (both 0.5 % 5xx, same latencies) raise no false alarm, balanced or at a 5 % step', () => {
  assert.equal(rate(200, 101, (rng) => [windowOf(rng, 300, 0.005), windowOf(rng, 300, 0.005)]), { Passed: 200, Failed: 0, Inconclusive: 0 });
  assert.equal(rate(200, 102, (rng) => [windowOf(rng, 150, 0.005), windowOf(rng, 2850, 0.005)]), { Passed: 200, Failed: 0, Inconclusive: 0 });
});

judgeSuite('a canary 80 ms slower fails at least 99 % of 200 windows of 300 requests', () => {
  const counts = rate(200, 103, (rng) => [windowOf(rng, 300, 0.005, 80), windowOf(rng, 300, 0.005)]);
  assert.ok(counts.Failed >= 198, `${counts.Failed} of 200`);
});

judgeSuite('a canary with +3 % absolute 5xx fails at least 99 % of 200 windows of 800 requests', () => {
  const counts = rate(200, 104, (rng) => [windowOf(rng, 800, 0.035), windowOf(rng, 800, 0.005)]);
  assert.ok(counts.Failed >= 198, `${counts.Failed} of 200`);
});

judgeSuite('at 300 requests a +3 % canary fails most windows alone, and a rollout of four such windows aborts at least 99 % of the time', () => {
  const single = rate(200, 105, (rng) => [windowOf(rng, 300, 0.035), windowOf(rng, 300, 0.005)]);
  assert.ok(single.Failed >= 150, `${single.Failed} of 200 single windows`);
  const rng = mulberry32(106);
  let aborted = 0;
  for (let rollout = 0; rollout < 200; rollout++) {
    const history: Verdict[] = [];
    for (let w = 0; w < 4 && !failureLimitReached(history, 0); w++) history.push(judge(windowOf(rng, 300, 0.035), windowOf(rng, 300, 0.005), DEFAULT_ANALYSIS).verdict);
    if (failureLimitReached(history, 0)) aborted++;
  }
  assert.ok(aborted >= 198, `${aborted} of 200 rollouts aborted`);
});

judgeSuite.run();

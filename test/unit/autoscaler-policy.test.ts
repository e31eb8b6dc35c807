import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { afterUpdateAttempt, decide, decideOnOom, type AutoscalerPolicy, type Decided, type PolicyState } from '../../src/autoscaler/policy';
import { MiB } from '../../src/core/docker-stats';

const policy = suite('autoscaler policy');

const seed: AutoscalerPolicy = {
  intervalSec: 5,
  thresholdPercent: 50,
  stepMb: 100,
  maxMb: 2048,
  cooldownSec: 10,
  oomFactor: 1.2,
  watermarkPercent: 85,
  tickMs: 250,
  scaleDown: { enabled: false, belowPercent: 20, afterSec: 300 },
  metricsListen: '127.0.0.1:9464',
};
/** The seed's step rule alone: the fast path off. */
const stepOnly: AutoscalerPolicy = { ...seed, watermarkPercent: 0 };
const withDown: AutoscalerPolicy = { ...seed, scaleDown: { enabled: true, belowPercent: 20, afterSec: 60 } };

const start = (mb: number): PolicyState => ({ startLimitBytes: mb * MiB });
const sample = (at: number, usedMb: number, limitMb: number) => ({ at, usedBytes: usedMb * MiB, limitBytes: limitMb * MiB });

/** Feeds samples one a second, applying every change at once, as the watcher does when Docker accepts it. */
function simulate(p: AutoscalerPolicy, limitMb: number, usedMbAt: (sec: number) => number, seconds: number) {
  let state = start(limitMb);
  let limit = limitMb * MiB;
  const changes: { at: number; action: string; toMb: number }[] = [];
  for (let s = 0; s <= seconds; s++) {
    const d = decide({ at: s * 1000, usedBytes: usedMbAt(s) * MiB, limitBytes: limit }, state, p);
    state = d.state;
    if (d.decision.action !== 'hold') {
      limit = d.decision.toBytes;
      state = afterUpdateAttempt(state, s * 1000);
      changes.push({ at: s, action: d.decision.action, toMb: limit / MiB });
    }
  }
  return { changes, limitMb: limit / MiB };
}

function change(d: Decided) {
  if (d.decision.action === 'hold') throw new Error(`expected a change, got hold (${d.decision.hold}): ${d.decision.reason}`);
  return d.decision;
}

function holdOf(d: Decided) {
  if (d.decision.action !== 'hold') throw new Error(`expected a hold, got ${d.decision.action}: ${d.decision.reason}`);
  return d.decision;
}

policy('used above 50 % of the limit raises it by 100 MB, and the reason says why', () => {
  const c = change(decide(sample(0, 70, 128), start(128), seed));
  assert.is(c.action, 'raise');
  assert.is(c.fromBytes, 128 * MiB);
  assert.is(c.toBytes, 228 * MiB);
  assert.match(c.reason, 'used 70 MB is 54.7 % of the 128 MB limit (> 50 %): +100 MB');
});

policy('exactly 50 % is not above the threshold', () => {
  assert.is(holdOf(decide(sample(0, 64, 128), start(128), seed)).hold, 'within');
});

policy('a container is evaluated once per interval, not on every stream sample', () => {
  let d = decide(sample(0, 10, 128), start(128), stepOnly);
  assert.is(holdOf(d).hold, 'within');
  const afterOne = decide(sample(1000, 90, 128), d.state, stepOnly);
  assert.is(holdOf(afterOne).hold, 'not-due');
  // a sample that lands a little early (stream jitter) still counts as the next interval
  d = decide(sample(4700, 90, 128), d.state, stepOnly);
  assert.is(change(d).action, 'raise');
});

policy('the raise stops at the maximum, and at the maximum it holds and says so', () => {
  const capped = change(decide(sample(0, 1900, 2000), start(128), seed));
  assert.is(capped.toBytes, 2048 * MiB);
  assert.match(capped.reason, 'capped at the maximum 2048 MB');
  const atMax = holdOf(decide(sample(0, 2000, 2048), start(128), seed));
  assert.is(atMax.hold, 'at-max');
  assert.match(atMax.reason, 'at the maximum 2048 MB');
});

policy('within the cooldown a second sample of the same spike is not counted again', () => {
  let state = afterUpdateAttempt(decide(sample(0, 70, 128), start(128), seed).state, 0);
  const d = decide(sample(5000, 150, 228), state, seed);
  assert.is(holdOf(d).hold, 'cooldown');
  assert.match(holdOf(d).reason, 'cooldown 10 s');
  state = d.state;
  assert.is(change(decide(sample(10000, 150, 228), state, seed)).toBytes, 328 * MiB);
});

policy('a 10 s cooldown is two 5 s evaluations, counted from the decision, even when a sample lands a little early', () => {
  const raised = decide(sample(0, 70, 128), start(128), seed);
  const state = afterUpdateAttempt(raised.state, 0);
  const d = decide(sample(4990, 150, 228), state, seed);
  assert.is(holdOf(d).hold, 'cooldown');
  assert.is(change(decide(sample(9980, 150, 228), d.state, seed)).toBytes, 328 * MiB);
});

policy('steady use just above the threshold raises once and never flaps', () => {
  const { changes, limitMb } = simulate(seed, 128, () => 70, 600);
  assert.equal(changes, [{ at: 0, action: 'raise', toMb: 228 }]);
  assert.is(limitMb, 228);
});

policy('steady use near the threshold with scale-down on stays put: lowering would cross back', () => {
  // 70 MB: raised to 228 (30.7 %), then 30.7 % is not low (< 20 %) so it never lowers
  assert.equal(simulate(withDown, 128, () => 70, 900).changes, [{ at: 0, action: 'raise', toMb: 228 }]);
  // after a spike took it to 528 MB, steady 60 MB steps down to 228 (26 %, no longer low) and stays: no raise follows
  let state: PolicyState = start(128);
  let limit = 528 * MiB;
  const changes: string[] = [];
  for (let s = 0; s <= 1800; s++) {
    const d = decide({ at: s * 1000, usedBytes: 60 * MiB, limitBytes: limit }, state, withDown);
    state = d.state;
    if (d.decision.action !== 'hold') {
      limit = d.decision.toBytes;
      state = afterUpdateAttempt(state, s * 1000);
      changes.push(`${d.decision.action} ${limit / MiB}`);
    }
  }
  assert.equal(changes, ['lower 428', 'lower 328', 'lower 228']);
});

policy('scale-down lowers after sustained low use, never below the starting limit, and only when it stays clear of the threshold', () => {
  // started at 128, raised to 428 by a spike; now 30 MB used (7 %)
  let state: PolicyState = { startLimitBytes: 128 * MiB };
  let d = decide(sample(0, 30, 428), state, withDown);
  assert.is(holdOf(d).hold, 'low');
  d = decide(sample(30_000, 30, 428), d.state, withDown);
  assert.match(holdOf(d).reason, 'for 30.0 s of the 60 s');
  d = decide(sample(60_000, 30, 428), d.state, withDown);
  const lowered = change(d);
  assert.is(lowered.action, 'lower');
  assert.is(lowered.toBytes, 328 * MiB);
  // the low-use clock restarts after a change
  state = afterUpdateAttempt(d.state, 60_000);
  assert.is(holdOf(decide(sample(70_000, 30, 328), state, withDown)).hold, 'low');
  // all the way down it stops at the starting limit
  const run = simulate(withDown, 128, (s) => (s < 5 ? 600 : 20), 1200);
  assert.is(run.limitMb, 128);
  assert.ok(run.changes.some((c) => c.action === 'lower'));
});

policy('a scale-down that would put use near the threshold is refused with its reason', () => {
  const p: AutoscalerPolicy = { ...withDown, scaleDown: { enabled: true, belowPercent: 40, afterSec: 10 }, stepMb: 200 };
  // 90 MB of 300 MB = 30 % (< 40 % low); at 128 MB it would be 70 % — over the midpoint 45 %
  let d = decide(sample(0, 90, 300), start(128), p);
  d = decide(sample(20_000, 90, 300), d.state, p);
  const h = holdOf(d);
  assert.is(h.hold, 'lower-would-cross');
  assert.match(h.reason, 'it would be 70.3 %');
});

policy('an OOM kill bumps at once by max(+100 MB, ×1.2), even inside the cooldown', () => {
  const cooling = afterUpdateAttempt(start(128), 1000);
  const small = change(decideOnOom(2000, 128 * MiB, 128 * MiB, cooling, seed));
  assert.is(small.action, 'oom-bump');
  assert.is(small.toBytes, 228 * MiB); // +100 MB beats ×1.2 (154 MB)
  const big = change(decideOnOom(2000, 1000 * MiB, 1000 * MiB, cooling, seed));
  assert.is(big.toBytes, 1200 * MiB); // ×1.2 beats +100 MB
  assert.match(big.reason, 'max(+100 MB, ×1.2)');
  assert.is(change(decideOnOom(2000, 1800 * MiB, 1800 * MiB, cooling, seed)).toBytes, 2048 * MiB);
  assert.is(holdOf(decideOnOom(2000, 2048 * MiB, 2048 * MiB, cooling, seed)).hold, 'at-max');
});

policy('one OOM kill reported twice is bumped once', () => {
  const first = decideOnOom(1000, 128 * MiB, 128 * MiB, start(128), seed);
  change(first);
  assert.is(holdOf(decideOnOom(1500, 228 * MiB, 228 * MiB, first.state, seed)).hold, 'oom-repeat');
  assert.is(change(decideOnOom(9000, 228 * MiB, 228 * MiB, first.state, seed)).action, 'oom-bump');
});

policy('an OOM kill that a raise already under way has covered is not bumped twice', () => {
  const h = holdOf(decideOnOom(1000, 64 * MiB, 164 * MiB, start(64), seed));
  assert.is(h.hold, 'oom-covered');
  assert.match(h.reason, 'OOM kill at 64 MB: max(+100 MB, ×1.2) → 164 MB, and the limit is already 164 MB');
  const partly = change(decideOnOom(1000, 1000 * MiB, 1100 * MiB, start(64), seed));
  assert.is(partly.fromBytes, 1100 * MiB);
  assert.is(partly.toBytes, 1200 * MiB);
});

policy('a container without a limit is left alone', () => {
  assert.is(holdOf(decide(sample(0, 500, 0), start(0), seed)).hold, 'unlimited');
  assert.is(holdOf(decideOnOom(0, 0, 0, start(0), seed)).hold, 'unlimited');
});

policy('a growth the step policy can follow never reaches the limit', () => {
  // 5 MB/s from 40 MB in a 128 MB container: every raise lands before use reaches the limit
  let worst = 0;
  let state = start(128);
  let limit = 128 * MiB;
  for (let s = 0; s <= 120; s++) {
    const used = (40 + 5 * s) * MiB;
    worst = Math.max(worst, used / limit);
    const d = decide({ at: s * 1000, usedBytes: used, limitBytes: limit }, state, seed);
    state = d.state;
    if (d.decision.action !== 'hold') {
      limit = d.decision.toBytes;
      state = afterUpdateAttempt(state, s * 1000);
    }
  }
  assert.ok(worst < 1, `use reached ${(worst * 100).toFixed(0)} % of the limit`);
});

/** Use growing mbPerSec from 45 MB, sampled every 250 ms; a change lands 500 ms after it was decided, as an update does. */
function ramp(p: AutoscalerPolicy, mbPerSec: number, seconds: number) {
  let state = start(128);
  let limit = 128 * MiB;
  let landing: { at: number; toBytes: number } | undefined;
  let worst = 0;
  const changes: { at: number; action: string; toMb: number }[] = [];
  for (let at = 0; at <= seconds * 1000; at += 250) {
    if (landing && at >= landing.at) {
      limit = landing.toBytes;
      landing = undefined;
    }
    const used = Math.min(45 * MiB + (mbPerSec * MiB * at) / 1000, 1500 * MiB);
    worst = Math.max(worst, used / limit);
    if (landing) continue; // one update at a time, as the scaler does
    const d = decide({ at, usedBytes: used, limitBytes: limit }, state, p, 250);
    state = d.state;
    if (d.decision.action !== 'hold') {
      landing = { at: at + 500, toBytes: d.decision.toBytes };
      state = afterUpdateAttempt(state, at);
      changes.push({ at, action: d.decision.action, toMb: d.decision.toBytes / MiB });
    }
  }
  return { changes, worst, limitMb: limit / MiB };
}

for (const mbPerSec of [20, 40, 80]) {
  policy(`growth of ${mbPerSec} MB/s, beyond what +100 MB per 10 s can follow, is covered by the fast path: use never reaches the limit`, () => {
    const { changes, worst } = ramp(seed, mbPerSec, 15);
    assert.ok(worst < 1, `use reached ${(worst * 100).toFixed(0)} % of the limit`);
    assert.ok(changes.some((c) => c.action === 'fast-raise'), JSON.stringify(changes));
    // whole steps of 100 MB on the starting 128 MB, never above the maximum
    for (const c of changes) assert.ok((c.toMb - 128) % 100 === 0 || c.toMb === seed.maxMb, `${c.toMb} MB is not 128 MB + whole steps`);
  });
}

policy('without the fast path the seed rule alone loses the race at 20 MB/s (what the fast path is for)', () => {
  assert.ok(ramp(stepOnly, 20, 15).worst >= 1);
});

policy('growth the step can follow (5 MB/s) is left to the seed rule: no fast raise', () => {
  const { changes, worst } = ramp(seed, 5, 60);
  assert.ok(worst < 1);
  assert.ok(changes.length > 0);
  assert.equal([...new Set(changes.map((c) => c.action))], ['raise']);
});

policy('one jump is not taken for a growth that goes on: past 50 % it is left to the seed rule', () => {
  let d = decide(sample(0, 40, 128), start(128), seed, 250);
  d = decide(sample(250, 40, 128), d.state, seed, 250);
  d = decide(sample(500, 90, 128), d.state, seed, 250); // +50 MB in one allocation: 70 % of 128 MB
  assert.is(holdOf(d).hold, 'not-due');
  d = decide(sample(750, 90, 128), d.state, seed, 250);
  assert.is(holdOf(d).hold, 'not-due');
  const c = change(decide(sample(5000, 90, 128), d.state, seed, 250));
  assert.is(c.action, 'raise');
  assert.is(c.toBytes, 228 * MiB);
});

policy('use past the watermark with no growth raises one step at once, inside the cooldown, and says why', () => {
  const cooling = afterUpdateAttempt(start(128), 0);
  const c = change(decide(sample(2000, 200, 228), cooling, seed, 250));
  assert.is(c.action, 'fast-raise');
  assert.is(c.toBytes, 328 * MiB);
  assert.match(c.reason, 'used 200 MB is 87.7 % of the 228 MB limit, growing 0 MB/s: will pass the 85 % watermark');
});

policy('a fast raise is capped at the maximum, and at the maximum the step rule says so', () => {
  const p: AutoscalerPolicy = { ...seed, maxMb: 400 };
  let d = decide(sample(0, 100, 228), start(128), p, 250);
  d = decide(sample(500, 120, 228), d.state, p, 250);
  d = decide(sample(1000, 140, 228), d.state, p, 250); // 40 MB/s for a second
  const c = change(d);
  assert.is(c.toBytes, 400 * MiB);
  assert.match(c.reason, 'capped at the maximum 400 MB');
  assert.is(holdOf(decide(sample(6000, 390, 400), d.state, p, 250)).hold, 'at-max');
});

policy.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CanaryEjection, type EjectionRules } from '../../src/proxy/ejection';

const ejection = suite('proxy ejection');
const rules: EjectionRules = { consecutive5xx: 5, windowSec: 30, minRequests: 20, maxErrorRate: 0.2, probationSec: 0 };
const T0 = Date.parse('2026-01-01T00:00:00Z');

ejection('five failures in a row eject the canary (Envoy\'s consecutive_5xx)', () => {
  const e = new CanaryEjection(rules);
  for (let i = 0; i < 4; i++) assert.is(e.recordOutcome(true, T0 + i), false);
  assert.ok(e.admitted);
  assert.is(e.recordOutcome(true, T0 + 5), true);
  assert.not.ok(e.admitted);
  assert.is(e.state.source, 'passive');
  assert.match(e.state.reason, '5 failures in a row');
  assert.is(e.state.since, new Date(T0 + 5).toISOString());
});

ejection('a success breaks the run of failures', () => {
  const e = new CanaryEjection({ ...rules, maxErrorRate: 1 }); // the rate rule off: only the run of failures judges
  for (let round = 0; round < 10; round++) {
    for (let i = 0; i < 4; i++) e.recordOutcome(true, T0 + round * 1000 + i);
    e.recordOutcome(false, T0 + round * 1000 + 10);
  }
  assert.ok(e.admitted);
});

ejection('the error-rate rule needs the minimum volume before it judges', () => {
  const e = new CanaryEjection({ ...rules, consecutive5xx: 100 });
  // alternate fail/ok: 50% errors, but the first 19 requests are too few to judge
  for (let i = 0; i < 19; i++) assert.is(e.recordOutcome(i % 2 === 0, T0 + i), false, `request ${i}`);
  assert.ok(e.admitted);
  e.recordOutcome(false, T0 + 19);
  assert.is(e.recordOutcome(true, T0 + 20), true);
  assert.match(e.state.reason, 'of 21 canary requests failed in 30s');
});

ejection('outcomes older than the window no longer count', () => {
  const e = new CanaryEjection({ ...rules, consecutive5xx: 100 });
  for (let i = 0; i < 30; i++) e.recordOutcome(i % 4 === 0, T0 + i); // 8 of 30 failed: 27%, ejects at the first failure after the minimum
  assert.not.ok(e.admitted);
  const f = new CanaryEjection({ ...rules, consecutive5xx: 100 });
  for (let i = 0; i < 10; i++) f.recordOutcome(true, T0 + i); // 10 failures, below the minimum volume
  for (let i = 0; i < 15; i++) f.recordOutcome(false, T0 + 40_000 + i); // 40 s later: the failures are out of the window
  assert.is(f.recordOutcome(true, T0 + 40_100), false);
  assert.ok(f.admitted);
});

ejection('a second ejection keeps the first cause', () => {
  const e = new CanaryEjection(rules);
  assert.is(e.eject('webhook', 'Datadog alert', T0, '123'), true);
  assert.is(e.eject('manual', 'operator', T0 + 1), false);
  assert.is(e.state.source, 'webhook');
  assert.is(e.state.alertId, '123');
  assert.is(e.recordOutcome(true, T0 + 2), false, 'late answers of requests sent before the ejection change nothing');
});

ejection('resume re-admits with a clean slate', () => {
  const e = new CanaryEjection(rules);
  for (let i = 0; i < 5; i++) e.recordOutcome(true, T0 + i);
  assert.not.ok(e.admitted);
  assert.is(e.resume('resume', 'operator', T0 + 100), true);
  assert.ok(e.admitted);
  assert.is(e.state.source, 'resume');
  for (let i = 0; i < 4; i++) assert.is(e.recordOutcome(true, T0 + 200 + i), false, 'the old failures do not count after a resume');
  assert.is(e.resume('resume', 'again', T0 + 300), false);
});

ejection('probation is opt-in and only for passive ejections', () => {
  const off = new CanaryEjection(rules);
  for (let i = 0; i < 5; i++) off.recordOutcome(true, T0 + i);
  assert.is(off.probationDueAt(), undefined);
  const on = new CanaryEjection({ ...rules, probationSec: 60 });
  for (let i = 0; i < 5; i++) on.recordOutcome(true, T0 + i);
  assert.is(on.probationDueAt(), T0 + 4 + 60_000);
  const manual = new CanaryEjection({ ...rules, probationSec: 60 });
  manual.eject('manual', 'operator', T0);
  assert.is(manual.probationDueAt(), undefined, 'an operator\'s abort is not undone by a timer');
  const webhook = new CanaryEjection({ ...rules, probationSec: 60 });
  webhook.eject('webhook', 'alert', T0);
  assert.is(webhook.probationDueAt(), undefined, 'nor is a firing alert');
});

ejection.run();

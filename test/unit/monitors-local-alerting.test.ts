import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig, type Config } from '../../src/core/config';
import { createLocalAlerting, type AlertNotification, type ContainerSample } from '../../src/monitors/local-alerting';
import { alertPayload, alertSubject, alertText } from '../../src/monitors/notifier';
import { tmpDir } from '../support/tmp';

const local = suite('monitors/local-alerting');
const MB = 1024 * 1024;

function monitors(m: Record<string, unknown> = {}): Config['monitors'] {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app' }));
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({ monitors: m }));
  return loadConfig({ appDir: dir, env: {} }).config.monitors;
}

/** The evaluator with a clock the test moves, and every notice it sends. */
function harness(m: Record<string, unknown> = {}) {
  let clock = 1_000_000;
  const sent: AlertNotification[] = [];
  const alerting = createLocalAlerting({ app: 'app', monitors: monitors(m), notify: { notify: async (n) => void sent.push(n) }, now: () => clock });
  const sample = (over: Partial<ContainerSample> = {}): ContainerSample => ({
    containerId: 'c1', name: 'app-production', role: 'production', at: clock, cpuPercent: 5, memoryUsedBytes: 100 * MB, memoryLimitBytes: 1024 * MB, ...over,
  });
  return {
    sent,
    alerting,
    advance: (ms: number) => (clock += ms),
    observe: (over: Partial<ContainerSample> = {}) => alerting.observe(sample(over)),
  };
}

local('below the thresholds nothing is sent', async () => {
  const h = harness();
  for (let i = 0; i < 20; i++) {
    await h.observe({ cpuPercent: 59, memoryUsedBytes: 499 * MB });
    h.advance(15_000);
  }
  assert.equal(h.sent, []);
});

local('a breach of the window average alerts once, as Datadog\'s avg(last_5m) > 60 does', async () => {
  const h = harness();
  // 4 quiet minutes, then CPU at 90: the 5-minute average crosses 60 only once enough high samples are in
  for (let i = 0; i < 16; i++) {
    await h.observe({ cpuPercent: 10 });
    h.advance(15_000);
  }
  let crossedAfter = 0;
  for (let i = 1; i <= 20 && !h.sent.length; i++) {
    await h.observe({ cpuPercent: 90 });
    h.advance(15_000);
    crossedAfter = i;
  }
  assert.is(h.sent.length, 1);
  assert.is(h.sent[0].transition, 'Triggered');
  assert.is(h.sent[0].rule, 'cpu');
  assert.ok(h.sent[0].value > 60);
  // 20 samples in 5 minutes: the average passes 60 at the 13th high one (13×90 + 7×10)/20 = 63
  assert.is(crossedAfter, 13);
});

local('while unresolved, the alert is sent again every re-notify interval (15 minutes)', async () => {
  const h = harness();
  for (let t = 0; t <= 40 * 60_000; t += 15_000) {
    await h.observe({ memoryUsedBytes: 700 * MB });
    h.advance(15_000);
  }
  assert.equal(h.sent.map((n) => n.transition), ['Triggered', 'Re-Triggered', 'Re-Triggered']);
  assert.is(h.sent[1].at - h.sent[0].at, 15 * 60_000);
  assert.is(h.sent[2].since, h.sent[0].at);
  assert.is(h.sent[0].monitor, '[slipway] app production: memory');
});

local('a recovery notice follows once the window average is back under the threshold', async () => {
  const h = harness({ local: { windowSec: 30 } });
  await h.observe({ memoryUsedBytes: 600 * MB });
  h.advance(10_000);
  await h.observe({ memoryUsedBytes: 550 * MB });
  h.advance(10_000);
  await h.observe({ memoryUsedBytes: 100 * MB }); // (600+550+100)/3 = 417 → under 500
  assert.equal(h.sent.map((n) => n.transition), ['Triggered', 'Recovered']);
  assert.ok(h.sent[1].value < 500 * MB);
  h.advance(10_000);
  await h.observe({ memoryUsedBytes: 100 * MB });
  assert.is(h.sent.length, 2, 'no second recovery');
});

local('each container and each rule has its own state', async () => {
  const h = harness();
  await h.observe({ containerId: 'p', name: 'app-production', cpuPercent: 80 });
  await h.observe({ containerId: 'c', name: 'app-canary', role: 'canary', memoryUsedBytes: 900 * MB });
  assert.equal(h.sent.map((n) => `${n.containerName}:${n.rule}:${n.role}`), ['app-production:cpu:production', 'app-canary:memory:canary']);
});

local('a notice that fails is retried at the next sample, and recovery is only sent for a delivered alert', async () => {
  let fail = true;
  const sent: string[] = [];
  let clock = 0;
  const errors: string[] = [];
  const alerting = createLocalAlerting({
    app: 'app', monitors: monitors(), now: () => clock,
    notify: { notify: async (n) => { if (fail) throw new Error('smtp down'); sent.push(n.transition); } },
    onNotifyError: (e) => errors.push((e as Error).message),
  });
  const s = (cpu: number): ContainerSample => ({ containerId: 'c', name: 'n', role: 'production', at: clock, cpuPercent: cpu, memoryUsedBytes: 0, memoryLimitBytes: 0 });
  await alerting.observe(s(99));
  assert.equal(errors, ['smtp down']);
  fail = false;
  clock += 1000;
  await alerting.observe(s(99));
  assert.equal(sent, ['Triggered']);
});

local('state() shows every container, its rules and the settings', async () => {
  const h = harness();
  await h.observe({ cpuPercent: 70 });
  const st = h.alerting.state() as { windowSec: number; renotifySec: number; containers: { rules: { cpu: { status: string } } }[] };
  assert.is(st.windowSec, 300);
  assert.is(st.renotifySec, 900);
  assert.is(st.containers[0].rules.cpu.status, 'ALERT');
});

local('the e-mail and the webhook payload say what crossed, where, and by how much', () => {
  const n: AlertNotification = {
    app: 'app', monitor: '[slipway] app canary: memory', rule: 'memory', transition: 'Triggered', containerId: 'abcdef0123456789', containerName: 'app-canary',
    role: 'canary', value: 612 * MB, threshold: 500 * MB, unit: 'bytes', windowSec: 300, at: 0, since: 0, tags: ['managed-by:slipway', 'role:canary'],
  };
  assert.is(alertSubject(n), '[Triggered on {container_name:app-canary}] [slipway] app canary: memory');
  assert.match(alertText(n), 'Memory of app-canary (app canary) averaged 612.0 MB over the last 300 s, above the threshold of 500.0 MB.');
  const p = alertPayload(n);
  assert.is(p.alert_transition, 'Triggered');
  assert.is(p.tags, 'managed-by:slipway,role:canary');
  assert.is(p.alert_id, 'local:app:canary:memory');
});

local.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig, type Config } from '../../src/core/config';
import { monitorDefinitions, windowSeconds, webhookNameOf } from '../../src/monitors/definitions';
import { desiredWebhook, payloadTemplate } from '../../src/monitors/webhook';
import { UsageError } from '../../src/core/errors';
import { tmpDir } from '../support/tmp';

const defs = suite('monitors/definitions');

function configWith(monitors: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Config {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'climbing-grade' }));
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({ monitors, ...extra }));
  return loadConfig({ appDir: dir, env: {} }).config;
}

const find = (c: Config, name: string) => monitorDefinitions(c).find((d) => d.body.name === name)!;

defs('the defaults are the seed\'s: CPU > 60 % and memory > 500 MB per role, re-notify every 15 minutes', () => {
  const c = configWith();
  const all = monitorDefinitions(c);
  assert.equal(all.map((d) => d.body.name), [
    '[slipway] climbing-grade production: CPU',
    '[slipway] climbing-grade production: memory',
    '[slipway] climbing-grade canary: CPU',
    '[slipway] climbing-grade canary: memory',
    '[slipway] climbing-grade canary: 5xx responses',
  ]);
  const cpu = find(c, '[slipway] climbing-grade production: CPU').body;
  assert.is(cpu.query, 'avg(last_5m):avg:docker.cpu.usage{slipway_app:climbing-grade,slipway_role:production} by {container_name} > 60');
  assert.is(cpu.options.thresholds.critical, 60);
  assert.is(cpu.options.renotify_interval, 15);
  const mem = find(c, '[slipway] climbing-grade canary: memory').body;
  assert.is(mem.options.thresholds.critical, 500 * 1024 * 1024);
  assert.ok(mem.query.endsWith(`> ${500 * 1024 * 1024}`));
  for (const d of all) assert.ok(d.body.options.renotify_interval === 15);
});

defs('on a swarm the seed\'s CPU and memory thresholds hold per task: grouped by service and task container, named in the alert', () => {
  const c = configWith({}, { deploy: { target: 'swarm' } });
  for (const d of monitorDefinitions(c).filter((x) => x.kind === 'cpu' || x.kind === 'memory')) {
    assert.match(d.body.query, / by \{swarm_service,container_name\} > /);
    assert.ok(d.body.message.includes('task {{container_name.name}} of {{swarm_service.name}}'), d.body.message);
  }
  const cpu = find(c, '[slipway] climbing-grade canary: CPU').body;
  assert.is(cpu.query, 'avg(last_5m):avg:docker.cpu.usage{slipway_app:climbing-grade,slipway_role:canary} by {swarm_service,container_name} > 60');
});

defs('the query\'s threshold and options.thresholds.critical always agree', () => {
  const c = configWith({ cpuPercent: 42.5, memoryMb: 300, canary5xx: { threshold: 9 } });
  for (const d of monitorDefinitions(c)) {
    const inQuery = Number(/> (\d+(\.\d+)?)$/.exec(d.body.query)![1]);
    assert.is(inQuery, d.body.options.thresholds.critical, d.body.name);
  }
});

defs('messages hold alert and recovery blocks and the e-mail recipients', () => {
  const c = configWith({ emails: ['ops@example.com', 'dev@example.com'] });
  const cpu = find(c, '[slipway] climbing-grade canary: CPU').body;
  assert.match(cpu.message, /^\{\{#is_alert\}\}.+\{\{\/is_alert\}\}\n\{\{#is_recovery\}\}.+\{\{\/is_recovery\}\}\n\n@ops@example.com @dev@example.com$/);
});

defs('the canary 5xx monitor notifies the proxy webhook; the CPU and memory ones do not', () => {
  const c = configWith({ emails: ['ops@example.com'] });
  const canary = find(c, '[slipway] climbing-grade canary: 5xx responses').body;
  assert.match(canary.message, '@webhook-slipway-climbing-grade');
  assert.is(canary.type, 'log alert');
  assert.is(canary.query, 'logs("slipway_app:climbing-grade slipway_role:canary @http.status_code:[500 TO 599]").index("*").rollup("count").last("5m") > 5');
  for (const d of monitorDefinitions(c).filter((d) => d.kind !== 'canary-5xx')) assert.not.match(d.body.message, '@webhook-');
});

defs('the 5xx monitor reads APM hits.by_http_status when configured', () => {
  const c = configWith({ canary5xx: { source: 'apm', threshold: 3 }, evaluationWindow: 'last_10m' });
  const canary = find(c, '[slipway] climbing-grade canary: 5xx responses').body;
  assert.is(canary.type, 'query alert');
  assert.is(canary.query, 'sum(last_10m):sum:trace.express.request.hits.by_http_status{service:climbing-grade,env:canary,http.status_class:5xx}.as_count() > 3');
});

defs('tags mark a monitor as slipway\'s, for this app and role, plus the configured ones', () => {
  const c = configWith({ tags: ['team:climbing'] });
  const m = find(c, '[slipway] climbing-grade production: memory').body;
  assert.equal(m.tags, ['managed-by:slipway', 'slipway-app:climbing-grade', 'role:production', 'slipway-monitor:memory', 'team:climbing']);
});

defs('renotifyMinutes 0 turns re-notify off', () => {
  const c = configWith({ renotifyMinutes: 0 });
  assert.is(monitorDefinitions(c)[0].body.options.renotify_interval, null);
});

defs('the evaluation window converts to seconds', () => {
  assert.is(windowSeconds('last_5m'), 300);
  assert.is(windowSeconds('last_1h'), 3600);
});

defs('the webhook carries the webhook token as a header and the alert variables in its payload', () => {
  const c = configWith({}, { proxy: { admin: '127.0.0.1:9911' } });
  const w = desiredWebhook(c, 'secret-token-1');
  assert.is(w.name, webhookNameOf(c));
  assert.is(w.url, 'http://127.0.0.1:9911/alerts/datadog');
  assert.equal(JSON.parse(w.custom_headers!), { Authorization: 'Bearer secret-token-1' });
  const payload = JSON.parse(payloadTemplate('climbing-grade'));
  assert.is(payload.alert_transition, '$ALERT_TRANSITION');
  assert.is(payload.alert_id, '$ALERT_ID');
  assert.is(payload.alert_title, '$ALERT_TITLE');
  assert.is(payload.tags, '$TAGS');
  assert.throws(() => desiredWebhook(c, undefined), (e: unknown) => e instanceof UsageError && /SLIPWAY_WEBHOOK_TOKEN is not set/.test((e as Error).message));
});

defs('the default webhook URL must be https once the admin API listens beyond loopback', () => {
  const wide = configWith({}, { proxy: { admin: '0.0.0.0:9911' } });
  assert.throws(() => desiredWebhook(wide, 'secret-token-1'), (e: unknown) => e instanceof UsageError && /monitors\.webhookUrl: "http:\/\/0\.0\.0\.0:9911\/alerts\/datadog" is not an https:\/\/ URL/.test((e as Error).message));
  const fronted = configWith({}, { proxy: { admin: '0.0.0.0:9911' }, monitors: { webhookUrl: 'https://proxy.example.com/alerts/datadog' } });
  assert.is(desiredWebhook(fronted, 'secret-token-1').url, 'https://proxy.example.com/alerts/datadog');
});

defs.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import axios from 'axios';
import { runCli } from '../support/cli';
import { tmpDir } from '../support/tmp';
import { freePort } from '../support/ports';
import { startDatadogStandin, type DatadogStandin } from '../support/datadog-standin';
import { DatadogClient, datadogAccess } from '../../src/monitors/datadog-client';
import { createLogger } from '../../src/core/log';
import { secretsFromEnv } from '../../src/core/secrets';
import { StepFailed } from '../../src/core/errors';

const monitors = suite('monitors with Datadog (stand-in validating against monitor-openapi.yaml)');

const ADMIN_TOKEN = 'admin-token-for-the-proxy-42';
const WEBHOOK_TOKEN = 'webhook-token-for-the-proxy-43';
let dd: DatadogStandin;
let appDir: string;
let adminPort: number;

function env(extra: Record<string, string | undefined> = {}) {
  return { DD_API_KEY: dd.apiKey, DD_APP_KEY: dd.appKey, SLIPWAY_DATADOG_URL: dd.url, SLIPWAY_ADMIN_TOKEN: ADMIN_TOKEN, SLIPWAY_WEBHOOK_TOKEN: WEBHOOK_TOKEN, DD_SITE: undefined, ...extra };
}

function writeConfig(monitorsSection: Record<string, unknown>) {
  fs.writeFileSync(
    path.join(appDir, 'slipway.json'),
    JSON.stringify({ stateDir: path.join(appDir, 'state'), proxy: { admin: `127.0.0.1:${adminPort}` }, monitors: { emails: ['ops@example.com', 'dev@example.com'], ...monitorsSection } }),
  );
}

const byName = (name: string) => [...dd.monitors.values()].find((m) => m.name === name && m.tags.includes('managed-by:slipway'));

monitors.before(async () => {
  dd = await startDatadogStandin();
  appDir = tmpDir();
  adminPort = await freePort();
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'climbing-grade' }));
  writeConfig({});
});

monitors.after(async () => {
  await dd.close();
});

monitors('the stand-in itself rejects a body the spec does not allow', async () => {
  const headers = { 'DD-API-KEY': dd.apiKey, 'DD-APPLICATION-KEY': dd.appKey };
  const wrongType = await axios.post(`${dd.url}/api/v1/monitor`, { type: 'query alert', query: 'avg(last_5m):avg:x{*} > 1', options: { renotify_interval: '15' } }, { headers, validateStatus: () => true });
  assert.is(wrongType.status, 400);
  assert.match(JSON.stringify(wrongType.data.errors), '/options/renotify_interval must be integer');
  const readOnly = await axios.post(`${dd.url}/api/v1/monitor`, { id: 5, type: 'query alert', query: 'avg(last_5m):avg:x{*} > 1' }, { headers, validateStatus: () => true });
  assert.is(readOnly.status, 400);
  assert.match(JSON.stringify(readOnly.data.errors), '/id is read-only');
  const nullable = await axios.post(`${dd.url}/api/v1/monitor/validate`, { type: 'query alert', query: 'avg(last_5m):avg:x{*} > 1', options: { renotify_interval: null } }, { headers, validateStatus: () => true });
  assert.is(nullable.status, 200, 'nullable fields accept null');
  const unknownParam = await axios.get(`${dd.url}/api/v1/monitor?monitor_tag=x`, { headers, validateStatus: () => true });
  assert.is(unknownParam.status, 400);
  const noKeys = await axios.get(`${dd.url}/api/v1/monitor`, { validateStatus: () => true });
  assert.is(noKeys.status, 403);
  assert.equal(noKeys.data, { errors: ['Forbidden'] });
  dd.requests.length = 0;
});

monitors('apply creates the CPU and memory monitors per role, the canary 5xx monitor and the webhook', async () => {
  // a monitor of someone else's with the very same name: not adopted, not touched
  const headers = { 'DD-API-KEY': dd.apiKey, 'DD-APPLICATION-KEY': dd.appKey };
  await axios.post(`${dd.url}/api/v1/monitor`, { name: '[slipway] climbing-grade production: CPU', type: 'query alert', query: 'avg(last_5m):avg:docker.cpu.usage{*} > 90', tags: ['team:other'] }, { headers });
  const foreignId = [...dd.monitors.keys()][0];
  const seen = dd.requests.length;

  const r = await runCli(['monitors', 'apply', '--app', appDir, '--json'], env());
  assert.is(r.code, 0, r.stderr);
  const result = r.json().result;
  assert.is(result.mode, 'datadog');
  assert.equal(result.summary, { create: 6, update: 0, replace: 0, delete: 0, unchanged: 0 });
  assert.is(dd.monitors.size, 6);
  // the one 404 is the look-up of a webhook that does not exist yet
  const refused = dd.requests.filter((q) => q.status >= 400 && !(q.method === 'GET' && q.status === 404 && q.path.includes('/webhooks/')));
  assert.equal(refused.map((q) => [q.method, q.path, q.status]), []);
  assert.is(dd.monitors.get(foreignId).query, 'avg(last_5m):avg:docker.cpu.usage{*} > 90');

  const cpu = byName('[slipway] climbing-grade production: CPU');
  assert.ok(cpu, 'the production CPU monitor exists');
  assert.is(cpu.type, 'query alert');
  assert.is(cpu.query, 'avg(last_5m):avg:docker.cpu.usage{slipway_app:climbing-grade,slipway_role:production} by {container_name} > 60');
  assert.is(cpu.options.thresholds.critical, 60);
  assert.is(cpu.options.renotify_interval, 15);
  assert.match(cpu.message, '{{#is_alert}}');
  assert.match(cpu.message, '{{#is_recovery}}');
  assert.match(cpu.message, '@ops@example.com @dev@example.com');
  assert.ok(cpu.tags.includes('slipway-app:climbing-grade') && cpu.tags.includes('role:production'));

  const memory = byName('[slipway] climbing-grade canary: memory');
  assert.is(memory.query, 'avg(last_5m):avg:docker.mem.rss{slipway_app:climbing-grade,slipway_role:canary} by {container_name} > 524288000');

  const canary = byName('[slipway] climbing-grade canary: 5xx responses');
  assert.is(canary.type, 'log alert');
  assert.match(canary.message, '@webhook-slipway-climbing-grade');
  assert.ok(canary.tags.includes('role:canary'));

  const hook = dd.webhooks.get('slipway-climbing-grade');
  assert.is(hook.url, `http://127.0.0.1:${adminPort}/alerts/datadog`);
  assert.equal(JSON.parse(hook.custom_headers), { Authorization: `Bearer ${WEBHOOK_TOKEN}` }, 'the webhook token, never the admin token');
  assert.match(hook.payload, '"alert_transition":"$ALERT_TRANSITION"');

  // every body was validated before the first write
  const paths = dd.requests.slice(seen).filter((q) => q.method === 'POST').map((q) => q.path);
  const lastValidate = paths.lastIndexOf('/api/v1/monitor/validate');
  const firstWrite = paths.findIndex((p) => p !== '/api/v1/monitor/validate');
  assert.ok(lastValidate < firstWrite, `validations come first: ${paths.join(', ')}`);
  assert.not.match(r.stdout + r.stderr, dd.apiKey);
  assert.not.match(r.stdout + r.stderr, ADMIN_TOKEN);
  assert.not.match(r.stdout + r.stderr, WEBHOOK_TOKEN);
});

monitors('a second apply changes nothing', async () => {
  const writesBefore = dd.writes().length;
  const r = await runCli(['monitors', 'apply', '--app', appDir], env());
  assert.is(r.code, 0, r.stderr);
  assert.is(dd.writes().length, writesBefore);
  assert.match(r.stdout, 'No changes. Datadog matches the configuration.');
  assert.match(r.stdout, 'Plan: 0 to create, 0 to update, 0 to replace, 0 to delete, 6 unchanged.');
});

monitors('plan shows a threshold change as an update, and apply makes it in place', async () => {
  const before = byName('[slipway] climbing-grade production: CPU');
  writeConfig({ cpuPercent: 70 });
  const writesBefore = dd.writes().length;
  const plan = await runCli(['monitors', 'plan', '--app', appDir], env());
  assert.is(plan.code, 0, plan.stderr);
  assert.match(plan.stdout, `~   [slipway] climbing-grade production: CPU  (id ${before.id})`);
  assert.match(plan.stdout, 'options.thresholds.critical: 60 → 70');
  assert.match(plan.stdout, 'Plan: 0 to create, 2 to update, 0 to replace, 0 to delete, 4 unchanged.');
  assert.is(dd.writes().length, writesBefore, 'plan writes nothing');

  const apply = await runCli(['monitors', 'apply', '--app', appDir], env());
  assert.is(apply.code, 0, apply.stderr);
  const puts = dd.writes().slice(writesBefore);
  assert.equal(puts.map((q) => q.method), ['PUT', 'PUT']);
  const after = dd.monitors.get(before.id);
  assert.is(after.options.thresholds.critical, 70);
  assert.match(after.query, / > 70$/);
  assert.is(dd.monitors.size, 6);
  const again = await runCli(['monitors', 'apply', '--app', appDir], env());
  assert.match(again.stdout, 'No changes.');
});

monitors('a 429 is retried after the wait X-RateLimit-Reset asks for', async () => {
  dd.rateLimitNext(2, 1);
  const r = await runCli(['monitors', 'plan', '--app', appDir, '--json'], env());
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stderr, 'Datadog rate limit monitor_api reached');
  assert.match(r.stderr, 'as X-RateLimit-Reset asks');
  assert.is(dd.requests.filter((q) => q.status === 429).length, 2);
  assert.equal(r.json().result.summary, { create: 0, update: 0, replace: 0, delete: 0, unchanged: 6 }, JSON.stringify(r.json().result.monitors));
});

monitors('a 503 on a read is retried with backoff', async () => {
  dd.failNext(1, 503);
  const r = await runCli(['monitors', 'plan', '--app', appDir], env());
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stderr, 'Datadog answered 503');
});

monitors('--dry-run prints every request with its body, keys masked, and changes nothing', async () => {
  writeConfig({ cpuPercent: 75, memoryMb: 600 });
  const writesBefore = dd.writes().length;
  const r = await runCli(['monitors', 'apply', '--app', appDir, '--dry-run'], env());
  assert.is(r.code, 0, r.stderr);
  assert.is(dd.writes().length, writesBefore);
  assert.match(r.stdout, '[http] validate monitor "[slipway] climbing-grade production: CPU"');
  assert.match(r.stdout, '[http] update monitor "[slipway] climbing-grade production: CPU"');
  assert.match(r.stdout, '"DD-API-KEY": "***"');
  assert.match(r.stdout, '"DD-APPLICATION-KEY": "***"');
  assert.match(r.stdout, '"critical": 75');
  assert.match(r.stdout, 'docker.mem.rss{slipway_app:climbing-grade,slipway_role:production} by {container_name} > 629145600');
  assert.not.match(r.stdout + r.stderr, dd.apiKey);
  assert.not.match(r.stdout + r.stderr, dd.appKey);
  writeConfig({ cpuPercent: 70 });
});

monitors('a token change updates the webhook, whose headers are never shown', async () => {
  const r = await runCli(['monitors', 'apply', '--app', appDir, '--dry-run'], env({ SLIPWAY_WEBHOOK_TOKEN: 'a-new-webhook-token-77' }));
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, '~   webhook slipway-climbing-grade');
  assert.match(r.stdout, 'custom_headers: "(hidden)" → "(hidden)"');
  assert.not.match(r.stdout, 'a-new-webhook-token-77');
  assert.not.match(r.stdout, WEBHOOK_TOKEN);
});

monitors('a 4xx surfaces Datadog\'s own error text and the monitor it concerns', async () => {
  const access = datadogAccess(env(), secretsFromEnv(env()))!;
  const client = new DatadogClient(access, { log: createLogger(secretsFromEnv(env()), { quiet: true }), secrets: secretsFromEnv(env()) });
  const body = { name: 'broken', type: 'query alert', query: 'avg(last_5m):avg:docker.cpu.usage{*} > 60', options: { thresholds: { critical: 70 } } };
  try {
    await client.request('POST', '/api/v1/monitor/validate', { body, about: 'monitor "broken"' });
    assert.unreachable('expected a StepFailed');
  } catch (err) {
    assert.instance(err, StepFailed);
    assert.match((err as Error).message, 'Datadog refused monitor "broken" (POST /api/v1/monitor/validate → 400): Alert threshold (70) does not match that used in the query (60).');
  }
  const wrongKey = await runCli(['monitors', 'plan', '--app', appDir], env({ DD_APP_KEY: 'not-the-right-app-key' }));
  assert.is(wrongKey.code, 1);
  assert.match(wrongKey.stderr, '→ 403): Forbidden');
  assert.match(wrongKey.stderr, 'check DD_API_KEY and DD_APP_KEY');
  assert.not.match(wrongKey.stderr, 'not-the-right-app-key');
});

monitors('the canary 5xx alert reaches the proxy webhook with the admin token (what Datadog does on Triggered)', async () => {
  const received: { headers: http.IncomingHttpHeaders; body: any }[] = [];
  const proxyAdmin = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(raw) });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => proxyAdmin.listen(adminPort, '127.0.0.1', resolve));
  try {
    const canary = byName('[slipway] climbing-grade canary: 5xx responses');
    const deliveries = await dd.fire(canary.id, 'Triggered', 'slipway_role:canary');
    assert.is(deliveries.length, 1);
    assert.is(deliveries[0].status, 200);
    assert.is(received[0].headers.authorization, `Bearer ${WEBHOOK_TOKEN}`);
    assert.is(received[0].body.alert_transition, 'Triggered');
    assert.is(received[0].body.alert_id, String(canary.id));
    assert.is(received[0].body.app, 'climbing-grade');
    assert.ok(received[0].body.tags.split(',').includes('role:canary'));
    assert.match(received[0].body.alert_title, '[Triggered on {slipway_role:canary}] [slipway] climbing-grade canary: 5xx responses');
    // the CPU monitors do not notify the webhook
    const cpu = byName('[slipway] climbing-grade canary: CPU');
    assert.equal(await dd.fire(cpu.id, 'Triggered'), []);
  } finally {
    await new Promise<void>((resolve) => proxyAdmin.close(() => resolve()));
  }
});

monitors('delete removes the managed monitors and the webhook, and leaves the others', async () => {
  const r = await runCli(['monitors', 'delete', '--app', appDir], env());
  assert.is(r.code, 0, r.stderr);
  assert.is(dd.monitors.size, 1);
  assert.is([...dd.monitors.values()][0].tags[0], 'team:other');
  assert.is(dd.webhooks.size, 0);
});

monitors('without Datadog keys, apply reports local alerting and calls nothing', async () => {
  const before = dd.requests.length;
  const r = await runCli(['monitors', 'apply', '--app', appDir, '--json'], env({ DD_API_KEY: undefined, DD_APP_KEY: undefined }));
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.mode, 'local');
  assert.is(dd.requests.length, before);
});

monitors('half a key pair, or a site given as a URL, is a usage error and nothing is called', async () => {
  const before = dd.requests.length;
  const half = await runCli(['monitors', 'apply', '--app', appDir], env({ DD_APP_KEY: undefined }));
  assert.is(half.code, 2);
  assert.match(half.stderr, 'DD_APP_KEY is not set while DD_API_KEY is');
  const site = await runCli(['monitors', 'plan', '--app', appDir], env({ DD_SITE: 'https://app.datadoghq.eu' }));
  assert.is(site.code, 2);
  assert.match(site.stderr, 'set DD_SITE=datadoghq.eu');
  const token = await runCli(['monitors', 'plan', '--app', appDir], env({ SLIPWAY_WEBHOOK_TOKEN: undefined }));
  assert.is(token.code, 2);
  assert.match(token.stderr, 'SLIPWAY_WEBHOOK_TOKEN is not set');
  const short = await runCli(['monitors', 'apply', '--app', appDir], env({ SLIPWAY_WEBHOOK_TOKEN: 'too-short' }));
  assert.is(short.code, 2);
  assert.match(short.stderr, 'SLIPWAY_WEBHOOK_TOKEN is 9 characters long; a token needs at least 16');
  assert.not.match(short.stderr, 'too-short');
  assert.is(dd.requests.length, before);
});

monitors.run();

// The seed's "alert from canary → no more requests to canary", end to end: monitors applied to the Datadog stand-in,
// the canary 5xx monitor fires as Datadog would (its webhook, its headers, its payload), the real canary proxy ejects.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { tmpDir } from '../support/tmp';
import { freePort } from '../support/ports';
import { startBackend, type TestBackend } from '../support/backends';
import { startDatadogStandin, type DatadogStandin } from '../support/datadog-standin';
import { startProxy, type RunningProxy } from '../../src/proxy/server';
import { loadConfig } from '../../src/core/config';
import { notifierFromConfig } from '../../src/monitors/notifier';
import { secretsFromEnv } from '../../src/core/secrets';

const e2e = suite('monitors → canary proxy: an alert from the canary stops its traffic');

const TOKEN = 'e2e-admin-token-5150';
const HOOK = 'e2e-webhook-token-6160';
let dd: DatadogStandin;
let production: TestBackend;
let canary: TestBackend;
let proxy: RunningProxy;
let appDir: string;
let adminPort: number;

async function hits(n: number): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const role = (await (await fetch(`http://127.0.0.1:${proxy.listen.port}/`)).text()).trim();
    seen[role] = (seen[role] ?? 0) + 1;
  }
  return seen;
}

async function canaryState(): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${adminPort}/status`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  return ((await res.json()) as { canary: { state: string } }).canary.state;
}

e2e.before(async () => {
  dd = await startDatadogStandin();
  production = await startBackend('production');
  canary = await startBackend('canary');
  adminPort = await freePort();
  appDir = tmpDir();
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'climbing-grade' }));
  fs.writeFileSync(
    path.join(appDir, 'slipway.json'),
    JSON.stringify({
      stateDir: path.join(appDir, 'state'),
      proxy: { admin: `127.0.0.1:${adminPort}` },
      monitors: { emails: ['ops@example.com'], local: { webhookUrl: `http://127.0.0.1:${adminPort}/alerts/datadog` } },
    }),
  );
  const { config } = loadConfig({ appDir, env: {} });
  proxy = await startProxy({
    app: 'climbing-grade',
    listen: { host: '127.0.0.1', port: 0 },
    admin: { host: '127.0.0.1', port: adminPort },
    adminToken: TOKEN,
    webhookToken: HOOK,
    routing: { weights: { production: 2, canary: 1 }, production: production.url, canary: canary.url },
    stickyCookie: '',
    retryIdempotent: true,
    requestTimeoutMs: 5000,
    idleTimeoutMs: 60_000,
    maxHeaderBytes: 16_384,
    drainTimeoutSec: 1,
    rules: config.canary,
    stateFile: path.join(appDir, 'state', 'proxy.json'),
    log: () => undefined,
  });
});

e2e.after(async () => {
  await proxy?.stop();
  await Promise.all([production?.kill(), canary?.kill()]);
  await dd?.close();
});

e2e('the canary 5xx monitor, on Triggered, ejects the canary through the proxy webhook', async () => {
  const env = { DD_API_KEY: dd.apiKey, DD_APP_KEY: dd.appKey, SLIPWAY_DATADOG_URL: dd.url, SLIPWAY_ADMIN_TOKEN: TOKEN, SLIPWAY_WEBHOOK_TOKEN: HOOK };
  const apply = await runCli(['monitors', 'apply', '--app', appDir], env);
  assert.is(apply.code, 0, apply.stderr);
  const stored = JSON.stringify([...dd.webhooks.values()]);
  assert.match(stored, `Bearer ${HOOK}`, 'Datadog holds the webhook token');
  assert.not.match(stored, TOKEN, 'and never the admin token');

  const before = await hits(30);
  assert.is(before.canary, 10, `2:1 split before the alert: ${JSON.stringify(before)}`);

  const monitor = [...dd.monitors.values()].find((m) => m.name === '[slipway] climbing-grade canary: 5xx responses');
  const [delivery] = await dd.fire(monitor.id, 'Triggered', 'slipway_role:canary');
  assert.is(delivery.status, 200, JSON.stringify(delivery.body));
  assert.is((delivery.body as { action: string }).action, 'ejected');
  assert.is(await canaryState(), 'ejected');

  const after = await hits(30);
  assert.equal(after, { production: 30 }, 'no more requests to the canary');

  // Datadog's recovery notice does not bring the canary back by itself
  const [recovered] = await dd.fire(monitor.id, 'Recovered', 'slipway_role:canary');
  assert.is((recovered.body as { action: string }).action, 'noted');
  assert.is(await canaryState(), 'ejected');
  proxy.core.resume('test: next case');
});

e2e('monitors apply refuses a plain-http webhook URL beyond loopback, or a webhook token equal to the admin token: exit 2, nothing in Datadog', async () => {
  const env = { DD_API_KEY: dd.apiKey, DD_APP_KEY: dd.appKey, SLIPWAY_DATADOG_URL: dd.url, SLIPWAY_ADMIN_TOKEN: TOKEN, SLIPWAY_WEBHOOK_TOKEN: HOOK };
  const before = JSON.stringify([[...dd.monitors.keys()], [...dd.webhooks.values()]]);
  const plain = await runCli(['monitors', 'apply', '--app', appDir], { ...env, SLIPWAY_MONITORS_WEBHOOK_URL: 'http://proxy.example.com:8081/alerts/datadog' });
  assert.is(plain.code, 2, plain.stderr);
  assert.match(plain.stderr, 'monitors.webhookUrl');
  assert.match(plain.stderr, 'https://');
  const same = await runCli(['monitors', 'apply', '--app', appDir], { ...env, SLIPWAY_WEBHOOK_TOKEN: TOKEN });
  assert.is(same.code, 2, same.stderr);
  assert.match(same.stderr, 'SLIPWAY_WEBHOOK_TOKEN equals SLIPWAY_ADMIN_TOKEN');
  assert.not.match(same.stderr + same.stdout, TOKEN);
  assert.is(JSON.stringify([[...dd.monitors.keys()], [...dd.webhooks.values()]]), before);
});

e2e('local alerting posts the same payload, with the webhook token, and a canary alert ejects too', async () => {
  const { config } = loadConfig({ appDir, env: {} });
  const { notifier, targets } = notifierFromConfig(config, secretsFromEnv({ SLIPWAY_ADMIN_TOKEN: TOKEN, SLIPWAY_WEBHOOK_TOKEN: HOOK }));
  assert.match(targets.join(), '(with a bearer token)');
  assert.is(await canaryState(), 'admitted');
  await notifier.notify({
    app: 'climbing-grade', monitor: '[slipway] climbing-grade canary: memory', rule: 'memory', transition: 'Triggered',
    containerId: 'c0ffee', containerName: 'climbing-grade-canary', role: 'canary', value: 600 * 1024 * 1024, threshold: 500 * 1024 * 1024,
    unit: 'bytes', windowSec: 300, at: Date.now(), since: Date.now(), tags: ['managed-by:slipway', 'slipway-app:climbing-grade', 'role:canary', 'slipway-monitor:memory'],
  });
  assert.is(await canaryState(), 'ejected');
  assert.equal(await hits(9), { production: 9 });
});

e2e.run();

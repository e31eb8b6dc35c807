import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { runCli } from '../support/cli';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { cleanup, cleanupAll, requireParts, startHolder, stoppable, uniqueApp } from './autoscaler-support';
import { pollUntil } from '../../src/core/deadline';

const alerting = suite('autoscaler feeds local alerting (real dockerd)');

alerting.before(async () => {
  await requireParts();
});
alerting.after(cleanupAll);

async function webhookReceiver(): Promise<{ url: string; received: Record<string, string>[]; close(): Promise<void> }> {
  const received: Record<string, string>[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise((r) => server.close(() => r())) };
}

async function setup(app: string, hookUrl: string) {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: app }));
  return {
    dir,
    env: {
      SLIPWAY_AUTOSCALER_METRICS_LISTEN: `127.0.0.1:${await freePort()}`,
      SLIPWAY_STATE_DIR: path.join(dir, 'state'),
      SLIPWAY_CONFIG_JSON: undefined,
      // memory above 30 MB over a 3 s window alerts; samples fed every second
      SLIPWAY_MONITORS_MEMORY_MB: '30',
      SLIPWAY_MONITORS_LOCAL_WEBHOOK_URL: hookUrl,
      SLIPWAY_MONITORS_LOCAL_INTERVAL_SEC: '1',
      SLIPWAY_MONITORS_LOCAL_WINDOW_SEC: '3',
    },
  };
}

alerting('without Datadog keys the same stats streams raise the memory alert through local alerting', async () => {
  const app = uniqueApp();
  const hook = await webhookReceiver();
  try {
    const { dir, env } = await setup(app, hook.url);
    await startHolder({ app, limitMb: 256, holdMb: 60 });
    const run = stoppable(runCli(['autoscaler', 'run', '--app', dir, '--for', '10', '--interval-sec', '1'], { ...env, DD_API_KEY: undefined }));
    // once the alert is in, the run need not last its --for
    await pollUntil(() => hook.received.some((n) => n.alert_transition === 'Triggered'), 10_000, 100);
    const r = await run.stop();
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stderr, `local alerting: CPU > 60 %, memory > 30 MB → POST ${hook.url}`);
    const triggered = hook.received.find((n) => n.alert_transition === 'Triggered');
    assert.ok(triggered, `no Triggered notice; got ${JSON.stringify(hook.received)}\n${r.stderr}`);
    assert.is(triggered!.source, 'slipway-local');
    assert.match(triggered!.alert_scope, `container_name:${app}-production`);
  } finally {
    await hook.close();
    await cleanup(app);
  }
});

alerting('with DD_API_KEY set the alerts are Datadog\'s, and the autoscaler sends none of its own', async () => {
  const app = uniqueApp();
  const hook = await webhookReceiver();
  try {
    const { dir, env } = await setup(app, hook.url);
    await startHolder({ app, limitMb: 256, holdMb: 60 });
    const r = await runCli(['autoscaler', 'run', '--app', dir, '--for', '6', '--interval-sec', '1'], { ...env, DD_API_KEY: 'dd-key-for-the-test' });
    assert.is(r.code, 0, r.stderr);
    assert.not.match(r.stderr, 'local alerting');
    assert.equal(hook.received, []);
  } finally {
    await hook.close();
    await cleanup(app);
  }
});

alerting.run();

// The rollout's optional gates on the real engine: the controller (the bundled CLI) with a Flagger-shaped
// confirm-promotion and rollout webhook on a loopback server and a Datadog metric against the spec-checked stand-in.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { runCli } from '../support/cli';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { freePort, freePortPairs } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { loudly } from '../support/hooks';
import { steadyLoad } from '../support/steady-load';
import { sampleAppImage } from '../support/images';
import { admin, deployTargets, startTestProxy, type TestProxy } from '../support/proxy-harness';
import { startDatadogStandin, type DatadogStandin } from '../support/datadog-standin';
import { pollUntil, sleep } from '../../src/core/deadline';
import { appContainers } from '../../src/core/app-containers';
import type { RolloutStatus } from '../../src/rollout/report';

const gates = suite('rollout gates');

const BUNDLE = path.resolve(__dirname, '../../resources/slipway/slipway.cjs');
const app = `rg${Date.now().toString(36)}`;
const TOKEN = 'rollout-gates-admin-token-42';
const HOOK_TOKEN = 'rollout-gates-hook-token-42';
const OFFSET = 19;
const QUERY = 'avg:trace.http.request.errors{service:grades}.as_rate()';
let dir = '';
let proxy: TestProxy;
let dd: DatadogStandin;
let controllerUrl = '';
let controller: ChildProcess | undefined;
let controllerLog = '';
const cli = (...args: string[]) => runCli([...args, '--app', dir], { SLIPWAY_ADMIN_TOKEN: TOKEN });

/** The webhooks' server: each name answers the status a test sets (200 unless told), and every call is kept. */
const answers: Record<string, number> = {};
const calls: { hook: string; status: number; body: Record<string, unknown>; authorization?: string }[] = [];
const hooks = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const hook = (req.url ?? '/').slice(1);
    const status = answers[hook] ?? 200;
    calls.push({ hook, status, body: JSON.parse(body || '{}'), authorization: req.headers.authorization });
    res.writeHead(status).end();
  });
});

async function rolloutStatus(): Promise<RolloutStatus> {
  const r = await fetch(`${controllerUrl}/status`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  return (await r.json()) as RolloutStatus;
}

/** GETs through the proxy, 4 at a time, until stopped; any answer but 200 fails (at most 20,000). */
function load() {
  return steadyLoad(proxy.url, { path: '/systems', max: 20_000, only200: true });
}

gates.before(loudly(async () => {
  await requireDocker();
  dir = tmpDir();
  const ports = await freePortPairs(2, OFFSET);
  for (const v of ['v1', 'v2', 'v3']) await sampleAppImage(`${app}:${v}`, v);
  proxy = await startTestProxy({ production: `http://127.0.0.1:${ports[0]}`, canary: null }, { app, adminToken: TOKEN, allowedBackends: deployTargets(ports, OFFSET) });
  dd = await startDatadogStandin();
  dd.setSeries(QUERY, [[Date.now(), 0.01]]);
  await new Promise<void>((r) => hooks.listen(0, '127.0.0.1', r));
  const hookUrl = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}`;
  const controllerPort = await freePort();
  controllerUrl = `http://127.0.0.1:${controllerPort}`;
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app },
    stateDir: path.join(dir, 'state'),
    deploy: { production: { port: ports[0] }, canary: { port: ports[1] }, standbyPortOffset: OFFSET, healthTimeoutSec: 20, healthIntervalMs: 100, drainTimeoutSec: 5, memoryMb: 128 },
    proxy: { listen: `127.0.0.1:${proxy.listen.port}`, admin: `127.0.0.1:${proxy.admin.port}` },
    canary: {
      strategy: 'progressive',
      steps: [{ weight: 50, holdSec: 1 }],
      analysis: { intervalSec: 1, minRequests: 20, inconclusiveLimit: 10, metrics: [{ name: 'dd-errors', provider: 'datadog', query: QUERY, successCondition: 'result < 0.05', failureCondition: 'result >= 0.1' }] },
      webhooks: [
        { name: 'go', type: 'confirm-rollout', url: `${hookUrl}/go` },
        { name: 'approve', type: 'confirm-promotion', url: `${hookUrl}/approve`, metadata: { ticket: 'CHG-7' } },
        { name: 'smoke', type: 'rollout', url: `${hookUrl}/smoke`, timeoutSec: 2 },
      ],
      abortKeepSec: 1,
      controllerListen: `127.0.0.1:${controllerPort}`,
    },
  }));
  const r = await cli('deploy', '--role', 'production', '--image', `${app}:v1`);
  assert.is(r.code, 0, r.stderr);
  const env = { PATH: process.env.PATH, SLIPWAY_ADMIN_TOKEN: TOKEN, DD_API_KEY: dd.apiKey, DD_APP_KEY: dd.appKey, SLIPWAY_DATADOG_URL: dd.url, SLIPWAY_ROLLOUT_WEBHOOK_TOKEN: HOOK_TOKEN };
  controller = spawn(process.execPath, [BUNDLE, 'rollout', 'run', '--app', dir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  controller.stdout!.on('data', (c) => (controllerLog += c));
  controller.stderr!.on('data', (c) => (controllerLog += c));
  assert.ok(await pollUntil(() => fetch(`${controllerUrl}/healthz`).then((res) => res.ok, () => false), 20_000, 100), `the controller did not answer:\n${controllerLog}`);
}));

gates.after(loudly(async () => {
  const c = controller;
  if (c && c.exitCode === null) {
    const gone = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    await gone;
  }
  await proxy?.stop();
  await dd?.close();
  hooks.close();
  await removeLabelled(`slipway.app=${app}`);
  for (const v of ['v1', 'v2', 'v3']) await docker.getImage(`${app}:${v}`).remove({ force: true }).catch(() => undefined);
}));

gates('confirm-rollout and confirm-promotion webhooks that answer 403 hold the canary (at 0 %, then at its last step) until they answer 200; the Datadog metric is judged each window', async () => {
  answers.go = 403;
  answers.approve = 403;
  const running = load();
  const deployed = await cli('deploy', '--role', 'canary', '--image', `${app}:v2`);
  assert.is(deployed.code, 0, deployed.stderr);
  const canary = (await appContainers(docker, app, 'canary')).find((c) => c.running)!;
  assert.ok(await pollUntil(async () => (await rolloutStatus()).gate?.heldBy === 'go', 20_000, 200), `never held by go: ${JSON.stringify(await rolloutStatus())}\n${controllerLog}`);
  assert.equal((await admin(proxy, 'GET', '/status', undefined, TOKEN)).json.weights, { production: 100, canary: 0 }, 'no traffic to the canary before confirm-rollout says yes');
  assert.equal(calls.find((c) => c.hook === 'go')!.body.phase, 'Waiting');
  answers.go = 200;
  assert.ok(await pollUntil(async () => (await rolloutStatus()).gate?.heldBy === 'approve', 30_000, 200), `never held by approve: ${JSON.stringify(await rolloutStatus())}\n${controllerLog}`);
  const refusals = calls.filter((c) => c.hook === 'approve').length;
  await sleep(2500);
  const held = await rolloutStatus();
  assert.equal([held.phase, held.stepKind, held.weight, held.gate?.stage], ['progressing', 'done', 50, 'confirm-promotion']);
  assert.equal((await admin(proxy, 'GET', '/status', undefined, TOKEN)).json.weights, { production: 50, canary: 50 }, 'held at the last step');
  assert.ok(calls.filter((c) => c.hook === 'approve').length > refusals, 'the webhook is asked again while it refuses');
  const shown = await cli('canary', 'status');
  assert.match(shown.stdout, /held by webhook approve \(confirm-promotion webhook approve answered HTTP 403\)/);
  const metric = held.lastJudgment!.checks.find((c) => c.name === 'metric dd-errors');
  assert.is(metric?.verdict, 'Passed', JSON.stringify(held.lastJudgment));
  const approve = calls.find((c) => c.hook === 'approve')!;
  assert.equal(approve.body, { name: app, namespace: 'slipway', phase: 'WaitingPromotion', checksum: canary.deployId ?? canary.id, type: 'confirm-promotion', metadata: { ticket: 'CHG-7' } });
  assert.is(approve.authorization, `Bearer ${HOOK_TOKEN}`);
  const queries = dd.requests.filter((r) => r.path === '/api/v1/query');
  assert.ok(queries.length >= 2 && queries.every((r) => r.status === 200), `every query fit Datadog's spec: ${JSON.stringify(queries.map((r) => [r.status, r.query]))}`);

  answers.approve = 200;
  const waited = await cli('canary', 'wait', '--timeout-sec', '90');
  const { failed, sent, failures } = await running.stop();
  assert.is(waited.code, 0, `${waited.stderr}\n${controllerLog}`);
  assert.is(failed, 0, `${failed} of ${sent} failed: ${JSON.stringify(failures)}`);
  assert.equal((await appContainers(docker, app, 'production')).filter((c) => c.running).map((c) => c.image), [`${app}:v2`]);
});

gates('a rollout webhook that fails aborts the rollout at the next window', async () => {
  answers.smoke = 500;
  const running = load();
  const deployed = await cli('deploy', '--role', 'canary', '--image', `${app}:v3`);
  assert.is(deployed.code, 0, deployed.stderr);
  const waited = await cli('canary', 'wait', '--timeout-sec', '60');
  await running.stop();
  assert.is(waited.code, 1, `${waited.stdout}\n${waited.stderr}`);
  const s = await rolloutStatus();
  assert.is(s.phase, 'aborted');
  assert.match(s.reason, 'rollout webhook smoke answered HTTP 500');
  assert.is((await admin(proxy, 'GET', '/status', undefined, TOKEN)).json.weights.canary, 0, 'the aborted canary gets no traffic');
  assert.ok(calls.some((c) => c.hook === 'smoke' && c.status === 500 && c.body.type === 'rollout' && c.body.phase === 'Progressing'));
});

gates.run();

// The rollout's optional gates on the real engine: the controller (the bundled CLI) with a Flagger-shaped
// confirm-promotion and rollout webhook on a loopback server and a Datadog metric against the spec-checked stand-in.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { docker, requireDocker } from '../support/docker';
import { loudly } from '../support/hooks';
import { steadyLoad } from '../support/steady-load';
import { admin } from '../support/proxy-harness';
import { startRolloutLab, type RolloutLab } from '../support/rollout-lab';
import { startDatadogStandin, type DatadogStandin } from '../support/datadog-standin';
import { pollUntil, sleep } from '../../src/core/deadline';
import { appContainers } from '../../src/core/app-containers';

const gates = suite('rollout gates');

const app = `rg${Date.now().toString(36)}`;
const TOKEN = 'rollout-gates-admin-token-42';
const HOOK_TOKEN = 'rollout-gates-hook-token-42';
const QUERY = 'avg:trace.http.request.errors{service:grades}.as_rate()';
let lab: RolloutLab;
let dd: DatadogStandin;
const cli = (...args: string[]) => lab.cli(...args);
const rolloutStatus = () => lab.status();

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

/** GETs through the proxy, 4 at a time, until stopped; any answer but 200 fails (at most 1,000,000: the test stops it; a lower bound ran out before the judgments on a fast machine). */
function load() {
  return steadyLoad(lab.proxy.url, { path: '/systems', max: 1_000_000, only200: true });
}

gates.before(loudly(async () => {
  await requireDocker();
  dd = await startDatadogStandin();
  dd.setSeries(QUERY, [[Date.now(), 0.01]]);
  await new Promise<void>((r) => hooks.listen(0, '127.0.0.1', r));
  const hookUrl = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}`;
  lab = await startRolloutLab({
    app,
    token: TOKEN,
    standbyPortOffset: 19,
    versions: ['v1', 'v2', 'v3'],
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
    },
    controllerEnv: { DD_API_KEY: dd.apiKey, DD_APP_KEY: dd.appKey, SLIPWAY_DATADOG_URL: dd.url, SLIPWAY_ROLLOUT_WEBHOOK_TOKEN: HOOK_TOKEN },
  });
}));

gates.after(loudly(async () => {
  await lab?.close();
  await dd?.close();
  hooks.close();
}));

gates('confirm-rollout and confirm-promotion webhooks that answer 403 hold the canary (at 0 %, then at its last step) until they answer 200; the Datadog metric is judged each window', async () => {
  answers.go = 403;
  answers.approve = 403;
  const running = load();
  const deployed = await cli('deploy', '--role', 'canary', '--image', `${app}:v2`);
  assert.is(deployed.code, 0, deployed.stderr);
  const canary = (await appContainers(docker, app, 'canary')).find((c) => c.running)!;
  assert.ok(await pollUntil(async () => (await rolloutStatus()).gate?.heldBy === 'go', 20_000, 200), `never held by go: ${JSON.stringify(await rolloutStatus())}\n${lab.log()}`);
  assert.equal((await admin(lab.proxy, 'GET', '/status', undefined, TOKEN)).json.weights, { production: 100, canary: 0 }, 'no traffic to the canary before confirm-rollout says yes');
  assert.equal(calls.find((c) => c.hook === 'go')!.body.phase, 'Waiting');
  answers.go = 200;
  assert.ok(await pollUntil(async () => (await rolloutStatus()).gate?.heldBy === 'approve', 30_000, 200), `never held by approve: ${JSON.stringify(await rolloutStatus())}\n${lab.log()}`);
  const refusals = calls.filter((c) => c.hook === 'approve').length;
  await sleep(2500);
  const held = await rolloutStatus();
  assert.equal([held.phase, held.stepKind, held.weight, held.gate?.stage], ['progressing', 'done', 50, 'confirm-promotion']);
  assert.equal((await admin(lab.proxy, 'GET', '/status', undefined, TOKEN)).json.weights, { production: 50, canary: 50 }, 'held at the last step');
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
  assert.is(waited.code, 0, `${waited.stderr}\n${lab.log()}`);
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
  assert.is((await admin(lab.proxy, 'GET', '/status', undefined, TOKEN)).json.weights.canary, 0, 'the aborted canary gets no traffic');
  assert.ok(calls.some((c) => c.hook === 'smoke' && c.status === 500 && c.body.type === 'rollout' && c.body.phase === 'Progressing'));
});

gates.run();

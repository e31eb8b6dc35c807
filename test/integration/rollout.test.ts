// The progressive rollout on the real engine: the controller (the bundled CLI, a process of its own) moves a canary
// through its steps behind the real proxy while a bounded load runs, and promotes it or aborts it on its own.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { runCli } from '../support/cli';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { freePort, freePortPairs } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { loudly } from '../support/hooks';
import { steadyLoad } from '../support/steady-load';
import { sampleAppImage } from '../support/images';
import { admin, deployTargets, startTestProxy, type TestProxy } from '../support/proxy-harness';
import { pollUntil, sleep } from '../../src/core/deadline';
import { appContainers } from '../../src/core/app-containers';
import type { RolloutStatus } from '../../src/rollout/report';

const rollout = suite('progressive rollout');

const BUNDLE = path.resolve(__dirname, '../../resources/slipway/slipway.cjs');
const app = `ro${Date.now().toString(36)}`;
const TOKEN = 'rollout-test-token-42';
const OFFSET = 19;
let dir = '';
let ports: number[] = [];
let proxy: TestProxy;
let controllerUrl = '';
let controller: ChildProcess | undefined;
let controllerLog = '';
const cli = (...args: string[]) => runCli([...args, '--app', dir], { SLIPWAY_ADMIN_TOKEN: TOKEN });

function startController(): Promise<void> {
  controller = spawn(process.execPath, [BUNDLE, 'rollout', 'run', '--app', dir], { env: { PATH: process.env.PATH, SLIPWAY_ADMIN_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] });
  controller.stdout!.on('data', (c) => (controllerLog += c));
  controller.stderr!.on('data', (c) => (controllerLog += c));
  return pollUntil(() => fetch(`${controllerUrl}/healthz`).then((r) => r.ok, () => false), 20_000, 100).then((up) => assert.ok(up, `the controller did not answer:\n${controllerLog}`));
}

async function stopController(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  const c = controller;
  controller = undefined;
  if (!c || c.exitCode !== null) return;
  const gone = new Promise((r) => c.once('exit', r));
  c.kill(signal);
  await gone;
}

async function rolloutStatus(): Promise<RolloutStatus> {
  const r = await fetch(`${controllerUrl}/status`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  return (await r.json()) as RolloutStatus;
}

/** GETs of a route that takes the app's injected faults, 4 at a time, until stopped; any answer but 200 fails (at most 40,000). */
function load() {
  return steadyLoad(proxy.url, { path: '/systems', max: 40_000, only200: true });
}

async function canaryPort(): Promise<number> {
  const c = (await appContainers(docker, app, 'canary')).find((x) => x.running);
  assert.ok(c, 'a canary container runs');
  return c!.port;
}

rollout.before(loudly(async () => {
  await requireDocker();
  dir = tmpDir();
  ports = await freePortPairs(2, OFFSET);
  for (const v of ['v1', 'v2', 'v3']) await sampleAppImage(`${app}:${v}`, v);
  proxy = await startTestProxy({ production: `http://127.0.0.1:${ports[0]}`, canary: null }, { app, adminToken: TOKEN, allowedBackends: deployTargets(ports, OFFSET) });
  const controllerPort = await freePort();
  controllerUrl = `http://127.0.0.1:${controllerPort}`;
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app, env: { FAULT_SWITCHES: '1' } },
    stateDir: path.join(dir, 'state'),
    deploy: { production: { port: ports[0] }, canary: { port: ports[1] }, standbyPortOffset: OFFSET, healthTimeoutSec: 20, healthIntervalMs: 100, drainTimeoutSec: 5, memoryMb: 128 },
    proxy: { listen: `127.0.0.1:${proxy.listen.port}`, admin: `127.0.0.1:${proxy.admin.port}` },
    canary: {
      strategy: 'progressive',
      steps: [{ weight: 20, holdSec: 2 }, { gate: 'manual' }, { weight: 50, holdSec: 2 }],
      analysis: { intervalSec: 1, minRequests: 20, inconclusiveLimit: 5 },
      abortKeepSec: 4,
      controllerListen: `127.0.0.1:${controllerPort}`,
    },
  }));
  const r = await cli('deploy', '--role', 'production', '--image', `${app}:v1`);
  assert.is(r.code, 0, r.stderr);
  await startController();
}));

rollout.after(loudly(async () => {
  await stopController();
  await proxy?.stop();
  await removeLabelled(`slipway.app=${app}`);
  for (const v of ['v1', 'v2', 'v3']) await docker.getImage(`${app}:${v}`).remove({ force: true }).catch(() => undefined);
}));

rollout('a good canary starts at its first step, waits at the manual gate across a restart of its controller, and is promoted with no failed request', async () => {
  const running = load();
  const deployed = await cli('deploy', '--role', 'canary', '--image', `${app}:v2`);
  assert.is(deployed.code, 0, deployed.stderr);
  assert.equal((await admin(proxy, 'GET', '/status', undefined, TOKEN)).json.weights, { production: 80, canary: 20 }, 'the canary starts at the first step, not at the static 2:1');
  assert.ok(await pollUntil(async () => (await rolloutStatus()).stepKind === 'gate', 30_000), `never reached the gate: ${JSON.stringify(await rolloutStatus())}\n${controllerLog}`);
  const atGate = await rolloutStatus();
  assert.is(atGate.phase, 'progressing');
  assert.ok(atGate.judgments.some((j) => j.verdict === 'Passed'), 'the first step ended on a Passed judgment');
  await stopController('SIGKILL');
  await startController();
  await sleep(3000);
  const after = await rolloutStatus();
  assert.is(after.stepKind, 'gate', 'the new controller holds the gate its predecessor was at');
  assert.is(after.step, 2);
  assert.equal((await admin(proxy, 'GET', '/status', undefined, TOKEN)).json.weights, { production: 80, canary: 20 });
  const continued = await cli('canary', 'continue');
  assert.is(continued.code, 0, continued.stderr);
  const waited = await cli('canary', 'wait', '--timeout-sec', '120');
  const { failed, sent, failures } = await running.stop();
  assert.is(waited.code, 0, `${waited.stderr}\n${controllerLog}`);
  assert.match(waited.stdout, /promoted/);
  assert.is(failed, 0, `${failed} of ${sent} failed: ${JSON.stringify(failures)}`);
  const production = (await appContainers(docker, app, 'production')).filter((c) => c.running);
  assert.equal(production.map((c) => c.image), [`${app}:v2`]);
  assert.is((await appContainers(docker, app, 'canary')).length, 0, 'the promoted canary is removed');
});

rollout('a canary that fails more often than production is aborted at once, kept for a look, then removed', async () => {
  const deployed = await cli('deploy', '--role', 'canary', '--image', `${app}:v3`);
  assert.is(deployed.code, 0, deployed.stderr);
  const port = await canaryPort();
  const fault = await fetch(`http://127.0.0.1:${port}/fault/error-rate?rate=0.12`, { method: 'PUT' });
  assert.is(fault.status, 200, await fault.text());
  const running = load();
  const waited = await cli('canary', 'wait', '--timeout-sec', '60');
  assert.is(waited.code, 1, `${waited.stdout}\n${waited.stderr}`);
  assert.match(waited.stderr, /aborted/);
  const s = await rolloutStatus();
  assert.is(s.phase, 'aborted');
  assert.is((await admin(proxy, 'GET', '/status', undefined, TOKEN)).json.weights.canary, 0, 'the canary gets no traffic');
  assert.ok((await appContainers(docker, app, 'canary')).some((c) => c.running), 'the aborted canary is kept for inspection');
  assert.ok(await pollUntil(async () => (await appContainers(docker, app, 'canary')).length === 0, 30_000, 250), `the aborted canary was not removed:\n${controllerLog}`);
  const { failed, sent, failures } = await running.stop();
  // GETs the canary failed were answered by production (proxy.retryIdempotent)
  assert.is(failed, 0, `${failed} of ${sent} failed: ${JSON.stringify(failures)}`);
  const status = await cli('canary', 'status');
  assert.is(status.code, 0, status.stderr);
  assert.match(status.stdout, /rollout: ABORTED/);
});

rollout.run();

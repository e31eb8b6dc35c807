// The progressive rollout on the real engine: the controller (the bundled CLI, a process of its own) moves a canary
// through its steps behind the real proxy while a bounded load runs, and promotes it or aborts it on its own.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { docker, requireDocker } from '../support/docker';
import { loudly } from '../support/hooks';
import { steadyLoad } from '../support/steady-load';
import { admin } from '../support/proxy-harness';
import { startRolloutLab, type RolloutLab } from '../support/rollout-lab';
import { pollUntil, sleep } from '../../src/core/deadline';
import { appContainers } from '../../src/core/app-containers';

const rollout = suite('progressive rollout');

const app = `ro${Date.now().toString(36)}`;
const TOKEN = 'rollout-test-token-42';
let lab: RolloutLab;
const cli = (...args: string[]) => lab.cli(...args);
const rolloutStatus = () => lab.status();

/** GETs of a route that takes the app's injected faults, 4 at a time, until stopped; any answer but 200 fails (at most 1,000,000: the test stops it). */
function load() {
  return steadyLoad(lab.proxy.url, { path: '/systems', max: 1_000_000, only200: true });
}

async function canaryPort(): Promise<number> {
  const c = (await appContainers(docker, app, 'canary')).find((x) => x.running);
  assert.ok(c, 'a canary container runs');
  return c!.port;
}

rollout.before(loudly(async () => {
  await requireDocker();
  lab = await startRolloutLab({
    app,
    token: TOKEN,
    standbyPortOffset: 19,
    versions: ['v1', 'v2', 'v3'],
    config: { app: { name: app, env: { FAULT_SWITCHES: '1' } } },
    canary: {
      strategy: 'progressive',
      steps: [{ weight: 20, holdSec: 2 }, { gate: 'manual' }, { weight: 50, holdSec: 2 }],
      analysis: { intervalSec: 1, minRequests: 20, inconclusiveLimit: 5 },
      abortKeepSec: 4,
    },
  });
}));

rollout.after(loudly(() => lab?.close()));

rollout('a good canary starts at its first step, waits at the manual gate across a restart of its controller, and is promoted with no failed request', async () => {
  const running = load();
  const deployed = await cli('deploy', '--role', 'canary', '--image', `${app}:v2`);
  assert.is(deployed.code, 0, deployed.stderr);
  assert.equal((await admin(lab.proxy, 'GET', '/status', undefined, TOKEN)).json.weights, { production: 80, canary: 20 }, 'the canary starts at the first step, not at the static 2:1');
  assert.ok(await pollUntil(async () => (await rolloutStatus()).stepKind === 'gate', 30_000), `never reached the gate: ${JSON.stringify(await rolloutStatus())}\n${lab.log()}`);
  const atGate = await rolloutStatus();
  assert.is(atGate.phase, 'progressing');
  assert.ok(atGate.judgments.some((j) => j.verdict === 'Passed'), 'the first step ended on a Passed judgment');
  await lab.stopController('SIGKILL');
  await lab.startController();
  await sleep(3000);
  const after = await rolloutStatus();
  assert.is(after.stepKind, 'gate', 'the new controller holds the gate its predecessor was at');
  assert.is(after.step, 2);
  assert.equal((await admin(lab.proxy, 'GET', '/status', undefined, TOKEN)).json.weights, { production: 80, canary: 20 });
  const continued = await cli('canary', 'continue');
  assert.is(continued.code, 0, continued.stderr);
  const waited = await cli('canary', 'wait', '--timeout-sec', '120');
  const { failed, sent, failures } = await running.stop();
  assert.is(waited.code, 0, `${waited.stderr}\n${lab.log()}`);
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
  assert.is((await admin(lab.proxy, 'GET', '/status', undefined, TOKEN)).json.weights.canary, 0, 'the canary gets no traffic');
  assert.ok((await appContainers(docker, app, 'canary')).some((c) => c.running), 'the aborted canary is kept for inspection');
  assert.ok(await pollUntil(async () => (await appContainers(docker, app, 'canary')).length === 0, 30_000, 250), `the aborted canary was not removed:\n${lab.log()}`);
  const { failed, sent, failures } = await running.stop();
  // GETs the canary failed were answered by production (proxy.retryIdempotent)
  assert.is(failed, 0, `${failed} of ${sent} failed: ${JSON.stringify(failures)}`);
  const status = await cli('canary', 'status');
  assert.is(status.code, 0, status.stderr);
  assert.match(status.stdout, /rollout: ABORTED/);
});

rollout.run();

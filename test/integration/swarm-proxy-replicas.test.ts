import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { docker, requireDocker } from '../support/docker';
import { tmpDir } from '../support/tmp';
import { failingImage } from '../support/images';
import { loudly } from '../support/hooks';
import { startSwarmLab, type SwarmLab } from '../support/swarm-lab';
import { startRedis, type TestRedis } from '../support/redis';
import { freePort } from '../support/ports';
import { pollUntil } from '../../src/core/deadline';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { makeDemoRepo } = require('../../scripts/demo-repo.cjs');

// `slipway pipeline`, the command a Jenkinsfile's slipwayPipeline runs, on a two-node swarm: the whole path as services,
// with two proxy tasks that share the canary's state through Redis.
const test = suite('slipway pipeline on a two-node swarm, with a proxy task on each node sharing the canary\'s state');

const app = `sp${Date.now().toString(36)}`;
const TOKEN = 'swarm-proxies-admin-token';
const FLAGS_TOKEN = 'swarm-proxies-flags-token';
const PASSWORD = 'swarm-proxies-redis-password';
let lab: SwarmLab;
let redis: TestRedis;
let dir = '';
let listen = 0;
let adminPort = 0;
process.env.SLIPWAY_ADMIN_TOKEN = TOKEN;
process.env.SLIPWAY_FLAGS_TOKEN = FLAGS_TOKEN;

/** The two proxy instances: the manager's and the worker's, each at its node's published ports. */
const instances = () => [lab.managerAddr, lab.workerAddr!].map((host) => ({ host, url: `http://${host}:${listen}`, admin: `http://${host}:${adminPort}` }));

async function statusOf(admin: string): Promise<{ canary: { state: string; source?: string } }> {
  const r = await fetch(`${admin}/status`, { headers: { authorization: `Bearer ${TOKEN}` }, signal: AbortSignal.timeout(3000) });
  return (await r.json()) as { canary: { state: string } };
}

test.before(loudly(async () => {
  await requireDocker();
  lab = await startSwarmLab(2);
  // the state the proxy tasks share: a Redis of the test's, on the manager's lab address so tasks on both nodes reach it
  redis = await startRedis({ password: PASSWORD, bind: [lab.managerAddr] });
  process.env.REDIS_URL = `redis://:${PASSWORD}@${lab.managerAddr}:${redis.port}`;
  await failingImage('slipway-swarm-500:latest');
  [listen, adminPort] = [await freePort(), await freePort()];
  const [flags, metrics] = [await freePort(), await freePort()];
  dir = makeDemoRepo(path.join(tmpDir('slipway-swarm-pipeline-'), app), {
    // the app's quickest test file for the test stages: its whole suite runs in the host pipeline's tests
    app: { name: app, testCommand: 'node --test test/grades.test.js' },
    stateDir: path.join(tmpDir('slipway-swarm-pipeline-state-'), 'state'),
    proxy: { listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${adminPort}`, sharedState: 'redis' },
    flags: { listen: `127.0.0.1:${flags}` },
    autoscaler: { metricsListen: `127.0.0.1:${metrics}` },
    canary: { consecutive5xx: 5, probationSec: 0 },
    deploy: { target: 'swarm', healthTimeoutSec: 30, healthIntervalMs: 500, drainTimeoutSec: 1, memoryMb: 128, swarm: { replicas: { production: 2, canary: 1 }, updateMonitorSec: 2, proxyReplicas: 2 } },
  });
}));

test.after(loudly(async () => {
  try {
    await runCli(['down', '--app', dir]);
  } finally {
    delete process.env.REDIS_URL;
    await redis?.stop();
    await lab?.teardown();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    for (const i of await docker.listImages({ filters: { reference: [app] } })) await docker.getImage(i.Id).remove({ force: true }).catch(() => undefined);
  }
}));

test('deploy.swarm.proxyReplicas 2 without shared state is refused before anything changes (exit 2)', async () => {
  const r = await runCli(['pipeline', '--skip-provision', '--app', dir], { SLIPWAY_PROXY_SHARED_STATE: 'host' });
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, /deploy\.swarm\.proxyReplicas is 2, but proxy\.sharedState is "host"/);
  assert.equal((await docker.listServices()).map((s) => s.Spec?.Name), []);
});

test('the pipeline runs the whole path as services: roles, proxy, toggle server, autoscaler', async () => {
  const r = await runCli(['pipeline', '--skip-provision', '--json', '--app', dir]);
  assert.is(r.code, 0, r.stderr);
  const services = (await docker.listServices({ filters: { label: [`slipway.app=${app}`] } })).map((x) => x.Spec?.Name).sort();
  for (const name of ['production', 'canary', 'proxy', 'flags', 'autoscaler']) assert.ok(services.includes(`${app}-${name}`), `${app}-${name} in ${services.join(', ')}`);
  const production = (await docker.listTasks({ filters: { service: [`${app}-production`], 'desired-state': ['running'] } })).filter((t) => t.Status?.State === 'running');
  assert.is(new Set(production.map((t) => t.NodeID)).size, 2, 'production on both nodes');
  assert.not.match(r.stdout + r.stderr, TOKEN);
  assert.not.match(r.stdout + r.stderr, FLAGS_TOKEN);
  assert.not.match(r.stdout + r.stderr, PASSWORD);
});

test('two proxy tasks, one on each node, each splitting 2:1 between production (1.0.0) and the canary (1.1.0)', async () => {
  const tasks = (await docker.listTasks({ filters: { service: [`${app}-proxy`], 'desired-state': ['running'] } })).filter((t) => t.Status?.State === 'running');
  assert.is(new Set(tasks.map((t) => t.NodeID)).size, 2, 'one proxy task on each node');
  const spec = (await docker.getService(`${app}-proxy`).inspect()).Spec;
  assert.is(spec.TaskTemplate.Placement.MaxReplicas, 1, 'one per node: their ports are the node\'s');
  for (const i of instances()) {
    const seen: Record<string, number> = {};
    for (let n = 0; n < 150; n++) {
      const body = (await (await fetch(`${i.url}/health`, { signal: AbortSignal.timeout(5000) })).json()) as { version: string };
      seen[body.version] = (seen[body.version] ?? 0) + 1;
    }
    assert.equal(Object.keys(seen).sort(), ['1.0.0', '1.1.0'], `${i.host}: ${JSON.stringify(seen)}`);
    assert.ok(Math.abs(seen['1.1.0'] / 150 - 1 / 3) <= 0.03, `${i.host}: ${JSON.stringify(seen)}`);
  }
});

test('a canary answering 5xx through one instance is ejected on every instance', async () => {
  const r = await runCli(['deploy', '--role', 'canary', '--image', 'slipway-swarm-500:latest', '--app', dir]);
  assert.is(r.code, 0, r.stderr);
  await runCli(['canary', 'resume', '--app', dir]); // a fresh canary, admitted
  const [manager, worker] = instances();
  // traffic only through the worker's instance: the manager's learns of the ejection through Redis
  let sent = 0;
  const ejectedThere = await pollUntil(async () => {
    for (let i = 0; i < 10; i++, sent++) await fetch(`${worker.url}/`, { signal: AbortSignal.timeout(5000) }).then((x) => x.arrayBuffer());
    return (await statusOf(worker.admin)).canary.state === 'ejected';
  }, 30_000, 0);
  assert.ok(ejectedThere, `the worker's instance ejected the canary (after ${sent} GETs)`);
  assert.ok(await pollUntil(async () => (await statusOf(manager.admin)).canary.state === 'ejected', 5_000, 100), 'the manager\'s instance agrees');
  const through = await Promise.all(Array.from({ length: 30 }, () => fetch(`${manager.url}/`, { signal: AbortSignal.timeout(5000) }).then((x) => x.status)));
  assert.ok(through.every((s) => s === 200), `only production answers on the manager's instance: ${through.join(',')}`);
});

test('resume through the admin API (the manager\'s instance) re-admits the canary on every instance', async () => {
  const r = await runCli(['canary', 'resume', '--app', dir]);
  assert.is(r.code, 0, r.stderr);
  for (const i of instances()) assert.ok(await pollUntil(async () => (await statusOf(i.admin)).canary.state !== 'ejected', 5_000, 100), `${i.host} re-admitted it`);
});

test('down removes every service, config object and secret of the app', async () => {
  const r = await runCli(['down', '--app', dir]);
  assert.is(r.code, 0, r.stderr);
  assert.equal((await docker.listServices()).map((s) => s.Spec?.Name).filter((n) => n?.startsWith(app)), []);
  const configs = (await docker.listConfigs()).map((c) => c.Spec?.Name).filter((n) => n?.startsWith(app));
  assert.equal(configs, []);
  assert.equal((await docker.listSecrets()).map((c) => c.Spec?.Name).filter((n) => n?.startsWith(app)), []);
});

test.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runCli } from '../support/cli';
import { docker, requireDocker } from '../support/docker';
import { tmpDir } from '../support/tmp';
import { BASE_IMAGE, brokenImage, sampleAppImage } from '../support/images';
import { loudly } from '../support/hooks';
import { startSwarmLab, type SwarmLab } from '../support/swarm-lab';
import { pollUntil } from '../../src/core/deadline';
import { freePort } from '../support/ports';

const test = suite('deploy.target "swarm": roles as services on a real two-node swarm');

const app = `sw${Date.now().toString(36)}`;
const service = `${app}-production`;
const network = `${app}-net`;
let lab: SwarmLab;
let dir = '';
let v1 = '';
let networksBefore: string[] = [];
let listen = 0;
const TOKEN = 'swarm-test-admin-token';
process.env.SLIPWAY_ADMIN_TOKEN = TOKEN;

/** GET /health through the proxy service, n times: the revisions that answered. */
async function throughProxy(n: number): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const r = await fetch(`http://127.0.0.1:${listen}/health`, { signal: AbortSignal.timeout(5000) });
    const key = r.status === 200 ? String(((await r.json()) as { revision?: string }).revision) : `HTTP ${r.status}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return seen;
}

const names = async () => (await docker.listNetworks()).map((n) => n.Name).sort();
const runningTasks = async () => (await docker.listTasks({ filters: { service: [service], 'desired-state': ['running'] } })).filter((t) => t.Status?.State === 'running');

/** Every production task answers its health path over the overlay, asked from a container on that network. */
function healthOfEveryTask(): { address: string; status: number }[] {
  const script = "const dns=require('dns'),http=require('http');dns.lookup('tasks." + service + "',{all:true},(e,as)=>{if(e)throw e;Promise.all(as.map(a=>new Promise(r=>http.get({host:a.address,port:3000,path:'/health',timeout:3000},s=>{s.resume();r({address:a.address,status:s.statusCode})}).on('error',x=>r({address:a.address,status:0}))))).then(o=>console.log(JSON.stringify(o)))})";
  const out = execFileSync('docker', ['run', '--rm', '--network', network, '--label', `slipway.app=${app}-probe`, BASE_IMAGE, 'node', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

test.before(loudly(async () => {
  await requireDocker();
  lab = await startSwarmLab(2);
  networksBefore = await names();
  v1 = 'slipway-swarm-app:v1';
  await sampleAppImage(v1, '1.0.0');
  await brokenImage('slipway-swarm-broken:latest');
  listen = await freePort();
  dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app },
    stateDir: path.join(dir, 'state'),
    proxy: { listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${await freePort()}` },
    deploy: { target: 'swarm', healthTimeoutSec: 20, healthIntervalMs: 500, drainTimeoutSec: 2, memoryMb: 128, swarm: { replicas: { production: 2, canary: 1 }, updateMonitorSec: 3 } },
  }));
}));

test.after(loudly(async () => {
  try {
    await runCli(['down', '--app', dir]);
    // down keeps the volume of slipway's Redis (the flags); the test made it, so it goes
    await pollUntil(async () => !(await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`] } })).length, 30_000, 500);
    await docker.getVolume(`${app}-redis-data`).remove().catch(() => undefined);
  } finally {
    await lab?.teardown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}));

test('slipway refuses an engine that is not a manager before it changes anything (exit 2)', async () => {
  const was = process.env.DOCKER_HOST;
  process.env.DOCKER_HOST = lab.workerHost;
  try {
    const r = await runCli(['deploy', '--role', 'production', '--image', v1, '--app', dir]);
    assert.is(r.code, 2, r.stderr);
    assert.match(r.stderr, /is a worker, not a swarm manager/);
  } finally {
    if (was === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = was;
  }
  assert.equal((await docker.listServices()).map((s) => s.Spec?.Name), []);
});

test('a deploy places production tasks on both nodes, pulled from the registry, and every task answers', async () => {
  const r = await runCli(['deploy', '--role', 'production', '--image', v1, '--app', dir]);
  assert.is(r.code, 0, r.stderr);
  const tasks = await runningTasks();
  assert.is(tasks.length, 2);
  assert.is(new Set(tasks.map((t) => t.NodeID)).size, 2, 'one task on each node');
  const spec = (await docker.getService(service).inspect()).Spec;
  assert.is(spec.Labels['slipway.role'], 'production');
  assert.is(spec.UpdateConfig.Order, 'start-first');
  assert.is(spec.UpdateConfig.FailureAction, 'rollback');
  assert.match(spec.TaskTemplate.ContainerSpec.Image, /^169\.254\.64\.1:5000\//);
  const pulled = await lab.worker!.listImages();
  assert.ok(pulled.some((i) => (i.RepoTags ?? []).some((t) => t.startsWith('169.254.64.1:5000/'))), 'the worker pulled the image from the registry');
  const answers = healthOfEveryTask();
  assert.is(answers.length, 2);
  assert.ok(answers.every((a) => a.status === 200), JSON.stringify(answers));
});

test('the proxy runs as a service in front of production and answers on the manager', async () => {
  const proxy = await docker.getService(`${app}-proxy`).inspect();
  assert.is(proxy.Spec.Labels['slipway.service'], 'proxy');
  const seen = await throughProxy(20);
  assert.equal([...seen.keys()], ['rev-1.0.0']);
});

test('a canary service joins the proxy: both revisions answer through it', async () => {
  await sampleAppImage('slipway-swarm-app:v2', '2.0.0');
  const r = await runCli(['deploy', '--role', 'canary', '--image', 'slipway-swarm-app:v2', '--app', dir]);
  assert.is(r.code, 0, r.stderr);
  const seen = await throughProxy(60);
  assert.ok((seen.get('rev-1.0.0') ?? 0) > 0 && (seen.get('rev-2.0.0') ?? 0) > 0, JSON.stringify([...seen]));
  assert.equal([...seen.keys()].sort(), ['rev-1.0.0', 'rev-2.0.0']);
});

test('status shows every task with its node, state, health and memory limit', async () => {
  const r = await runCli(['status', '--json', '--app', dir]);
  assert.is(r.code, 0, r.stderr);
  const s = r.json().result;
  const tasks = s.tasks.filter((t: { service: string }) => t.service === service);
  assert.is(tasks.length, 2);
  assert.equal(tasks.map((t: { node: string }) => t.node).sort(), ['169.254.64.1', '169.254.64.2']);
  assert.ok(tasks.every((t: { state: string; health: string; memory: { limit: number } }) => t.state === 'running' && t.health === 'healthy' && t.memory.limit === 128 * 1024 * 1024), JSON.stringify(tasks));
});

test('promote makes the canary image production through a rolling update and removes the canary service', async () => {
  const r = await runCli(['canary', 'promote', '--app', dir]);
  assert.is(r.code, 0, r.stderr);
  assert.is((await docker.getService(service).inspect()).Spec.Labels['slipway.image'], 'slipway-swarm-app:v2');
  assert.equal((await docker.listServices()).map((s) => s.Spec?.Name).filter((n) => n === `${app}-canary`), []);
  assert.equal([...(await throughProxy(20)).keys()], ['rev-2.0.0']);
});

test('--dry-run prints the service update and changes nothing', async () => {
  const before = (await docker.getService(service).inspect()).Version.Index;
  const r = await runCli(['deploy', '--role', 'production', '--image', 'slipway-swarm-broken:latest', '--dry-run', '--app', dir]);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`update the service ${service}`));
  assert.match(r.stdout, /"Order": "start-first"/);
  assert.match(r.stdout, /"FailureAction": "rollback"/);
  assert.is((await docker.getService(service).inspect()).Version.Index, before);
});

test('a failing update rolls back on its own: the step fails and the old tasks keep answering', async () => {
  const r = await runCli(['deploy', '--role', 'production', '--image', 'slipway-swarm-broken:latest', '--app', dir]);
  assert.is(r.code, 1, r.stdout);
  assert.equal([...(await throughProxy(10)).keys()], ['rev-2.0.0'], 'the proxy kept answering from the old tasks');
  assert.match(r.stderr, /rolled it back/);
  const svc = await docker.getService(service).inspect();
  assert.is(svc.UpdateStatus?.State, 'rollback_completed');
  assert.is(svc.Spec.Labels['slipway.image'], 'slipway-swarm-app:v2');
  assert.ok(await pollUntil(async () => (await runningTasks()).length === 2, 30_000, 500));
  assert.ok(healthOfEveryTask().every((a) => a.status === 200));
});

test('down removes the services, the network and the registry it made: the swarm is as the lab made it', async () => {
  const r = await runCli(['down', '--app', dir]);
  assert.is(r.code, 0, r.stderr);
  assert.equal((await docker.listServices()).map((s) => s.Spec?.Name), []);
  // a node drops its copy of the overlay once its tasks are gone
  const gone = async () => (await names()).join() === networksBefore.join() && (await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`] } })).length === 0 && (await lab.worker!.listContainers({ all: true })).length === 0;
  assert.ok(await pollUntil(gone, 30_000, 500), 'no task container and no network of the app left on either node');
  assert.equal(await names(), networksBefore);
});

test.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runCli } from '../support/cli';
import { docker, requireDocker } from '../support/docker';
import { tmpDir } from '../support/tmp';
import { BASE_IMAGE, ensureBaseImage } from '../support/images';
import { loudly } from '../support/hooks';
import { freePort } from '../support/ports';
import { startSwarmLab, type SwarmLab } from '../support/swarm-lab';
import { waitFor } from '../../src/core/deadline';
import { MiB } from '../../src/core/docker-stats';
import type { StatusResult } from '../../src/autoscaler/render';

const test = suite('the autoscaler on a two-node swarm: a global service reads each node, the leader\'s task raises the service');

const app = `sn${Date.now().toString(36)}`;
const service = `${app}-production`;
const scaler = `${app}-autoscaler`;
const TOKEN = 'swarm-autoscaler-test-token';
let lab: SwarmLab;
let dir = '';
let port = 0;

// holds 80 MB (written, so resident) and answers its health path: above half of a 128 MB limit
const HOG = "const held=Buffer.alloc(80*1048576,165);require('http').createServer((q,s)=>{s.end(String(held.length))}).listen(+process.env.PORT,process.env.HOST)";

const cli = (args: string[]) => runCli([...args, '--app', dir], { SLIPWAY_ADMIN_TOKEN: TOKEN });
const limitOf = async () => (await docker.getService(service).inspect()).Spec.TaskTemplate.Resources?.Limits?.MemoryBytes ?? 0;
const workerId = async () => (await docker.listNodes()).find((n) => n.Spec?.Role === 'worker')!.ID;
const runningTasks = async (name: string) => (await docker.listTasks({ filters: { service: [name], 'desired-state': ['running'] } })).filter((t) => t.Status?.State === 'running');

async function status(): Promise<Extract<StatusResult, { running: true }>> {
  const r = await cli(['autoscaler', 'status', '--json']);
  assert.is(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout).result as StatusResult;
  if (!s.running) throw new Error(`the autoscaler does not answer: ${s.reason}`);
  return s;
}

test.before(loudly(async () => {
  await requireDocker();
  await ensureBaseImage();
  lab = await startSwarmLab(2);
  const ctx = tmpDir('slipway-hog-');
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${BASE_IMAGE}\nUSER 1000:1000\nCMD ${JSON.stringify(['node', '-e', HOG])}\n`);
  execFileSync('docker', ['build', '-q', '-t', 'slipway-swarm-hog:1', ctx], { stdio: 'ignore' });
  fs.rmSync(ctx, { recursive: true, force: true });
  dir = tmpDir();
  port = await freePort();
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app }, stateDir: path.join(dir, 'state'),
    deploy: { target: 'swarm', memoryMb: 128, healthTimeoutSec: 30, drainTimeoutSec: 1, swarm: { replicas: { production: 2 }, updateMonitorSec: 2, proxy: false } },
    autoscaler: { intervalSec: 1, cooldownSec: 2, tickMs: 250, metricsListen: `127.0.0.1:${port}` },
  }));
}));

test.after(loudly(async () => {
  try {
    const r = await cli(['down']);
    assert.is(r.code, 0, r.stderr);
    assert.not.ok((await docker.listServices()).some((s) => s.Spec?.Name === scaler), '`down` removes the autoscaler service');
  } finally {
    await lab?.teardown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}));

test('--dry-run prints the global service: each node\'s own socket and cgroup tree, the token never shown', async () => {
  const r = await cli(['autoscaler', 'up', '--dry-run', '--json']);
  assert.is(r.code, 0, r.stderr);
  assert.not.ok(r.stdout.includes(TOKEN) || r.stderr.includes(TOKEN), 'the token is masked');
  const create = (JSON.parse(r.stdout).actions as { summary: string; detail: { body?: Record<string, any> } }[]).find((a) => a.summary.includes(`the autoscaler service ${scaler}`));
  assert.ok(create, r.stdout);
  const spec = create!.detail.body!;
  assert.equal(spec.Mode, { Global: {} });
  assert.equal(spec.TaskTemplate.ContainerSpec.Mounts.map((m: { Source: string; ReadOnly?: boolean }) => `${m.Source}${m.ReadOnly ? ':ro' : ''}`), ['/var/run/docker.sock', '/sys/fs/cgroup:ro']);
  assert.ok(spec.TaskTemplate.ContainerSpec.Env.includes('SLIPWAY_ADMIN_TOKEN=***'));
  assert.not.ok(spec.TaskTemplate.ContainerSpec.Args.join(' ').includes('TOKEN'), 'no secret in argv');
  assert.equal(spec.EndpointSpec.Ports, [{ Protocol: 'tcp', TargetPort: port, PublishedPort: port, PublishMode: 'host' }]);
});

test('a hog on the worker raises its service once, through the leader\'s task; tasks restart at the new limit', async () => {
  const d = await cli(['deploy', '--role', 'production', '--image', 'slipway-swarm-hog:1']);
  assert.is(d.code, 0, d.stderr);
  // both tasks on the worker: the manager's own engine has none, so only the worker's autoscaler task reads them
  const worker = await workerId();
  const svc = await docker.getService(service).inspect();
  await docker.getService(service).update({ ...svc.Spec, version: svc.Version.Index, TaskTemplate: { ...svc.Spec.TaskTemplate, Placement: { Constraints: ['node.role==worker'] } } });
  await waitFor('both hog tasks on the worker', async () => {
    const tasks = await runningTasks(service);
    if (tasks.length !== 2 || !tasks.every((t) => t.NodeID === worker) || (await docker.getService(service).inspect()).UpdateStatus?.State !== 'completed') return false;
    // a replaced task's container may still run (draining) after Swarm counts the update done
    return !(await docker.listContainers({ filters: { label: [`com.docker.swarm.service.name=${service}`] } })).length;
  }, 120_000);
  assert.is(await limitOf(), 128 * MiB);

  const up = await cli(['autoscaler', 'up']);
  assert.is(up.code, 0, up.stderr);
  const tasks = await runningTasks(scaler);
  assert.is(tasks.length, 2, 'one autoscaler task per node');
  assert.ok(tasks.some((t) => t.NodeID === worker));

  await waitFor('the service limit raised', async () => (await limitOf()) > 128 * MiB, 90_000);
  assert.is(await limitOf(), 228 * MiB, 'one step of 100 MB for the service, not one per task');
  const spec = (await docker.getService(service).inspect()).Spec;
  assert.ok(spec.TaskTemplate.Resources.Reservations, 'the full resource block is written');
  assert.is(spec.UpdateConfig.Order, 'start-first', 'the rest of the spec as it was');
  const s = await status();
  assert.ok(s.swarm?.deciding, 'the manager\'s task decides');
  assert.ok(s.swarm!.peers.some((p) => p.node === '169.254.64.2' && !p.lost), JSON.stringify(s.swarm));
  const raised = s.containers.filter((c) => c.lastAction?.result === 'done');
  assert.ok(raised.length >= 1 && raised.every((c) => c.node === '169.254.64.2'), JSON.stringify(s.containers));

  // Swarm replaces every task with the new limit, on the worker
  await waitFor('2 tasks running at 228 MB on the worker', async () => {
    const now = await runningTasks(service);
    if (now.length !== 2 || !now.every((t) => t.NodeID === worker)) return false;
    const limits = await Promise.all(now.map(async (t) => (await lab.worker!.getContainer(t.Status!.ContainerStatus!.ContainerID!).inspect().catch(() => null))?.HostConfig.Memory));
    return limits.every((m) => m === 228 * MiB);
  }, 120_000);
  // the new tasks are read again from the worker, at the new limit
  await waitFor('the new tasks watched through the worker\'s task at 228 MB', async () => {
    const now = new Set((await runningTasks(service)).map((t) => t.Status!.ContainerStatus!.ContainerID!.slice(0, 12)));
    const seen = (await status()).containers.filter((c) => now.has(c.id) && c.limitBytes === 228 * MiB && c.usedBytes !== undefined);
    return seen.length === 2;
  }, 60_000);
  assert.is(await limitOf(), 228 * MiB, 'no further raise once use is below the threshold');
  // `slipway status` shows the worker's tasks with the memory their node's autoscaler task read
  const st = await cli(['status', '--json']);
  assert.is(st.code, 0, st.stderr);
  const rows = (JSON.parse(st.stdout).result.tasks as { service: string; node: string; memory: { used: number | null; limit: number | null } }[]).filter((t) => t.service === service);
  assert.ok(rows.length === 2 && rows.every((t) => t.node === '169.254.64.2' && t.memory.used! > 50 * MiB && t.memory.limit === 228 * MiB), JSON.stringify(rows));
});

test('a reading from a peer that stops answering ages out, and comes back with it', async () => {
  const onWorker = async () => (await status()).containers.filter((c) => c.node === '169.254.64.2').length;
  assert.ok((await onWorker()) >= 2);
  // the worker's autoscaler task frozen: its port still takes connections, nothing answers
  const worker = await workerId();
  const task = (await runningTasks(scaler)).find((t) => t.NodeID === worker)!;
  const frozen = lab.worker!.getContainer(task.Status!.ContainerStatus!.ContainerID!);
  await frozen.pause();
  try {
    await waitFor('the worker\'s containers forgotten by the leader', async () => (await onWorker()) === 0, 60_000);
    const s = await status();
    assert.ok(s.swarm!.peers.some((p) => p.lost), JSON.stringify(s.swarm));
  } finally {
    await frozen.unpause();
  }
  await waitFor('the worker\'s containers watched again', async () => (await onWorker()) >= 2, 60_000);
  assert.is(await limitOf(), 228 * MiB, 'nothing changed meanwhile');
});

// holds a little, then asks for 300 MB at once: killed by the kernel in its 128 MB limit before any sample sees it grow
const OOM_HOG = "setTimeout(()=>{globalThis.held=Buffer.alloc(300*1048576,165)},3000);setInterval(()=>{},1<<30)";

test('a task OOM-killed on the worker: the leader hears of the kill and bumps its service', async () => {
  const canary = `${app}-canary`;
  const ctx = tmpDir('slipway-oomhog-');
  const ref = `${lab.managerAddr}:5000/slipway-test-oomhog:1`;
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${BASE_IMAGE}\nUSER 1000:1000\nCMD ${JSON.stringify(['node', '-e', OOM_HOG])}\n`);
  execFileSync('docker', ['build', '-q', '-t', ref, ctx], { stdio: 'ignore' });
  fs.rmSync(ctx, { recursive: true, force: true });
  execFileSync('docker', ['push', ref], { stdio: 'ignore' });
  // made here, not by a deploy (whose health gate it would fail): labelled as the app's canary, on the worker only
  const labels = { 'slipway.app': app, 'slipway.role': 'canary' };
  await docker.createService({
    Name: canary, Labels: labels,
    TaskTemplate: { ContainerSpec: { Image: ref, Labels: labels }, Resources: { Limits: { MemoryBytes: 128 * MiB } }, Placement: { Constraints: ['node.role==worker'] }, RestartPolicy: { Condition: 'any', Delay: 1e9 } },
    Mode: { Replicated: { Replicas: 1 } },
    UpdateConfig: { Order: 'start-first', Monitor: 2e9 },
  } as never);
  const limit = async () => (await docker.getService(canary).inspect()).Spec.TaskTemplate.Resources?.Limits?.MemoryBytes ?? 0;
  let first = 0;
  await waitFor('the canary service bumped after its OOM kill', async () => (first = await limit()) > 128 * MiB, 120_000);
  assert.is(first, 228 * MiB, 'max(+100 MB, ×1.2) of 128 MB');
  const bumped = (await status()).containers.filter((c) => c.role === 'canary' && c.lastDecision?.action === 'oom-bump');
  assert.ok(bumped.length >= 1 && bumped.every((c) => c.node === '169.254.64.2'), JSON.stringify(bumped));
});

test.run();

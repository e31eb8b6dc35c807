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
import { startSwarmLab, type SwarmLab } from '../support/swarm-lab';
import { startTestAutoscaler, MiB, type TestAutoscaler } from './autoscaler-support';

const test = suite('the autoscaler on a swarm: a memory raise is a service update that restarts every task');

const app = `sa${Date.now().toString(36)}`;
const service = `${app}-production`;
let lab: SwarmLab;
let dir = '';
let scaler: TestAutoscaler | undefined;

// holds 80 MB (written, so resident) and answers its health path: above half of a 128 MB limit
const HOG = "const held=Buffer.alloc(80*1048576,165);require('http').createServer((q,s)=>{s.end(String(held.length))}).listen(+process.env.PORT,process.env.HOST)";

test.before(loudly(async () => {
  await requireDocker();
  await ensureBaseImage();
  lab = await startSwarmLab(1);
  const ctx = tmpDir('slipway-hog-');
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${BASE_IMAGE}\nUSER 1000:1000\nCMD ${JSON.stringify(['node', '-e', HOG])}\n`);
  execFileSync('docker', ['build', '-q', '-t', 'slipway-swarm-hog:1', ctx], { stdio: 'ignore' });
  fs.rmSync(ctx, { recursive: true, force: true });
  dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app }, stateDir: path.join(dir, 'state'),
    deploy: { target: 'swarm', memoryMb: 128, healthTimeoutSec: 20, drainTimeoutSec: 1, swarm: { replicas: { production: 2 }, updateMonitorSec: 2, proxy: false } },
  }));
}));

test.after(loudly(async () => {
  try {
    await scaler?.stop();
    await runCli(['down', '--app', dir]);
  } finally {
    await lab?.teardown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}));

test('a task above the threshold raises its service limit once: a rolling update, resources written whole', async () => {
  const r = await runCli(['deploy', '--role', 'production', '--image', 'slipway-swarm-hog:1', '--app', dir]);
  assert.is(r.code, 0, r.stderr);
  scaler = startTestAutoscaler(app, { intervalSec: 1, cooldownSec: 2, tickMs: 250 });
  const limit = async () => (await docker.getService(service).inspect()).Spec.TaskTemplate.Resources?.Limits?.MemoryBytes ?? 0;
  await scaler.waitFor('the service limit raised', async () => (await limit()) > 128 * MiB, 60_000);
  const svc = await docker.getService(service).inspect();
  assert.is(svc.Spec.TaskTemplate.Resources.Limits.MemoryBytes, 228 * MiB, 'one step of 100 MB, not one per task');
  assert.ok(svc.Spec.TaskTemplate.Resources.Reservations, 'the full resource block');
  assert.is(svc.Spec.UpdateConfig.Order, 'start-first', 'the rest of the spec as it was');
  assert.match(scaler.logText(), /restarts 2 tasks \(a rolling update\)/);
  // Swarm replaces every task with the new limit
  await scaler.waitFor('2 tasks running at 228 MB', async () => {
    const tasks = (await docker.listTasks({ filters: { service: [service], 'desired-state': ['running'] } })).filter((t) => t.Status?.State === 'running');
    const limits = await Promise.all(tasks.map(async (t) => (await docker.getContainer(t.Status!.ContainerStatus!.ContainerID!).inspect()).HostConfig.Memory));
    return limits.length === 2 && limits.every((m) => m === 228 * MiB);
  }, 90_000);
});

test.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { docker } from '../support/docker';
import { CgroupSampler, type CgroupSample } from '../../src/autoscaler/cgroup-sampler';
import { memoryOf } from '../../src/core/container-memory';
import { memoryUsedBytes, type DockerStats } from '../../src/core/docker-stats';
import { cgroupReader } from '../../bench/autoscaler-probes';
import { waitFor } from '../../src/core/deadline';
import { BASE_IMAGE, MiB, cleanup, cleanupAll, limitMbOf, requireParts, startHolder, startTestAutoscaler, uniqueApp, type TestAutoscaler } from './autoscaler-support';

const cgroups = suite('autoscaler on the cgroup files (real dockerd and kernel)');

let running: TestAutoscaler | undefined;
cgroups.before(async () => {
  await requireParts();
});
cgroups.after.each(() => {
  running?.stop();
  running = undefined;
});
cgroups.after(cleanupAll);

/** Docker's oom events for the app's containers, counted. */
async function countOomEvents(app: string): Promise<{ count(): number; stop(): void }> {
  let n = 0;
  const events = (await docker.getEvents({ filters: { type: ['container'], event: ['oom'], label: [`slipway.app=${app}`] } })) as NodeJS.ReadableStream & { destroy(): void };
  events.on('data', (chunk: Buffer) => (n += chunk.toString().split('\n').filter((l) => l.trim()).length));
  return { count: () => n, stop: () => events.destroy() };
}

cgroups('a container growing 40 MB/s is never OOM-killed: the fast path keeps its limit ahead, in whole 100 MB steps', async () => {
  const app = uniqueApp();
  const ooms = await countOomEvents(app);
  try {
    running = startTestAutoscaler(app); // the seed rule, the fast path at 85 %, cgroup read every 250 ms
    await running.listed();
    // 4 MB every 100 ms up to 480 MB, in a 128 MB container
    const c = await startHolder({ app, limitMb: 128, holdMb: 480, stepMb: 4, everyMs: 100 });
    const id = (await c.inspect()).Id;
    const kernel = cgroupReader(id);
    await running.waitFor('the container holding its 480 MB', async () => (running!.status().containers[0]?.usedBytes ?? 0) > 480 * MiB || !(await c.inspect()).State.Running, 60_000);
    const state = (await c.inspect()).State;
    assert.is(state.OOMKilled, false, 'Docker says the container was OOM-killed');
    assert.is(state.Running, true);
    assert.is(kernel().oomKills, 0, "the kernel counted OOM kills in the container's cgroup");
    assert.is(ooms.count(), 0, 'Docker reported oom events');
    const { memory, swap } = await limitMbOf(c);
    assert.ok(memory > 480, `the limit is ${memory} MB`);
    assert.is((memory - 128) % 100, 0, `${memory} MB is not 128 MB + whole steps of 100 MB`);
    assert.is(swap, memory);
    assert.match(running.logText(), /fast-raise 128 → \d+ MB — used .* growing [\d.]+ MB\/s/);
    assert.is(running.status().containers[0].source, 'cgroup');
  } finally {
    ooms.stop();
    await cleanup(app);
  }
});

cgroups("the cgroup reading (the autoscaler's and slipway status') is the container's working set, as Docker's stats count it, with its limit", async () => {
  const app = uniqueApp();
  try {
    const c = await startHolder({ app, limitMb: 256, holdMb: 100 });
    const id = (await c.inspect()).Id;
    const pid = (await c.inspect()).State.Pid;
    const samples: CgroupSample[] = [];
    const sampler = new CgroupSampler<string>(100, { onSample: (_k, s) => samples.push(s), onOomKill: () => undefined, onLost: () => undefined });
    try {
      assert.ok(sampler.attach('c', { id, pid }), 'the cgroup of a running container was not found under /sys/fs/cgroup');
      await waitFor('a sample holding the 100 MB', async () => samples.some((s) => s.usedBytes > 100 * MiB), 30_000);
    } finally {
      sampler.stop();
    }
    const last = samples[samples.length - 1];
    const stats = ((await c.stats({ stream: false })) as unknown as DockerStats).memory_stats;
    assert.is(last.limitBytes, 256 * MiB);
    assert.is(stats?.limit, 256 * MiB);
    // both read the same kernel counters a moment apart: an idle holder's use moves by far less than 8 MB
    const dockerUsed = memoryUsedBytes(stats);
    assert.ok(Math.abs(last.usedBytes - dockerUsed) < 8 * MiB, `cgroup ${last.usedBytes / MiB} MB, docker stats ${dockerUsed / MiB} MB`);
    // slipway status asks the same files
    const status = await memoryOf(docker, id);
    assert.is(status?.limit, 256 * MiB);
    assert.ok(Math.abs(status!.used - dockerUsed) < 8 * MiB);
  } finally {
    await cleanup(app);
  }
});

// the main process stays up while a child it started is killed for memory: no 'die', no State.OOMKilled
const KILLED_CHILD = `const { spawnSync } = require('node:child_process');
setTimeout(() => spawnSync(process.execPath, ['-e', 'const a=[];for(let i=0;i<40;i++)a.push(Buffer.alloc(8<<20,1));setInterval(()=>a.length,1e9)'], { stdio: 'ignore' }), +process.env.AFTER_MS);
setInterval(() => {}, 1 << 30);`;

cgroups("a process killed for memory inside a container that goes on running is answered at once from the cgroup's oom_kill count", async () => {
  const app = uniqueApp();
  try {
    // the fast path off: the bump must come from the OOM kill, not from the use that led to it
    running = startTestAutoscaler(app, { watermarkPercent: 0 });
    await running.listed();
    const c = await docker.createContainer({
      name: `${app}-production`,
      Image: BASE_IMAGE,
      Cmd: ['node', '-e', KILLED_CHILD],
      Env: ['AFTER_MS=2000'],
      Labels: { 'slipway.app': app, 'slipway.role': 'production', 'slipway.test': 'autoscaler' },
      HostConfig: { NetworkMode: 'host', Memory: 128 * MiB, MemorySwap: 128 * MiB },
    });
    await c.start();
    await running.waitFor('the OOM bump', async () => running!.status().containers[0]?.lastAction?.action === 'oom-bump', 30_000);
    const action = running.status().containers[0].lastAction!;
    assert.is(action.fromBytes, 128 * MiB);
    assert.is(action.toBytes, 228 * MiB);
    assert.is(action.result, 'done', action.error);
    assert.is((await c.inspect()).State.Running, true);
    assert.is(cgroupReader((await c.inspect()).Id)().oomKills, 1);
    // the cgroup's count and Docker's oom event are the same kill: counted once
    assert.match(running.metrics(), `slipway_autoscaler_oom_kills_total{container="${app}-production",role="production"} 1\n`);
  } finally {
    await cleanup(app);
  }
});

cgroups("where the cgroup files are out of reach the autoscaler reads Docker's stats and still raises", async () => {
  const app = uniqueApp();
  try {
    const c = await startHolder({ app, limitMb: 128, holdMb: 80 }); // ~67 % of 128 MB with Node itself
    running = startTestAutoscaler(app, { intervalSec: 1, cooldownSec: 0 }, undefined, ['/nonexistent/cgroup']);
    await running.waitFor('the raise', async () => (await limitMbOf(c)).memory === 228, 30_000);
    assert.is(running.status().containers[0].source, 'stats');
    assert.match(running.logText(), 'its cgroup files are not reachable here: reading Docker stats');
  } finally {
    await cleanup(app);
  }
});

cgroups.run();

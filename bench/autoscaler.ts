// npm run bench:autoscaler — the memory autoscaler against the seed's approach, on the real dockerd.
// 1. reaction, at 5, 20 and 40 MB/s: the sample app grows its memory at that rate from a 128 MB limit; the container's
//    own cgroup files, read every 50 ms, time each raise from "use crossed 50 % of the limit" (the seed rule) and from
//    "use crossed the 85 % watermark" (the fast path) to "the limit changed"; OOM kills counted three ways (Docker's oom
//    events, State.OOMKilled, the cgroup's oom_kill count). Then one jump past the watermark at once, which no growth
//    rate announces: the watermark reaction itself.
// 2. cost: the autoscaler watching 20 idle containers — its CPU and RSS from /proc, and dockerd's CPU above its idle
//    baseline — and, over windows of the same length, the peer: the seed's bash loop over `docker stats --no-stream`.
// Ends with one JSON line. Traffic: loopback only; every loop is bounded in count and time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import Docker from 'dockerode';
import { runCli } from '../test/support/cli';
import { freePort } from '../test/support/ports';
import { tmpDir } from '../test/support/tmp';
import { bundlePath } from '../src/build/runtime-image';
import { offlineName } from '../src/build/base-image';
import { sleep, waitFor } from '../src/core/deadline';
import { AUTOSCALER_NODE_OPTIONS } from '../src/autoscaler/autoscaler';
import { cgroupReader, percentile, procUsage, reactionsOf, startSeedLoop, stopSeedLoop, type CgroupReading } from './autoscaler-probes';

const MiB = 1024 * 1024;
const docker = new Docker();
const GROWTH_RATES = (process.env.BENCH_GROWTH_MB_PER_S ?? '5,20,40').split(',').map(Number);
const GROW_TO_MB = Number(process.env.BENCH_GROW_TO_MB ?? 400);
/** The jump: with the app's own ~16 MB, about 90 % of the 128 MB limit at once. */
const JUMP_MB = 100;
const START_LIMIT_MB = 128;
const POLICY = { intervalSec: 5, thresholdPercent: 50, stepMb: 100, cooldownSec: 10, maxMb: 1024, watermarkPercent: 85, tickMs: 250 };
const CPU_WINDOW_SEC = Number(process.env.BENCH_CPU_WINDOW_SEC ?? 30);
const IDLE_CONTAINERS = 20;
const APP_IMAGE = 'climbing-grade:bench';
const BASE = offlineName('20');
const benchApp = `asbench-${process.pid}`;
const idleApp = `asbench-${process.pid}-idle`;
const started: ChildProcess[] = [];

const log = (line: string) => process.stderr.write(`${line}\n`);
const answers = (url: string) => () => fetch(url).then((r) => r.ok, () => false);

async function prepareImages(): Promise<void> {
  try {
    await docker.getImage(BASE).inspect();
  } catch {
    log(`making the base image ${BASE} (slipway base-image --no-pull)`);
    const r = await runCli(['base-image', '--no-pull', '--app', tmpDir()]);
    if (r.code) throw new Error(`slipway base-image failed:\n${r.stderr}`);
  }
  log(`building the sample app image ${APP_IMAGE} (slipway build)`);
  const r = await runCli(['build', '--app', path.resolve(__dirname, '../examples/climbing-grade'), '--image', APP_IMAGE]);
  if (r.code) throw new Error(`slipway build of examples/climbing-grade failed:\n${r.stderr}`);
}

/** The autoscaler as it runs in production: its own bundle (what `autoscaler up` runs in its container), its own process. */
async function startAutoscaler(app: string, metricsPort: number, logFile: string): Promise<{ child: ChildProcess; url: string }> {
  const dir = tmpDir('slipway-bench-app-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: app }));
  const bundle = await bundlePath('autoscaler.cjs');
  const out = fs.openSync(logFile, 'w');
  const args = [bundle, 'autoscaler', 'run', '--app', dir, '--max-mb', String(POLICY.maxMb), '--no-local-alerting'];
  // started as `autoscaler up` starts it in its container: the same Node options
  const env = { ...process.env, NODE_OPTIONS: AUTOSCALER_NODE_OPTIONS, SLIPWAY_AUTOSCALER_METRICS_LISTEN: `127.0.0.1:${metricsPort}`, SLIPWAY_STATE_DIR: path.join(dir, 'state'), SLIPWAY_CONFIG_JSON: '' };
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', out, out] });
  started.push(child);
  const url = `http://127.0.0.1:${metricsPort}`;
  await waitFor('the autoscaler answering', answers(`${url}/health`), 30_000, `see ${logFile}`);
  return { child, url };
}

async function watchedCount(url: string): Promise<number> {
  return ((await (await fetch(`${url}/status`)).json()) as { containers: unknown[] }).containers.length;
}

/** Growth at mbPerSec, or (mbPerSec 0) one jump of JUMP_MB at once: past the watermark with no rate to see coming. */
async function reactionPhase(mbPerSec: number) {
  const app = `${benchApp}-${mbPerSec}`;
  const port = await freePort();
  const redisPort = await freePort(); // nothing listens there: the app keeps its default flags and retries quietly
  const c = await docker.createContainer({
    name: `${app}-production`,
    Image: APP_IMAGE,
    Env: ['FAULT_SWITCHES=1', 'HOST=127.0.0.1', `PORT=${port}`, `REDIS_URL=redis://127.0.0.1:${redisPort}`],
    Labels: { 'slipway.app': app, 'slipway.role': 'production', 'slipway.memory.start': String(START_LIMIT_MB * MiB), 'slipway.bench': 'autoscaler' },
    HostConfig: { NetworkMode: 'host', Memory: START_LIMIT_MB * MiB, MemorySwap: START_LIMIT_MB * MiB },
  });
  await c.start();
  const appUrl = `http://127.0.0.1:${port}`;
  await waitFor('the sample app answering /health', answers(`${appUrl}/health`), 30_000).catch(async (err: Error) => {
    const logs = (await c.logs({ stdout: true, stderr: true, tail: 15 })).toString('utf8').replace(/[\x00-\x08]/g, '');
    throw new Error(`${err.message}; its last log lines:\n${logs}`);
  });
  const oomEvents: number[] = [];
  const events = (await docker.getEvents({ filters: { type: ['container'], event: ['oom'], label: [`slipway.app=${app}`] } })) as NodeJS.ReadableStream & { destroy(): void };
  events.on('data', () => oomEvents.push(Date.now()));

  const logFile = path.join(tmpDir('slipway-bench-'), `autoscaler-${mbPerSec}.log`);
  const { child, url } = await startAutoscaler(app, await freePort(), logFile);
  await waitFor('the app container watched', async () => (await watchedCount(url)) === 1, 30_000, `see ${logFile}`);

  const read = cgroupReader((await c.inspect()).Id);
  const readings: CgroupReading[] = [read()];
  const load = mbPerSec ? `/fault/memory/grow?mbPerSec=${mbPerSec}&maxMb=${GROW_TO_MB}` : `/fault/memory?mb=${JUMP_MB}`;
  // read while the request is under way: a jump can be raised for before its answer comes back
  const loaded = fetch(`${appUrl}${load}`, { method: 'POST' }).then(async (res) => {
    if (!res.ok) throw new Error(`POST ${load} answered ${res.status}: ${await res.text()}`);
  });
  loaded.catch(() => undefined); // awaited after the readings
  const what = mbPerSec ? `growing ${mbPerSec} MB/s` : `holding ${JUMP_MB} MB at once`;
  log(`${what} from ${(readings[0].usedBytes / MiB).toFixed(0)} MB (up to +${mbPerSec ? GROW_TO_MB : JUMP_MB} MB) in a ${START_LIMIT_MB} MB container; autoscaler log: ${logFile}`);
  // bounded: the growth time plus two intervals and a cooldown to see the last raise
  const deadline = Date.now() + (mbPerSec ? (GROW_TO_MB / mbPerSec) * 1000 : 0) + (2 * POLICY.intervalSec + POLICY.cooldownSec) * 1000;
  while (Date.now() < deadline) {
    await sleep(50);
    try {
      readings.push(read());
    } catch {
      break; // the cgroup went away: the container died
    }
  }
  events.destroy();
  child.kill('SIGTERM');
  await loaded;
  const state = (await c.inspect()).State;
  const cgroupKills = readings[readings.length - 1].oomKills - readings[0].oomKills;
  const oomKills = Math.max(oomEvents.length, state.OOMKilled ? 1 : 0, cgroupKills);
  const reactions = reactionsOf(readings, POLICY.thresholdPercent);
  const fast = reactionsOf(readings, POLICY.watermarkPercent);
  for (const r of reactions) log(`  raise ${r.fromBytes / MiB} → ${r.toBytes / MiB} MB: ${r.ms} ms after use crossed ${POLICY.thresholdPercent} % of ${r.fromBytes / MiB} MB`);
  for (const r of fast) log(`  raise ${r.fromBytes / MiB} → ${r.toBytes / MiB} MB: ${r.ms} ms after use crossed the ${POLICY.watermarkPercent} % watermark of ${r.fromBytes / MiB} MB`);
  const peakUse = Math.max(...readings.map((r) => r.usedBytes / r.limitBytes));
  await c.remove({ force: true });
  return { mbPerSec, reactions, fast, oomKills, running: state.Running, peakUsePercent: peakUse * 100, finalLimitMb: readings[readings.length - 1].limitBytes / MiB };
}

async function startIdleContainers(): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < IDLE_CONTAINERS; i++) {
    const name = `${idleApp}-${i}`;
    const c = await docker.createContainer({
      name,
      Image: BASE,
      Cmd: ['node', '-e', 'setInterval(() => {}, 1 << 30)'],
      Labels: { 'slipway.app': idleApp, 'slipway.role': i % 3 === 2 ? 'canary' : 'production', 'slipway.bench': 'autoscaler' },
      HostConfig: { NetworkMode: 'host', Memory: START_LIMIT_MB * MiB, MemorySwap: START_LIMIT_MB * MiB },
    });
    await c.start();
    names.push(name);
  }
  return names;
}

function dockerdPid(): number | undefined {
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'dockerd') return Number(pid);
    } catch {
      /* gone */
    }
  }
  return undefined;
}

/** CPU % of one core over the window: the process's own time plus (with children) what its reaped children used; dockerd's meanwhile. */
async function measureCpu(pid: number | undefined, withChildren: boolean): Promise<{ cpuPercent: number; rssMaxMb: number; dockerdPercent: number }> {
  const dpid = dockerdPid();
  if (!dpid) throw new Error('no dockerd process found in /proc: run the bench on the Docker host itself');
  const d0 = procUsage(dpid).cpuSec;
  const u0 = pid ? procUsage(pid) : undefined;
  const t0 = Date.now();
  let rssMax = u0?.rssBytes ?? 0;
  for (let i = 0; i < CPU_WINDOW_SEC; i++) {
    await sleep(1000);
    if (pid) rssMax = Math.max(rssMax, procUsage(pid).rssBytes);
  }
  const seconds = (Date.now() - t0) / 1000;
  const u1 = pid ? procUsage(pid) : undefined;
  const used = u0 && u1 ? u1.cpuSec - u0.cpuSec + (withChildren ? u1.childCpuSec - u0.childCpuSec : 0) : 0;
  return { cpuPercent: (used / seconds) * 100, rssMaxMb: rssMax / MiB, dockerdPercent: ((procUsage(dpid).cpuSec - d0) / seconds) * 100 };
}

/** The same process watching no container at all: what loading the autoscaler's bundle costs before any work. */
async function rssWatchingNothing(): Promise<number> {
  const logFile = path.join(tmpDir('slipway-bench-'), 'autoscaler-0.log');
  const { child } = await startAutoscaler(`${benchApp}-none`, await freePort(), logFile);
  await sleep(30_000); // the same steady state as with 20 containers
  const rss = procUsage(child.pid!).rssBytes / MiB;
  child.kill('SIGTERM');
  return rss;
}

async function costPhase() {
  const rssNothingMb = await rssWatchingNothing();
  const names = await startIdleContainers();
  log(`dockerd's baseline: ${IDLE_CONTAINERS} idle containers, nothing watching them, ${CPU_WINDOW_SEC} s`);
  const idle = await measureCpu(undefined, false);
  const logFile = path.join(tmpDir('slipway-bench-'), 'autoscaler-20.log');
  const { child, url } = await startAutoscaler(idleApp, await freePort(), logFile);
  await waitFor(`all ${IDLE_CONTAINERS} containers watched`, async () => (await watchedCount(url)) === IDLE_CONTAINERS, 60_000, `see ${logFile}`);
  // steady state: V8 goes on compiling and shrinking the heap that loading the bundle left for ~25 s after start
  await sleep(30_000);
  const sources = fs.readFileSync(logFile, 'utf8').match(/reading its cgroup every/g)?.length ?? 0;
  log(`measuring the autoscaler watching ${IDLE_CONTAINERS} containers (${sources} through their cgroup files) for ${CPU_WINDOW_SEC} s`);
  const ours = await measureCpu(child.pid!, false);
  child.kill('SIGTERM');
  log(`measuring the seed's bash loop (docker stats --no-stream every ${POLICY.intervalSec} s) over the same ${IDLE_CONTAINERS} containers for ${CPU_WINDOW_SEC} s`);
  const peer = startSeedLoop(names, POLICY.intervalSec, Math.ceil(CPU_WINDOW_SEC / POLICY.intervalSec) + 4);
  started.push(peer);
  await sleep(1000);
  const theirs = await measureCpu(peer.pid!, true);
  stopSeedLoop(peer);
  return { idle, ours, theirs, sources, rssNothingMb };
}

async function cleanup(): Promise<void> {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  const list = await docker.listContainers({ all: true, filters: { label: ['slipway.bench=autoscaler'] } }).catch(() => []);
  await Promise.all(list.filter((c) => c.Labels['slipway.app']?.startsWith(benchApp)).map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
}

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  await docker.ping().catch((err: Error) => {
    throw new Error(`no Docker engine answers (${err.message}): run \`sudo slipway provision\` or \`npm test\` first`);
  });
  await prepareImages();
  const runs = [];
  for (const rate of GROWTH_RATES) runs.push(await reactionPhase(rate));
  const jump = await reactionPhase(0);
  const cost = await costPhase();
  const ms = runs.flatMap((r) => r.reactions.map((x) => x.ms));
  const fastMs = [...runs, jump].flatMap((r) => r.fast.map((x) => x.ms));
  const followable = POLICY.stepMb / Math.max(POLICY.cooldownSec, POLICY.intervalSec);
  const cpuRatio = cost.theirs.cpuPercent > 0 ? cost.ours.cpuPercent / cost.theirs.cpuPercent : NaN;
  const extra = (p: number) => Math.max(0, p - cost.idle.dockerdPercent);
  const dockerdRatio = extra(cost.theirs.dockerdPercent) > 0 ? extra(cost.ours.dockerdPercent) / extra(cost.theirs.dockerdPercent) : NaN;
  const p = POLICY;
  console.log(`\nautoscaler: the seed rule (every ${p.intervalSec} s, > ${p.thresholdPercent} % → +${p.stepMb} MB, cooldown ${p.cooldownSec} s, max ${p.maxMb} MB), the fast path at ${p.watermarkPercent} %, cgroup read every ${p.tickMs} ms`);
  console.log(`  the seed rule alone follows growth below stepMb / max(cooldownSec, intervalSec) = ${followable} MB/s`);
  for (const r of runs) {
    console.log(`growth ${r.mbPerSec} MB/s from ${START_LIMIT_MB} MB: OOM kills ${r.oomKills}, ${r.running ? 'still running' : 'NOT running'}, limit ended at ${r.finalLimitMb} MB, peak use ${r.peakUsePercent.toFixed(1)} % of the limit`);
    console.log(`  ${r.reactions.length} raises after crossing ${p.thresholdPercent} %: max ${Math.max(0, ...r.reactions.map((x) => x.ms))} ms; ${r.fast.length} after crossing ${p.watermarkPercent} %: max ${Math.max(0, ...r.fast.map((x) => x.ms))} ms`);
  }
  console.log(`jump of ${JUMP_MB} MB at once: OOM kills ${jump.oomKills}, ${jump.fast.length} raises after crossing ${p.watermarkPercent} %: ${jump.fast.map((x) => `${x.ms} ms`).join(', ') || 'none'}; limit ended at ${jump.finalLimitMb} MB`);
  console.log(`reaction to ${p.thresholdPercent} % (target ≤ 5500 ms): p50 ${percentile(ms, 50)} ms, max ${Math.max(0, ...ms)} ms over ${ms.length} raises; to the watermark (target ≤ 1500 ms): max ${Math.max(0, ...fastMs)} ms over ${fastMs.length} crossings (growth is mostly raised for before use gets there; the jump crosses it)`);
  console.log(`cost with ${IDLE_CONTAINERS} containers over ${CPU_WINDOW_SEC} s windows (percent of one core):`);
  console.log(`  autoscaler (${cost.sources} containers through their cgroup files): CPU ${cost.ours.cpuPercent.toFixed(2)} %, RSS ${cost.ours.rssMaxMb.toFixed(1)} MB (target ≤ 60 MB; ${cost.rssNothingMb.toFixed(1)} MB watching nothing)`);
  console.log(`  seed bash loop (docker stats --no-stream per ${p.intervalSec} s, with its docker CLI children): CPU ${cost.theirs.cpuPercent.toFixed(2)} % — slipway/seed ${cpuRatio.toFixed(2)}`);
  console.log(`  dockerd: ${cost.idle.dockerdPercent.toFixed(2)} % idle, ${cost.ours.dockerdPercent.toFixed(2)} % with the autoscaler, ${cost.theirs.dockerdPercent.toFixed(2)} % with the seed loop — extra slipway/seed ${dockerdRatio.toFixed(2)}`);
  console.log(
    JSON.stringify({
      ...Object.fromEntries(runs.map((r) => [`oom_kills_${r.mbPerSec}`, r.oomKills])),
      oom_kills_jump: jump.oomKills,
      reaction_ms_p50: percentile(ms, 50),
      reaction_ms_max: Math.max(0, ...ms),
      fast_reaction_ms_max: Math.max(0, ...fastMs),
      watermark_crossings: fastMs.length,
      raises: ms.length,
      cpu_percent_20_containers: round(cost.ours.cpuPercent),
      peer_seed_loop_cpu_percent_20_containers: round(cost.theirs.cpuPercent),
      peer_cpu_ratio: round(cpuRatio),
      rss_mb: round(cost.ours.rssMaxMb, 1),
      rss_mb_watching_nothing: round(cost.rssNothingMb, 1),
      dockerd_cpu_percent_idle: round(cost.idle.dockerdPercent),
      dockerd_cpu_percent_autoscaler: round(cost.ours.dockerdPercent),
      dockerd_cpu_percent_seed_loop: round(cost.theirs.dockerdPercent),
      dockerd_cpu_ratio: round(dockerdRatio),
      followable_growth_mb_per_s: followable,
    }),
  );
}

main()
  .catch((err) => {
    console.error(`bench:autoscaler failed: ${(err as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => cleanup());

// npm run bench:autoscaler — the memory autoscaler against the seed's approach, on the real dockerd.
// 1. reaction: the sample app grows its memory at a fixed rate from a small limit; the container's own cgroup
//    files, read every 50 ms, time each raise from "use crossed 50 % of the limit" to "the limit changed"; OOM kills counted.
// 2. cost: the autoscaler watching 20 idle containers — its CPU and RSS from /proc — and, over the same window,
//    the peer: the seed's bash loop over `docker stats --no-stream` for the same 20 containers.
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
import { cgroupReader, percentile, procUsage, reactionsOf, startSeedLoop, type CgroupReading } from './autoscaler-probes';

const MiB = 1024 * 1024;
const docker = new Docker();
const GROWTH_MB_PER_S = Number(process.env.BENCH_GROWTH_MB_PER_S ?? 5);
const GROW_TO_MB = Number(process.env.BENCH_GROW_TO_MB ?? 400);
const START_LIMIT_MB = 128;
const POLICY = { intervalSec: 5, thresholdPercent: 50, stepMb: 100, cooldownSec: 10, maxMb: 1024 };
const CPU_WINDOW_SEC = Number(process.env.BENCH_CPU_WINDOW_SEC ?? 30);
const IDLE_CONTAINERS = 20;
const APP_IMAGE = 'climbing-grade:bench';
const BASE = offlineName('20');
const benchApp = `asbench-${process.pid}`;
const idleApp = `asbench-${process.pid}-idle`;
const started: ChildProcess[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => process.stderr.write(`${line}\n`);

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    await sleep(200);
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

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

/** The autoscaler as it runs in production: the bundle, its own process. */
async function startAutoscaler(app: string, metricsPort: number, logFile: string): Promise<{ child: ChildProcess; url: string }> {
  const dir = tmpDir('slipway-bench-app-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: app }));
  const bundle = await bundlePath();
  const out = fs.openSync(logFile, 'w');
  const args = [bundle, 'autoscaler', 'run', '--app', dir, '--max-mb', String(POLICY.maxMb), '--no-local-alerting'];
  const env = { ...process.env, SLIPWAY_AUTOSCALER_METRICS_LISTEN: `127.0.0.1:${metricsPort}`, SLIPWAY_STATE_DIR: path.join(dir, 'state'), SLIPWAY_CONFIG_JSON: '' };
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', out, out] });
  started.push(child);
  const url = `http://127.0.0.1:${metricsPort}`;
  await until('the autoscaler answering', async () => ((await fetch(`${url}/health`)).ok ? true : undefined), 30_000);
  return { child, url };
}

async function watchedCount(url: string): Promise<number> {
  return ((await (await fetch(`${url}/status`)).json()) as { containers: unknown[] }).containers.length;
}

async function reactionPhase() {
  const port = await freePort();
  const redisPort = await freePort(); // nothing listens there: the app keeps its default flags and retries quietly
  const c = await docker.createContainer({
    name: `${benchApp}-production`,
    Image: APP_IMAGE,
    Env: ['FAULT_SWITCHES=1', 'HOST=127.0.0.1', `PORT=${port}`, `REDIS_URL=redis://127.0.0.1:${redisPort}`],
    Labels: { 'slipway.app': benchApp, 'slipway.role': 'production', 'slipway.memory.start': String(START_LIMIT_MB * MiB), 'slipway.bench': 'autoscaler' },
    HostConfig: { NetworkMode: 'host', Memory: START_LIMIT_MB * MiB, MemorySwap: START_LIMIT_MB * MiB },
  });
  await c.start();
  const appUrl = `http://127.0.0.1:${port}`;
  await until('the sample app answering /health', async () => ((await fetch(`${appUrl}/health`)).ok ? true : undefined), 30_000).catch(async (err: Error) => {
    const logs = (await c.logs({ stdout: true, stderr: true, tail: 15 })).toString('utf8').replace(/[\x00-\x08]/g, '');
    throw new Error(`${err.message}; its last log lines:\n${logs}`);
  });
  const oomEvents: number[] = [];
  const events = (await docker.getEvents({ filters: { type: ['container'], event: ['oom'], label: [`slipway.app=${benchApp}`] } })) as NodeJS.ReadableStream & { destroy(): void };
  events.on('data', () => oomEvents.push(Date.now()));

  const logFile = path.join(tmpDir('slipway-bench-'), 'autoscaler-reaction.log');
  const { url } = await startAutoscaler(benchApp, await freePort(), logFile);
  await until('the app container watched', async () => ((await watchedCount(url)) === 1 ? true : undefined), 30_000);

  const read = cgroupReader((await c.inspect()).Id);
  const readings: CgroupReading[] = [read()];
  const baselineMb = readings[0].usedBytes / MiB;
  const growRes = await fetch(`${appUrl}/fault/memory/grow?mbPerSec=${GROWTH_MB_PER_S}&maxMb=${GROW_TO_MB}`, { method: 'POST' });
  if (growRes.status !== 202) throw new Error(`POST /fault/memory/grow answered ${growRes.status}: ${await growRes.text()}`);
  log(`growing ${GROWTH_MB_PER_S} MB/s from ${baselineMb.toFixed(0)} MB to +${GROW_TO_MB} MB in a ${START_LIMIT_MB} MB container; autoscaler log: ${logFile}`);
  // bounded: the growth time plus two intervals and a cooldown to see the last raise
  const deadline = Date.now() + (GROW_TO_MB / GROWTH_MB_PER_S) * 1000 + (2 * POLICY.intervalSec + POLICY.cooldownSec) * 1000;
  while (Date.now() < deadline) {
    await sleep(50);
    try {
      readings.push(read());
    } catch {
      break; // the cgroup went away: the container died
    }
  }
  events.destroy();
  const state = (await c.inspect()).State;
  const oomKills = Math.max(oomEvents.length, state.OOMKilled ? 1 : 0);
  const reactions = reactionsOf(readings, POLICY.thresholdPercent);
  for (const r of reactions) log(`  raise ${r.fromBytes / MiB} → ${r.toBytes / MiB} MB: ${r.ms} ms after use crossed ${POLICY.thresholdPercent} % of ${r.fromBytes / MiB} MB`);
  const peakUse = Math.max(...readings.map((r) => r.usedBytes / r.limitBytes));
  return { reactions, oomKills, running: state.Running, peakUsePercent: peakUse * 100, finalLimitMb: readings[readings.length - 1].limitBytes / MiB };
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

/** CPU % of one core over the window: the process's own time plus (with children) what its reaped children used. */
async function measureCpu(pid: number, withChildren: boolean): Promise<{ cpuPercent: number; rssMaxMb: number; dockerdPercent?: number }> {
  const dpid = dockerdPid();
  const d0 = dpid ? procUsage(dpid).cpuSec : 0;
  const u0 = procUsage(pid);
  const t0 = Date.now();
  let rssMax = u0.rssBytes;
  for (let i = 0; i < CPU_WINDOW_SEC; i++) {
    await sleep(1000);
    rssMax = Math.max(rssMax, procUsage(pid).rssBytes);
  }
  const u1 = procUsage(pid);
  const seconds = (Date.now() - t0) / 1000;
  const used = u1.cpuSec - u0.cpuSec + (withChildren ? u1.childCpuSec - u0.childCpuSec : 0);
  return { cpuPercent: (used / seconds) * 100, rssMaxMb: rssMax / MiB, dockerdPercent: dpid ? ((procUsage(dpid).cpuSec - d0) / seconds) * 100 : undefined };
}

async function costPhase() {
  const names = await startIdleContainers();
  const logFile = path.join(tmpDir('slipway-bench-'), 'autoscaler-20.log');
  const { child, url } = await startAutoscaler(idleApp, await freePort(), logFile);
  await until(`all ${IDLE_CONTAINERS} containers watched`, async () => ((await watchedCount(url)) === IDLE_CONTAINERS ? true : undefined), 60_000);
  await sleep(5000); // past start-up: the first evaluation of every container
  log(`measuring the autoscaler watching ${IDLE_CONTAINERS} containers for ${CPU_WINDOW_SEC} s`);
  const ours = await measureCpu(child.pid!, false);
  child.kill('SIGTERM');
  log(`measuring the seed's bash loop (docker stats --no-stream every ${POLICY.intervalSec} s) over the same ${IDLE_CONTAINERS} containers for ${CPU_WINDOW_SEC} s`);
  const peer = startSeedLoop(names, POLICY.intervalSec, Math.ceil(CPU_WINDOW_SEC / POLICY.intervalSec) + 4);
  started.push(peer);
  await sleep(1000);
  const theirs = await measureCpu(peer.pid!, true);
  peer.kill('SIGTERM');
  return { ours, theirs };
}

async function cleanup(): Promise<void> {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  for (const app of [benchApp, idleApp]) {
    const list = await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`] } }).catch(() => []);
    await Promise.all(list.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
  }
}

async function main(): Promise<void> {
  await docker.ping().catch((err: Error) => {
    throw new Error(`no Docker engine answers (${err.message}): run \`sudo slipway provision\` or \`npm test\` first`);
  });
  await prepareImages();
  const reaction = await reactionPhase();
  const cost = await costPhase();
  const ms = reaction.reactions.map((r) => r.ms);
  const targetMs = POLICY.intervalSec * 1000 + 500;
  const followable = POLICY.stepMb / Math.max(POLICY.cooldownSec, POLICY.intervalSec);
  const ratio = cost.ours.cpuPercent > 0 ? cost.theirs.cpuPercent / cost.ours.cpuPercent : NaN;
  console.log(`\nautoscaler, seed policy: every ${POLICY.intervalSec} s, > ${POLICY.thresholdPercent} % → +${POLICY.stepMb} MB, cooldown ${POLICY.cooldownSec} s, max ${POLICY.maxMb} MB`);
  console.log(`reaction (use crossed ${POLICY.thresholdPercent} % → limit raised, from the container's cgroup every 50 ms): ${ms.length} raises, p50 ${percentile(ms, 50)} ms, max ${Math.max(...ms)} ms (target ≤ ${targetMs} ms)`);
  console.log(`growth ${GROWTH_MB_PER_S} MB/s from ${START_LIMIT_MB} MB: limit ended at ${reaction.finalLimitMb} MB, peak use ${reaction.peakUsePercent.toFixed(1)} % of the limit, OOM kills ${reaction.oomKills}`);
  console.log(`  the step policy can follow growth below stepMb / max(cooldownSec, intervalSec) = ${followable} MB/s; this run grew at ${GROWTH_MB_PER_S} MB/s`);
  console.log(`cost with ${IDLE_CONTAINERS} containers over ${CPU_WINDOW_SEC} s (percent of one core):`);
  console.log(`  autoscaler (one stats stream per container): CPU ${cost.ours.cpuPercent.toFixed(2)} %, RSS ${cost.ours.rssMaxMb.toFixed(1)} MB (target CPU ≤ 2 %)`);
  console.log(`  seed bash loop (docker stats --no-stream per ${POLICY.intervalSec} s, with its docker CLI children): CPU ${cost.theirs.cpuPercent.toFixed(2)} % — ${ratio.toFixed(1)}× the autoscaler's`);
  if (cost.ours.dockerdPercent !== undefined) {
    console.log(`  dockerd meanwhile (shared with anything else on this host): ${cost.ours.dockerdPercent.toFixed(2)} % with the streams, ${cost.theirs.dockerdPercent?.toFixed(2)} % with the seed loop`);
  }
  console.log(
    JSON.stringify({
      reaction_ms_p50: percentile(ms, 50),
      reaction_ms_max: Math.max(...ms),
      oom_kills: reaction.oomKills,
      growth_mb_per_s: GROWTH_MB_PER_S,
      cpu_percent_20_containers: Math.round(cost.ours.cpuPercent * 100) / 100,
      rss_mb: Math.round(cost.ours.rssMaxMb * 10) / 10,
      raises: ms.length,
      reaction_target_ms: targetMs,
      followable_growth_mb_per_s: followable,
      peer_seed_loop_cpu_percent_20_containers: Math.round(cost.theirs.cpuPercent * 100) / 100,
      peer_cpu_ratio: Math.round(ratio * 10) / 10,
    }),
  );
}

main()
  .catch((err) => {
    console.error(`bench:autoscaler failed: ${(err as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => cleanup());

// npm run bench:chaos — production stays healthy while its host changes under it. The sample app deployed by slipway
// (production + canary behind slipway's proxy, the toggle server, the autoscaler, its own Redis as provision runs it)
// takes a steady load of GETs and POSTs through the proxy while, one at a time with a quiet period between:
// production is redeployed, the canary redeployed, promoted, production rolled back; `proxy up` runs with a changed
// slipway.json; the proxy container is restarted; Redis is killed with -9 (flags toggled just before) and started again
// by provision; dockerd is stopped and started again by provision. A failed request (refused, reset, timed out or 5xx)
// counts against the event whose window holds the moment it failed: from the event's start until SETTLE after it ended,
// and on until the load is answered again (bounded), so a slow recovery is not hidden in the quiet time after it.
// Ends with one JSON line. Run it holding the integration lock: `flock /tmp/slipway-it.lock npm run bench:chaos`.
import * as fs from 'node:fs';
import { sleep, pollUntil } from '../src/core/deadline';
import { FAILURES, startLoad, type Load } from './chaos/load';
import { buildImages, bringUp, docker, editConfig, makeStack, slipway, slipwayOk, tail, tearDownApp, type Images, type Stack } from './chaos/stack';
import { ensureDockerd, killRedis, lostFlags, provision, removeRedis, restartDockerd, watchOoms, writeFlags, type OomWatch } from './chaos/host';

const RATE = Number(process.env.BENCH_RATE ?? 300);
const MAX_IN_FLIGHT = Number(process.env.BENCH_MAX_IN_FLIGHT ?? 64);
const TIMEOUT_MS = 4000;
const SETTLE_MS = Number(process.env.BENCH_SETTLE_SEC ?? 5) * 1000;
const QUIET_MS = Number(process.env.BENCH_QUIET_SEC ?? 5) * 1000;
const RECOVERY_MAX_MS = 60_000;
const FLAG_WRITES = 5;
const log = (line: string) => process.stderr.write(`${line}\n`);

interface EventRun {
  key: string;
  title: string;
  start: number;
  end: number;
  close: number;
  recovered: boolean;
  note: string;
  error?: string;
}

interface ChaosEvent {
  key: string;
  title: string;
  /** Returns a note for the report; throws when the step itself failed. */
  run: () => Promise<string>;
  /** Checks made once the window has closed (not timed), adding to the note. */
  after?: () => Promise<string>;
}

interface FlagCheck {
  /** Writes the toggle server acknowledged just before the kill (1 + FLAG_WRITES when all answered). */
  acknowledged: number;
  lost: string[];
  follows: string;
}

/** When an event left the service failing, the bench redeploys production so the next event starts healthy. */
interface Repair {
  start: number;
  end: number;
  note: string;
}

async function command(stack: Stack, args: string[]): Promise<string> {
  const r = await slipway(stack, args);
  if (r.code !== 0) throw new Error(`slipway ${args.join(' ')} exited ${r.code}: ${tail(r.stderr, 3)}`);
  return `slipway ${args.join(' ')} took ${(r.ms / 1000).toFixed(1)} s`;
}

function events(stack: Stack, images: Images, flags: FlagCheck): ChaosEvent[] {
  let acked = new Map<string, unknown>();
  return [
    { key: 'failed_redeploy', title: 'redeploy production (new build)', run: () => command(stack, ['deploy', '--role', 'production', '--image', images.production[1]]) },
    { key: 'failed_canary_redeploy', title: 'redeploy canary (new build)', run: () => command(stack, ['deploy', '--role', 'canary', '--image', images.canary[1]]) },
    { key: 'failed_promote', title: 'canary promote', run: () => command(stack, ['canary', 'promote']) },
    { key: 'failed_rollback', title: 'rollback production', run: () => command(stack, ['rollback', '--role', 'production']) },
    {
      key: 'failed_proxy_config_change', title: 'proxy up, changed slipway.json',
      run: () => {
        editConfig(stack, (c) => Object.assign(c, { proxy: { ...c.proxy, weights: { production: 3, canary: 1 } }, canary: { ...c.canary, consecutive5xx: 4 } }));
        return command(stack, ['proxy', 'up']);
      },
    },
    {
      key: 'failed_proxy_restart', title: 'docker restart of the proxy',
      run: async () => {
        const started = Date.now();
        await docker.getContainer(`${stack.app}-proxy`).restart();
        return `docker restart took ${((Date.now() - started) / 1000).toFixed(1)} s`;
      },
    },
    {
      key: 'failed_redis_restart', title: 'Redis kill -9, started again by provision',
      run: async () => {
        acked = await writeFlags(stack, FLAG_WRITES);
        flags.acknowledged = acked.size;
        const started = Date.now();
        await killRedis(stack);
        return `${acked.size} acknowledged flag writes just before the kill; Redis answered again ${((Date.now() - started) / 1000).toFixed(1)} s after it`;
      },
      after: async () => {
        flags.lost = await lostFlags(stack, acked);
        flags.follows = await appFollows(stack, acked.get('myflag'));
        return `${flags.lost.length} of ${acked.size} acknowledged flag writes lost; ${flags.follows}`;
      },
    },
    {
      key: 'failed_dockerd_restart', title: 'dockerd stopped and started again by provision',
      run: async () => {
        const started = Date.now();
        await restartDockerd(stack);
        return `dockerd answered again after ${((Date.now() - started) / 1000).toFixed(1)} s`;
      },
    },
  ];
}

/** Does the app (through the proxy) serve /newfeature as the acknowledged myflag says? */
async function appFollows(stack: Stack, myflag: unknown): Promise<string> {
  const want = myflag === 'enable' ? 200 : 404;
  const ok = await pollUntil(async () => {
    const got = await Promise.all([1, 2, 3, 4].map(() => fetch(`${stack.urls.app}/newfeature`).then((r) => r.status, () => 0)));
    return got.every((s) => s === want);
  }, 15_000, 250);
  return `the app ${ok ? 'follows' : 'does NOT follow'} myflag=${JSON.stringify(myflag)} (/newfeature ${want})`;
}

async function runEvent(e: ChaosEvent, load: Load): Promise<EventRun> {
  log(`event: ${e.title}`);
  const start = Date.now();
  let note = '';
  let error: string | undefined;
  try {
    note = await e.run();
  } catch (err) {
    error = (err as Error).message;
  }
  const end = Date.now();
  await sleep(SETTLE_MS);
  const recovered = await answeredAgain(load, RECOVERY_MAX_MS);
  const close = Date.now();
  if (e.after) note += `; ${await e.after().catch((err: Error) => `the check failed: ${err.message}`)}`;
  log(`  ${error ? `FAILED: ${error}` : note}${recovered ? '' : `; still failing ${RECOVERY_MAX_MS / 1000} s after`}`);
  return { key: e.key, title: e.title, start, end, close, recovered, note, error };
}

/** The load is answered again: no failure for 2 s and an answer within the last second. */
function answeredAgain(load: Load, timeoutMs: number): Promise<boolean> {
  return pollUntil(() => Date.now() - load.lastFailureAt() >= 2000 && Date.now() - load.lastOkAt() < 1000, timeoutMs, 100);
}

/** Production redeployed with another of the bench's images: the proxy is pointed at a live container again. */
async function repair(stack: Stack, images: Images, load: Load): Promise<Repair> {
  const start = Date.now();
  const running = await docker.listContainers({ filters: { label: [`slipway.app=${stack.app}`, 'slipway.role=production'] } });
  const image = [...images.production, ...images.canary].find((i) => !running.some((c) => c.ImageID === i)) ?? images.production[0];
  log('  repair (not counted): redeploy production so the next event starts on a healthy service');
  const r = await slipway(stack, ['deploy', '--role', 'production', '--image', image]);
  const healthy = await answeredAgain(load, 60_000);
  const note = `deploy exited ${r.code}${healthy ? ', answered again' : ', STILL FAILING'}`;
  log(`  ${note}`);
  return { start, end: Date.now(), note };
}

interface Measured {
  runs: EventRun[];
  repairs: Repair[];
  load: Load;
  begin: number;
  finish: number;
  flags: FlagCheck;
  oomKills: number;
}

function report({ runs, repairs, load, begin, finish, flags, oomKills }: Measured): void {
  const inWindow = (t: number, r: { start: number; close?: number; end: number }) => t >= r.start && t <= (r.close ?? r.end);
  const count = (ts: number[], r: { start: number; close?: number; end: number }) => ts.filter((t) => inWindow(t, r)).length;
  const result: Record<string, number> = {};
  console.log(`bench:chaos — ${RATE} req/s (1 in 5 POST, half on fresh connections, at most ${MAX_IN_FLIGHT} in flight, ${TIMEOUT_MS} ms timeout) through slipway's proxy`);
  console.log('  failed = refused, reset, timed out or 5xx; window = event start .. end + settle, and on until answered again');
  for (const r of runs) {
    const failed = load.failures.filter((f) => inWindow(f.at, r));
    const by = FAILURES.map((o) => `${o} ${failed.filter((f) => f.outcome === o).length}`).join(', ');
    const posts = failed.filter((f) => f.method === 'POST').length;
    const fresh = failed.filter((f) => f.fresh).length;
    console.log(`  ${r.title.padEnd(48)} ${((r.end - r.start) / 1000).toFixed(1).padStart(5)} s, window ${((r.close - r.start) / 1000).toFixed(1).padStart(5)} s: ${count(load.done, r)} requests, ${failed.length} failed (${by}; POST ${posts}, fresh connection ${fresh}), ${count(load.shed, r)} shed`);
    if (r.error) console.log(`    the step failed: ${r.error}`);
    if (!r.recovered) console.log(`    still failing ${RECOVERY_MAX_MS / 1000} s after the event: the window was closed there and production redeployed (repair)`);
    const samples = [...new Set(failed.map((f) => `${f.outcome}: ${f.detail}`))].slice(0, 3);
    if (samples.length) console.log(`    e.g. ${samples.join(' | ')}`);
    result[r.key] = failed.length;
  }
  for (const r of repairs) {
    console.log(`  repair (not counted)${' '.repeat(28)} ${((r.end - r.start) / 1000).toFixed(1).padStart(5)} s: ${count(load.done, r)} requests, ${load.failures.filter((f) => inWindow(f.at, r)).length} failed; ${r.note}`);
  }
  const inEvent = (t: number) => runs.some((r) => inWindow(t, r));
  const quiet = (t: number) => t >= begin && t <= finish && !inEvent(t) && !repairs.some((r) => inWindow(t, r));
  const quietDone = load.done.filter(quiet).length;
  const quietFailed = load.failures.filter((f) => quiet(f.at)).length;
  const eventDone = load.done.filter(inEvent).length;
  const eventFailed = load.failures.filter((f) => inEvent(f.at)).length;
  const rate = (f: number, n: number) => (n ? (100 * f) / n : 0);
  console.log(`  quiet periods (the peer): ${quietDone} requests, ${quietFailed} failed (${rate(quietFailed, quietDone).toFixed(3)} %)`);
  console.log(`  during events: ${eventDone} requests, ${eventFailed} failed (${rate(eventFailed, eventDone).toFixed(3)} %), ${quietFailed ? `${(rate(eventFailed, eventDone) / rate(quietFailed, quietDone)).toFixed(1)}× the quiet rate` : 'the quiet periods had none'}`);
  console.log(`  flags: ${flags.lost.length} of ${flags.acknowledged} acknowledged writes lost${flags.lost.length ? ` (${flags.lost.join('; ')})` : ''}; ${flags.follows}`);
  console.log(`  OOM kills of app containers (docker oom events, State.OOMKilled): ${oomKills}`);
  const shed = load.shed.length;
  console.log(JSON.stringify({
    failed_redeploy: result.failed_redeploy, failed_promote: result.failed_promote, failed_rollback: result.failed_rollback,
    failed_proxy_config_change: result.failed_proxy_config_change, failed_proxy_restart: result.failed_proxy_restart,
    failed_dockerd_restart: result.failed_dockerd_restart, toggles_lost: flags.lost.length, oom_kills: oomKills, toggles_acknowledged: flags.acknowledged,
    failed_canary_redeploy: result.failed_canary_redeploy, failed_redis_restart: result.failed_redis_restart, failed_quiet: quietFailed,
    requests: load.done.length, shed, steps_failed: runs.filter((r) => r.error).length, unrecovered_events: runs.filter((r) => !r.recovered).length,
  }));
}

let stack: Stack | undefined;
let load: Load | undefined;
let ooms: OomWatch | undefined;
let tornDown: Promise<void> | undefined;

/** Leaves the host as found: dockerd answering, nothing of the app, its Redis and files gone. Runs once. */
function tearDown(): Promise<void> {
  return (tornDown ??= (async () => {
    const step = async (what: string, work: () => Promise<unknown>) => work().catch((err) => log(`teardown: ${what}: ${(err as Error).message}`));
    await step('stop the load', async () => load?.stop());
    await step('dockerd', () => ensureDockerd());
    await step('OOM watch', async () => ooms?.stop());
    if (!stack) return;
    const s = stack;
    await step('the app', () => tearDownApp(s));
    await step("the bench's Redis", () => removeRedis(s));
    for (const d of s.tmpDirs) fs.rmSync(d, { recursive: true, force: true });
  })());
}

async function main(): Promise<void> {
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void tearDown().finally(() => process.exit(130)));
  await docker.ping().catch((err) => {
    throw new Error(`no Docker engine answers (${err.message}): run \`sudo slipway provision\` first`);
  });
  stack = await makeStack();
  log(`app ${stack.app} in ${stack.dir}; command logs in ${stack.logDir}`);
  log("setup: provision (the bench's own Redis), base image, four builds, deploy production + canary, proxy, toggle server, autoscaler");
  await provision(stack);
  await slipwayOk(stack, ['base-image']);
  const images = await buildImages(stack);
  await bringUp(stack, images);
  const answered = await pollUntil(() => fetch(`${stack!.urls.app}/health`).then((r) => r.ok, () => false), 30_000);
  if (!answered) throw new Error(`the proxy on ${stack.urls.app} does not answer /health`);

  ooms = watchOoms(stack.app);
  const begin = Date.now();
  load = startLoad({ url: stack.urls.app, ratePerSec: RATE, maxInFlight: MAX_IN_FLIGHT, timeoutMs: TIMEOUT_MS, maxSeconds: 20 * 60 });
  await sleep(QUIET_MS);
  const flags: FlagCheck = { acknowledged: 0, lost: [], follows: 'not measured' };
  const runs: EventRun[] = [];
  const repairs: Repair[] = [];
  for (const e of events(stack, images, flags)) {
    const run = await runEvent(e, load);
    runs.push(run);
    if (!run.recovered) repairs.push(await repair(stack, images, load));
    await sleep(QUIET_MS);
  }
  const finish = Date.now();
  await load.stop();
  const oomKills = await ooms.stop();
  ooms = undefined;
  report({ runs, repairs, load, begin, finish, flags, oomKills });
}

main()
  .catch((err) => {
    log(`bench:chaos failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  })
  .finally(() => tearDown());

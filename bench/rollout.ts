// npm run bench:rollout — does the progressive rollout decide right, on real containers? The sample app runs as
// production behind slipway's proxy (`proxy run`) with the rollout controller (`rollout run`), both processes of the
// bundled CLI, under a paced load of BENCH_RATE (300) requests/s: GETs of routes that take the app's faults, and 1 in 5 a
// POST (which the proxy never retries). Production answers 0.5 % of requests with 503 throughout. Trials of three
// scenarios, interleaved so host noise falls on all alike, each a fresh canary deploy (of an image production does not run):
//   healthy — the canary fails 0.5 % too (with 500): it must be promoted (production is then its image, still at 0.5 % 503);
//   errors  — the canary fails 3.5 % (+3 points, 500): it must be aborted;
//   latency — the canary answers 80 ms later (and fails 0.5 %): it must be aborted.
// The canary's faults come from its env (FAULT_ERROR_RATE, FAULT_LATENCY_MS), so they hold from its first request and no
// window is judged before they are set. Steps 10 % → 25 % → 50 %, 3 s each, a judgment every 3 s: at 300 req/s a window
// holds ~100 / ~250 / ~500 canary requests against ~900 / ~750 / ~500 of production; minRequests 50 lets even the 10 %
// window be judged (a tick late it still has ~90). Each step ends on one Passed window, so a bad canary meets three
// windows; by the judge on fixed samples +3 points is caught in ~47 %, ~78 % and ~97 % of them, missed by all three in
// ~0.4 % of rollouts, while a healthy canary fails a window in ~0.2 %. Latency is judged with the defaults (×1.25 + 5 ms):
// 80 ms is far beyond it, a colder canary's extra half millisecond is not. The proxy retries on production the GETs the
// canary fails, so the GET 500s users see are the canary's that got through (target 0); production's own 503s are the
// baseline, counted apart. Ends with one JSON line. Run it holding the integration lock:
// `flock /tmp/slipway-it.lock npm run bench:rollout` (BENCH_TRIALS lowers the 20 trials per scenario while iterating).
import { appContainers } from '../src/core/app-containers';
import { pollUntil, sleep } from '../src/core/deadline';
import type { RolloutStatus } from '../src/rollout/report';
import { startLoad, type Failure, type Load } from './chaos/load';
import { docker, slipway, slipwayOk, tail } from './chaos/stack';
import { buildImages, makeRolloutStack, startService, tearDownRollout, type RolloutStack, type Scenario } from './rollout/stack';

const RATE = Number(process.env.BENCH_RATE ?? 300);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 20);
const BASELINE = { FAULT_ERROR_RATE: '0.005', FAULT_ERROR_STATUS: '503' };
const CANARY = {
  strategy: 'progressive',
  steps: [{ weight: 10, holdSec: 3 }, { weight: 25, holdSec: 3 }, { weight: 50, holdSec: 3 }],
  analysis: { intervalSec: 3, minRequests: 50, inconclusiveLimit: 5 },
  abortKeepSec: 1,
};
const SCENARIOS: Scenario[] = [
  { key: 'healthy', title: 'healthy (0.5 % 5xx, as production)', env: { FAULT_ERROR_RATE: '0.005' }, expect: 'promoted' },
  { key: 'errors', title: '+3 points of 5xx (3.5 %)', env: { FAULT_ERROR_RATE: '0.035' }, expect: 'aborted' },
  { key: 'latency', title: '+80 ms on every request', env: { FAULT_ERROR_RATE: '0.005', FAULT_LATENCY_MS: '80' }, expect: 'aborted' },
];
const GET_PATHS = ['/systems', '/convert?grade=5.10a&from=yds&to=french', '/grades/font'];
const OUTCOME_TIMEOUT_MS = 120_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Trial {
  scenario: Scenario['key'];
  image: string;
  decision: 'promoted' | 'aborted' | 'paused' | 'timeout' | 'deploy-failed';
  /** From the canary deploy's end (the canary is in the proxy) to the controller's decision. */
  seconds: number;
  judgments: string;
  reason: string;
  start: number;
  end: number;
}

async function rolloutStatus(stack: RolloutStack): Promise<RolloutStatus | undefined> {
  const r = await fetch(`${stack.controllerUrl}/status`, { headers: { authorization: `Bearer ${stack.env.SLIPWAY_ADMIN_TOKEN}` } }).catch(() => undefined);
  return r?.ok ? ((await r.json()) as RolloutStatus) : undefined;
}

async function running(stack: RolloutStack, role: 'production' | 'canary') {
  return (await appContainers(docker, stack.app, role)).filter((c) => c.running);
}

/** The controller's decision on the canary container `name`: promoted, aborted, or paused for a person. */
async function outcome(stack: RolloutStack, name: string): Promise<RolloutStatus | undefined> {
  let last: RolloutStatus | undefined;
  const done = await pollUntil(async () => {
    last = await rolloutStatus(stack);
    return last?.canary?.container === name && ['promoted', 'aborted', 'paused'].includes(last.phase);
  }, OUTCOME_TIMEOUT_MS, 200);
  return done ? last : undefined;
}

/** Images alternate, so each trial's canary is a new deploy of an image production does not run. */
let lastCanary = '';

async function trial(stack: RolloutStack, scenario: Scenario, production: { image: string }): Promise<Trial> {
  const start = Date.now();
  const image = stack.images.find((i) => i !== production.image && i !== lastCanary) ?? stack.images.find((i) => i !== production.image)!;
  lastCanary = image;
  const base = { scenario: scenario.key, image, seconds: NaN, judgments: '', reason: '', start };
  const deployed = await slipway(stack, ['deploy', '--role', 'canary', '--image', image, '--config', stack.configs[scenario.key]]);
  if (deployed.code !== 0) return { ...base, decision: 'deploy-failed', reason: tail(deployed.stderr, 3), end: Date.now() };
  const inProxy = Date.now();
  const name = (await running(stack, 'canary'))[0]?.name ?? '';
  const status = await outcome(stack, name);
  const decision = (status?.phase ?? 'timeout') as Trial['decision'];
  const judgments = (status?.judgments ?? []).map((j) => `${j.weight}%:${j.verdict[0]}`).join(' ');
  const result: Trial = { ...base, decision, judgments, reason: status?.reason ?? 'no decision in time', seconds: status ? (Date.parse(status.since) - inProxy) / 1000 : NaN, end: 0 };
  if (decision === 'promoted') production.image = image;
  // a rollout left undecided is aborted by hand (the proxy's abort: the controller then aborts and removes it)
  if (decision === 'paused' || decision === 'timeout') await slipway(stack, ['canary', 'abort', '--reason', 'bench: no decision']);
  const cleared = await pollUntil(async () => (await running(stack, 'canary')).length === 0 && (await running(stack, 'production')).length === 1, 60_000, 250);
  if (!cleared) log(`  the canary of this trial was not removed within 60 s`);
  return { ...result, end: Date.now() };
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return Number((s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2).toFixed(2));
};

function report(trials: Trial[], load: Load, seconds: number): void {
  const status = (f: Failure) => Number(/^HTTP (\d+)/.exec(f.detail)?.[1] ?? 0);
  const of = (method: string, pick: (s: number) => boolean, within?: (t: number) => boolean) => load.failures.filter((f) => f.method === method && f.outcome === '5xx' && pick(status(f)) && (!within || within(f.at))).length;
  const canaryCaused = (s: number) => s === 500;
  console.log(`bench:rollout — ${RATE} req/s through slipway's proxy (1 in 5 POST), steps ${CANARY.steps.map((s) => `${s.weight} %`).join(' → ')} × ${CANARY.steps[0].holdSec} s, ` +
    `a judgment every ${CANARY.analysis.intervalSec} s (minRequests ${CANARY.analysis.minRequests}); production fails 0.5 % with 503, the canary's 5xx are 500`);
  const result: Record<string, number | null> = {};
  for (const s of SCENARIOS) {
    const ts = trials.filter((t) => t.scenario === s.key);
    const decided = (d: Trial['decision']) => ts.filter((t) => t.decision === d).length;
    const inTrial = (at: number) => ts.some((t) => at >= t.start && at <= t.end);
    const secs = ts.filter((t) => t.decision === s.expect).map((t) => t.seconds);
    console.log(`  ${s.title.padEnd(36)} ${ts.length} trials: promoted ${decided('promoted')}, aborted ${decided('aborted')}, paused ${decided('paused')}, ` +
      `no decision ${decided('timeout') + decided('deploy-failed')} — correct ${decided(s.expect)}/${ts.length}; seconds to ${s.expect === 'promoted' ? 'promote' : 'abort'} median ${median(secs)} ` +
      `(${Math.min(...secs).toFixed(1)}..${Math.max(...secs).toFixed(1)}); GET 500 seen ${of('GET', canaryCaused, inTrial)}, POST 500 seen ${of('POST', canaryCaused, inTrial)}, GET 503 (production's) ${of('GET', (x) => x === 503, inTrial)}`);
    for (const t of ts.filter((x) => x.decision !== s.expect)) console.log(`    wrong: ${t.decision} after ${t.seconds.toFixed(1)} s [${t.judgments}] ${t.reason.slice(0, 400)}`);
    result[`${s.key}_${s.expect}`] = decided(s.expect);
    result[`${s.key}_median_seconds`] = median(secs);
  }
  const aborts = trials.filter((t) => t.scenario !== 'healthy' && t.decision === 'aborted').map((t) => t.seconds);
  const other = load.failures.filter((f) => f.outcome !== '5xx' || ![500, 503].includes(status(f)));
  console.log(`  load: ${load.byMethod.GET} GETs, ${load.byMethod.POST} POSTs; other failures (proxy 502/504, refused, reset, timeout): ${other.length}` +
    `${other.length ? ` e.g. ${[...new Set(other.map((f) => `${f.method} ${f.outcome} ${f.detail}`))].slice(0, 3).join(' | ')}` : ''}; ${load.shed.length} requests shed`);
  console.log(JSON.stringify({
    healthy_promoted: result.healthy_promoted, errors_aborted: result.errors_aborted, latency_aborted: result.latency_aborted,
    trials: TRIALS, median_seconds_to_abort: median(aborts), get_5xx_seen_by_users: of('GET', canaryCaused),
    get_5xx_baseline: of('GET', (s) => s === 503), get_5xx_other: load.failures.filter((f) => f.method === 'GET' && f.outcome === '5xx' && ![500, 503].includes(status(f))).length,
    get_failed_other: other.filter((f) => f.method === 'GET' && f.outcome !== '5xx').length, post_5xx_canary: of('POST', canaryCaused), post_5xx_baseline: of('POST', (s) => s === 503),
    gets: load.byMethod.GET, posts: load.byMethod.POST, median_seconds_to_promote: result.healthy_median_seconds,
    median_seconds_to_abort_errors: result.errors_median_seconds, median_seconds_to_abort_latency: result.latency_median_seconds,
    rate: RATE, seconds: Math.round(seconds),
  }));
}

let stack: RolloutStack | undefined;
let load: Load | undefined;
let tornDown: Promise<void> | undefined;

function tearDown(): Promise<void> {
  return (tornDown ??= (async () => {
    await load?.stop().catch((err) => log(`teardown: the load: ${err.message}`));
    if (stack) await tearDownRollout(stack).catch((err) => log(`teardown: ${err.message}`));
  })());
}

async function main(): Promise<void> {
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void tearDown().finally(() => process.exit(130)));
  if (!Number.isInteger(TRIALS) || TRIALS < 1) throw new Error(`BENCH_TRIALS must be a whole number ≥ 1, not ${process.env.BENCH_TRIALS}`);
  await docker.ping().catch((err) => {
    throw new Error(`no Docker engine answers (${err.message}): run \`sudo slipway provision\` first`);
  });
  stack = await makeRolloutStack(SCENARIOS, CANARY, BASELINE);
  const s = stack;
  log(`app ${s.app} in ${s.dir}; logs in ${s.logDir}`);
  log('setup: base image, three builds, the proxy, production, the rollout controller');
  await buildImages(s);
  await startService(s, ['proxy', 'run'], `${s.urls.admin}/healthz`);
  await slipwayOk(s, ['deploy', '--role', 'production', '--image', s.images[0]]);
  await startService(s, ['rollout', 'run'], `${s.controllerUrl}/healthz`);
  const began = Date.now();
  load = startLoad({ url: s.urls.app, ratePerSec: RATE, maxInFlight: 64, timeoutMs: 4000, maxSeconds: 3 * 3600, getPaths: GET_PATHS });
  await sleep(3000);
  const production = { image: s.images[0] };
  const trials: Trial[] = [];
  for (let i = 0; i < TRIALS; i++) {
    for (const scenario of SCENARIOS) {
      const t = await trial(s, scenario, production);
      trials.push(t);
      log(`trial ${i + 1}/${TRIALS} ${scenario.key}: ${t.decision} after ${t.seconds.toFixed(1)} s [${t.judgments}]${t.decision === scenario.expect ? '' : ` WRONG: ${t.reason.slice(0, 300)}`}`);
    }
  }
  await load.stop();
  report(trials, load, (Date.now() - began) / 1000);
}

main()
  .catch((err) => {
    log(`bench:rollout failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  })
  .finally(() => tearDown());

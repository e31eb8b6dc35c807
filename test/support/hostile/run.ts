// A fuzz run: cases from the seed, sent with bounded concurrency until the count or the time runs out, each judged; the
// proxy's blame counters and every server's health watched on the way; a finding seen only as "one of these cases"
// narrowed at the end by replaying each suspect alone. Shared by `npm run bench:hostile` and the suite's seeded run.
import { sleep } from '../../../src/core/deadline';
import { SERVER_NAMES, type Case, type ServerName } from './cases';
import { exchange } from './client';
import { Judge, type Finding } from './judge';
import { generateCase } from './shapes';
import { answers } from './servers';
import { proxyCounters, resumeCanary, startWorld, type World } from './world';

export interface FuzzOptions {
  seed: number;
  count: number;
  /** Hard deadline for the whole run, setup excluded. */
  timeMs: number;
  /** Connections open at once over all servers. */
  concurrency: number;
  stalls: boolean;
  /** Only these case indices (a replay of findings from an earlier run with the same seed). */
  only?: number[];
  log(line: string): void;
}

export interface FuzzSummary {
  requests_tried: number;
  crashes: number;
  backend_blamed: number;
  server_5xx: number;
  secrets_seen: number;
  hangs: number;
  /** Connections slipway reset or closed without an answer (Node's parser does that to malformed framing): fine, counted apart. */
  resets: number;
  seed: number;
  seconds: number;
}

export interface FuzzResult {
  summary: FuzzSummary;
  judge: Judge;
  cases: Map<number, Case>;
  secrets: Record<string, string>;
}

const LANES: Record<ServerName, number> = { proxy: 0.45, admin: 0.2, flags: 0.2, autoscaler: 0.15 };
const HEALTH_EVERY = 150;
const COUNTERS_EVERY = 40;
const MAX_RESTARTS = 6;
const MAX_REPLAYS = 120;
const STALL_LANE = 40;
/** Node cuts a slow request only when its periodic check runs (http.Server connectionsCheckingInterval). */
const NODE_CHECK_MS = 30_000;

export async function runFuzz(opts: FuzzOptions): Promise<FuzzResult> {
  let judge = new Judge({});
  const cases = new Map<number, Case>();
  const inflight = new Map<ServerName, Set<number>>(SERVER_NAMES.map((s) => [s, new Set()]));
  const recent = new Map<ServerName, number[]>(SERVER_NAMES.map((s) => [s, []]));
  const sinceCounters: number[] = [];
  const suspectsOf = (servers: ServerName[]) => () => [...new Set(servers.flatMap((s) => [...inflight.get(s)!, ...recent.get(s)!.slice(-16)]))];
  const serversOf = (process: string) => SERVER_NAMES.filter((s) => (s === 'admin' ? 'proxy' : s) === process);
  let stopping = false;
  const restarting = new Map<string, Promise<void>>();
  let restarts = 0;
  const caseIndex = (id: string) => (id.startsWith(`${opts.seed}.`) ? Number(id.slice(String(opts.seed).length + 1)) : undefined);

  const world: World = await startWorld({
    onArrival: (a) => {
      if (!a.flags.length) return;
      const i = a.caseId === undefined ? undefined : caseIndex(a.caseId);
      judge.add('backend_blamed', 'proxy', `${a.flags.join(', ')} reached ${a.role}: ${a.method} ${a.url.slice(0, 120)}`, i !== undefined ? [i] : suspectsOf(['proxy'])());
    },
    isLocal: (id) => cases.get(caseIndex(id) ?? -1)?.local ?? false,
    onLine: (process, line) => judge.judgeLogLine(process as 'proxy', line, suspectsOf(serversOf(process))),
    onExit: (process, how) => {
      if (stopping) return;
      judge.add('crash', `${process as 'proxy'} process`, `exited (${how})`, suspectsOf(serversOf(process))());
      void restart(process);
    },
  });
  const secrets = world.secretValues;
  judge = new Judge(secrets);
  const mainJudge = judge;
  const restart = (process: string): Promise<void> => {
    if (restarting.has(process)) return restarting.get(process)!;
    const p = world.processes.find((x) => x.spec.name === process)!;
    const job = (restarts++ < MAX_RESTARTS ? p.restart() : Promise.reject(new Error('too many restarts')))
      .catch((err) => opts.log(`hostile: ${process} could not be restarted: ${(err as Error).message}`))
      .finally(() => restarting.delete(process));
    restarting.set(process, job);
    return job;
  };

  let counters = await proxyCounters(world);
  let checking: Promise<void> | undefined;
  const checkCounters = () =>
    (checking ??= (async () => {
      const now = await proxyCounters(world);
      const window = [...new Set([...sinceCounters.splice(0), ...inflight.get('proxy')!])];
      if (now && counters) {
        const moved = now.failures.reduce((n, f, r) => n + Math.max(0, f - (counters!.failures[r] ?? 0)), 0);
        if (moved) judge.add('backend_blamed', 'proxy', `the proxy counted ${moved} failure(s) against its backends (${now.failures.join('/')} production/canary)`, window, moved);
        if (now.ejected) {
          judge.add('backend_blamed', 'proxy', 'the canary was ejected', window);
          await resumeCanary(world);
          now.ejected = false;
        }
      }
      counters = now ?? counters;
    })().finally(() => (checking = undefined)));

  const healthPath: Record<ServerName, string> = { proxy: '/', admin: '/healthz', flags: '/health', autoscaler: '/health' };
  const checkHealth = async (server: ServerName) => {
    const process = world.processOf[server];
    if (restarting.has(process.spec.name) || process.exit !== undefined) return;
    if (await answers(world.aims[server].port, healthPath[server], 5000)) return;
    if (process.exit !== undefined || restarting.has(process.spec.name)) return; // its exit is the finding
    judge.add('crash', server, 'stopped answering a plain health request', suspectsOf([server])());
    await restart(process.spec.name);
  };

  const requestTimeoutOf: Record<ServerName, number> = { proxy: 5000, admin: 10_000, flags: 30_000, autoscaler: 10_000 };
  const timeoutOf = (c: Case) => (c.stall ? requestTimeoutOf[c.server] + NODE_CHECK_MS + 5000 : c.shape.startsWith('huge/') ? 20_000 : 10_000);

  const runCase = async (c: Case) => {
    const process = world.processOf[c.server];
    await restarting.get(process.spec.name);
    inflight.get(c.server)!.add(c.index);
    const outcome = await exchange(world.aims[c.server].port, c, timeoutOf(c));
    judge.judgeCase(c, outcome);
    inflight.get(c.server)!.delete(c.index);
    const r = recent.get(c.server)!;
    r.push(c.index);
    if (r.length > 64) r.splice(0, r.length - 64);
    if (c.server === 'proxy') sinceCounters.push(c.index);
    return outcome;
  };

  const started = Date.now();
  const loopEnd = started + opts.timeMs * 0.75;
  // stalled senders hold their connection for long: their own lane, so they never starve the others
  const lanes = new Map<string, { free: number; waiters: (() => void)[] }>();
  for (const s of SERVER_NAMES) lanes.set(s, { free: Math.max(1, Math.round(opts.concurrency * LANES[s])), waiters: [] });
  lanes.set('stall', { free: STALL_LANE, waiters: [] });
  const laneOf = (c: Case) => (c.stall ? 'stall' : c.server);
  const acquire = (s: string) => {
    const lane = lanes.get(s)!;
    if (lane.free > 0) return void lane.free--;
    return new Promise<void>((resolve) => lane.waiters.push(resolve));
  };
  const release = (s: string) => {
    const lane = lanes.get(s)!;
    const next = lane.waiters.shift();
    if (next) next();
    else lane.free++;
  };
  const tasks = new Set<Promise<void>>();
  const done = new Map<ServerName, number>(SERVER_NAMES.map((s) => [s, 0]));
  const indices = opts.only ?? Array.from({ length: opts.count }, (_, i) => i);
  const options = { stalls: opts.stalls, servers: SERVER_NAMES };
  try {
    for (const index of indices) {
      if (Date.now() > loopEnd) break;
      const c = generateCase(opts.seed, index, world.aims, options);
      if (c.stall && Date.now() + timeoutOf(c) > started + opts.timeMs * 0.9) continue;
      cases.set(index, c);
      await acquire(laneOf(c));
      if (opts.only) opts.log(`hostile: case ${index} → ${c.server} ${c.shape}`);
      const task = runCase(c).then((o) => {
        if (opts.only) opts.log(`hostile:   ${o.ended}, statuses [${o.statuses.join(', ')}], ${o.ms} ms: ${o.bytes.toString('latin1').slice(0, 200).replace(/\r\n/g, '⏎')}`);
        const n = done.get(c.server)! + 1;
        done.set(c.server, n);
        if (n % HEALTH_EVERY === 0) void checkHealth(c.server);
        if (c.server === 'proxy' && n % COUNTERS_EVERY === 0) void checkCounters();
      }).finally(() => {
        release(laneOf(c));
        tasks.delete(task);
      });
      tasks.add(task);
    }
    await Promise.all(tasks);
    opts.log(`hostile: ${mainJudge.tried} cases sent in ${((Date.now() - started) / 1000).toFixed(1)} s; ${mainJudge.findings.length} finding(s) before replay`);
    await sleep(300); // let the last arrivals and log lines land
    await checkCounters();
    await Promise.all(SERVER_NAMES.map(checkHealth));
    await Promise.all([...restarting.values()]);
    await narrowByReplay(mainJudge.findings, async (index) => {
      if (Date.now() > started + opts.timeMs * 0.95) return [];
      const scratch = new Judge(secrets);
      judge = scratch;
      try {
        const c = cases.get(index)!;
        await runCase(c);
        await sleep(100);
        await checkCounters();
        await checkHealth(c.server);
        await Promise.all([...restarting.values()]);
        return scratch.findings;
      } finally {
        judge = mainJudge;
      }
    });
  } finally {
    stopping = true;
    await world.stop();
  }
  const resets = [...mainJudge.table.values()].flatMap((m) => [...m.values()]).reduce((n, row) => n + (row.get('reset') ?? 0) + (row.get('closed') ?? 0), 0);
  return {
    summary: {
      requests_tried: mainJudge.tried, crashes: mainJudge.count('crash'), backend_blamed: mainJudge.count('backend_blamed'), server_5xx: mainJudge.count('server_5xx'),
      secrets_seen: mainJudge.count('secrets_seen'), hangs: mainJudge.count('hang'), resets, seed: opts.seed, seconds: Math.round((Date.now() - started) / 100) / 10,
    },
    judge: mainJudge, cases, secrets,
  };
}

/** What makes two findings the same, whatever backend or count: "upgrade-not-allowed", "exited", … */
const signature = (f: Finding) => `${f.kind}:${f.detail.split(/ reached | \(|:/)[0].replace(/\d+/g, '#')}`;

/** A finding with several suspects: replay each alone (bounded) and keep those that bring the same finding back. */
async function narrowByReplay(findings: Finding[], replay: (index: number) => Promise<Finding[]>): Promise<void> {
  let budget = MAX_REPLAYS;
  const seen = new Map<number, Set<string>>();
  for (const f of findings) {
    if (f.cases.length < 2 || !['crash', 'backend_blamed'].includes(f.kind)) continue;
    const confirmed: number[] = [];
    for (const index of f.cases) {
      if (!seen.has(index)) {
        if (budget-- <= 0) break;
        // twice: a finding that depends on timing may not come back on the first try
        const found = new Set((await replay(index)).map(signature));
        if (!found.has(signature(f)) && budget-- > 0) for (const g of await replay(index)) found.add(signature(g));
        seen.set(index, found);
      }
      if (seen.get(index)!.has(signature(f))) confirmed.push(index);
    }
    if (confirmed.length) {
      f.cases = confirmed;
      f.detail += ' (reproduced alone by replay)';
    } else {
      f.detail += ` (no suspect reproduced it alone; suspects: ${f.cases.slice(0, 12).join(', ')})`;
    }
  }
}

// A fuzz run: cases from the seed, sent with bounded concurrency until the count or the time runs out, each judged; the
// proxy's blame counters and every server's health watched on the way; a finding seen only as "one of these cases"
// narrowed at the end by replaying each suspect alone. Shared by `npm run bench:hostile` and the suite's seeded run.
import { sleep } from '../../../src/core/deadline';
import { SERVER_NAMES, type Case, type ServerName } from './cases';
import { exchange, type Outcome } from './client';
import { Judge, type Finding } from './judge';
import { Lanes, narrowByReplay } from './lanes';
import { generateCase } from './shapes';
import { answers } from './servers';
import { proxyCounters, resumeCanary, startWorld, type World, type WorldHooks } from './world';

export interface FuzzOptions {
  seed: number;
  count: number;
  /** Hard deadline for the whole run, setup excluded. */
  timeMs: number;
  /** Connections open at once over all servers (stalled senders have a lane of their own). */
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

const LANE_SHARE: Record<ServerName, number> = { proxy: 0.4, admin: 0.15, flags: 0.2, autoscaler: 0.1, dashboard: 0.15 };
const STALL_LANE = 40;
const HEALTH_EVERY = 150;
const COUNTERS_EVERY = 40;
const MAX_RESTARTS = 6;
const MAX_REPLAYS = 120;
/** Node cuts a slow request only when its periodic check runs (http.Server connectionsCheckingInterval). */
const NODE_CHECK_MS = 30_000;
const REQUEST_TIMEOUT_MS: Record<ServerName, number> = { proxy: 5000, admin: 10_000, flags: 30_000, autoscaler: 10_000, dashboard: 10_000 };
const HEALTH_PATH: Record<ServerName, string> = { proxy: '/', admin: '/healthz', flags: '/health', autoscaler: '/health', dashboard: '/healthz' };

export async function runFuzz(opts: FuzzOptions): Promise<FuzzResult> {
  const run = new FuzzRun(opts);
  await run.start();
  try {
    await run.sendAll();
    await run.settle();
    await narrowByReplay(run.main.findings, (index) => run.replay(index), MAX_REPLAYS);
  } finally {
    await run.stop();
  }
  return run.result();
}

class FuzzRun {
  /** Where findings go: the run's own judge, or a scratch one while a suspect is replayed. */
  judge = new Judge({});
  main = this.judge;
  readonly cases = new Map<number, Case>();
  private world!: World;
  private readonly inflight = new Map<ServerName, Set<number>>(SERVER_NAMES.map((s) => [s, new Set()]));
  private readonly recent = new Map<ServerName, number[]>(SERVER_NAMES.map((s) => [s, []]));
  private readonly sinceCounters: number[] = [];
  private readonly restarting = new Map<string, Promise<void>>();
  private restarts = 0;
  private stopping = false;
  private counters: Awaited<ReturnType<typeof proxyCounters>>;
  private checking: Promise<void> | undefined;
  private started = 0;

  constructor(private readonly opts: FuzzOptions) {}

  async start(): Promise<void> {
    this.world = await startWorld(this.hooks());
    this.judge = this.main = new Judge(this.world.secretValues);
    this.counters = await proxyCounters(this.world);
    this.started = Date.now();
  }

  private hooks(): WorldHooks {
    const serversOf = (process: string) => SERVER_NAMES.filter((s) => (s === 'admin' ? 'proxy' : s) === process);
    return {
      onArrival: (a) => {
        if (!a.flags.length) return;
        const i = a.caseId === undefined ? undefined : this.caseIndex(a.caseId);
        this.judge.add('backend_blamed', 'proxy', `${a.flags.join(', ')} reached ${a.role}: ${a.method} ${a.url.slice(0, 120)}`, i !== undefined ? [i] : this.suspects(['proxy']));
      },
      isLocal: (id) => this.cases.get(this.caseIndex(id) ?? -1)?.local ?? false,
      onLine: (process, line) => this.judge.judgeLogLine(process as 'proxy', line, () => this.suspects(serversOf(process))),
      onExit: (process, how) => {
        if (this.stopping) return;
        this.judge.add('crash', `${process as 'proxy'} process`, `exited (${how})`, this.suspects(serversOf(process)));
        void this.restart(process);
      },
    };
  }

  private caseIndex(id: string): number | undefined {
    const prefix = `${this.opts.seed}.`;
    return id.startsWith(prefix) ? Number(id.slice(prefix.length)) : undefined;
  }

  /** The cases that may have done what was just noticed: in flight on those servers, or just finished there. */
  private suspects(servers: ServerName[]): number[] {
    return [...new Set(servers.flatMap((s) => [...this.inflight.get(s)!, ...this.recent.get(s)!.slice(-16)]))];
  }

  private restart(process: string): Promise<void> {
    const pending = this.restarting.get(process);
    if (pending) return pending;
    const p = this.world.processes.find((x) => x.spec.name === process)!;
    const job = (this.restarts++ < MAX_RESTARTS ? p.restart() : Promise.reject(new Error('too many restarts')))
      .catch((err) => this.opts.log(`hostile: ${process} could not be restarted: ${(err as Error).message}`))
      .finally(() => this.restarting.delete(process));
    this.restarting.set(process, job);
    return job;
  }

  /** The proxy's failure counters and ejection since the last look: any move is blame the fuzz put on a backend. */
  checkCounters(): Promise<void> {
    return (this.checking ??= (async () => {
      const now = await proxyCounters(this.world);
      const window = [...new Set([...this.sinceCounters.splice(0), ...this.inflight.get('proxy')!])];
      const before = this.counters;
      if (now && before) {
        const moved = now.failures.reduce((n, f, r) => n + Math.max(0, f - (before.failures[r] ?? 0)), 0);
        if (moved) this.judge.add('backend_blamed', 'proxy', `the proxy counted ${moved} failure(s) against its backends (${now.failures.join('/')} production/canary)`, window, moved);
        if (now.ejected) {
          this.judge.add('backend_blamed', 'proxy', 'the canary was ejected', window);
          await resumeCanary(this.world);
          now.ejected = false;
        }
      }
      this.counters = now ?? before;
    })().finally(() => (this.checking = undefined)));
  }

  async checkHealth(server: ServerName): Promise<void> {
    const process = this.world.processOf[server];
    const gone = () => this.restarting.has(process.spec.name) || process.exit !== undefined; // its exit is the finding
    if (gone() || (await answers(this.world.aims[server].port, HEALTH_PATH[server], 5000)) || gone()) return;
    this.judge.add('crash', server, 'stopped answering a plain health request', this.suspects([server]));
    await this.restart(process.spec.name);
  }

  private timeoutOf(c: Case): number {
    return c.stall ? REQUEST_TIMEOUT_MS[c.server] + NODE_CHECK_MS + 5000 : c.shape.startsWith('huge/') ? 20_000 : 10_000;
  }

  private async runCase(c: Case): Promise<Outcome> {
    await this.restarting.get(this.world.processOf[c.server].spec.name);
    this.inflight.get(c.server)!.add(c.index);
    const outcome = await exchange(this.world.aims[c.server].port, c, this.timeoutOf(c));
    this.judge.judgeCase(c, outcome);
    this.inflight.get(c.server)!.delete(c.index);
    const recent = this.recent.get(c.server)!;
    recent.push(c.index);
    if (recent.length > 64) recent.splice(0, recent.length - 64);
    if (c.server === 'proxy') this.sinceCounters.push(c.index);
    return outcome;
  }

  /** Every case of the run (or the replay list), lanes bounding what is open at once, until the count or the time ends. */
  async sendAll(): Promise<void> {
    const { opts } = this;
    const loopEnd = this.started + opts.timeMs * 0.75;
    const sizes: Record<string, number> = { stall: STALL_LANE };
    for (const s of SERVER_NAMES) sizes[s] = Math.round(opts.concurrency * LANE_SHARE[s]);
    const lanes = new Lanes(sizes);
    const tasks = new Set<Promise<void>>();
    const done = new Map<ServerName, number>(SERVER_NAMES.map((s) => [s, 0]));
    for (const index of opts.only ?? Array.from({ length: opts.count }, (_, i) => i)) {
      if (Date.now() > loopEnd) break;
      const c = generateCase(opts.seed, index, this.world.aims, { stalls: opts.stalls, servers: SERVER_NAMES });
      if (c.stall && Date.now() + this.timeoutOf(c) > this.started + opts.timeMs * 0.9) continue;
      this.cases.set(index, c);
      const lane = c.stall ? 'stall' : c.server;
      await lanes.acquire(lane);
      if (opts.only) opts.log(`hostile: case ${index} → ${c.server} ${c.shape}`);
      const task = this.runCase(c).then((o) => {
        if (opts.only) opts.log(`hostile:   ${o.ended}, statuses [${o.statuses.join(', ')}], ${o.ms} ms: ${o.bytes.toString('latin1').slice(0, 200).replace(/\r\n/g, '⏎')}`);
        const n = done.get(c.server)! + 1;
        done.set(c.server, n);
        if (n % HEALTH_EVERY === 0) void this.checkHealth(c.server);
        if (c.server === 'proxy' && n % COUNTERS_EVERY === 0) void this.checkCounters();
      }).finally(() => {
        lanes.release(lane);
        tasks.delete(task);
      });
      tasks.add(task);
    }
    await Promise.all(tasks);
    opts.log(`hostile: ${this.main.tried} cases sent in ${((Date.now() - this.started) / 1000).toFixed(1)} s; ${this.main.findings.length} finding(s) before replay`);
  }

  /** The last arrivals and log lines land; then the counters and every server's health once more. */
  async settle(): Promise<void> {
    await sleep(300);
    await this.checkCounters();
    await Promise.all(SERVER_NAMES.map((s) => this.checkHealth(s)));
    await Promise.all([...this.restarting.values()]);
  }

  /** One case again, alone, with what it brings about gathered apart from the run's own findings. */
  async replay(index: number): Promise<Finding[]> {
    if (Date.now() > this.started + this.opts.timeMs * 0.95) return [];
    const scratch = new Judge(this.world.secretValues);
    this.judge = scratch;
    try {
      const c = this.cases.get(index)!;
      await this.runCase(c);
      await sleep(100);
      await this.checkCounters();
      await this.checkHealth(c.server);
      await Promise.all([...this.restarting.values()]);
      return scratch.findings;
    } finally {
      this.judge = this.main;
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.world?.stop();
  }

  result(): FuzzResult {
    const { main } = this;
    const resets = [...main.table.values()].flatMap((m) => [...m.values()]).reduce((n, row) => n + (row.get('reset') ?? 0) + (row.get('closed') ?? 0), 0);
    return {
      summary: {
        requests_tried: main.tried, crashes: main.count('crash'), backend_blamed: main.count('backend_blamed'), server_5xx: main.count('server_5xx'),
        secrets_seen: main.count('secrets_seen'), hangs: main.count('hang'), resets, seed: this.opts.seed, seconds: Math.round((Date.now() - this.started) / 100) / 10,
      },
      judge: main, cases: this.cases, secrets: this.world.secretValues,
    };
  }
}

// The primary of a multi-process proxy (proxy.workers > 1): it forks the data-plane workers (Node's cluster), owns the
// listening socket and deals its connections out to them (connection-dealer.ts), keeps the canary's state — the admin API, the Datadog webhook, the state file, the
// probation timer live here — numbers every change on its bus and hands it to all workers, and adds their figures up.
import cluster, { type Worker } from 'node:cluster';
import { StepFailed } from '../core/errors';
import { closeServer } from '../core/http-server';
import { listenTakingOver } from '../core/handover';
import type { HostPort } from '../core/listen-address';
import { createAdminServer, type ProxyReadout } from './admin-api';
import { ProxyCore, type CoreOptions } from './core';
import { ProxyMetrics, type MetricCounters } from './metrics';
import { ConnectionDealer, type ConnectionCount, type DEALT } from './connection-dealer';
import { SampleRing, type SampleBatch } from './samples';
import { fieldKey, parseChange, type CanaryStateBus, type SequencedChange, type StateChange } from './state-bus';
import { mergeStatuses, type ProxyStatus } from './status';
import { adminAccess, type ProxyOptions, type RunningProxy } from './server';

export type Query = { what: 'status' } | { what: 'metrics' } | { what: 'samples'; from: [number, number] };
export type ReconfigurableOptions = Pick<CoreOptions, 'rules' | 'retryIdempotent' | 'drainTimeoutSec' | 'routing'>;
export type ClusterMessage =
  | { slipway: 'publish'; change: StateChange }
  | { slipway: 'snapshot'; changes?: SequencedChange[] }
  | { slipway: 'change'; c: SequencedChange }
  | { slipway: 'query'; id: number; query: Query }
  | { slipway: 'reply'; id: number; value: unknown }
  | { slipway: 'reconfigure'; opts: ReconfigurableOptions }
  | { slipway: 'stop' }
  | { slipway: 'ready' }
  | typeof DEALT
  | ConnectionCount;

/** A worker that does not answer within this long is left out of a status (it may be restarting). */
const QUERY_TIMEOUT_MS = 2000;
/** While a rollout reads /samples, the workers' samples are collected this often, so none ages out of their rings. */
const SAMPLE_PULL_MS = 1000;

type FlaggedBatch = ReturnType<SampleRing['withFlags']>;

/** Asks every worker one question; answers come back by id. */
class WorkerQueries {
  private nextId = 1;
  private readonly waiting = new Map<number, (value: unknown) => void>();

  ask<T>(worker: Worker, query: Query): Promise<T | undefined> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(id, undefined), QUERY_TIMEOUT_MS);
      this.waiting.set(id, (value) => {
        clearTimeout(timer);
        resolve(value as T | undefined);
      });
      if (!worker.isConnected()) return this.settle(id, undefined);
      worker.send({ slipway: 'query', id, query } satisfies ClusterMessage, (err: Error | null) => err && this.settle(id, undefined));
    });
  }

  settle(id: number, value: unknown): void {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(value);
  }
}

/** The admin API's figures, every worker's added to the primary's own (webhooks, manual ejections happen here). */
function clusterReadout(core: ProxyCore, workers: () => Worker[], queries: WorkerQueries, dealer: ConnectionDealer): ProxyReadout {
  const askAll = async <T>(query: Query) => (await Promise.all(workers().map((w) => queries.ask<T>(w, query)))).filter((x): x is Awaited<T> => x !== undefined);
  const rings = [new SampleRing(), new SampleRing()];
  const cursors = new Map<number, [number, number]>();
  let lastRead = 0;
  const pull = async () => {
    await Promise.all(workers().map(async (w) => {
      const from = cursors.get(w.id) ?? [0, 0];
      const got = await queries.ask<{ production: FlaggedBatch; canary: FlaggedBatch }>(w, { what: 'samples', from });
      if (!got) return;
      [got.production, got.canary].forEach((batch, role) => batch.latenciesMs.forEach((ms, i) => rings[role].record(ms, batch.failed[i] === 1)));
      cursors.set(w.id, [got.production.next, got.canary.next]);
    }));
  };
  const timer = setInterval(() => Date.now() - lastRead < 60_000 && void pull(), SAMPLE_PULL_MS);
  timer.unref();
  return {
    status: async () => ({ ...mergeStatuses(core.status(), await askAll<ProxyStatus>({ what: 'status' })), workerConnections: dealer.loads() }),
    metrics: async () => {
      const total = new ProxyMetrics();
      total.add(core.metrics.counters());
      const inFlight = [0, 0];
      for (const r of await askAll<{ counters: MetricCounters; inFlight: number[] }>({ what: 'metrics' })) {
        total.add(r.counters);
        inFlight[0] += r.inFlight[0];
        inFlight[1] += r.inFlight[1];
      }
      return total.render({ ...core.gauges(), inFlight: (role) => inFlight[role === 'production' ? 0 : 1] });
    },
    samples: async (production, canary) => {
      lastRead = Date.now();
      await pull();
      return { production: rings[0].since(production) as SampleBatch, canary: rings[1].since(canary) as SampleBatch };
    },
  };
}

export async function startProxyPrimary(opts: ProxyOptions, upstream: CanaryStateBus): Promise<RunningProxy> {
  const core = new ProxyCore(opts);
  const queries = new WorkerQueries();
  const live = new Set<Worker>();
  // the latest change of each field, as the primary took it: what a starting worker begins from
  const latest = new Map<string, SequencedChange>();
  const remember = (c: SequencedChange) => (latest.get(fieldKey(c.change))?.rev ?? 0) < c.rev && latest.set(fieldKey(c.change), c);
  const broadcast = (c: SequencedChange) => {
    remember(c);
    for (const w of live) if (w.isConnected()) w.send({ slipway: 'change', c } satisfies ClusterMessage);
  };
  await core.join({
    publish: (c) => upstream.publish(c),
    subscribe: (fn) => upstream.subscribe((c) => (fn(c), broadcast(c))),
    snapshot: async () => (await upstream.snapshot()).map((c) => (remember(c), c)),
    close: () => upstream.close(),
  });
  let stopping = false;
  const dealer = new ConnectionDealer();
  const fork = (): Worker => {
    const worker = cluster.fork();
    live.add(worker);
    worker.on('message', (m: ClusterMessage) => {
      if (m?.slipway === 'ready') dealer.seat(worker);
      else if (m?.slipway === 'connections') dealer.counted(worker, m);
      else onWorkerMessage(worker, m, upstream, queries, () => [...latest.values()]);
    });
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      dealer.unseat(worker);
      if (stopping) return;
      opts.log(`data-plane worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
      fork();
    });
    return worker;
  };
  const workers = opts.workers ?? 1;
  const ready = await Promise.all(Array.from({ length: workers }, () => untilReady(fork())));
  let listen: HostPort;
  try {
    if (ready.some((ok) => !ok)) throw new StepFailed('proxy.workers: a data-plane worker exited before it was ready to serve', 'see its error above');
    listen = await listenTakingOver(dealer.listener, opts.listen, 'proxy.listen', opts.log);
  } catch (err) {
    stopping = true;
    for (const w of live) w.kill();
    await core.close();
    throw err;
  }
  const admin = createAdminServer(core, adminAccess(opts), opts.log, clusterReadout(core, () => [...live], queries, dealer));
  const adminAt = await listenTakingOver(admin, opts.admin, 'proxy.admin', opts.log);
  opts.log(`${workers} data-plane workers (proxy.workers), each new connection to the one with the fewest open`);
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      dealer.listener.close(); // the port is free for a successor at once; the workers drain what they have
      const exited = [...live].map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once('exit', () => resolve()))));
      for (const w of live) if (w.isConnected()) w.send({ slipway: 'stop' } satisfies ClusterMessage);
      const force = setTimeout(() => { for (const w of live) w.kill('SIGKILL'); }, opts.drainTimeoutSec * 1000 + 10_000);
      await Promise.all(exited);
      clearTimeout(force);
      const adminClosed = closeServer(admin);
      admin.closeAllConnections();
      await adminClosed;
      await core.close();
    })());
  const reconfigured = (next: ReconfigurableOptions) => {
    const opts: ReconfigurableOptions = { rules: next.rules, retryIdempotent: next.retryIdempotent, drainTimeoutSec: next.drainTimeoutSec, routing: next.routing };
    for (const w of live) if (w.isConnected()) w.send({ slipway: 'reconfigure', opts } satisfies ClusterMessage);
  };
  return { core, listen, admin: adminAt, stop, reconfigured };
}

/** true once the worker is ready to serve; false when it exits first (its own error is in the log). */
function untilReady(worker: Worker): Promise<boolean> {
  return new Promise((resolve) => {
    // both listeners go once it settles: every later message of the worker need not pass through this one
    const onMessage = (m: ClusterMessage) => m?.slipway === 'ready' && settle(true);
    const onExit = () => settle(false);
    const settle = (ok: boolean) => {
      worker.off('message', onMessage).off('exit', onExit);
      resolve(ok);
    };
    worker.on('message', onMessage).once('exit', onExit);
  });
}

function onWorkerMessage(worker: Worker, m: ClusterMessage, upstream: CanaryStateBus, queries: WorkerQueries, current: () => SequencedChange[]): void {
  if (m?.slipway === 'publish') {
    const checked = parseChange({ rev: 1, change: m.change });
    if (checked) upstream.publish(checked.change);
  } else if (m?.slipway === 'snapshot') {
    if (worker.isConnected()) worker.send({ slipway: 'snapshot', changes: current() } satisfies ClusterMessage);
  } else if (m?.slipway === 'reply') {
    queries.settle(m.id, m.value);
  }
}

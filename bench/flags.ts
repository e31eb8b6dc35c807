// `npm run bench:flags`: what a flag costs an app. Evaluation from the client's in-process snapshot beside an
// HGET per request (the seed's way); toggle-to-observed time in two other processes over a bounded number of
// toggles; and errors while Redis is stopped and restarted under a bounded load, beside the HGET-per-request peer.
// Then OFREP (bench/flags-ofrep.ts): a targeted, fractional flag evaluated in-process beside flagd-core's own resolve,
// single and bulk (50 flags) OFREP evaluations per second against one toggle server beside its Redis-reading route,
// and toggle → SSE client time beside the pub/sub time above.
// Ends with one JSON line: eval_ns, redis_get_us, propagation_p50_ms, propagation_p99_ms, errors_during_outage,
// eval_targeted_ns, ofrep_rps, ofrep_p99_ms, bulk50_rps, bulk50_p99_ms, sse_propagation_p99_ms.
import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as http from 'node:http';
import Redis from 'ioredis';
import { startRedis, type TestRedis } from '../test/support/redis';
import { tmpDir } from '../test/support/tmp';
import { createFlagStore, type FlagStore } from '../sdk/flags/store';
import { createFlagClient } from '../sdk/flags/client';
import { bulkRequest, defineFlags, load, measureTargetedEval, openStreams, redisReadRequest, singleRequest, startServerProcess } from './flags-ofrep';

const EVAL_CALLS = Number(process.env.BENCH_EVAL_CALLS ?? 5_000_000);
const GET_CALLS = Number(process.env.BENCH_GET_CALLS ?? 20_000);
const TOGGLES = Number(process.env.BENCH_TOGGLES ?? 200);
const OBSERVERS = 2;
const LOAD_MAX_REQUESTS = 200_000;
const LOAD_MS = 4_000;
const OUTAGE_FROM_MS = 1_000;
const OUTAGE_MS = 1_500;

const now = () => performance.timeOrigin + performance.now();
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Observer { child: ChildProcess; port: number; seen: Map<number, number> }

async function startObserver(url: string, namespace: string): Promise<Observer> {
  const child = fork(path.join(__dirname, 'flags-observer.ts'), [url, namespace], {
    execArgv: ['-r', 'ts-node/register'], env: { ...process.env, TS_NODE_TRANSPILE_ONLY: '1' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const seen = new Map<number, number>();
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('an observer process did not start within 30 s')), 30_000);
    child.on('message', (m: { type: string; port?: number; version?: number; at?: number }) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.port!);
      }
      if (m.type === 'change' && !seen.has(m.version!)) seen.set(m.version!, m.at!);
    });
  });
  return { child, port, seen };
}

async function measureEval(url: string, namespace: string): Promise<number> {
  const flags = createFlagClient({ namespace, redisUrl: url });
  await flags.start();
  let enabled = 0;
  for (let i = 0; i < 200_000; i++) if (flags.get('myflag', 'disable') === 'enable') enabled++; // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < EVAL_CALLS; i++) if (flags.get('myflag', 'disable') === 'enable') enabled++;
  const ns = Number(process.hrtime.bigint() - t0) / EVAL_CALLS;
  await flags.close();
  if (enabled === 0) throw new Error('the client never saw myflag=enable: the measurement would be meaningless');
  return ns;
}

async function measureRedisGet(conn: Redis, key: string): Promise<number> {
  for (let i = 0; i < 1000; i++) await conn.hget(key, 'myflag');
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < GET_CALLS; i++) await conn.hget(key, 'myflag');
  return Number(process.hrtime.bigint() - t0) / GET_CALLS / 1000;
}

/** Bounded keep-alive load over both routes of every observer; counts what did not answer 200/404. */
async function outageLoad(observers: Observer[], redis: TestRedis): Promise<{ requests: number; errors: number; peerRequests: number; peerErrors: number; during: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const counts = { requests: 0, errors: 0, peerRequests: 0, peerErrors: 0, during: 0 };
  const started = Date.now();
  let down = false;
  const one = (port: number, route: string) =>
    new Promise<number>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: route, agent, timeout: 2000 }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve(0));
    });
  const worker = async (w: number) => {
    for (let i = 0; Date.now() - started < LOAD_MS && counts.requests + counts.peerRequests < LOAD_MAX_REQUESTS; i++) {
      const o = observers[(w + i) % observers.length];
      const peer = i % 2 === 1;
      const status = await one(o.port, peer ? '/direct' : '/newfeature');
      const ok = status === 200; // myflag is enable throughout: 404 would be a wrong answer too
      if (peer) {
        counts.peerRequests++;
        if (!ok) counts.peerErrors++;
      } else {
        counts.requests++;
        if (!ok) counts.errors++;
        if (down) counts.during++;
      }
    }
  };
  const chaos = (async () => {
    await sleep(OUTAGE_FROM_MS);
    down = true;
    await redis.stop();
    await sleep(OUTAGE_MS);
    await redis.start();
    down = false;
  })();
  await Promise.all([...Array.from({ length: 8 }, (_, w) => worker(w)), chaos]);
  agent.destroy();
  return counts;
}

async function main(): Promise<void> {
  const redis = await startRedis({ persistDir: tmpDir('slipway-bench-flags-') });
  const conn = new Redis(redis.url);
  conn.on('error', () => undefined);
  const namespace = `bench-${process.pid}`;
  const store = createFlagStore(conn, namespace, { myflag: 'disable' });
  const me = { actor: 'bench', source: 'bench' };
  const observers: Observer[] = [];
  try {
    await store.set('myflag', 'enable', me);
    console.log(`bench:flags — redis-server ${redis.port} on loopback, ${require('node:os').cpus().length} cores`);

    const evalNs = await measureEval(redis.url, namespace);
    const getUs = await measureRedisGet(conn, store.keys.flags);
    console.log(`evaluation from the snapshot: ${round(evalNs, 1)} ns/call over ${EVAL_CALLS} calls`);
    console.log(`HGET per evaluation (the seed's way): ${round(getUs, 1)} µs/call over ${GET_CALLS} sequential calls — ${Math.round((getUs * 1000) / evalNs)}× the snapshot`);

    for (let i = 0; i < OBSERVERS; i++) observers.push(await startObserver(redis.url, namespace));
    const start = (await store.list()).version;
    const sentAt = new Map<number, number>();
    for (let i = 1; i <= TOGGLES; i++) {
      sentAt.set(start + i, now());
      const w = await store.toggle('myflag', me);
      if (w.version !== start + i) throw new Error(`another writer interfered: expected version ${start + i}, got ${w.version}`);
      await sleep(5 + Math.random() * 10);
    }
    await store.set('myflag', 'enable', me); // the outage load expects enable
    await sleep(500);
    const samples: number[] = [];
    let missing = 0;
    for (const o of observers) {
      for (const [version, t0] of sentAt) {
        const at = o.seen.get(version);
        if (at === undefined) missing++;
        else samples.push(at - t0);
      }
    }
    samples.sort((a, b) => a - b);
    const p50 = percentile(samples, 50);
    const p99 = percentile(samples, 99);
    console.log(`toggle → observed in ${OBSERVERS} other processes, ${TOGGLES} toggles: p50 ${round(p50, 2)} ms, p99 ${round(p99, 2)} ms, max ${round(samples[samples.length - 1], 2)} ms` +
      `${missing ? ` (${missing} versions seen only through a re-sync)` : ''}; polling every 1 s, as the sample app's old reader did, averages ~500 ms`);

    const ofrep = await measureOfrep(redis.url, createFlagStore(conn, `${namespace}-ofrep`), evalNs, p99);

    const outage = await outageLoad(observers, redis);
    console.log(`Redis stopped for ${OUTAGE_MS} ms under load: snapshot route ${outage.errors} errors in ${outage.requests} requests (${outage.during} while Redis was down); ` +
      `HGET-per-request route ${outage.peerErrors} errors in ${outage.peerRequests} requests`);

    console.log(JSON.stringify({
      eval_ns: round(evalNs, 1),
      redis_get_us: round(getUs, 1),
      eval_speedup_vs_redis_get: Math.round((getUs * 1000) / evalNs),
      propagation_p50_ms: round(p50, 2),
      propagation_p99_ms: round(p99, 2),
      propagation_samples: samples.length,
      errors_during_outage: outage.errors,
      requests_during_outage: outage.during,
      peer_errors_during_outage: outage.peerErrors,
      ...ofrep,
    }));
  } finally {
    for (const o of observers) o.child.send({ type: 'stop' });
    await sleep(200);
    for (const o of observers) if (o.child.exitCode === null) o.child.kill();
    conn.disconnect();
    await redis.stop();
  }
}

/** The OFREP figures, printed with their peers; answers the keys for the JSON line. */
async function measureOfrep(redisUrl: string, store: FlagStore, plainEvalNs: number, pubsubP99: number): Promise<Record<string, number>> {
  await defineFlags(store);
  const targeted = await measureTargetedEval(redisUrl, store.namespace, Math.min(EVAL_CALLS, 1_000_000));
  console.log(`targeted, fractional flag in-process: ${round(targeted.ns, 1)} ns/call (plain flag ${round(plainEvalNs, 1)} ns; flagd-core's FlagdCore.resolveBooleanEvaluation on the same definition ${round(targeted.flagdCoreNs, 1)} ns, ${round(targeted.flagdCoreNs / targeted.ns, 2)}×)`);
  const server = await startServerProcess(redisUrl, store.namespace);
  try {
    const opts = { connections: 16, ms: LOAD_MS, max: LOAD_MAX_REQUESTS };
    await load(server.url, singleRequest, { ...opts, ms: 500 }); // warm-up
    const single = await load(server.url, singleRequest, opts);
    const bulk = await load(server.url, bulkRequest, opts);
    const redisRead = await load(server.url, redisReadRequest, opts);
    const failed = single.failures + bulk.failures + redisRead.failures;
    if (failed) throw new Error(`${failed} requests failed under load: the figures would be meaningless`);
    console.log(`OFREP single evaluation, 16 keep-alive connections: ${Math.round(single.rps)} req/s, p50 ${round(single.p50, 2)} ms, p99 ${round(single.p99, 2)} ms (GET /flags/NAME, one HGET each: ${Math.round(redisRead.rps)} req/s, p99 ${round(redisRead.p99, 2)} ms; ${round(single.rps / redisRead.rps, 2)}×)`);
    console.log(`OFREP bulk, 50 flags per answer: ${Math.round(bulk.rps)} req/s (${Math.round(bulk.rps * 50)} evaluations/s), p99 ${round(bulk.p99, 2)} ms`);
    const streams = await openStreams(server.url, 4);
    const sentAt = new Map<number, number>();
    const me = { actor: 'bench', source: 'bench' };
    for (let i = 0; i < TOGGLES; i++) {
      const t0 = now();
      const w = await store.toggle('plain-3', me);
      sentAt.set(w.version, t0);
      await sleep(5 + Math.random() * 10);
    }
    await sleep(500);
    streams.close();
    const samples = streams.seen.flatMap((seen) => [...sentAt].filter(([v]) => seen.has(v)).map(([v, t0]) => seen.get(v)! - t0)).sort((a, b) => a - b);
    const sseP99 = percentile(samples, 99);
    console.log(`toggle → SSE client (4 streams, ${TOGGLES} toggles): p50 ${round(percentile(samples, 50), 2)} ms, p99 ${round(sseP99, 2)} ms over ${samples.length} of ${4 * TOGGLES} events (pub/sub to the app client above: p99 ${round(pubsubP99, 2)} ms)`);
    return {
      eval_targeted_ns: round(targeted.ns, 1), flagd_core_resolve_ns: round(targeted.flagdCoreNs, 1),
      ofrep_rps: Math.round(single.rps), ofrep_p99_ms: round(single.p99, 2), redis_read_route_rps: Math.round(redisRead.rps),
      bulk50_rps: Math.round(bulk.rps), bulk50_p99_ms: round(bulk.p99, 2),
      sse_propagation_p99_ms: round(sseP99, 2), sse_samples: samples.length,
    };
  } finally {
    server.child.send({ type: 'stop' });
    await sleep(300);
    if (server.child.exitCode === null) server.child.kill();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

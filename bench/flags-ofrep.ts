// The OFREP part of `npm run bench:flags`: in-process evaluation of a targeted, fractional flag (beside flagd-core's
// own FlagdCore on the same definition), OFREP single and bulk (50 flags) evaluations per second on loopback against
// one toggle server in its own process (beside its GET /flags/NAME, which reads Redis), and toggle → SSE client time.
import { fork, type ChildProcess } from 'node:child_process';
import * as http from 'node:http';
import * as path from 'node:path';
import { FlagdCore } from '@openfeature/flagd-core';
import { createFlagClient } from '../sdk/flags/client';
import type { FlagStore } from '../sdk/flags/store';
import type { FlagDefinition } from '../sdk/flags/definitions';

export const READ_TOKEN = 'bench-read-token';
const now = () => performance.timeOrigin + performance.now();
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Staff get it; everybody else in a 10 % rollout. */
export const TARGETED: FlagDefinition = {
  state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'off',
  targeting: { if: [{ ends_with: [{ var: 'email' }, '@staff.example'] }, 'on', { fractional: [['on', 10], ['off', 90]] }] },
};

/** 50 flags: the targeted one, rollouts, string variants with rules, and plain values. */
export async function defineFlags(store: FlagStore): Promise<void> {
  const me = { actor: 'bench', source: 'bench' };
  await store.define('checkout', TARGETED, me);
  for (let i = 1; i < 50; i++) {
    if (i % 3 === 0) await store.set(`plain-${i}`, i % 2 === 0, me);
    else if (i % 3 === 1) await store.define(`rollout-${i}`, { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'off', targeting: { fractional: [['on', i * 100], ['off', 10_000 - i * 100]] } }, me);
    else await store.define(`color-${i}`, { state: 'ENABLED', variants: { red: 'red', blue: 'blue' }, defaultVariant: 'red', targeting: { if: [{ in: [{ var: 'country' }, ['DE', 'AT']] }, 'blue', 'red'] } }, me);
  }
}

const contexts = Array.from({ length: 1024 }, (_, i) => ({ targetingKey: `user-${i}`, email: i % 10 === 0 ? `u${i}@staff.example` : `u${i}@example.com`, country: i % 2 ? 'DE' : 'FR' }));

/** ns per evaluation of the targeted flag: slipway's client (snapshot + compiled rule) and FlagdCore.resolveBooleanEvaluation. */
export async function measureTargetedEval(redisUrl: string, namespace: string, calls: number): Promise<{ ns: number; flagdCoreNs: number }> {
  const flags = createFlagClient({ namespace, redisUrl });
  await flags.start();
  const core = new FlagdCore();
  core.setConfigurations(JSON.stringify({ flags: { checkout: TARGETED } }));
  const time = (fn: (i: number) => boolean) => {
    let on = 0;
    for (let i = 0; i < 100_000; i++) if (fn(i)) on++; // warm-up
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) if (fn(i)) on++;
    const ns = Number(process.hrtime.bigint() - t0) / calls;
    if (on === 0) throw new Error('the targeted flag was never on: the measurement would be meaningless');
    return ns;
  };
  const ns = time((i) => flags.getBoolean('checkout', false, contexts[i & 1023]));
  const flagdCoreNs = time((i) => core.resolveBooleanEvaluation('checkout', false, contexts[i & 1023]).value);
  await flags.close();
  return { ns, flagdCoreNs };
}

export async function startServerProcess(redisUrl: string, namespace: string): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(path.join(__dirname, 'flags-toggle-server.ts'), [redisUrl, namespace, READ_TOKEN], {
    execArgv: ['-r', 'ts-node/register'], env: { ...process.env, TS_NODE_TRANSPILE_ONLY: '1' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the toggle server process did not start within 30 s')), 30_000);
    child.on('message', (m: { type: string; url: string }) => m.type === 'ready' && (clearTimeout(timer), resolve(m.url)));
  });
  return { child, url };
}

export interface LoadResult { rps: number; p50: number; p99: number; requests: number; failures: number }

/** A bounded closed-loop load: `connections` keep-alive clients, each sending the next request when one is answered. */
export async function load(url: string, request: (i: number) => { method: string; path: string; body?: string }, opts: { connections: number; ms: number; max: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const { hostname, port } = new URL(url);
  const latencies: number[] = [];
  let sent = 0;
  let failures = 0;
  const started = now();
  const one = (i: number) => new Promise<void>((resolve) => {
    const r = request(i);
    const t0 = now();
    const req = http.request({ host: hostname, port, path: r.path, method: r.method, agent, headers: { authorization: `Bearer ${READ_TOKEN}`, 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => {
        latencies.push(now() - t0);
        if (res.statusCode !== 200) failures++;
        resolve();
      });
    });
    req.on('error', () => (failures++, resolve()));
    req.end(r.body);
  });
  const worker = async () => {
    while (now() - started < opts.ms && sent < opts.max) await one(sent++);
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  const elapsed = now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: (latencies.length / elapsed) * 1000, p50: percentile(latencies, 50), p99: percentile(latencies, 99), requests: latencies.length, failures };
}

export const singleRequest = (i: number) => ({ method: 'POST', path: '/ofrep/v1/evaluate/flags/checkout', body: JSON.stringify({ context: contexts[i & 1023] }) });
export const bulkRequest = (i: number) => ({ method: 'POST', path: '/ofrep/v1/evaluate/flags', body: JSON.stringify({ context: contexts[i & 1023] }) });
export const redisReadRequest = () => ({ method: 'GET', path: '/flags/checkout' });

/** Opens `clients` SSE streams and records when each sees each version (id) arrive. */
export async function openStreams(url: string, clients: number): Promise<{ seen: Map<number, number>[]; close: () => void }> {
  const bulk = await fetch(`${url}/ofrep/v1/evaluate/flags`, { method: 'POST', headers: { authorization: `Bearer ${READ_TOKEN}`, 'content-type': 'application/json' }, body: '{"context":{"targetingKey":"sse"}}' });
  const requestUri = ((await bulk.json()) as { eventStreams: { endpoint: { requestUri: string } }[] }).eventStreams[0].endpoint.requestUri;
  const abort = new AbortController();
  const seen = await Promise.all(Array.from({ length: clients }, async () => {
    const at = new Map<number, number>();
    const res = await fetch(`${url}${requestUri}`, { signal: abort.signal });
    const reader = res.body!.getReader();
    void (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        text += Buffer.from(value!).toString('utf8');
        const blocks = text.split('\n\n');
        text = blocks.pop()!;
        for (const b of blocks) {
          const id = /^id: (\d+)$/m.exec(b);
          if (id && !at.has(Number(id[1]))) at.set(Number(id[1]), now());
        }
      }
    })();
    return at;
  }));
  return { seen, close: () => abort.abort() };
}

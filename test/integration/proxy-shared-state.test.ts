import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import Redis from 'ioredis';
import { loudly } from '../support/hooks';
import { startBackend, type TestBackend } from '../support/backends';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { cliArgs } from '../support/cli-process';
import { pollUntil } from '../../src/core/deadline';

// Two proxy instances (A with two data-plane workers, B with one) share the canary's state through the machine's
// redis-server, under a key prefix of this test's own.
const shared = suite('proxy shared state (workers and instances)');
const ROOT = path.resolve(__dirname, '../..');
const REDIS_URL = 'redis://127.0.0.1:6379';
const KEY = `slipway-test:proxy-shared:${process.pid}:${Date.now()}`;
let production: TestBackend;
let canary: TestBackend;
let redis: Redis;
const children: ChildProcess[] = [];

interface Instance {
  url: string;
  admin: string;
  log(): string;
}

async function startInstance(name: string, workers: number): Promise<Instance> {
  const app = tmpDir();
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'shared-app' }));
  const [port, adminPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, await cliArgs('--app', app, 'proxy', 'run',
    '--listen', `127.0.0.1:${port}`, '--admin', `127.0.0.1:${adminPort}`, '--production', production.url, '--canary', canary.url), {
    cwd: ROOT,
    env: { ...process.env, SLIPWAY_STATE_DIR: path.join(app, 'state'), SLIPWAY_ADMIN_TOKEN: '', REDIS_URL,
      SLIPWAY_PROXY_WORKERS: String(workers), SLIPWAY_PROXY_SHARED_STATE: 'redis', SLIPWAY_PROXY_SHARED_STATE_KEY: KEY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let log = '';
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  const up = await pollUntil(() => log.includes('listening on') || child.exitCode !== null, 30_000, 50);
  assert.ok(up && child.exitCode === null, `proxy ${name} did not start:\n${log}`);
  return { url: `http://127.0.0.1:${port}`, admin: `http://127.0.0.1:${adminPort}`, log: () => log };
}

async function call(base: string, method: string, p: string, body?: unknown): Promise<any> {
  const r = await fetch(base + p, { method, body: body === undefined ? undefined : JSON.stringify(body), headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(5000) });
  return r.headers.get('content-type')?.includes('json') ? r.json() : r.text();
}

/** Answers of `n` requests on fresh connections (so every worker gets some), by the role that answered. */
async function roles(url: string, n: number): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const r = await fetch(url, { headers: { connection: 'close' }, signal: AbortSignal.timeout(5000) });
    const body = (await r.text()).trim();
    const key = r.status === 200 ? body : `${r.status}`;
    seen[key] = (seen[key] ?? 0) + 1;
  }
  return seen;
}

shared.before(loudly(async () => {
  production = await startBackend('production');
  canary = await startBackend('canary');
  redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
}));

shared.after(async () => {
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode !== null ? undefined : new Promise((r) => c.once('exit', r)))));
  const keys = await redis.keys(`${KEY}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  await production.kill();
  await canary.kill();
});

shared('the canary ejected on one instance stops getting traffic on the other; resume and weights travel back', async () => {
  const a = await startInstance('A', 2);
  const b = await startInstance('B', 1);
  assert.equal(Object.keys(await roles(b.url, 9)).sort(), ['canary', 'production'], 'B splits between both at first');

  await canary.setFailing(true);
  // A's workers see the canary's 5xx (retried on production for the client) until one of them ejects it
  const ejectedOnA = await pollUntil(async () => (await roles(a.url, 10), (await call(a.admin, 'GET', '/status')).canary.ejected), 20_000, 0);
  assert.ok(ejectedOnA, `A ejected the canary:\n${a.log()}`);
  assert.is((await call(a.admin, 'GET', '/status')).canary.source, 'passive');
  assert.equal(await roles(a.url, 20), { production: 20 }, 'no worker of A sends to the ejected canary');
  const ejectedOnB = await pollUntil(async () => (await call(b.admin, 'GET', '/status')).canary.ejected === true, 5000, 20);
  assert.ok(ejectedOnB, 'B learnt of the ejection');
  assert.equal(await roles(b.url, 12), { production: 12 }, 'B sends nothing to the canary A ejected');

  await canary.setFailing(false);
  const resumed = await call(b.admin, 'POST', '/canary/resume', { reason: 'fixed, resumed on B' });
  assert.is(resumed.changed, true);
  const admittedOnA = await pollUntil(async () => (await call(a.admin, 'GET', '/status')).canary.state === 'admitted', 5000, 20);
  assert.ok(admittedOnA, 'A re-admitted the canary B resumed');
  assert.is((await call(a.admin, 'GET', '/status')).canary.reason, 'fixed, resumed on B');
  assert.ok((await roles(a.url, 30)).canary > 0, "A's workers send to the canary again");

  await call(a.admin, 'PUT', '/weights', { production: 1, canary: 3 });
  const weightsOnB = await pollUntil(async () => (await call(b.admin, 'GET', '/status')).weights.canary === 3, 5000, 20);
  assert.ok(weightsOnB, 'B took the weights set on A');
  const onB = await roles(b.url, 8);
  assert.equal(onB, { production: 2, canary: 6 }, 'B splits 1:3 as set on A');
});

shared('the primary adds up its workers: status, metrics and samples count every request once', async () => {
  await canary.setFailing(false);
  const a = await startInstance('C', 2);
  const before = await call(a.admin, 'GET', '/status');
  assert.is(before.workers, 2);
  const sent = 24;
  const seen = await roles(a.url, sent);
  const status = await call(a.admin, 'GET', '/status');
  assert.is(status.backends[0].requests + status.backends[1].requests - before.backends[0].requests - before.backends[1].requests, sent);
  const metrics: string = await call(a.admin, 'GET', '/metrics');
  const counted = (role: string) => Number(new RegExp(`slipway_proxy_requests_total\\{role="${role}",class="2xx"\\} (\\d+)`).exec(metrics)?.[1]);
  assert.ok(counted('production') >= (seen.production ?? 0) && counted('canary') >= (seen.canary ?? 0), metrics);
  const samples = await call(a.admin, 'GET', '/samples');
  assert.ok(samples.production.latenciesMs.length + samples.canary.latenciesMs.length >= sent, 'every answer is a sample');
  const next = await call(a.admin, 'GET', `/samples?production=${samples.production.next}&canary=${samples.canary.next}`);
  assert.is(next.production.latenciesMs.length + next.canary.latenciesMs.length, 0, 'nothing is handed out twice');
});

/** A kept-alive connection that has had one answer (so its worker surely holds it). */
function answeredConnection(url: string): Promise<net.Socket> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: shared\r\n\r\n'));
    socket.once('data', () => resolve(socket));
    socket.once('error', reject);
  });
}

shared('each new connection goes to the worker with the fewest open ones', async () => {
  const d = await startInstance('D', 2);
  const perWorker = async () => (await call(d.admin, 'GET', '/status')).workerConnections as number[];
  const settled = (want: number[]) => pollUntil(async () => JSON.stringify(await perWorker()) === JSON.stringify(want), 5000, 20);
  const burst = await Promise.all(Array.from({ length: 30 }, () => answeredConnection(d.url)));
  assert.equal(await perWorker(), [15, 15], 'a burst of 30 is split evenly');
  for (const s of burst) s.destroy();
  assert.ok(await settled([0, 0]), 'the workers counted the closed connections back');

  // one at a time, each socket's worker is the one whose count rose
  const onWorker: net.Socket[][] = [[], []];
  for (let i = 0; i < 20; i++) {
    const before = await perWorker();
    const socket = await answeredConnection(d.url);
    const after = await perWorker();
    onWorker[after[0] > before[0] ? 0 : 1].push(socket);
  }
  assert.equal(onWorker.map((x) => x.length), [10, 10]);
  for (const s of onWorker[0].splice(0, 8)) s.destroy();
  assert.ok(await settled([2, 10]), 'eight closed on the first worker');
  const refill = await Promise.all(Array.from({ length: 8 }, () => answeredConnection(d.url)));
  assert.equal(await perWorker(), [10, 10], 'the eight new connections all went to the emptier worker');
  for (const s of [...refill, ...onWorker.flat()]) s.destroy();
});

shared.run();

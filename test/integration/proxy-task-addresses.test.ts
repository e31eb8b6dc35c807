import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startBackend, type TestBackend } from '../support/backends';
import { admin, count5xx, load, startTestProxy, type TestProxy } from '../support/proxy-harness';
import { freePort } from '../support/ports';
import { waitFor } from '../../src/core/deadline';

// A backend named by a host name with one address per task, as a Swarm service's name resolves on its overlay:
// here the name's addresses are loopback ones the test's own backends listen on, handed out by a lookup the test holds.
const tasks = suite('proxy: a backend name with several addresses (Swarm tasks)');
const cleanup: (() => Promise<void>)[] = [];
let addresses: string[] = [];
const lookup = async (host: string) => {
  if (host !== 'app-production.example.test') throw Object.assign(new Error(`unknown ${host}`), { code: 'ENOTFOUND' });
  return addresses;
};

tasks.after.each(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
  cleanup.length = 0;
});

async function taskBackends(n: number): Promise<{ port: number; backends: TestBackend[] }> {
  const port = await freePort();
  const backends = await Promise.all(Array.from({ length: n }, (_, i) => startBackend(`task-${i + 2}`, { port, host: `127.0.0.${i + 2}` })));
  for (const b of backends) cleanup.push(() => b.kill());
  return { port, backends };
}

async function proxyTo(port: number): Promise<TestProxy> {
  const p = await startTestProxy({ production: `http://app-production.example.test:${port}`, canary: null }, { lookup });
  cleanup.push(() => p.stop());
  // the first lookup runs as the backend is made; until it lands the name's own pool fails to resolve it
  await waitFor('the proxy to reach a task', async () => (await load(p.url, { count: 1, concurrency: 1 })).statuses[200] === 1, 5000);
  return p;
}

tasks('requests are spread over every address of the name', async () => {
  const { port } = await taskBackends(3);
  addresses = ['127.0.0.2', '127.0.0.3', '127.0.0.4'];
  const p = await proxyTo(port);
  const r = await load(p.url, { count: 300, concurrency: 6 });
  assert.equal(r.statuses, { 200: 300 });
  for (const task of ['task-2', 'task-3', 'task-4']) assert.ok((r.bodies[task] ?? 0) >= 80, `${task} served ${r.bodies[task] ?? 0} of 300: ${JSON.stringify(r.bodies)}`);
});

tasks('a task killed under load: its GETs are retried on another task, none fails', async () => {
  const { port, backends } = await taskBackends(2);
  addresses = ['127.0.0.2', '127.0.0.3'];
  const p = await proxyTo(port);
  // the name still lists the dead task (Docker's DNS drops it only when Swarm removes the task)
  const r = await load(p.url, { count: 3000, concurrency: 20, onEach: async (i) => void (i === 600 && (await backends[0].kill())) });
  assert.is(r.errors, 0);
  assert.is(count5xx(r), 0, JSON.stringify(r.statuses));
  assert.ok(r.bodies['task-3'] > 2000, JSON.stringify(r.bodies));
  const s = (await admin(p, 'GET', '/status')).json;
  assert.ok(s.retries > 0 || s.backends[0].failures > 0, 'the dead task was tried and passed over');
});

tasks('a name that loses an address stops sending there; one that gains one starts', async () => {
  const { port } = await taskBackends(2);
  addresses = ['127.0.0.2'];
  const p = await proxyTo(port);
  assert.equal((await load(p.url, { count: 50, concurrency: 2 })).bodies, { 'task-2': 50 });
  addresses = ['127.0.0.3'];
  // the name is looked up again every second
  await waitFor('the new address in use', async () => (await load(p.url, { count: 1, concurrency: 1 })).bodies['task-3'] === 1, 5000);
  assert.equal((await load(p.url, { count: 50, concurrency: 2 })).bodies, { 'task-3': 50 });
});

tasks.run();

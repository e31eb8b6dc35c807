import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { startBackend, type TestBackend } from '../support/backends';
import { admin, count5xx, load, startTestProxy, type TestProxy } from '../support/proxy-harness';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { cliArgs } from '../support/cli-process';

const resilience = suite('proxy resilience');
const ROOT = path.resolve(__dirname, '../..');
const cleanup: (() => Promise<void>)[] = [];

resilience.after(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
});

async function backend(role: string, port?: number): Promise<TestBackend> {
  const b = await startBackend(role, { port });
  cleanup.push(() => b.kill());
  return b;
}

async function proxy(...args: Parameters<typeof startTestProxy>): Promise<TestProxy> {
  const p = await startTestProxy(...args);
  cleanup.push(() => p.stop());
  return p;
}

resilience('a canary killed mid-load is ejected and no GET client sees an error', async () => {
  const production = await backend('production');
  const canary = await backend('canary');
  const p = await proxy({ production: production.url, canary: canary.url });
  const r = await load(p.url, { count: 2000, concurrency: 20, onEach: async (i) => void (i === 400 && (await canary.kill())) });
  assert.is(r.errors, 0);
  assert.is(count5xx(r), 0, JSON.stringify(r.statuses));
  const s = (await admin(p, 'GET', '/status')).json;
  assert.is(s.canary.state, 'ejected');
  assert.ok(s.backends[1].failures >= 5);
});

resilience('a production killed mid-load gets 502s, the proxy stays up and recovers when it comes back', async () => {
  const production = await backend('production');
  const p = await proxy({ production: production.url, canary: null });
  const r = await load(p.url, { count: 1000, concurrency: 10, onEach: async (i) => void (i === 300 && (await production.kill())) });
  assert.ok((r.statuses[200] ?? 0) >= 290, JSON.stringify(r.statuses));
  assert.ok((r.statuses[502] ?? 0) > 0, 'clients are told the upstream is gone');
  assert.is(r.errors + (r.statuses[200] ?? 0) + (r.statuses[502] ?? 0), 1000, 'every request got an answer or a clean failure');
  assert.is((await admin(p, 'GET', '/status')).status, 200, 'the proxy is alive');
  await backend('production', production.port);
  const again = await load(p.url, { count: 50 });
  assert.equal(again.statuses, { 200: 50 });
});

resilience('a production connection that breaks is tried once more for a GET, never for a POST or a 500', async () => {
  // every other request has its connection reset, as a dying task's or a closing keep-alive connection's would be
  let n = 0;
  const flaky = http.createServer((req, res) => {
    if (n++ % 2 === 0) return void req.socket.destroy();
    res.writeHead(req.url === '/500' ? 500 : 200, { 'content-type': 'text/plain' }).end('production\n');
  });
  await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise<void>((resolve) => flaky.close(() => resolve())));
  flaky.on('connection', (socket) => cleanup.push(async () => void socket.destroy()));
  const p = await proxy({ production: `http://127.0.0.1:${(flaky.address() as { port: number }).port}`, canary: null });
  const gets = await load(p.url, { count: 40, concurrency: 1 });
  assert.equal(gets.statuses, { 200: 40 }, 'each GET whose connection broke was answered on a new one');
  assert.is((await admin(p, 'GET', '/status')).json.retries, 40);
  n = 0;
  const posts = await load(p.url, { count: 10, concurrency: 1, method: 'POST', body: 'x' });
  assert.is(posts.statuses[502], 5, `a POST is never repeated: ${JSON.stringify(posts.statuses)}`);
  n = 1;
  const fivexx = await load(p.url, { count: 1, concurrency: 1, path: '/500' });
  assert.equal(fivexx.statuses, { 500: 1 }, 'a production 500 is passed on, not repeated');
  assert.is((await admin(p, 'GET', '/status')).json.retries, 40);
});

resilience('a canary GET that times out is answered by production; a POST gets 504; a slow production gets 504', async () => {
  const production = await backend('production');
  const canary = await backend('canary');
  await canary.setDelay(2000);
  const p = await proxy({ production: production.url, canary: canary.url, weights: { production: 0, canary: 1 } }, { requestTimeoutMs: 300, rules: { consecutive5xx: 100, windowSec: 30, minRequests: 100, maxErrorRate: 1, probationSec: 0 } });
  const get = await fetch(p.url);
  assert.is(get.status, 200);
  assert.is((await get.text()).trim(), 'production');
  const post = await fetch(p.url, { method: 'POST', body: 'x' });
  assert.is(post.status, 504);
  assert.is(post.headers.get('x-slipway-error'), 'timeout');
  const m = (await admin(p, 'GET', '/metrics')).json as unknown as string;
  assert.match(m, 'slipway_proxy_upstream_failures_total{role="canary",kind="timeout"} 2');
  assert.match(m, 'slipway_proxy_retries_total{from="canary",to="production"} 1');
  await production.setDelay(2000);
  await admin(p, 'PUT', '/weights', { production: 1, canary: 0 });
  assert.is((await fetch(p.url)).status, 504);
  await production.setDelay(0);
});

resilience('a client that hangs up frees its request on the backend too', async () => {
  const production = await backend('production');
  const p = await proxy({ production: production.url, canary: null });
  const ac = new AbortController();
  const pending = fetch(`${p.url}/slow?ms=3000`, { signal: ac.signal }).catch(() => 'aborted');
  const deadline = Date.now() + 3000;
  while ((await admin(p, 'GET', '/status')).json.inFlight === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  ac.abort();
  assert.is(await pending, 'aborted');
  while ((await admin(p, 'GET', '/status')).json.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  const s = (await admin(p, 'GET', '/status')).json;
  assert.is(s.inFlight, 0);
  assert.is(s.backends[0].inFlight, 0);
  assert.match((await admin(p, 'GET', '/metrics')).json as unknown as string, 'slipway_proxy_requests_total{role="production",class="4xx"} 1');
});

resilience('slipway proxy run drains in-flight requests on SIGTERM and keeps its state', async () => {
  const production = await backend('production');
  const canary = await backend('canary');
  const app = tmpDir();
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'drain-app' }));
  const listen = await freePort();
  const adminPort = await freePort();
  const child = spawn(process.execPath, await cliArgs('--app', app, 'proxy', 'run',
    '--listen', `127.0.0.1:${listen}`, '--admin', `127.0.0.1:${adminPort}`, '--production', production.url, '--canary', canary.url),
  { cwd: ROOT, env: { ...process.env, SLIPWAY_STATE_DIR: path.join(app, 'state'), SLIPWAY_ADMIN_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  cleanup.push(async () => void child.kill('SIGKILL'));
  let log = '';
  child.stdout.on('data', (c) => (log += c));
  child.stderr.on('data', (c) => (log += c));
  const deadline = Date.now() + 20_000;
  while (!log.includes('listening on') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
  assert.match(log, `listening on 127.0.0.1:${listen}`);
  const url = `http://127.0.0.1:${listen}`;
  await fetch(`http://127.0.0.1:${adminPort}/canary/abort`, { method: 'POST', body: JSON.stringify({ reason: 'before the restart' }) });
  const inFlight = [fetch(`${url}/slow?ms=700`), fetch(`${url}/slow?ms=700`)];
  await new Promise((r) => setTimeout(r, 150));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const answers = await Promise.all(inFlight);
  assert.equal(answers.map((a) => a.status), [200, 200], 'both in-flight requests were finished');
  assert.is(await exited, 0, log);
  assert.match(log, 'SIGTERM: draining');
  const state = JSON.parse(fs.readFileSync(path.join(app, 'state', 'drain-app', 'proxy-state.json'), 'utf8'));
  assert.is(state.canary.ejected, true);
  assert.is(state.canary.reason, 'before the restart');
  const refused = await fetch(url).then(() => 'answered', () => 'refused');
  assert.is(refused, 'refused', 'nothing listens after the drain');
});

resilience.run();

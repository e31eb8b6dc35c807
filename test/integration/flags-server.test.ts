import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import Redis from 'ioredis';
import { startRedis, type TestRedis } from '../support/redis';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { cliArgs } from '../support/cli-process';
import { startToggleServer, type RunningToggleServer } from '../../src/flags/serve';

const server = suite('toggle server over HTTP on a real redis-server');

const TOKEN = 'flags-token-for-tests';
const READ = 'flags-read-token-for-tests';
let redis: TestRedis;
let conn: Redis;
let toggle: RunningToggleServer;
const logs: string[] = [];
const NS = 'server-test';

const auth = { authorization: `Bearer ${TOKEN}` };
const reader = { authorization: `Bearer ${READ}` };

async function call(method: string, urlPath: string, opts: { headers?: Record<string, string>; body?: string; base?: string } = {}) {
  const res = await fetch(`${opts.base ?? toggle.url}${urlPath}`, { method, headers: { 'content-type': 'application/json', ...opts.headers }, body: opts.body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

const version = async () => Number((await conn.hget(`slipway:flags:{${NS}}`, '@version')) ?? 0);
const auditLength = async () => conn.xlen(`slipway:flags:{${NS}}:audit`);

async function eventually(what: string, ok: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

server.before(async () => {
  redis = await startRedis();
  conn = new Redis(redis.url);
  conn.on('error', () => undefined);
  toggle = await startToggleServer({
    redisUrl: redis.url, namespace: NS, defaults: { myflag: 'disable', beta: false }, host: '127.0.0.1', port: await freePort(),
    token: TOKEN, readToken: READ, legacyGetToggle: false, log: (l) => logs.push(l),
  });
  await eventually('defaults seeded', async () => (await version()) === 2);
});

server.after(async () => {
  await toggle.stop();
  conn.disconnect();
  await redis.stop();
});

server('GET /flags lists every flag, the seeded defaults included', async () => {
  const r = await call('GET', '/flags');
  assert.is(r.status, 200);
  assert.is(r.body.namespace, NS);
  assert.equal(r.body.flags.map((f: { name: string; value: unknown }) => [f.name, f.value]), [['beta', false], ['myflag', 'disable']]);
});

server('an unauthenticated write is 401 and changes nothing', async () => {
  const [v, a] = [await version(), await auditLength()];
  const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token' }, { authorization: `Basic ${TOKEN}` }];
  for (const headers of attempts) {
    const r = await call('PUT', '/flags/myflag', { headers, body: '{"value":"enable"}' });
    assert.is(r.status, 401);
    assert.match(r.headers.get('www-authenticate') ?? '', 'Bearer');
  }
  assert.is((await call('POST', '/newfeature')).status, 401);
  assert.is((await call('POST', '/flags/myflag/toggle')).status, 401);
  assert.is(await version(), v);
  assert.is(await auditLength(), a);
  assert.is((await call('GET', '/flags/myflag')).body.value, 'disable');
});

server('a malformed value is 400 and changes nothing', async () => {
  const [v, a] = [await version(), await auditLength()];
  const cases: [string, string, string][] = [
    ['/flags/myflag', '{"value":', 'not valid JSON'],
    ['/flags/myflag', '"enable"', 'expected a JSON object'],
    ['/flags/myflag', '{"val":"enable"}', 'expected a JSON object'],
    ['/flags/myflag', '{"value":true}', 'myflag is a string flag'],
    ['/flags/beta', '{"value":"yes"}', 'beta is a boolean flag'],
    ['/flags/bad%20name', '{"value":1}', 'is not valid'],
    ['/flags/myflag', '', 'empty body'],
  ];
  for (const [p, body, why] of cases) {
    const r = await call('PUT', p, { headers: auth, body });
    assert.is(r.status, 400, `${p} ${body}`);
    assert.match(r.body.error, why);
  }
  assert.is(await version(), v);
  assert.is(await auditLength(), a);
});

server('PUT with the token sets the flag; GET /flags/:name reads it', async () => {
  const r = await call('PUT', '/flags/myflag', { headers: { ...auth, 'x-slipway-actor': 'alice' }, body: '{"value":"enable"}' });
  assert.is(r.status, 200);
  assert.equal([r.body.old, r.body.value, r.body.changed], ['disable', 'enable', true]);
  assert.equal((await call('GET', '/flags/myflag')).body, { name: 'myflag', value: 'enable', type: 'string', origin: 'stored' });
  assert.is((await call('GET', '/flags/none')).status, 404);
});

server('the seed\'s /newfeature flips myflag between enable and disable (POST)', async () => {
  const before = (await call('GET', '/flags/myflag')).body.value;
  const first = await call('POST', '/newfeature', { headers: auth });
  assert.is(first.status, 200);
  assert.equal([first.body.old, first.body.value], [before, before === 'enable' ? 'disable' : 'enable']);
  const second = await call('POST', '/newfeature', { headers: auth });
  assert.is(second.body.value, before);
});

server('GET /newfeature only shows the flag unless the legacy option is on', async () => {
  const v = await version();
  const r = await call('GET', '/newfeature');
  assert.is(r.status, 200);
  assert.is(r.body.name, 'myflag');
  assert.match(r.body.note, 'POST /newfeature toggles it');
  assert.is(await version(), v);
});

server('POST /flags/:name/toggle flips booleans and refuses values without an opposite', async () => {
  const r = await call('POST', '/flags/beta/toggle', { headers: auth });
  assert.equal([r.body.old, r.body.value], [false, true]);
  await call('PUT', '/flags/colour', { headers: auth, body: '{"value":"blue"}' });
  const bad = await call('POST', '/flags/colour/toggle', { headers: auth });
  assert.is(bad.status, 400);
  assert.match(bad.body.error, 'has no opposite');
  assert.is((await call('POST', '/flags/ghost/toggle', { headers: auth })).status, 404);
});

server('GET /audit shows each change: who, when, old → new, source', async () => {
  const r = await call('GET', '/audit?flag=myflag&limit=10', { headers: reader });
  assert.is(r.status, 200);
  const entries = r.body.entries as { flag: string; old?: string; new?: string; actor: string; source: string; at: string }[];
  assert.equal(entries.map((e) => [e.old, e.new, e.source]), [
    ['disable', 'enable', 'http /newfeature'],
    ['enable', 'disable', 'http /newfeature'],
    ['disable', 'enable', 'http'],
    [undefined, 'disable', 'seed'],
  ]);
  assert.match(entries[2].actor, 'alice from 127.0.0.1');
  for (const e of entries) assert.ok(!Number.isNaN(Date.parse(e.at)));
  assert.is((await call('GET', '/audit?limit=lots', { headers: reader })).status, 400);
  assert.is((await call('GET', '/audit?before=%2B', { headers: reader })).status, 400);
});

server('with a read token set, /audit needs it (or the write token); the read token writes nothing', async () => {
  for (const headers of [{}, { authorization: 'Bearer not-the-read-token' }] as Record<string, string>[]) {
    const r = await call('GET', '/audit', { headers });
    assert.is(r.status, 401, JSON.stringify(headers));
    assert.is(r.body.entries, undefined);
  }
  assert.is((await call('GET', '/audit', { headers: reader })).status, 200);
  assert.is((await call('GET', '/audit', { headers: auth })).status, 200);
  const v = await version();
  assert.is((await call('PUT', '/flags/myflag', { headers: reader, body: '{"value":"enable"}' })).status, 401);
  assert.is((await call('POST', '/newfeature', { headers: reader })).status, 401);
  assert.is(await version(), v);
});

server('/audit pages are bounded in entries and bytes, and `next` walks back through all of them once', async () => {
  const big = (c: string) => JSON.stringify({ value: c.repeat(60_000) });
  for (let i = 0; i < 24; i++) assert.is((await call('PUT', '/flags/big', { headers: auth, body: big(i % 2 ? 'a' : 'b') })).status, 200);
  for (let i = 0; i < 60; i++) assert.is((await call('POST', '/flags/beta/toggle', { headers: auth })).status, 200);
  const first = (await call('GET', '/audit', { headers: reader })).body;
  assert.equal([first.entries.length, first.next], [50, first.entries[49].id], 'the default page: the 50 newest, and where the next starts');
  const total = await auditLength();
  const seen = new Set<string>();
  let before = '';
  let pages = 0;
  while (pages < 100) {
    pages++;
    const r = await call('GET', `/audit?limit=9999${before ? `&before=${before}` : ''}`, { headers: reader });
    assert.is(r.status, 200);
    const entries = r.body.entries as { id: string }[];
    assert.ok(entries.length >= 1 && entries.length <= 200, `page of ${entries.length}`);
    assert.ok(JSON.stringify(r.body).length < 1.2 * 1024 * 1024, 'about 1 MiB at most');
    for (const e of entries) {
      assert.not.ok(seen.has(e.id), `entry ${e.id} on two pages`);
      seen.add(e.id);
    }
    if (!r.body.next) break;
    before = r.body.next;
  }
  assert.ok(pages >= 3, 'the 120 KB entries did not fit one page');
  assert.is(seen.size, total);
});

server('unknown paths are 404 and wrong methods 405', async () => {
  assert.is((await call('GET', '/nowhere')).status, 404);
  const r = await call('DELETE', '/audit', { headers: auth });
  assert.is(r.status, 405);
  assert.is(r.headers.get('allow'), 'GET, HEAD');
});

server('with Redis down reads and writes are 503 and /health says so; back up, it serves again', async () => {
  await redis.stop();
  await eventually('health reports Redis down', async () => (await call('GET', '/health')).status === 503);
  assert.is((await call('GET', '/flags')).status, 503);
  assert.is((await call('POST', '/newfeature', { headers: auth })).status, 503);
  await redis.start();
  await eventually('health reports Redis up', async () => (await call('GET', '/health')).status === 200);
  assert.is((await call('POST', '/newfeature', { headers: auth })).status, 200);
});

server('the token never shows in the server log', async () => {
  assert.ok(logs.length > 0);
  for (const l of logs) assert.not.match(l, TOKEN);
});

server('without a token, a loopback client may write and a legacy GET /newfeature toggles', async () => {
  const legacy = await startToggleServer({
    redisUrl: redis.url, namespace: 'legacy-ns', defaults: { myflag: 'disable' }, host: '127.0.0.1', port: await freePort(),
    legacyGetToggle: true, log: () => undefined,
  });
  try {
    await eventually('seeded', async () => (await call('GET', '/flags/myflag', { base: legacy.url })).body?.origin === 'stored');
    assert.is((await call('GET', '/newfeature', { base: legacy.url })).body.value, 'enable');
    assert.is((await call('GET', '/newfeature', { base: legacy.url })).body.value, 'disable');
  } finally {
    await legacy.stop();
  }
});

/** One request as raw bytes, so its target reaches the server exactly as written. */
function rawRequest(port: number, requestLine: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${requestLine}`)));
    socket.on('data', (c) => (text += c));
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(text.split(' ')[1])));
    socket.write(`${requestLine}\r\nhost: flags\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`);
  });
}

// the requests that made the toggle server's process exit (new URL(target) threw outside any handler)
const KILLERS: [string, number][] = [
  ['GET http://[::1/flags HTTP/1.1', 400], ['GET http://h:99999/flags HTTP/1.1', 400], ['POST http://%zz/newfeature HTTP/1.1', 400],
  ['GET http:// HTTP/1.1', 400], ['GET * HTTP/1.1', 400], ['PUT /flags/%E0%A4%A HTTP/1.1', 400], ['GET //[/x HTTP/1.1', 404],
];

server('`slipway flags serve` runs in the foreground, survives malformed request targets, and stops cleanly on SIGTERM', async () => {
  const port = await freePort();
  const root = path.resolve(__dirname, '../..');
  const child = spawn(process.execPath, await cliArgs('--app', tmpDir(), 'flags', 'serve', '--listen', `127.0.0.1:${port}`), {
    cwd: root, env: { ...process.env, REDIS_URL: redis.url, SLIPWAY_FLAGS_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await eventually('the CLI toggle server answers', async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/health`)).status === 200;
      } catch {
        return false;
      }
    }, 30_000);
    const r = await call('POST', '/newfeature', { base: `http://127.0.0.1:${port}`, headers: auth });
    assert.is(r.status, 200);
    for (const [line, status] of KILLERS) assert.is(await rawRequest(port, line), status, line);
    assert.is(await rawRequest(port, 'OPTIONS * HTTP/1.1'), 204);
    assert.is(await rawRequest(port, 'GET http://flags.example/health HTTP/1.1'), 200, 'absolute-form is served');
    assert.is(child.exitCode, null, out);
    assert.is((await call('GET', '/health', { base: `http://127.0.0.1:${port}` })).status, 200);
  } finally {
    child.kill('SIGTERM');
  }
  assert.is(await exited, 0, out);
  assert.match(out, 'stopped (SIGTERM)');
  assert.not.match(out, TOKEN);
});

server.run();

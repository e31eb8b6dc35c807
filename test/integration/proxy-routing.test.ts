import { suite } from 'uvu';
import { loudly } from '../support/hooks';
import * as assert from 'uvu/assert';
import * as net from 'node:net';
import { startBackend, type TestBackend } from '../support/backends';
import { admin, load, startTestProxy, type TestProxy } from '../support/proxy-harness';

const routing = suite('proxy routing');
let production: TestBackend;
let canary: TestBackend;
const started: TestProxy[] = [];

routing.before(loudly(async () => {
  production = await startBackend('production');
  canary = await startBackend('canary');
}));

routing.after(async () => {
  for (const p of started) await p.stop();
  await production.kill();
  await canary.kill();
});

async function proxy(...args: Parameters<typeof startTestProxy>): Promise<TestProxy> {
  const p = await startTestProxy(...args);
  started.push(p);
  return p;
}

routing('3,000 requests split 2:1 between production and canary within 3%', async () => {
  const p = await proxy({ production: production.url, canary: canary.url });
  const r = await load(p.url, { count: 3000, concurrency: 20 });
  assert.equal(r.statuses, { 200: 3000 });
  assert.is(r.bodies.production + r.bodies.canary, 3000);
  const ratio = r.bodies.production / r.bodies.canary;
  assert.ok(Math.abs(ratio - 2) <= 2 * 0.03, `split ${r.bodies.production}:${r.bodies.canary} is not within 3% of 2:1`);
});

routing('weights change at run time without dropping a request', async () => {
  const p = await proxy({ production: production.url, canary: canary.url });
  const r = await load(p.url, {
    count: 2000, concurrency: 20,
    onEach: async (i) => {
      if (i === 500) assert.is((await admin(p, 'PUT', '/weights', { production: 1, canary: 1 })).status, 200);
      if (i === 1000) assert.is((await admin(p, 'PUT', '/weights', { production: 1, canary: 0 })).status, 200);
    },
  });
  assert.equal(r.statuses, { 200: 2000 });
  assert.is(r.errors, 0);
  const after = await load(p.url, { count: 300, concurrency: 10 });
  assert.equal(after.bodies, { production: 300 }, 'canary weight 0: production only');
  await admin(p, 'PUT', '/weights', { production: 1, canary: 1 });
  const even = await load(p.url, { count: 300, concurrency: 10 });
  assert.equal(even.bodies, { production: 150, canary: 150 });
});

routing('with no canary all traffic goes to production', async () => {
  const p = await proxy({ production: production.url, canary: null });
  const r = await load(p.url, { count: 300 });
  assert.equal(r.bodies, { production: 300 });
  const status = (await admin(p, 'GET', '/status')).json;
  assert.is(status.canary.state, 'absent');
  assert.is(status.backends[1].state, 'absent');
});

routing('a sticky cookie keeps a user on one version, and raising the canary weight only moves users to the canary', async () => {
  const p = await proxy({ production: production.url, canary: canary.url }, { stickyCookie: 'slipway_v' });
  const first = await fetch(p.url);
  const cookie = first.headers.get('set-cookie')!;
  assert.match(cookie, /^slipway_v=b\d{1,4}; Path=\/; HttpOnly; SameSite=Lax$/);
  const role = (await first.text()).trim();
  const again = await load(p.url, { count: 60, headers: { cookie: `theme=dark; ${cookie.split(';')[0]}` } });
  assert.equal(again.bodies, { [role]: 60 });
  // 40 users placed at 10 %, then the canary's share raised to 50 %: nobody on the canary goes back
  await admin(p, 'PUT', '/weights', { production: 9, canary: 1 });
  const users: { cookie: string; role: string }[] = [];
  for (let i = 0; i < 40; i++) {
    const r = await fetch(p.url);
    users.push({ cookie: r.headers.get('set-cookie')!.split(';')[0], role: (await r.text()).trim() });
  }
  await admin(p, 'PUT', '/weights', { production: 1, canary: 1 });
  for (const u of users) {
    const now = (await (await fetch(p.url, { headers: { cookie: u.cookie } })).text()).trim();
    if (u.role === 'canary') assert.is(now, 'canary', `${u.cookie} was on the canary and must stay there`);
  }
  const canaryUser = await load(p.url, { count: 30, headers: { cookie: 'slipway_v=b0' } });
  assert.equal(canaryUser.bodies, { canary: 30 }, 'bucket 0 is the first the canary gets');
});

routing('a header the app names (proxy.stickyHeader) fixes the bucket without a cookie', async () => {
  const p = await proxy({ production: production.url, canary: canary.url }, { stickyHeader: 'X-User-Id' });
  const roles = new Map<string, Set<string>>();
  for (let round = 0; round < 3; round++) {
    for (let u = 0; u < 30; u++) {
      const r = await fetch(p.url, { headers: { 'x-user-id': `user-${u}` } });
      assert.is(r.headers.get('set-cookie'), null);
      const set = roles.get(`user-${u}`) ?? new Set<string>();
      set.add((await r.text()).trim());
      roles.set(`user-${u}`, set);
    }
  }
  for (const [user, seen] of roles) assert.is(seen.size, 1, `${user} saw ${[...seen].join(' and ')}`);
  const all = [...roles.values()].map((s) => [...s][0]);
  assert.ok(all.includes('canary') && all.includes('production'), 'users are spread over both versions');
});

routing('the app sees who asked as the proxy saw it, and hop-by-hop headers stay on their hop', async () => {
  const p = await proxy({ production: production.url, canary: null });
  const r = await fetch(`${p.url}/echo-headers`, { headers: { 'x-forwarded-for': '198.51.100.4', 'x-forwarded-proto': 'https', 'x-request-id': 'abc' } });
  const { headers } = (await r.json()) as { headers: Record<string, string> };
  assert.is(headers['x-forwarded-for'], '127.0.0.1', 'a client cannot claim another address');
  assert.is(headers['x-forwarded-proto'], 'http');
  assert.is(headers['x-forwarded-host'], `127.0.0.1:${p.listen.port}`);
  assert.is(headers['x-request-id'], 'abc');
  assert.is(r.headers.get('x-internal'), null, 'a header the backend named in Connection is not passed on');
});

routing('behind a trusted front proxy, its X-Forwarded-* are kept and extended', async () => {
  const p = await proxy({ production: production.url, canary: null }, { trustedProxies: ['127.0.0.1'] });
  const r = await fetch(`${p.url}/echo-headers`, { headers: { 'x-forwarded-for': '198.51.100.4', 'x-forwarded-proto': 'https' } });
  const { headers } = (await r.json()) as { headers: Record<string, string> };
  assert.is(headers['x-forwarded-for'], '198.51.100.4, 127.0.0.1');
  assert.is(headers['x-forwarded-proto'], 'https');
});

routing('bodies stream both ways', async () => {
  const p = await proxy({ production: production.url, canary: null });
  const big = 'x'.repeat(5 * 1024 * 1024);
  const post = await fetch(p.url, { method: 'POST', body: big });
  assert.is((await post.text()).trim(), `production got ${big.length}`);
  const chunked = await fetch(p.url, { method: 'POST', body: new Blob([big]).stream(), duplex: 'half' } as RequestInit);
  assert.is((await chunked.text()).trim(), `production got ${big.length}`);
  const stream = await fetch(`${p.url}/stream?chunks=5`);
  assert.is(stream.headers.get('transfer-encoding'), 'chunked');
  assert.is((await stream.text()).split('\n').filter(Boolean).length, 6);
});

routing('headers beyond the size limit are refused with 431', async () => {
  const p = await proxy({ production: production.url, canary: null }, { maxHeaderBytes: 4096 });
  const r = await fetch(p.url, { headers: { 'x-big': 'y'.repeat(8000) } });
  assert.is(r.status, 431);
  assert.is((await fetch(p.url)).status, 200, 'the proxy serves on');
});

routing('a WebSocket upgrade passes through both ways', async () => {
  const p = await proxy({ production: production.url, canary: null });
  const socket = net.connect(p.listen.port, '127.0.0.1');
  let received = '';
  socket.on('data', (c) => (received += c));
  socket.write(`GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  const deadline = Date.now() + 5000;
  while (!received.includes('\r\n\r\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  assert.match(received, /^HTTP\/1.1 101 Switching Protocols/);
  assert.match(received, 'x-backend: production');
  received = '';
  socket.write('ping-frame');
  while (!received.includes('ping-frame') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  assert.is(received, 'ping-frame');
  socket.destroy();
});

routing.run();

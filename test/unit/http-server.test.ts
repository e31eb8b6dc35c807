import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as http from 'node:http';
import * as net from 'node:net';
import { bearerMatches, closeServer, createJsonServer, HttpError, json, listenOn, parseRequestTarget, type Route } from '../../src/core/http-server';

const kit = suite('http server kit');

const TOKEN = 'kit-token-for-tests';
const HOOK = 'kit-hook-token-for-tests';
const logs: string[] = [];
let server: http.Server;
let port: number;

const main = { name: 'KIT_TOKEN', value: TOKEN };
const routes: Route[] = [
  { method: 'GET', path: '/status', handle: () => json({ ok: true }) },
  { method: 'PUT', path: '/things/:name', auth: [main], handle: async (r) => json({ name: r.params.name, body: await r.body() }) },
  { method: 'POST', path: '/hook', auth: [main, { name: 'HOOK_TOKEN', value: HOOK }], handle: () => json({ hooked: true }) },
  // a handler that listens on the request's own events, and whose listener throws
  { method: 'POST', path: '/listener-throws', handle: (r) => new Promise((resolve) => {
    r.req.once('data', () => { throw new RangeError('listener bug'); });
    r.req.once('end', () => resolve(json({ late: true })));
  }) },
  { method: 'GET', path: '/things/:name', handle: (r) => json({ name: r.params.name, q: r.query.get('q') }) },
  { method: 'GET', path: '/broken', handle: () => JSON.parse('{') },
  { method: 'POST', path: '/broken', handle: async () => Promise.reject(new TypeError('x is undefined')) },
  { method: 'GET', path: '/unsendable', handle: () => json({ big: 1n }) },
  { method: 'GET', path: '/teapot', handle: () => Promise.reject(new HttpError(418, 'short and stout')) },
];

kit.before(async () => {
  server = createJsonServer({ name: 'kit', routes, maxBodyBytes: 1024, log: (l) => logs.push(l) });
  port = (await listenOn(server, { host: '127.0.0.1', port: 0 }, 'kit.listen')).port;
});

kit.after(async () => {
  server.closeAllConnections();
  await closeServer(server);
});

/** One request on its own connection, as raw bytes, so targets reach the server exactly as written. */
function raw(head: string, body = ''): Promise<{ status: number; headers: string; json: any }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('data', (c) => (text += c));
    socket.on('error', reject);
    socket.on('end', () => {
      const [headers, rest] = [text.slice(0, text.indexOf('\r\n\r\n')), text.slice(text.indexOf('\r\n\r\n') + 4)];
      resolve({ status: Number(headers.split(' ')[1]), headers: headers.toLowerCase(), json: rest ? JSON.parse(rest) : undefined });
    });
    socket.write(`${head}\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n${body}`);
  });
}

async function call(method: string, path: string, opts: { body?: string | Buffer; headers?: Record<string, string>; agent?: http.Agent } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; json: any }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers: opts.headers, agent: opts.agent }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, json: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const auth = { authorization: `Bearer ${TOKEN}` };

kit('the bearer check is exact, whatever the lengths', () => {
  assert.ok(bearerMatches(`Bearer ${TOKEN}`, TOKEN));
  assert.ok(bearerMatches(`bearer ${TOKEN}`, TOKEN));
  for (const wrong of [`Bearer ${TOKEN.slice(0, -1)}`, `Bearer ${TOKEN}x`, 'Bearer x', `Basic ${TOKEN}`, `Bearer`, '', undefined]) {
    assert.not.ok(bearerMatches(wrong, TOKEN), String(wrong));
  }
});

kit('a route that needs the token answers 401 without it or with a wrong one, and runs with it', async () => {
  const missing = await call('PUT', '/things/a', { body: '{}' });
  assert.is(missing.status, 401);
  assert.is(missing.json.error, 'missing Authorization: Bearer <KIT_TOKEN>');
  assert.match(String(missing.headers['www-authenticate']), 'Bearer');
  const wrong = await call('PUT', '/things/a', { body: '{}', headers: { authorization: 'Bearer nope' } });
  assert.is(wrong.status, 401);
  assert.is(wrong.json.error, 'wrong token');
  const right = await call('PUT', '/things/a%20b', { body: '{"v":1}', headers: auth });
  assert.equal([right.status, right.json], [200, { name: 'a b', body: { v: 1 } }]);
});

kit('a body over the limit is answered 413, and the connection keeps serving', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const big = Buffer.alloc(512 * 1024, 'a');
    const declared = await call('PUT', '/things/a', { body: big, headers: auth, agent });
    assert.equal([declared.status, declared.json], [413, { error: 'body larger than 1024 bytes' }]);
    // chunked, so the size is known only while reading
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'PUT', path: '/things/a', headers: auth, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      });
      req.on('error', reject);
      for (let i = 0; i < 64; i++) req.write(Buffer.alloc(8 * 1024, 'b'));
      req.end();
    });
    assert.is(chunked, 413);
    assert.is((await call('GET', '/status', { agent })).status, 200);
  } finally {
    agent.destroy();
  }
});

kit('bad JSON is a 400 naming it; an empty body reaches the handler as undefined', async () => {
  const bad = await call('PUT', '/things/a', { body: '{"v":', headers: auth });
  assert.is(bad.status, 400);
  assert.match(bad.json.error, 'body is not valid JSON');
  assert.equal((await call('PUT', '/things/a', { headers: auth })).json, { name: 'a' });
});

kit('request targets: origin-form and absolute-form are served, anything else is a 400', async () => {
  assert.equal((await raw('GET /things/x?q=1 HTTP/1.1')).json, { name: 'x', q: '1' });
  assert.equal((await raw('GET http://127.0.0.1/things/y?q=2 HTTP/1.1')).json, { name: 'y', q: '2' });
  for (const head of ['GET status HTTP/1.1', 'GET * HTTP/1.1', 'GET ftp://127.0.0.1/status HTTP/1.1', 'GET /things/%zz HTTP/1.1', 'GET /status#top HTTP/1.1', 'CONNECT 127.0.0.1:443 HTTP/1.1']) {
    const r = await raw(head);
    assert.is(r.status, 400, head);
    assert.type(r.json.error, 'string', head);
  }
  assert.is((await raw('GET //127.0.0.2/status HTTP/1.1')).status, 404, 'a path that looks like an authority is only a path');
});

kit('OPTIONS * is answered by the server itself with the methods it knows', async () => {
  const r = await raw('OPTIONS * HTTP/1.1');
  assert.is(r.status, 204);
  assert.match(r.headers, 'allow: get, head, put, post');
});

kit('unknown paths are 404, wrong methods 405 with Allow, HEAD is GET without a body', async () => {
  const missing = await call('GET', '/nope');
  assert.is(missing.status, 404);
  assert.match(missing.json.error, 'GET /status');
  const wrong = await call('DELETE', '/status');
  assert.equal([wrong.status, wrong.headers.allow], [405, 'GET, HEAD']);
  const head = await call('HEAD', '/status');
  assert.equal([head.status, head.json], [200, undefined]);
});

kit('a throwing handler is a logged 500 and the server keeps serving', async () => {
  for (const [method, path] of [['GET', '/broken'], ['POST', '/broken'], ['GET', '/unsendable']]) {
    const r = await call(method, path);
    assert.is(r.status, 500, `${method} ${path}`);
    assert.match(r.json.error, 'internal error');
  }
  assert.ok(logs.some((l) => l.includes('GET /broken failed') && l.includes('SyntaxError')));
  assert.equal((await call('GET', '/teapot')).status, 418, 'an HttpError keeps its status');
  assert.is((await call('GET', '/status')).status, 200);
});

kit('a listener of the request that throws is a logged 500, and the server keeps serving', async () => {
  const r = await call('POST', '/listener-throws', { body: '{"x":1}' });
  assert.is(r.status, 500);
  assert.match(r.json.error, 'listener bug');
  assert.ok(logs.some((l) => l.includes('POST /listener-throws failed') && l.includes('RangeError')));
  assert.is((await call('GET', '/status')).status, 200);
});

kit('a route may accept a second token; that token opens no other route', async () => {
  assert.is((await call('POST', '/hook', { headers: { authorization: `Bearer ${HOOK}` } })).status, 200);
  assert.is((await call('POST', '/hook', { headers: auth })).status, 200);
  const elsewhere = await call('PUT', '/things/a', { body: '{}', headers: { authorization: `Bearer ${HOOK}` } });
  assert.equal([elsewhere.status, elsewhere.json.error], [401, 'wrong token']);
  assert.is((await call('POST', '/hook', { headers: { authorization: 'Bearer neither-of-the-two' } })).status, 401);
});

kit('a body announced over the limit with Expect: 100-continue is refused before it is sent', async () => {
  const r = await raw('PUT /things/a HTTP/1.1\r\nexpect: 100-continue\r\ncontent-length: 99999\r\nauthorization: Bearer ' + TOKEN);
  assert.is(r.status, 413);
  assert.not.match(r.headers, '100 continue');
});

kit('a body far over the limit is answered 413 and the rest is not read for ever', async () => {
  const r = await new Promise<{ status: number; closed: boolean }>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    let sent = 0;
    socket.on('data', (c) => (text += c));
    socket.on('error', () => undefined); // the server hangs up on a sender that keeps going
    socket.on('close', () => resolve({ status: Number(text.split(' ')[1]), closed: true }));
    socket.setTimeout(10_000, () => reject(new Error('the server kept reading a 1 GB body')));
    socket.write(`PUT /things/a HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${TOKEN}\r\ncontent-length: 1000000000\r\n\r\n`);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      // bounded: at most 8 MB, far past the 1 MiB the server still reads after refusing
      while (sent < 8 * 1024 * 1024 && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    pump();
  });
  assert.equal(r, { status: 413, closed: true });
});

kit('without a token, routes that need one answer loopback clients only', async () => {
  const open = createJsonServer({ name: 'open', routes: routes.map((r) => (r.auth ? { ...r, auth: [{ name: 'KIT_TOKEN' }] } : r)) });
  const at = await listenOn(open, { host: '127.0.0.1', port: 0 }, 'open.listen');
  try {
    const res = await fetch(`http://127.0.0.1:${at.port}/things/a`, { method: 'PUT', body: '{}' });
    assert.is(res.status, 200);
  } finally {
    await closeServer(open);
  }
});

kit('a taken port is a step failure naming the field', async () => {
  const second = createJsonServer({ name: 'second', routes });
  const err = await listenOn(second, { host: '127.0.0.1', port }, 'kit.listen').then(() => undefined, (e: Error & { hint?: string }) => e);
  assert.match(err!.message, `kit.listen: cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
  assert.match(err!.hint!, 'set kit.listen to a free port');
});

kit('parseRequestTarget reduces absolute-form to its path and keeps the query apart', () => {
  assert.equal(parseRequestTarget('GET', '/a/b?c=d'), { path: '/a/b', query: 'c=d' });
  assert.equal(parseRequestTarget('GET', 'http://example.test:8080/a?b'), { path: '/a', query: 'b' });
  assert.equal(parseRequestTarget('GET', 'http://example.test'), { path: '/', query: '' });
  assert.equal(parseRequestTarget('GET', '/search?filter[name]={x}|y'), { path: '/search', query: 'filter[name]={x}|y' }, 'what browsers send raw');
  assert.is(parseRequestTarget('OPTIONS', '*'), '*');
  for (const bad of ['', 'a', 'example.test:443', '/a b', '/a#b', 'https://', 'file:///etc/passwd', '*']) {
    assert.throws(() => parseRequestTarget('GET', bad), (e: HttpError) => e.status === 400, bad);
  }
});

kit.run();

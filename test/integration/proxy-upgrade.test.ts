import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as http from 'node:http';
import * as net from 'node:net';
import { startTestProxy, type TestProxy } from '../support/proxy-harness';

const upgrades = suite('proxy upgrades');

/** A loopback backend: /ws switches to an echo tunnel, /refuse answers 403 to the upgrade; plain requests get "plain". */
async function startUpgradeBackend(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`plain ${req.method} ${req.url}`);
    res.end('plain\n');
  });
  server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    seen.push(`upgrade ${req.url} xff=${req.headers['x-forwarded-for']}`);
    socket.on('error', () => socket.destroy());
    if (req.url === '/refuse') return void socket.end('HTTP/1.1 403 Forbidden\r\ncontent-type: text/plain\r\ncontent-length: 8\r\n\r\nrefused\n');
    socket.write('HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n\r\n');
    if (head.length) socket.write(head);
    socket.pipe(socket);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    seen,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

interface Opened {
  status: number;
  head: string;
  socket: net.Socket;
  /** Everything received after the response head so far. */
  rest(): string;
  closed: Promise<void>;
}

/** Sends a raw request and resolves once its response head arrived (bounded: 5 s). */
function open(proxy: TestProxy, head: string): Promise<Opened> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(proxy.listen.port, '127.0.0.1');
    let text = '';
    let done = false;
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    const timer = setTimeout(() => socket.destroy(new Error(`no response head within 5 s: ${JSON.stringify(text)}`)), 5000);
    socket.on('error', (err) => (done ? undefined : reject(err)));
    socket.on('data', (c) => {
      text += c.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (done || end < 0) return;
      done = true;
      clearTimeout(timer);
      resolve({ status: Number(text.split(' ')[1]), head: text.slice(0, end), socket, rest: () => text.slice(end + 4), closed });
    });
    socket.write(head);
  });
}

const wsRequest = (path: string, method = 'GET', upgrade = 'websocket') =>
  `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: ${upgrade}\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nX-Forwarded-For: 203.0.113.7\r\n\r\n`;

async function echo(o: Opened, text: string): Promise<string> {
  o.socket.write(text);
  for (let i = 0; i < 100 && !o.rest().includes(text); i++) await new Promise((r) => setTimeout(r, 20));
  return o.rest();
}

const canaryOnly = { weights: { production: 0, canary: 1 } };

upgrades('a WebSocket tunnel opens after the backend\'s 101, counts as in flight, and closes with its backend\'s ejection', async () => {
  const backend = await startUpgradeBackend();
  const proxy = await startTestProxy({ production: backend.url, canary: backend.url, ...canaryOnly });
  try {
    const ws = await open(proxy, wsRequest('/ws'));
    assert.is(ws.status, 101);
    assert.match(await echo(ws, 'hello'), 'hello');
    assert.equal(backend.seen, ['upgrade /ws xff=127.0.0.1'], 'the handshake carries the proxy\'s own X-Forwarded-For');
    assert.is(proxy.core.status().backends[1].inFlight, 1, 'the tunnel is in flight on the canary');
    proxy.core.abort('test: the canary is ejected');
    await ws.closed;
    assert.is(proxy.core.status().backends[1].inFlight, 0);
  } finally {
    await proxy.stop();
    await backend.close();
  }
});

upgrades('a backend that does not answer 101 has its answer relayed and no tunnel opens', async () => {
  const backend = await startUpgradeBackend();
  const proxy = await startTestProxy({ production: backend.url, canary: backend.url, ...canaryOnly });
  try {
    const refused = await open(proxy, wsRequest('/refuse'));
    assert.is(refused.status, 403);
    refused.socket.write('GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n');
    await refused.closed;
    assert.match(refused.rest(), 'refused');
    assert.not.ok(backend.seen.some((s) => s.includes('smuggled')), 'bytes after a refused upgrade never reach the backend');
    const status = proxy.core.status();
    assert.is(status.backends[1].inFlight, 0);
    assert.is(status.canary.state, 'admitted');
  } finally {
    await proxy.stop();
    await backend.close();
  }
});

upgrades('only GET with an allowed Upgrade tunnels: other upgrades are plain requests or a 400 from slipway', async () => {
  const backend = await startUpgradeBackend();
  const proxy = await startTestProxy({ production: backend.url, canary: backend.url, ...canaryOnly });
  try {
    const post = await open(proxy, wsRequest('/ws', 'POST'));
    assert.is(post.status, 400);
    await post.closed;
    const h2c = await open(proxy, wsRequest('/page', 'GET', 'h2c'));
    assert.is(h2c.status, 200, 'an Upgrade the proxy does not allow is ignored');
    await h2c.closed;
    assert.match(h2c.rest(), 'plain');
    const hostile = await open(proxy, wsRequest('//evil.example/ws'));
    assert.is(hostile.status, 400);
    await hostile.closed;
    assert.equal(backend.seen, ['plain GET /page']);
    const status = proxy.core.status();
    assert.is(status.backends[1].failures, 0);
    assert.is(status.canary.state, 'admitted');
  } finally {
    await proxy.stop();
    await backend.close();
  }
});

upgrades('an idle tunnel is closed after proxy.tunnelIdleTimeoutMs; a re-pointed backend drains its tunnels', async () => {
  const backend = await startUpgradeBackend();
  const other = await startUpgradeBackend();
  const proxy = await startTestProxy({ production: backend.url, canary: backend.url, ...canaryOnly }, { tunnelIdleTimeoutMs: 300, drainTimeoutSec: 1 });
  try {
    const idle = await open(proxy, wsRequest('/ws'));
    assert.is(idle.status, 101);
    await idle.closed;
    assert.is(proxy.core.status().backends[1].inFlight, 0, 'the idle tunnel left its backend');

    await proxy.stop();
    const proxy2 = await startTestProxy({ production: backend.url, canary: backend.url, ...canaryOnly }, { tunnelIdleTimeoutMs: 60_000, drainTimeoutSec: 1 });
    try {
      const ws = await open(proxy2, wsRequest('/ws'));
      assert.is(ws.status, 101);
      proxy2.core.setBackend('canary', other.url);
      assert.equal(proxy2.core.status().draining.map((d) => d.inFlight), [1], 'the open tunnel keeps the old target draining');
      assert.match(await echo(ws, 'still here'), 'still here');
      await ws.closed; // closed when the drain timeout ends the old target
      assert.ok(proxy2.core.status().draining.every((d) => d.inFlight === 0), 'the closed tunnel left the old target');
    } finally {
      await proxy2.stop();
    }
  } finally {
    await proxy.stop();
    await backend.close();
    await other.close();
  }
});

upgrades.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as http from 'node:http';
import * as net from 'node:net';
import { startTestProxy, type TestProxy } from '../support/proxy-harness';

const targets = suite('proxy data plane request targets');

let backend: http.Server;
let proxy: TestProxy;
const seen: string[] = [];

targets.before(async () => {
  backend = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    // a backend with a body limit answers before it has read the body, and closes
    if (req.url === '/limited') return void res.writeHead(413, { connection: 'close', 'content-type': 'text/plain' }).end('too large\n');
    req.resume();
    req.on('end', () => res.end('canary\n'));
  });
  await new Promise<void>((r) => backend.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(backend.address() as net.AddressInfo).port}`;
  // all traffic to the canary, so a request the proxy mishandles would count against it
  proxy = await startTestProxy({ production: url, canary: url, weights: { production: 0, canary: 1 } });
});

targets.after(async () => {
  await proxy.stop();
  backend.closeAllConnections();
  await new Promise((r) => backend.close(r));
});

function raw(head: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(proxy.listen.port, '127.0.0.1');
    let text = '';
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('data', (c) => (text += c));
    socket.on('error', reject);
    socket.on('end', () => resolve(Number(text.split(' ')[1])));
    socket.write(`${head}\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`);
  });
}

targets('absolute-form reaches the backend as its path; malformed targets are 400 and no failure of the canary', async () => {
  assert.is(await raw('GET http://127.0.0.1/grades?from=yds HTTP/1.1'), 200);
  assert.equal(seen, ['GET /grades?from=yds']);
  for (let i = 0; i < 10; i++) {
    assert.is(await raw('GET * HTTP/1.1'), 400);
    assert.is(await raw('GET grades HTTP/1.1'), 400);
  }
  assert.is(await raw('OPTIONS * HTTP/1.1'), 204);
  const status = proxy.core.status();
  assert.is(status.canary.state, 'admitted', 'the canary was not blamed for the clients\' requests');
  assert.equal(seen, ['GET /grades?from=yds'], 'nothing malformed reached the backend');
});

/** One raw exchange on its own connection: the status line's code, or 0 when the connection ended without one. */
function send(data: string | Buffer, endAfterWrite = false): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(proxy.listen.port, '127.0.0.1');
    let text = '';
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('data', (c) => (text += c.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.write(data, () => (endAfterWrite ? socket.destroy() : undefined));
  });
}

/** A large upload, written in 64 KiB pieces as long as the proxy takes them; resolves with the status it got. */
function upload(path: string, bytes: number): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(proxy.listen.port, '127.0.0.1');
    let text = '';
    let sent = 0;
    const piece = Buffer.alloc(64 * 1024, 'x');
    const pump = () => {
      while (sent < bytes && !socket.destroyed) {
        sent += piece.length;
        if (!socket.write(piece)) return void socket.once('drain', pump);
      }
    };
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (c) => (text += c.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.write(`POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\ncontent-length: ${bytes}\r\n\r\n`);
    pump();
  });
}

const H = 'host: 127.0.0.1\r\nconnection: close\r\n';
/** Shapes undici would refuse, that URL parsers behind the proxy read as another host, or that smuggle a second request. */
const HOSTILE: (string | Buffer)[] = [
  Buffer.from(`GET /caf\xe9 HTTP/1.1\r\n${H}\r\n`, 'latin1'),
  Buffer.from(`GET /café HTTP/1.1\r\n${H}\r\n`, 'utf8'),
  Buffer.from(`GET http://x/caf\xe9 HTTP/1.1\r\n${H}\r\n`, 'latin1'),
  `GET //evil.example/x HTTP/1.1\r\n${H}\r\n`,
  `GET /\\evil.example/x HTTP/1.1\r\n${H}\r\n`,
  `GET http://x//evil.example/ HTTP/1.1\r\n${H}\r\n`,
  `GET ftp://x/y HTTP/1.1\r\n${H}\r\n`,
  `GET /a#b HTTP/1.1\r\n${H}\r\n`,
  `GET /a\tb HTTP/1.1\r\n${H}\r\n`,
  `CONNECT 127.0.0.1:22 HTTP/1.1\r\n${H}\r\n`,
  `CONNECT /x HTTP/1.1\r\n${H}\r\n`,
  `POST * HTTP/1.1\r\n${H}content-length: 0\r\n\r\n`,
  `DELETE * HTTP/1.1\r\n${H}\r\n`,
  'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
  `GET / HTTP/1.1\r\n${H}x-a: a\x7fb\r\n\r\n`,
  `GET / HTTP/1.1\r\n${H}x-a: a\x00b\r\n\r\n`,
  `GET / HTTP/1.1\r\n${H}x-a{b: 1\r\n\r\n`,
  `GET / HTTP/1.1\r\n${H}x-a : 1\r\n\r\n`,
  `GET / HTTP/1.1\r\n${H}x-a: 1\r\n  folded\r\n\r\n`,
  `GET / HTTP/1.1\r\n${H}: empty-name\r\n\r\n`,
  `POST / HTTP/1.1\r\n${H}transfer-encoding: chunked\r\ncontent-length: 5\r\n\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\n\r\n`,
  `POST / HTTP/1.1\r\n${H}content-length: 1\r\ncontent-length: 2\r\n\r\nxy`,
  `POST / HTTP/1.1\r\n${H}content-length: 1, 1\r\n\r\nx`,
  `POST / HTTP/1.1\r\n${H}content-length: +1\r\n\r\nx`,
  `POST / HTTP/1.1\r\n${H}content-length: 99999999999999999999\r\n\r\nx`,
  `POST / HTTP/1.1\r\n${H}transfer-encoding: gzip\r\n\r\n`,
  `POST / HTTP/1.1\r\n${H}transfer-encoding: chunked, chunked\r\n\r\n0\r\n\r\n`,
  `POST / HTTP/1.1\r\n${H}expect: bogus\r\ncontent-length: 1\r\n\r\nx`,
  `GET / HTTP/1.1\r\nconnection: close\r\n\r\n`,
  `GET / HTTP/1.2\r\n${H}\r\n`,
  `GET / HTTP/1.1\n${H.replace(/\r/g, '')}\n`,
  `POST /ws HTTP/1.1\r\nhost: x\r\nconnection: upgrade\r\nupgrade: websocket\r\ncontent-length: 0\r\n\r\n`,
];

targets('hostile request shapes get a 4xx or 204 from slipway itself, reach no backend and count against none', async () => {
  const before = seen.length;
  for (let round = 0; round < 3; round++) {
    for (const shape of HOSTILE) {
      const status = await send(shape);
      assert.ok(status >= 400 && status < 500, `${JSON.stringify(shape.toString('latin1').split('\r\n')[0])} got ${status}, expected a 4xx from slipway`);
    }
    assert.is(await send(`OPTIONS * HTTP/1.1\r\n${H}\r\n`), 204);
  }
  assert.equal(seen.slice(before), [], 'nothing hostile reached the backend');
  const canary = proxy.core.status().backends[1];
  assert.is(canary.failures, 0);
  assert.is(canary.state, 'active', 'the canary was not ejected by clients');
  assert.is(await raw('GET /after HTTP/1.1'), 200, 'the proxy still serves');
});

targets('clients that break off mid-body, or send chunked trailers and Expect, blame no backend', async () => {
  for (let i = 0; i < 10; i++) await send(`POST /upload HTTP/1.1\r\n${H}content-length: 100000\r\n\r\n${'x'.repeat(1000)}`, true);
  for (let i = 0; i < 10; i++) await send(`POST /upload HTTP/1.1\r\n${H}transfer-encoding: chunked\r\n\r\n10\r\n0123456789`, true);
  assert.is(await send(`POST /t HTTP/1.1\r\n${H}transfer-encoding: chunked\r\ntrailer: x-t\r\n\r\n1\r\nx\r\n0\r\nx-t: 1\r\n\r\n`), 200);
  assert.is(await send(`POST /e HTTP/1.1\r\n${H}expect: 100-continue\r\ncontent-length: 1\r\n\r\nx`), 100);
  for (let i = 0; i < 5; i++) assert.is(await upload('/limited', 4 * 1024 * 1024), 413, 'the backend\'s own 413 is relayed');
  const status = proxy.core.status();
  assert.is(status.backends[1].failures, 0, 'a client going away or a body over a limit is not the canary\'s failure');
  assert.is(status.canary.state, 'admitted');
  assert.is(await raw('GET /after HTTP/1.1'), 200, 'the proxy still serves');
});

targets.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as http from 'node:http';
import * as net from 'node:net';
import { loudly } from '../support/hooks';
import { startTestProxy, type TestProxy } from '../support/proxy-harness';

// The proxy reads a plain GET itself and hands anything else to Node's HTTP server, on the same connection: what
// the client and the backend see must not show where the line between the two runs.
const fast = suite('proxy fast path and upstream client');

let backend: http.Server;
let proxy: TestProxy;
const seen: string[] = [];
let connections = 0;
const BIG = 8 * 1024 * 1024;

fast.before(
  loudly(async () => {
    backend = http.createServer({ keepAliveTimeout: 2000 }, (req, res) => {
      let body = '';
      req.setEncoding('latin1');
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${body.length}`);
        if (req.url === '/chunked') {
          res.write('one,'); // no content-length: Node sends it chunked
          return void setTimeout(() => res.end('two'), 20);
        }
        if (req.url === '/big') return void res.end(Buffer.alloc(BIG, 'b'));
        if (req.url === '/until-close') {
          // an answer delimited by the end of the connection (no length, no chunks)
          res.socket!.end(`HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\nall of it`);
          return;
        }
        res.end(`${req.method} ${req.url} ${body.length}\n`);
      });
    });
    backend.on('connection', () => connections++);
    await new Promise<void>((r) => backend.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(backend.address() as net.AddressInfo).port}`;
    proxy = await startTestProxy({ production: url, canary: null });
  }),
);

fast.after(async () => {
  await proxy.stop();
  backend.closeAllConnections();
  await new Promise((r) => backend.close(r));
});

/** Writes `parts` on one connection (pausing `gapMs` between them) and resolves with everything read until it closes. */
function exchange(parts: string[], gapMs = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(proxy.listen.port, '127.0.0.1');
    let text = '';
    socket.setTimeout(5000, () => socket.destroy(new Error(`no end within 5 s; read so far: ${JSON.stringify(text)}`)));
    socket.on('data', (c) => (text += c.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(text));
    (async () => {
      for (const part of parts) {
        socket.write(part);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
    })();
  });
}

const statuses = (text: string) => [...text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));

fast('a GET, then a POST and a GET on the same kept-alive connection, all answered in order, bodies whole', async () => {
  seen.length = 0;
  const text = await exchange([
    'GET /one HTTP/1.1\r\nhost: a\r\n\r\n',
    'POST /two HTTP/1.1\r\nhost: a\r\ncontent-length: 5\r\n\r\nhello',
    'GET /three HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n',
  ], 100);
  assert.equal(statuses(text), [200, 200, 200]);
  assert.match(text, 'GET /one 0\n');
  assert.match(text, 'POST /two 5\n');
  assert.match(text, 'GET /three 0\n');
  assert.equal(seen, ['GET /one 0', 'POST /two 5', 'GET /three 0']);
});

fast('requests sent before the last answer (pipelined): the first is answered, then the connection closes unread', async () => {
  seen.length = 0;
  const text = await exchange(['GET /a HTTP/1.1\r\nhost: a\r\n\r\nGET /b HTTP/1.1\r\nhost: a\r\n\r\nGET /c HTTP/1.1\r\nhost: a\r\n\r\n']);
  assert.equal(statuses(text), [200], 'one answer; RFC 9112 §9.3.2 has the client send the others again');
  assert.match(text, /connection: close/i);
  assert.equal(seen, ['GET /a 0']);
});

fast('a head that arrives in pieces is answered whole (by the server it is handed to)', async () => {
  seen.length = 0;
  const text = await exchange(['GET /slo', 'w HTTP/1.1\r\nho', 'st: a\r\nconnection: close\r\n\r\n'], 50);
  assert.equal(statuses(text), [200]);
  assert.equal(seen, ['GET /slow 0']);
});

fast("a backend's chunked answer and one delimited by its connection's end reach the client whole; HEAD gets no body", async () => {
  const chunked = await exchange(['GET /chunked HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n']);
  assert.match(chunked, /transfer-encoding: chunked/i);
  assert.ok(chunked.endsWith('4\r\none,\r\n3\r\ntwo\r\n0\r\n\r\n'), JSON.stringify(chunked));
  const untilClose = await exchange(['GET /until-close HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n']);
  assert.equal(statuses(untilClose), [200]);
  assert.ok(untilClose.endsWith('\r\n\r\n9\r\nall of it\r\n0\r\n\r\n'), `re-framed as chunks: ${JSON.stringify(untilClose)}`);
  const head = await exchange(['HEAD /x HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n']);
  assert.equal(statuses(head), [200]);
  assert.ok(head.endsWith('\r\n\r\n'), `no body after the head: ${JSON.stringify(head)}`);
});

fast('a big answer to a client that reads slowly, then the next request on the same connections is answered', async () => {
  const socket = net.connect(proxy.listen.port, '127.0.0.1');
  let text = '';
  let received = 0;
  const until = (done: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not there within 5 s (read ${received} bytes)`)), 5000);
      const check = () => done() && (clearTimeout(timer), socket.off('data', check), resolve());
      socket.on('data', check);
      check();
    });
  socket.on('data', (c: Buffer) => {
    received += c.length;
    if (text.length < 200) text += c.toString('latin1', 0, 200);
  });
  socket.write('GET /big HTTP/1.1\r\nhost: a\r\n\r\n');
  socket.pause(); // the proxy's writes back up, so it stops reading the backend for a while
  await new Promise((r) => setTimeout(r, 300));
  socket.resume();
  await until(() => received >= BIG);
  text = '';
  socket.write('GET /after-big HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n');
  await until(() => text.includes('GET /after-big 0'));
  socket.destroy();
});

fast("a kept connection is reused, but not within a second of the backend's Keep-Alive timeout (2 s here)", async () => {
  const post = async () => {
    const r = await fetch(`${proxy.url}/kept`, { method: 'POST', body: 'x'.repeat(10) });
    assert.is(r.status, 200, await r.text());
  };
  await new Promise((r) => setTimeout(r, 1100)); // connections from earlier tests age out
  const before = connections;
  await post();
  await post();
  assert.is(connections - before, 1, 'the second POST went on the kept connection');
  await new Promise((r) => setTimeout(r, 1100)); // idle past 2 s − 1 s: the backend may be about to close it
  await post();
  assert.is(connections - before, 2, 'a new connection, rather than one the backend may be closing as the request goes out');
});

fast.run();

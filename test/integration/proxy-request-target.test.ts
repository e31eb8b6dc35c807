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
    res.end('canary\n');
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

targets.run();

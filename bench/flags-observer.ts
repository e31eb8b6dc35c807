// A child process of bench/flags.ts: an app-like process with the slipway flag client. It reports every change
// it observes (with its wall-clock time) over IPC, and serves two routes for the outage load: /newfeature from
// the client's snapshot, and /direct, which reads Redis on every request as the seed's app did.
import * as http from 'node:http';
import Redis from 'ioredis';
import { createFlagClient } from '../sdk/flags/client';

const [redisUrl, namespace] = process.argv.slice(2);
const now = () => performance.timeOrigin + performance.now();

async function main(): Promise<void> {
  const flags = createFlagClient({ namespace, redisUrl, checkIntervalMs: 250 });
  flags.onChange((c) => process.send!({ type: 'change', version: c.version, at: now() }));
  const direct = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500, retryStrategy: () => 100 });
  direct.on('error', () => undefined);
  const key = `slipway:flags:{${namespace}}`;

  const server = http.createServer((req, res) => {
    const answer = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    if (req.url === '/newfeature') {
      return flags.get('myflag', 'disable') === 'enable' ? answer(200, 'new feature') : answer(404, 'not found');
    }
    if (req.url === '/direct') {
      direct.hget(key, 'myflag').then(
        (v) => (v === '"enable"' ? answer(200, 'new feature') : answer(404, 'not found')),
        (err: Error) => answer(503, `redis: ${err.message}`),
      );
      return;
    }
    answer(404, 'no route');
  });
  await flags.start();
  server.listen(0, '127.0.0.1', () => {
    process.send!({ type: 'ready', port: (server.address() as { port: number }).port, version: flags.status().version });
  });
  process.on('message', (m: { type: string }) => {
    if (m.type !== 'stop') return;
    server.close();
    direct.disconnect();
    void flags.close().then(() => process.exit(0));
  });
}

void main();

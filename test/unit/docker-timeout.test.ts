// Docker calls are bounded: an engine that accepts and never answers fails the call with an error naming the call;
// streams that last as long as what they watch are not cut, and image builds, pulls and waits get the long limit.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { dockerCallTimeoutMs, dockerClient, DOCKER_CALL_TIMEOUT_MS, DOCKER_LONG_CALL_TIMEOUT_MS } from '../../src/core/docker';
import { dockerRequest } from '../../src/core/performer';
import { tmpDir } from '../support/tmp';

/** A Docker engine that accepts every connection and never answers (a hung dockerd). */
async function hungEngine<T>(work: () => Promise<T>): Promise<T> {
  const dir = tmpDir('slipway-hung-docker-');
  const socket = path.join(dir, 'docker.sock');
  const held: net.Socket[] = [];
  const server = net.createServer((s) => void held.push(s));
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  const before = process.env.DOCKER_HOST;
  process.env.DOCKER_HOST = `unix://${socket}`;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = before;
    for (const s of held) s.destroy();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const limits = { callMs: 300, longMs: 600 };

test('a hung engine fails a dockerode call with an error that names the call and what to check', async () => {
  const message = await hungEngine(() => dockerClient(limits).getContainer('web').inspect().then(() => 'answered', (e: Error) => e.message));
  assert.match(message, 'the Docker engine did not finish GET /containers/web/json within');
});

test('a hung engine fails a plan action (the performer) the same way', async () => {
  const message = await hungEngine(() => dockerRequest(dockerClient(limits), { method: 'POST', path: '/containers/web/start' }).then(() => 'answered', (e: Error) => e.message));
  assert.match(message, 'did not finish POST /containers/web/start within');
});

test('the limit of each kind of call', () => {
  assert.is(dockerCallTimeoutMs({ method: 'GET', path: '/containers/json?' }), DOCKER_CALL_TIMEOUT_MS);
  assert.is(dockerCallTimeoutMs({ method: 'POST', path: '/containers/web/stop?', options: { _query: { t: '10' } } }), DOCKER_CALL_TIMEOUT_MS + 10_000, 'a stop waits its grace time on top');
  assert.is(dockerCallTimeoutMs({ method: 'POST', path: '/build?', isStream: true }), DOCKER_LONG_CALL_TIMEOUT_MS);
  assert.is(dockerCallTimeoutMs({ method: 'POST', path: '/images/create?', isStream: true }), DOCKER_LONG_CALL_TIMEOUT_MS);
  assert.is(dockerCallTimeoutMs({ method: 'POST', path: '/containers/t/wait' }), DOCKER_LONG_CALL_TIMEOUT_MS);
  assert.is(dockerCallTimeoutMs({ method: 'GET', path: '/events?', isStream: true }), undefined, 'an event stream lasts as long as it is watched');
  assert.is(dockerCallTimeoutMs({ method: 'GET', path: '/containers/web/stats?', isStream: true }), undefined);
});

test.run();

'use strict';

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const path = require('node:path');
const { spawn } = require('node:child_process');
const readline = require('node:readline');
const { startApp } = require('./support/app');
const { freePort } = require('./support/free-port');

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('graceful shutdown', () => {
  test('an in-flight request finishes while new connections are refused', async () => {
    const app = await startApp({ faults: { enabled: true } });
    await app.get('/fault/latency?ms=400', { method: 'PUT' });
    const inFlight = app.get('/convert?grade=5.11d&from=yds&to=french');
    await sleep(100);
    const started = Date.now();
    const shutdown = app.app.shutdown({ timeoutMs: 5000 });
    await assert.rejects(fetch(`${app.url}/health`), 'a new connection was accepted after shutdown began');
    const { status, headers, body } = await inFlight;
    assert.equal(status, 200);
    assert.equal(body.result, '7a');
    assert.equal(headers.get('connection'), 'close');
    assert.deepEqual(await shutdown, { forced: false });
    assert.ok(Date.now() - started < 2000);
    app.faults.close();
  });

  test('idle keep-alive connections are closed at once', async () => {
    const app = await startApp();
    const agent = new http.Agent({ keepAlive: true });
    await new Promise((resolve, reject) => {
      http.get(`${app.url}/health`, { agent }, (res) => res.resume().on('end', resolve)).on('error', reject);
    });
    const started = Date.now();
    assert.deepEqual(await app.app.shutdown({ timeoutMs: 5000 }), { forced: false });
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms: the idle socket was kept open`);
    agent.destroy();
  });

  test('requests still running at the timeout are cut', async () => {
    const app = await startApp({ faults: { enabled: true } });
    await app.get('/fault/latency?ms=3000', { method: 'PUT' });
    const inFlight = app.get('/systems');
    await sleep(100);
    const started = Date.now();
    assert.deepEqual(await app.app.shutdown({ timeoutMs: 200 }), { forced: true });
    assert.ok(Date.now() - started < 1500);
    await assert.rejects(inFlight);
    app.faults.close();
  });
});

// The real entry point, as the container runs it: `node src/server.js` with its environment.
function runServer(env) {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'src', 'server.js')], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  const waiters = [];
  readline.createInterface({ input: child.stdout }).on('line', (text) => {
    const line = JSON.parse(text);
    lines.push(line);
    for (const waiter of waiters.splice(0)) waiter();
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    stderr: () => stderr,
    async waitForLine(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = lines.find(predicate);
        if (found) return found;
        if (Date.now() > deadline || child.exitCode !== null) {
          throw new Error(`no such log line; stdout: ${JSON.stringify(lines)} stderr: ${stderr}`);
        }
        await new Promise((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
  };
}

describe('node src/server.js', () => {
  test('serves with Redis down, logs each request, and exits 0 on SIGTERM', async () => {
    const closedPort = await freePort();
    const server = runServer({
      PORT: '0',
      REDIS_URL: `redis://:secret-pass@127.0.0.1:${closedPort}`,
      FLAGS_REFRESH_MS: '50',
      APP_VERSION: '2.3.4',
      APP_REVISION: 'deadbeef',
    });
    const { url } = await server.waitForLine((line) => line.msg === 'listening');
    const response = await fetch(`${url}/health`);
    assert.equal(response.status, 200);
    const health = await response.json();
    assert.deepEqual(health, {
      status: 'ok',
      version: '2.3.4',
      revision: 'deadbeef',
      flags: { stale: true, source: `redis://127.0.0.1:${closedPort}/0` },
    });
    assert.equal((await fetch(`${url}/newfeature`)).status, 404);
    const access = await server.waitForLine((line) => line.path === '/newfeature');
    assert.deepEqual(
      { method: access.method, status: access.status, version: access.version },
      { method: 'GET', status: 404, version: '2.3.4' },
    );
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    assert.ok(server.lines.some((line) => line.msg === 'stopped'));
    assert.ok(!JSON.stringify(server.lines).includes('secret-pass'), 'the Redis password was logged');
  });

  test('SIGTERM lets an in-flight request finish before exiting 0', async () => {
    const server = runServer({ PORT: '0', REDIS_URL: `redis://127.0.0.1:${await freePort()}`, FAULT_SWITCHES: '1' });
    const { url } = await server.waitForLine((line) => line.msg === 'listening');
    await fetch(`${url}/fault/latency?ms=500`, { method: 'PUT' });
    const inFlight = fetch(`${url}/convert?grade=V10&from=v&to=font`);
    await sleep(150);
    server.child.kill('SIGTERM');
    const response = await inFlight;
    assert.equal(response.status, 200);
    assert.equal((await response.json()).result, '7C+');
    assert.equal(await server.exited, 0);
  });

  test('a bad setting stops it with exit code 2 and names the variable', async () => {
    const server = runServer({ PORT: 'eighty' });
    assert.equal(await server.exited, 2);
    const [line] = server.stderr().trim().split('\n').map((text) => JSON.parse(text));
    assert.equal(line.level, 'error');
    assert.equal(line.msg, 'PORT="eighty" is not a whole number from 0 to 65535');
  });
});

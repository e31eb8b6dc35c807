'use strict';

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startApp } = require('./support/app');

describe('server: fault switches off by default', () => {
  let app;
  before(async () => {
    app = await startApp({ faults: { enabled: false, errorRate: 1 } });
  });
  after(() => app.stop());

  test('every /fault route is a 404', async () => {
    for (const [method, path] of [
      ['GET', '/fault'],
      ['PUT', '/fault/error-rate?rate=1'],
      ['PUT', '/fault/health?ok=false'],
      ['PUT', '/fault/latency?ms=10'],
      ['POST', '/fault/memory?mb=1'],
      ['POST', '/fault/memory/grow?mbPerSec=1&maxMb=1'],
      ['DELETE', '/fault/memory'],
    ]) {
      assert.equal((await app.get(path, { method })).status, 404, `${method} ${path}`);
    }
  });

  test('an error rate has no effect while the switches are off', async () => {
    for (let i = 0; i < 20; i++) assert.equal((await app.get('/convert?grade=V3&from=v&to=font')).status, 200);
  });
});

describe('server: fault switches on', () => {
  let app;
  before(async () => {
    app = await startApp({ faults: { enabled: true } });
  });
  after(() => app.stop());

  test('GET /fault shows the current state', async () => {
    const { status, body } = await app.get('/fault');
    assert.equal(status, 200);
    assert.equal(body.enabled, true);
    assert.equal(body.errorRate, 0);
    assert.deepEqual(body.health, { ok: true });
    assert.equal(body.memory.heldMb, 0);
  });

  test('an error rate of 1 fails every request but /health and the switches', async () => {
    assert.equal((await app.get('/fault/error-rate?rate=1', { method: 'PUT' })).body.errorRate, 1);
    const failed = await app.get('/convert?grade=5.9&from=yds&to=french');
    assert.equal(failed.status, 500);
    assert.match(failed.body.error, /injected fault/);
    assert.equal((await app.get('/health')).status, 200);
    assert.equal((await app.get('/fault')).status, 200);
    await app.get('/fault/error-rate?rate=0', { method: 'PUT' });
    assert.equal((await app.get('/convert?grade=5.9&from=yds&to=french')).status, 200);
  });

  test('the access log records the injected 500s', async () => {
    await app.get('/fault/error-rate?rate=1', { method: 'PUT' });
    await app.get('/systems');
    await app.get('/fault/error-rate?rate=0', { method: 'PUT' });
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(app.accessLog.some((line) => line.path === '/systems' && line.status === 500));
  });

  test('an error rate with a status answers that 5xx; a status outside 5xx is a 400', async () => {
    assert.equal((await app.get('/fault/error-rate?rate=1&status=503', { method: 'PUT' })).body.errorStatus, 503);
    assert.equal((await app.get('/systems')).status, 503);
    assert.equal((await app.get('/fault/error-rate?rate=1&status=404', { method: 'PUT' })).status, 400);
    assert.equal((await app.get('/fault/error-rate?rate=1&status=5xx', { method: 'PUT' })).status, 400);
    await app.get('/fault/error-rate?rate=0&status=500', { method: 'PUT' });
    assert.equal((await app.get('/systems')).status, 200);
  });

  test('an error rate outside 0..1 or not a number is a 400', async () => {
    assert.equal((await app.get('/fault/error-rate?rate=2', { method: 'PUT' })).status, 400);
    assert.equal((await app.get('/fault/error-rate?rate=half', { method: 'PUT' })).status, 400);
    assert.equal((await app.get('/fault/error-rate', { method: 'PUT' })).status, 400);
  });

  test('PUT /fault/health?ok=false makes /health a 503 until ok=true', async () => {
    await app.get('/fault/health?ok=false', { method: 'PUT' });
    const failing = await app.get('/health');
    assert.equal(failing.status, 503);
    assert.equal(failing.body.status, 'failing');
    assert.equal((await app.get('/convert?grade=5.9&from=yds&to=french')).status, 200);
    await app.get('/fault/health?ok=true', { method: 'PUT' });
    assert.equal((await app.get('/health')).status, 200);
  });

  test('PUT /fault/latency delays answers but not /health', async () => {
    await app.get('/fault/latency?ms=200', { method: 'PUT' });
    let started = Date.now();
    await app.get('/systems');
    assert.ok(Date.now() - started >= 180, 'the answer came without the latency');
    started = Date.now();
    await app.get('/health');
    assert.ok(Date.now() - started < 150, '/health was delayed');
    await app.get('/fault/latency?ms=0', { method: 'PUT' });
  });

  test('POST /fault/memory holds resident memory and DELETE gives it back', async () => {
    const rssBefore = (await app.get('/fault')).body.memory.rssMb;
    const held = await app.get('/fault/memory?mb=64', { method: 'POST' });
    assert.equal(held.status, 200);
    assert.equal(held.body.memory.heldMb, 64);
    assert.ok(held.body.memory.rssMb - rssBefore >= 48, `rss grew only from ${rssBefore} to ${held.body.memory.rssMb} MB`);
    const released = await app.get('/fault/memory', { method: 'DELETE' });
    assert.equal(released.body.releasedMb, 64);
    assert.equal(released.body.memory.heldMb, 0);
    // V8 frees the backing stores on a background thread just after the collection.
    const deadline = Date.now() + 2000;
    let rssAfter;
    do {
      await new Promise((resolve) => setTimeout(resolve, 50));
      rssAfter = (await app.get('/fault')).body.memory.rssMb;
    } while (held.body.memory.rssMb - rssAfter < 32 && Date.now() < deadline);
    assert.ok(held.body.memory.rssMb - rssAfter >= 32, `rss fell only from ${held.body.memory.rssMb} to ${rssAfter} MB`);
  });

  test('POST /fault/memory holds more with each call', async () => {
    await app.get('/fault/memory?mb=2', { method: 'POST' });
    const { body } = await app.get('/fault/memory?mb=3', { method: 'POST' });
    assert.equal(body.memory.heldMb, 5);
    await app.get('/fault/memory', { method: 'DELETE' });
  });

  test('POST /fault/memory/grow grows at the rate and stops at maxMb', async () => {
    const started = await app.get('/fault/memory/grow?mbPerSec=40&maxMb=10', { method: 'POST' });
    assert.equal(started.status, 202);
    assert.deepEqual(started.body.memory.growing, { mbPerSec: 40, maxMb: 10 });
    const early = (await app.get('/fault')).body.memory.heldMb;
    assert.ok(early < 10, `already ${early} MB right after the start`);
    const deadline = Date.now() + 3000;
    let memory;
    do {
      await new Promise((resolve) => setTimeout(resolve, 50));
      memory = (await app.get('/fault')).body.memory;
    } while (memory.growing !== null && Date.now() < deadline);
    assert.equal(memory.growing, null);
    assert.equal(memory.heldMb, 10);
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal((await app.get('/fault')).body.memory.heldMb, 10);
    assert.equal((await app.get('/fault/memory', { method: 'DELETE' })).body.memory.heldMb, 0);
  });

  test('DELETE /fault/memory also stops a growth', async () => {
    await app.get('/fault/memory/grow?mbPerSec=10&maxMb=100', { method: 'POST' });
    const { body } = await app.get('/fault/memory', { method: 'DELETE' });
    assert.equal(body.memory.growing, null);
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal((await app.get('/fault')).body.memory.heldMb, 0);
  });

  test('memory switches refuse sizes that are not whole, positive and bounded', async () => {
    for (const path of [
      '/fault/memory?mb=0',
      '/fault/memory?mb=1.5',
      '/fault/memory?mb=99999',
      '/fault/memory',
      '/fault/memory/grow?mbPerSec=0&maxMb=10',
      '/fault/memory/grow?mbPerSec=5&maxMb=0',
      '/fault/memory/grow?mbPerSec=5',
    ]) {
      const { status, body } = await app.get(path, { method: 'POST' });
      assert.equal(status, 400, path);
      assert.ok(body.error, path);
    }
  });
});

describe('server: error rate between 0 and 1', () => {
  test('fails the matching fraction of requests', async () => {
    const draws = [0.1, 0.9, 0.2, 0.8];
    const app = await startApp({ faults: { enabled: true, errorRate: 0.5, random: () => draws.shift() } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await app.get('/systems')).status);
      assert.deepEqual(statuses, [500, 200, 500, 200]);
    } finally {
      await app.stop();
    }
  });
});

describe('server: faults set at start (FAULT_LATENCY_MS, FAULT_ERROR_STATUS)', () => {
  test('the very first request is delayed and fails with the configured status', async () => {
    const app = await startApp({ faults: { enabled: true, errorRate: 1, errorStatus: 503, latencyMs: 120 } });
    try {
      const started = Date.now();
      const first = await app.get('/systems');
      assert.equal(first.status, 503);
      assert.ok(Date.now() - started >= 100, 'the first answer came without the latency');
      assert.equal((await app.get('/health')).status, 200);
    } finally {
      await app.stop();
    }
  });
});

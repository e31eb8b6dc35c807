'use strict';

// The flag reader against a real redis-server (Debian's redis-server package), started per suite.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { createFlagReader, flagsKey } = require('../src/flags');
const { startRedisServer } = require('./support/redis-server');
const { freePort } = require('../test/support/free-port');
const { startApp } = require('../test/support/app');

const KEY = flagsKey('climbing-grade');

async function eventually(check, what, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('flag reader with a password and a database', () => {
  let redis;
  let reader;
  const logs = [];
  before(async () => {
    redis = await startRedisServer({ password: 'flag-secret' });
    assert.equal(await redis.command(3, 'HSET', KEY, 'myflag', '"enable"'), ':1');
    reader = createFlagReader({
      redisUrl: `redis://:flag-secret@127.0.0.1:${redis.port}/3`,
      namespace: 'climbing-grade',
      refreshMs: 50,
      log: (event) => logs.push(event),
    });
  });
  after(async () => {
    reader.close();
    await redis.stop();
  });

  test('reads the JSON-encoded flag after AUTH and SELECT', async () => {
    await reader.start();
    assert.equal(reader.get('myflag', 'unset'), 'enable');
    assert.deepEqual(reader.status(), { stale: false, source: `redis://127.0.0.1:${redis.port}/3` });
  });

  test('a flag that is not stored gives the default', () => {
    assert.equal(reader.get('otherflag', 'fallback'), 'fallback');
  });

  test('follows a change within a refresh or two', async () => {
    await redis.command(3, 'HSET', KEY, 'myflag', '"disable"');
    await eventually(() => reader.get('myflag') === 'disable', 'myflag is disable');
  });

  test('a deleted flag falls back to the default', async () => {
    await redis.command(3, 'HDEL', KEY, 'myflag');
    await eventually(() => reader.get('myflag', 'default') === 'default', 'myflag is gone');
  });

  test('keeps the last values and reports stale while Redis is down, then picks up again', async () => {
    await redis.command(3, 'HSET', KEY, 'myflag', '"enable"');
    await eventually(() => reader.get('myflag') === 'enable', 'myflag is enable');
    const port = redis.port;
    await redis.stop();
    await eventually(() => reader.status().stale, 'the reader reports stale');
    assert.equal(reader.get('myflag'), 'enable');
    assert.ok(logs.some((event) => event.level === 'warn' && /redis unreachable/.test(event.msg)));

    redis = await startRedisServer({ port, password: 'flag-secret' });
    await redis.command(3, 'HSET', KEY, 'myflag', '"disable"');
    await eventually(() => !reader.status().stale && reader.get('myflag') === 'disable', 'the reader is fresh again', 10000);
  });

  test('never logs the password', () => {
    assert.ok(!JSON.stringify(logs).includes('flag-secret'));
  });
});

describe('flag reader failures', () => {
  let redis;
  before(async () => {
    redis = await startRedisServer({ password: 'right' });
    await redis.command(0, 'HSET', KEY, 'myflag', '"enable"');
  });
  after(() => redis.stop());

  test('a wrong password leaves the flags stale at their defaults, without throwing', async () => {
    const reader = createFlagReader({ redisUrl: `redis://:wrong@127.0.0.1:${redis.port}`, refreshMs: 50 });
    try {
      await reader.start();
      assert.equal(reader.status().stale, true);
      assert.equal(reader.get('myflag', 'off'), 'off');
    } finally {
      reader.close();
    }
  });

  test('an unreachable Redis at start leaves the flags stale at their defaults', async () => {
    const reader = createFlagReader({ redisUrl: `redis://127.0.0.1:${await freePort()}`, refreshMs: 50 });
    try {
      await reader.start();
      assert.deepEqual(reader.status().stale, true);
      assert.equal(reader.get('myflag', 'off'), 'off');
    } finally {
      reader.close();
    }
  });

  test('a namespace reads only its own hash', async () => {
    const reader = createFlagReader({
      redisUrl: `redis://:right@127.0.0.1:${redis.port}`,
      namespace: 'another-app',
      refreshMs: 50,
    });
    try {
      await reader.start();
      assert.equal(reader.status().stale, false);
      assert.equal(reader.get('myflag', 'off'), 'off');
    } finally {
      reader.close();
    }
  });
});

describe('GET /newfeature with the flag in Redis', () => {
  let redis;
  let reader;
  let app;
  before(async () => {
    redis = await startRedisServer();
    reader = createFlagReader({ redisUrl: `redis://127.0.0.1:${redis.port}`, refreshMs: 50 });
    await reader.start();
    app = await startApp({ flags: reader });
  });
  after(async () => {
    await app.stop();
    reader.close();
    await redis.stop();
  });

  test('is served only while myflag is "enable" in Redis', async () => {
    assert.equal((await app.get('/newfeature')).status, 404);
    await redis.command(0, 'HSET', KEY, 'myflag', '"enable"');
    await eventually(() => reader.get('myflag') === 'enable', 'the reader sees enable');
    assert.equal((await app.get('/newfeature')).status, 200);
    await redis.command(0, 'HSET', KEY, 'myflag', '"disable"');
    await eventually(() => reader.get('myflag') === 'disable', 'the reader sees disable');
    assert.equal((await app.get('/newfeature')).status, 404);
  });

  test('/health shows the flags fresh from Redis', async () => {
    const { body } = await app.get('/health');
    assert.deepEqual(body.flags, { stale: false, source: `redis://127.0.0.1:${redis.port}/0` });
  });
});

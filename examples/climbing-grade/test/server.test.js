'use strict';

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startApp, staticFlags } = require('./support/app');
const { createServer } = require('../src/server');

describe('server: routes', () => {
  let app;
  before(async () => {
    app = await startApp({ flags: staticFlags({}, { stale: true, source: 'redis://127.0.0.1:6379/0' }) });
  });
  after(() => app.stop());

  test('GET / is a short JSON index of the routes', async () => {
    const { status, body } = await app.get('/');
    assert.equal(status, 200);
    assert.equal(body.name, 'climbing-grade');
    assert.ok(body.routes.includes('GET /health'));
  });

  test('GET /health reports version, revision and whether flags are stale', async () => {
    const { status, headers, body } = await app.get('/health');
    assert.equal(status, 200);
    assert.match(headers.get('content-type'), /^application\/json/);
    assert.deepEqual(body, {
      status: 'ok',
      version: '9.9.9',
      revision: 'abc1234',
      flags: { stale: true, source: 'redis://127.0.0.1:6379/0' },
    });
  });

  test('GET /convert answers with the converted grade', async () => {
    const { status, body } = await app.get('/convert?grade=5.10a&from=yds&to=french');
    assert.equal(status, 200);
    assert.equal(body.result, '6a');
    assert.deepEqual(body.equivalents, ['6a']);
  });

  test('GET /convert converts boulder grades', async () => {
    const { body } = await app.get('/convert?grade=7b%2B&from=font&to=v');
    assert.equal(body.result, 'V8');
  });

  test('GET /convert without parameters is a 400 naming the missing ones', async () => {
    const { status, body } = await app.get('/convert?grade=5.9');
    assert.equal(status, 400);
    assert.match(body.error, /missing query parameters "from", "to"/);
  });

  test('GET /convert with an unknown grade is a 400 listing valid grades', async () => {
    const { status, body } = await app.get('/convert?grade=5.20&from=yds&to=french');
    assert.equal(status, 400);
    assert.match(body.error, /"5\.20" is not a yds grade; valid yds grades: 5\.0/);
  });

  test('GET /convert between a route and a boulder system is a 400', async () => {
    const { status, body } = await app.get('/convert?grade=V5&from=vscale&to=yds');
    assert.equal(status, 400);
    assert.match(body.error, /cannot convert vscale to yds/);
  });

  test('GET /convert with an unknown system is a 400 listing the systems', async () => {
    const { status, body } = await app.get('/convert?grade=18&from=ewbank&to=yds');
    assert.equal(status, 400);
    assert.match(body.error, /unknown grade system "ewbank"; valid systems: yds, french, uiaa, vscale, font/);
  });

  test('GET /systems lists the five systems with their categories', async () => {
    const { body } = await app.get('/systems');
    assert.deepEqual(
      body.systems.map((s) => `${s.id}:${s.category}`),
      ['yds:route', 'french:route', 'uiaa:route', 'vscale:boulder', 'font:boulder'],
    );
  });

  test('GET /grades/:system lists the grades in order, aliases accepted', async () => {
    const { status, body } = await app.get('/grades/fontainebleau');
    assert.equal(status, 200);
    assert.equal(body.system, 'font');
    assert.equal(body.grades[0], '3');
    assert.equal(body.grades.at(-1), '9A');
  });

  test('GET /grades/:system of an unknown system is a 404 listing the systems', async () => {
    const { status, body } = await app.get('/grades/ewbank');
    assert.equal(status, 404);
    assert.match(body.error, /valid systems: yds/);
  });

  test('a system name that is not valid percent-encoding is a 404, not a crash', async () => {
    assert.equal((await app.get('/grades/%E0%A4%A')).status, 404);
    assert.equal(app.errors.length, 0);
  });

  test('an unknown path is a JSON 404', async () => {
    const { status, body } = await app.get('/nope');
    assert.equal(status, 404);
    assert.deepEqual(body, { error: 'not found' });
  });

  test('a wrong method is a 405 with Allow', async () => {
    const { status, headers } = await app.get('/convert', { method: 'POST' });
    assert.equal(status, 405);
    assert.equal(headers.get('allow'), 'GET');
  });

  test('every request writes one JSON access-log line with the fields log monitors use', async () => {
    const countBefore = app.accessLog.length;
    await app.get('/convert?grade=nope&from=yds&to=french');
    await new Promise((resolve) => setImmediate(resolve));
    const lines = app.accessLog.slice(countBefore);
    assert.equal(lines.length, 1);
    const [line] = lines;
    assert.deepEqual(Object.keys(line), ['ts', 'method', 'path', 'status', 'ms', 'version']);
    assert.equal(line.method, 'GET');
    assert.equal(line.path, '/convert');
    assert.equal(line.status, 400);
    assert.equal(line.version, '9.9.9');
    assert.ok(typeof line.ms === 'number' && line.ms >= 0);
    assert.ok(!Number.isNaN(Date.parse(line.ts)));
  });

  test('the server refuses to start without a flag source', () => {
    assert.throws(() => createServer({}), /needs a flag source/);
  });
});

describe('server: /newfeature follows the flag myflag', () => {
  let app;
  before(async () => {
    app = await startApp();
  });
  after(() => app.stop());

  test('is a 404 while the flag is not set', async () => {
    assert.equal((await app.get('/newfeature')).status, 404);
  });

  test('is a 200 while myflag is "enable"', async () => {
    app.flags.values.myflag = 'enable';
    const { status, body } = await app.get('/newfeature');
    assert.equal(status, 200);
    assert.equal(body.feature, 'newfeature');
  });

  test('is a 404 again once myflag is "disable"', async () => {
    app.flags.values.myflag = 'enable';
    assert.equal((await app.get('/newfeature')).status, 200);
    app.flags.values.myflag = 'disable';
    assert.equal((await app.get('/newfeature')).status, 404);
  });

  test('only the exact string "enable" turns it on', async () => {
    for (const value of [true, 'ENABLE', 'enabled', 1]) {
      app.flags.values.myflag = value;
      assert.equal((await app.get('/newfeature')).status, 404, `myflag=${JSON.stringify(value)}`);
    }
  });
});

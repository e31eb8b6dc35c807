import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Redis from 'ioredis';
import { startRedis, type TestRedis } from '../support/redis';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { startToggleServer, type RunningToggleServer } from '../../src/flags/serve';
import { redisConfig } from '../../src/provision/redis-server';
import { createFlagStore } from '../../sdk/flags/store';
import { restoreIfEmpty } from '../../sdk/flags/restore';
import { createFlagClient } from '../../sdk/flags/client';

const durability = suite('flags survive kill -9 of a Redis configured by `slipway provision`, and an emptied Redis is refilled');

const NS = 'durability-test';
const HASH = `slipway:flags:{${NS}}`;
let dir: string;
let redis: TestRedis;
let conn: Redis;
const logs: { line: string; level?: string }[] = [];

const serve = async (): Promise<RunningToggleServer> =>
  startToggleServer({
    redisUrl: redis.url, namespace: NS, defaults: { myflag: 'disable' }, host: '127.0.0.1', port: await freePort(),
    legacyGetToggle: false, log: (line, level) => logs.push({ line, level }),
  });

async function call(base: string, method: string, urlPath: string, body?: unknown) {
  const res = await fetch(`${base}${urlPath}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) };
}

async function eventually(what: string, ok: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

durability.before(async () => {
  dir = tmpDir('slipway-flags-durability-');
  // exactly the lines provision writes (no Debian base file here), with the dir, pid and log moved into the test's dir
  redis = await startRedis({ persistDir: dir, config: (port) => redisConfig({ bind: '127.0.0.1', port, dir }) });
  conn = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  conn.on('error', () => undefined);
});

durability.after(async () => {
  conn.disconnect();
  await redis.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

durability('the config provision writes fsyncs every write to a per-port AOF', async () => {
  assert.equal(await conn.config('GET', 'appendonly'), ['appendonly', 'yes']);
  assert.equal(await conn.config('GET', 'appendfsync'), ['appendfsync', 'always']);
  assert.equal(await conn.config('GET', 'appenddirname'), ['appenddirname', `slipway-${redis.port}-aof`]);
});

durability('toggles answered 200 by POST /newfeature survive kill -9 of redis-server and a restart with the same config', async () => {
  const toggle = await serve();
  await eventually('defaults seeded', async () => (await conn.hget(HASH, 'myflag')) === '"disable"');
  const answered: string[] = [];
  for (let i = 0; i < 21; i++) {
    const r = await call(toggle.url, 'POST', '/newfeature');
    assert.is(r.status, 200);
    answered.push(r.body.value);
  }
  // the server is stopped first, so nothing but Redis's own files can bring the flag back
  await toggle.stop();
  await redis.stop(); // SIGKILL, right after the last answer
  await redis.start();
  const after = new Redis(redis.url);
  try {
    assert.is(answered.at(-1), 'enable');
    assert.is(await after.hget(HASH, 'myflag'), JSON.stringify(answered.at(-1)));
    assert.is(Number(await after.hget(HASH, '@version')), 22, 'seed + 21 toggles');
    assert.is(await after.xlen(`${HASH}:audit`), 22);
    console.log(`# ${answered.length} toggles answered 200, redis-server killed with SIGKILL at once: all ${answered.length} kept (version 22)`);
  } finally {
    after.disconnect();
  }
});

durability('Redis restarted without its data: the toggle server restores its last known flags, logs a warning and audits source "restore"', async () => {
  const toggle = await serve();
  try {
    await eventually('the toggle server is connected', async () => (await call(toggle.url, 'GET', '/health')).status === 200);
    assert.is((await call(toggle.url, 'PUT', '/flags/beta', { value: true })).status, 200);
    assert.is((await call(toggle.url, 'PUT', '/flags/limit', { value: 5 })).status, 200);
    const before = await conn.hgetall(HASH);
    await redis.stop();
    for (const f of fs.readdirSync(dir)) if (f.startsWith('slipway-')) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
    const restartedAt = Date.now();
    await redis.start();
    await eventually('flags restored', async () => (await conn.hget(HASH, 'limit')) === '5');
    const restoreMs = Date.now() - restartedAt;
    assert.equal(await conn.hgetall(HASH), before, 'every flag and the version, as before');
    const warn = logs.find((l) => l.level === 'warn' && /came back EMPTY/.test(l.line));
    assert.ok(warn, 'a warning in the log');
    assert.match(warn!.line, `namespace ${NS}: restored 3 flags (beta, limit, myflag)`);
    const audit = await call(toggle.url, 'GET', '/audit');
    assert.equal(audit.body.entries.map((e: { flag: string; source: string }) => `${e.flag}:${e.source}`).sort(), ['beta:restore', 'limit:restore', 'myflag:restore']);
    console.log(`# Redis restarted empty: 3 flags restored ${restoreMs} ms after redis-server was started again (${warn!.line.match(/in \d+ ms/)![0]} for the script)`);

    // a person deleting a flag is not an empty Redis: it stays deleted
    assert.is((await call(toggle.url, 'DELETE', '/flags/beta')).status, 200);
    await new Promise((r) => setTimeout(r, 1500));
    assert.is(await conn.hget(HASH, 'beta'), null);
    assert.is(logs.filter((l) => /came back EMPTY/.test(l.line)).length, 1);
  } finally {
    await toggle.stop();
  }
});

durability('a restore never overwrites what somebody wrote first', async () => {
  const ns = 'durability-race';
  const store = createFlagStore(conn, ns);
  await store.set('myflag', 'newer', { actor: 'test', source: 'cli' });
  const r = await restoreIfEmpty(conn, store.keys, { version: 7, texts: new Map([['myflag', '"older"'], ['gone', 'true']]) }, { actor: 'test' });
  assert.is(r.restored, false);
  assert.equal(await conn.hgetall(store.keys.flags), { myflag: '"newer"', '@version': '1' });
});

durability('an app started against an emptied Redis restores its backup file; the flags come back for every reader', async () => {
  const ns = 'durability-client';
  const hash = `slipway:flags:{${ns}}`;
  const backupFile = path.join(dir, 'app-backup', 'flags.json');
  const store = createFlagStore(conn, ns);
  await store.set('myflag', 'enable', { actor: 'test', source: 'cli' });
  await store.set('beta', true, { actor: 'test', source: 'cli' });
  const first = createFlagClient({ namespace: ns, redisUrl: redis.url, backupFile });
  assert.is((await first.start()).source, 'redis');
  await first.close(); // writes the backup
  await redis.stop();
  for (const f of fs.readdirSync(dir)) if (f.startsWith('slipway-')) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
  await redis.start();
  await eventually('Redis answers, empty', async () => (await conn.exists(hash)) === 0);
  const events: { level: string; msg: string }[] = [];
  const startedAt = Date.now();
  const app = createFlagClient({ namespace: ns, redisUrl: redis.url, backupFile, log: (e) => events.push(e) });
  try {
    await app.start();
    await eventually('restored', async () => (await conn.hget(hash, 'beta')) === 'true');
    const ms = Date.now() - startedAt;
    assert.is(app.getString('myflag', 'disable'), 'enable');
    assert.ok(events.some((e) => e.level === 'warn' && /came back EMPTY for namespace durability-client: restored 2 flags/.test(e.msg)), JSON.stringify(events));
    const audit = await store.audit();
    assert.equal(audit.map((e) => `${e.flag}:${e.source}`).sort(), ['beta:restore', 'myflag:restore']);
    assert.match(audit[0].actor, 'its backup file');
    console.log(`# an app with a backup file restored 2 flags into an emptied Redis ${ms} ms after it started`);
  } finally {
    await app.close();
  }
});

durability.run();

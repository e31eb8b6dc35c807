import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Redis from 'ioredis';
import { OpenFeature, ProviderEvents } from '@openfeature/server-sdk';
import { startRedis, type TestRedis } from '../support/redis';
import { freePort } from '../support/ports';
import { startTcpRelay } from '../support/tcp-relay';
import { tmpDir } from '../support/tmp';
import { createFlagStore, type FlagStore } from '../../sdk/flags/store';
import { createFlagClient, type FlagClient } from '../../sdk/flags/client';
import { SlipwayFlagProvider } from '../../sdk/flags/openfeature';

const client = suite('flag client on a real redis-server');

let redis: TestRedis;
let conn: Redis;
let ns = 0;
const me = { actor: 'tester', source: 'test' };
const open: FlagClient[] = [];

function setup(opts: { checkIntervalMs?: number; backupFile?: string; url?: string; namespace?: string } = {}): { store: FlagStore; flags: FlagClient } {
  const namespace = opts.namespace ?? `client-${++ns}`;
  const store = createFlagStore(conn, namespace, { myflag: 'disable' });
  const flags = createFlagClient({ namespace, redisUrl: opts.url ?? redis.url, checkIntervalMs: opts.checkIntervalMs ?? 100, backupFile: opts.backupFile, defaults: { myflag: 'disable' } });
  open.push(flags);
  return { store, flags };
}

/** Polls (bounded) until the condition holds; the message says what never happened. */
async function eventually(what: string, ok: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

client.before(async () => {
  redis = await startRedis({ persistDir: tmpDir('slipway-flags-redis-') });
  conn = new Redis(redis.url);
  conn.on('error', () => undefined);
});

client.after(async () => {
  await Promise.all(open.map((c) => c.close()));
  await OpenFeature.close();
  conn.disconnect();
  await redis.stop();
});

client('start syncs the stored values; unset flags fall back to defaults', async () => {
  const { store, flags } = setup();
  await store.set('myflag', 'enable', me);
  await store.set('limit', 7, me);
  const status = await flags.start();
  assert.is(status.stale, false);
  assert.is(status.source, 'redis');
  assert.is(status.version, 2);
  assert.is(flags.get('myflag', 'x'), 'enable');
  assert.is(flags.getNumber('limit', 0), 7);
  assert.is(flags.get('absent', 'fallback'), 'fallback');
});

client('evaluation reads memory: thousands of gets send no command to Redis', async () => {
  const { store, flags } = setup({ checkIntervalMs: 60_000 });
  await store.set('myflag', 'enable', me);
  await flags.start();
  const calls = async () => Number(/calls=(\d+)/.exec(await conn.info('commandstats'))?.[1] ?? 0) && (await conn.info('commandstats')).split('\n').filter((l) => l.startsWith('cmdstat_')).reduce((n, l) => n + Number(/calls=(\d+)/.exec(l)![1]), 0);
  const before = await calls();
  let enabled = 0;
  for (let i = 0; i < 10_000; i++) if (flags.get('myflag', 'disable') === 'enable') enabled++;
  const after = await calls();
  assert.is(enabled, 10_000);
  assert.ok(after - before <= 2, `expected only our own INFO calls, Redis saw ${after - before} commands`);
});

client('typed getters return the default for another type, never throw', async () => {
  const { store, flags } = setup();
  await store.set('myflag', 'enable', me);
  await store.set('layout', { cols: 2 }, me);
  await flags.start();
  assert.is(flags.getBoolean('myflag', false), false);
  assert.is(flags.getString('myflag', 'disable'), 'enable');
  assert.is(flags.getNumber('myflag', 3), 3);
  assert.equal(flags.getJson('layout', {}), { cols: 2 });
  const fallback = { a: 1 };
  assert.is(flags.getJson('myflag', fallback), fallback);
});

client('a change is pushed to the running client', async () => {
  const { store, flags } = setup({ checkIntervalMs: 60_000 });
  await flags.start();
  const seen: string[] = [];
  flags.onChange((c) => seen.push(`${c.name}=${JSON.stringify(c.value)}@${c.version}`));
  await store.set('myflag', 'enable', me);
  await eventually('the pushed change', () => flags.get('myflag', '') === 'enable');
  assert.equal(seen, ['myflag="enable"@1']);
});

client('a change whose message never came is caught by the version check', async () => {
  const { store, flags } = setup({ checkIntervalMs: 100 });
  await flags.start();
  // written the way a foreign writer might: hash and version, no PUBLISH
  await conn.hset(store.keys.flags, 'myflag', '"enable"');
  await conn.hincrby(store.keys.flags, '@version', 1);
  await eventually('the periodic version check', () => flags.get('myflag', '') === 'enable');
  assert.is(flags.status().version, 1);
});

client('Redis stopped: last values kept and reported stale; Redis back: in sync again and changes arrive', async () => {
  const { store, flags } = setup({ checkIntervalMs: 100 });
  await store.set('myflag', 'enable', me);
  await flags.start();
  await redis.stop();
  await eventually('stale while Redis is down', () => flags.status().stale);
  for (let i = 0; i < 1000; i++) assert.is(flags.get('myflag', 'disable'), 'enable');
  assert.is(flags.status().connected, false);
  await redis.start();
  await eventually('back in sync', () => !flags.status().stale, 10_000);
  assert.is(flags.get('myflag', 'disable'), 'enable');
  await store.toggle('myflag', me); // conn reconnects by itself, as ioredis does
  await eventually('the change after the outage', () => flags.get('myflag', '') === 'disable');
  conn.on('error', () => undefined);
});

client('a change made while the client was cut off arrives when it reconnects', async () => {
  const relay = await startTcpRelay(redis.port);
  const { store, flags } = setup({ url: `redis://127.0.0.1:${relay.port}`, checkIntervalMs: 100 });
  await store.set('myflag', 'enable', me);
  await flags.start();
  assert.is(flags.get('myflag', ''), 'enable');
  await relay.cut();
  await eventually('stale while cut off', () => flags.status().stale);
  await store.set('myflag', 'disable', me); // its message goes nowhere: the client is not subscribed now
  await store.set('extra', 1, me);
  assert.is(flags.get('myflag', ''), 'enable');
  await relay.restore();
  await eventually('the missed changes', () => flags.get('myflag', '') === 'disable' && flags.get('extra', 0) === 1, 10_000);
  assert.is(flags.status().stale, false);
  await relay.cut();
});

client('a cold start with Redis down serves the backup file, marked stale', async () => {
  const backupFile = path.join(tmpDir(), 'flags-backup.json');
  const first = setup({ backupFile, namespace: 'backup-ns' });
  await first.store.set('myflag', 'enable', me);
  await first.flags.start();
  await first.flags.close();
  assert.ok(fs.existsSync(backupFile), 'the client wrote no backup');
  const port = await freePort(); // nothing listens there: Redis is "down" for this app
  const cold = createFlagClient({ namespace: 'backup-ns', redisUrl: `redis://127.0.0.1:${port}`, backupFile, startTimeoutMs: 300 });
  open.push(cold);
  const status = await cold.start();
  assert.is(status.source, 'backup');
  assert.is(status.stale, true);
  assert.is(cold.get('myflag', 'disable'), 'enable');
});

client('a cold start with Redis down and no backup serves the defaults', async () => {
  const port = await freePort();
  const cold = createFlagClient({ namespace: 'nowhere', redisUrl: `redis://127.0.0.1:${port}`, defaults: { myflag: 'disable' }, startTimeoutMs: 200 });
  open.push(cold);
  const status = await cold.start();
  assert.is(status.source, 'defaults');
  assert.is(status.stale, true);
  assert.is(cold.get('myflag', 'x'), 'disable');
});

client('the OpenFeature provider evaluates through the standard API and reports changes', async () => {
  const { store } = setup({ namespace: 'openfeature-ns' });
  await store.set('myflag', 'enable', me);
  await store.set('dark', true, me);
  const provider = new SlipwayFlagProvider({ namespace: 'openfeature-ns', redisUrl: redis.url, checkIntervalMs: 100 });
  await OpenFeature.setProviderAndWait(provider);
  const of = OpenFeature.getClient();
  assert.is(await of.getStringValue('myflag', 'disable'), 'enable');
  assert.is(await of.getBooleanValue('dark', false), true);
  const mismatch = await of.getBooleanDetails('myflag', false);
  assert.is(mismatch.value, false);
  assert.is(mismatch.errorCode, 'TYPE_MISMATCH');
  const missing = await of.getNumberDetails('nope', 5);
  assert.is(missing.errorCode, 'FLAG_NOT_FOUND');
  assert.is((await of.getStringDetails('myflag', '')).reason, 'STATIC');
  const changed: string[][] = [];
  OpenFeature.addHandler(ProviderEvents.ConfigurationChanged, (d) => void changed.push((d?.flagsChanged as string[] | undefined) ?? []));
  await store.toggle('myflag', me);
  await eventually('the ConfigurationChanged event', () => changed.some((c) => c.includes('myflag')));
  assert.is(await of.getStringValue('myflag', ''), 'disable');
});

client.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Redis from 'ioredis';
import { startRedis, type TestRedis } from '../support/redis';
import { createFlagStore, FlagInputError, type FlagStore } from '../../sdk/flags/store';

const store = suite('flag store on a real redis-server');

let redis: TestRedis;
let conn: Redis;
let other: Redis;
let ns = 0;
const me = { actor: 'tester', source: 'test' };

const fresh = (defaults: Record<string, unknown> = { myflag: 'disable' }): FlagStore => createFlagStore(conn, `store-${++ns}`, defaults);

store.before(async () => {
  redis = await startRedis();
  conn = new Redis(redis.url);
  other = new Redis(redis.url);
});

store.after(async () => {
  conn.disconnect();
  other.disconnect();
  await redis.stop();
});

store('a set stores JSON in the namespace hash and bumps its version', async () => {
  const s = fresh();
  const w = await s.set('myflag', 'enable', me);
  assert.equal(w, { name: 'myflag', changed: true, version: 1, old: 'disable', value: 'enable' });
  assert.is(await conn.hget(s.keys.flags, 'myflag'), '"enable"');
  assert.is(await conn.hget(s.keys.flags, '@version'), '1');
  assert.equal(await s.get('myflag'), { name: 'myflag', value: 'enable', type: 'string', origin: 'stored' });
});

store('an unset flag reads as its default', async () => {
  const s = fresh();
  assert.equal(await s.get('myflag'), { name: 'myflag', value: 'disable', type: 'string', origin: 'default' });
  assert.is(await s.get('nothing'), undefined);
  const { version, flags } = await s.list();
  assert.is(version, 0);
  assert.equal(flags.map((f) => [f.name, f.origin]), [['myflag', 'default']]);
});

store('booleans, numbers and JSON keep their types', async () => {
  const s = fresh({});
  await s.set('dark', true, me);
  await s.set('limit', 25, me);
  await s.set('layout', { columns: [1, 2], title: 'x' }, me);
  const { flags } = await s.list();
  assert.equal(flags.map((f) => [f.name, f.type, f.value]), [['dark', 'boolean', true], ['layout', 'json', { columns: [1, 2], title: 'x' }], ['limit', 'number', 25]]);
});

store('a value of the wrong type is refused and nothing changes', async () => {
  const s = fresh();
  await s.set('myflag', 'enable', me);
  try {
    await s.set('myflag', 1, me);
    assert.unreachable('should refuse');
  } catch (err) {
    assert.instance(err, FlagInputError);
    assert.match((err as Error).message, 'myflag is a string flag');
  }
  assert.is(await conn.hget(s.keys.flags, '@version'), '1');
  assert.is((await s.audit()).length, 1);
});

store('setting the value it already has changes nothing and audits nothing', async () => {
  const s = fresh();
  await s.set('myflag', 'enable', me);
  const w = await s.set('myflag', 'enable', me);
  assert.is(w.changed, false);
  assert.is(w.version, 1);
  assert.is((await s.audit()).length, 1);
});

store('toggles from two connections at once never lose an update', async () => {
  const a = fresh();
  const b = createFlagStore(other, a.namespace, { myflag: 'disable' });
  await a.set('myflag', 'disable', me);
  await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).toggle('myflag', me)));
  assert.is((await a.get('myflag'))!.value, 'disable'); // 30 flips: back where it started
  assert.is(await conn.hget(a.keys.flags, '@version'), '31');
  const audit = await a.audit({ limit: 100 });
  assert.is(audit.length, 31);
  // every entry continues from the one before it
  const chron = audit.reverse().slice(1);
  for (let i = 1; i < chron.length; i++) assert.equal(chron[i].old, chron[i - 1].new);
});

store('racing sets all land, each checked against the value it replaced', async () => {
  const a = fresh({});
  const b = createFlagStore(other, a.namespace, {});
  await a.set('limit', 0, me);
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).set('limit', i + 1, me)));
  const changed = results.filter((r) => r.changed).length;
  assert.is(changed, 20);
  assert.is(await conn.hget(a.keys.flags, '@version'), '21');
  assert.is((await a.audit({ limit: 100 })).length, 21);
});

store('a value without an opposite cannot be toggled', async () => {
  const s = fresh({ colour: 'blue' });
  try {
    await s.toggle('colour', me);
    assert.unreachable();
  } catch (err) {
    assert.match((err as Error).message, 'has no opposite');
  }
  try {
    await s.toggle('missing', me);
    assert.unreachable();
  } catch (err) {
    assert.is((err as FlagInputError).status, 404);
  }
});

store('each change is published with its version', async () => {
  const s = fresh();
  const sub = new Redis(redis.url);
  const got: string[] = [];
  await sub.subscribe(s.keys.channel);
  sub.on('message', (_c, m) => got.push(m));
  await s.set('myflag', 'enable', me);
  await s.remove('myflag', me);
  for (let i = 0; i < 100 && got.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
  sub.disconnect();
  assert.equal(got.map((m) => JSON.parse(m)), [{ version: 1, flag: 'myflag', value: 'enable' }, { version: 2, flag: 'myflag', deleted: true }]);
});

store('the audit says who, when, old → new and through what, newest first', async () => {
  const s = fresh();
  const before = Date.now();
  await s.set('myflag', 'enable', { actor: 'alice', source: 'cli' });
  await s.toggle('myflag', { actor: 'bob from 127.0.0.1', source: 'http /newfeature' });
  await s.set('other', 3, me);
  const all = await s.audit();
  assert.equal(all.map((e) => [e.flag, e.old, e.new, e.actor, e.source, e.version]), [
    ['other', undefined, 3, 'tester', 'test', 3],
    ['myflag', 'enable', 'disable', 'bob from 127.0.0.1', 'http /newfeature', 2],
    ['myflag', 'disable', 'enable', 'alice', 'cli', 1], // nothing stored yet: the old value is the default
  ]);
  assert.ok(Date.parse(all[2].at) >= before - 1000);
  assert.equal((await s.audit({ flag: 'myflag', limit: 1 })).map((e) => e.version), [2]);
});

store('defaults are seeded once, without overwriting a stored value', async () => {
  const s = fresh({ myflag: 'disable', beta: false });
  await s.set('beta', true, me);
  const seeded = await s.seedDefaults({ actor: 'server', source: 'seed' });
  assert.equal(seeded.map((x) => [x.name, x.value]), [['myflag', 'disable']]);
  assert.equal(await s.seedDefaults({ actor: 'server', source: 'seed' }), []);
  assert.is((await s.get('beta'))!.value, true);
});

store('a value somebody set by hand without quotes still reads and toggles', async () => {
  const s = fresh();
  await conn.hset(s.keys.flags, 'myflag', 'enable');
  assert.is((await s.get('myflag'))!.value, 'enable');
  const w = await s.toggle('myflag', me);
  assert.is(w.value, 'disable');
  assert.is(await conn.hget(s.keys.flags, 'myflag'), '"disable"');
});

store.run();

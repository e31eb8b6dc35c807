import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Redis from 'ioredis';
import { runCli } from '../support/cli';
import { startRedis, type TestRedis } from '../support/redis';
import { tmpDir } from '../support/tmp';

const cli = suite('slipway flags list/get/set/toggle/audit on a real redis-server');

let redis: TestRedis;
let conn: Redis;
let appDir: string;
let env: Record<string, string>;
const KEY = 'slipway:flags:{cli-demo}';

const flags = (...args: string[]) => runCli(['--app', appDir, 'flags', ...args], env);
const version = async () => Number((await conn.hget(KEY, '@version')) ?? 0);

cli.before(async () => {
  redis = await startRedis({ password: 'cli-redis-pass' });
  conn = new Redis(redis.url);
  appDir = tmpDir('slipway-flags-cli-');
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'cli-demo' }));
  fs.writeFileSync(path.join(appDir, 'slipway.json'), JSON.stringify({ flags: { defaults: { myflag: 'disable', beta: false, limit: 10 } } }));
  env = { REDIS_URL: redis.url, BUILD_TAG: 'jenkins-demo-42' };
});

cli.after(async () => {
  conn.disconnect();
  await redis.stop();
});

cli('list shows the defaults when nothing is stored', async () => {
  const r = await flags('list');
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, 'namespace cli-demo, version 0');
  assert.match(r.stdout, /myflag\s+"disable"\s+\(string, default\)/);
});

cli('--dry-run prints the write and changes nothing', async () => {
  const r = await flags('toggle', 'myflag', '--dry-run');
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, '[redis] toggle myflag: "disable" → "enable"');
  assert.match(r.stdout, 'would change myflag');
  assert.is(await version(), 0);
});

cli('toggle writes, and the audit names the pipeline that did it', async () => {
  const r = await flags('toggle', 'myflag', '--json');
  assert.is(r.code, 0, r.stderr);
  assert.equal(r.json().result, { namespace: 'cli-demo', name: 'myflag', old: 'disable', value: 'enable', changed: true, dryRun: false, version: 1 });
  const audit = await flags('audit', '--json');
  const [entry] = audit.json().result.entries;
  assert.equal([entry.flag, entry.old, entry.new, entry.actor, entry.source], ['myflag', 'disable', 'enable', 'jenkins-demo-42', 'cli']);
});

cli('set takes JSON or a plain string, and keeps types', async () => {
  assert.is((await flags('set', 'beta', 'true')).code, 0);
  assert.is((await flags('set', 'limit', '25')).code, 0);
  assert.is((await flags('set', 'layout', '{"columns":3}')).code, 0);
  assert.is((await flags('set', 'motd', 'hello', '--actor', 'alice')).code, 0);
  assert.is((await flags('set', 'code', '007', '--string')).code, 0);
  assert.is((await flags('get', 'code', '--json')).json().result.value, '007');
  const got = await flags('get', 'layout', '--json');
  assert.equal(got.json().result, { name: 'layout', value: { columns: 3 }, type: 'json', origin: 'stored' });
  const bad = await flags('set', 'limit', 'lots');
  assert.is(bad.code, 2);
  assert.match(bad.stderr, 'limit is a number flag (now 25), got a string: "lots"');
  assert.is((await flags('get', 'limit', '--json')).json().result.value, 25);
});

cli('setting the same value again changes nothing', async () => {
  const before = await version();
  const r = await flags('set', 'limit', '25');
  assert.is(r.code, 0);
  assert.match(r.stdout, 'limit is already 25: nothing changed');
  assert.is(await version(), before);
});

cli('get of an unknown flag and toggle of a value without an opposite are bad usage', async () => {
  const missing = await flags('get', 'nope');
  assert.is(missing.code, 2);
  assert.match(missing.stderr, 'no flag named nope');
  const motd = await flags('toggle', 'motd');
  assert.is(motd.code, 2);
  assert.match(motd.stderr, 'motd is "hello", which has no opposite');
});

cli('audit --flag filters and --limit bounds', async () => {
  const r = await flags('audit', '--flag', 'myflag', '--limit', '5');
  assert.is(r.code, 0);
  assert.is(r.stdout.trim().split('\n').length, 1);
  assert.match(r.stdout, 'myflag: "disable" → "enable"  by jenkins-demo-42 via cli');
});

cli('the Redis password appears nowhere in output', async () => {
  const r = await flags('list', '--json');
  assert.not.match(r.stdout + r.stderr, 'cli-redis-pass');
});

cli.run();

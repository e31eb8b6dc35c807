import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Redis from 'ioredis';
import { runCli } from '../support/cli';
import { startRedis, type TestRedis } from '../support/redis';
import { tmpDir } from '../support/tmp';

const cli = suite('slipway flags import/export/rollout in flagd\'s format on a real redis-server');

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'flagd');
const KEY = 'slipway:flags:{flagd-demo}';
let redis: TestRedis;
let conn: Redis;
let appDir: string;
let env: Record<string, string>;

const flags = (...args: string[]) => runCli(['--app', appDir, 'flags', ...args], env);
const version = async () => Number((await conn.hget(KEY, '@version')) ?? 0);

cli.before(async () => {
  redis = await startRedis();
  conn = new Redis(redis.url);
  appDir = tmpDir('slipway-flags-flagd-');
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'flagd-demo' }));
  fs.writeFileSync(path.join(appDir, 'slipway.json'), JSON.stringify({ flags: { defaults: { myflag: 'disable' } } }));
  env = { REDIS_URL: redis.url, BUILD_TAG: 'jenkins-flagd-7' };
});

cli.after(async () => {
  conn.disconnect();
  await redis.stop();
});

cli('an import with a schema error exits 2 naming the flag and the field, and writes nothing', async () => {
  const r = await flags('import', path.join(FIXTURES, 'bad-variant.flagd.json'));
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, 'flag broken-flag, field variants.off: must be boolean');
  assert.match(r.stderr, 'nothing written');
  assert.is(await version(), 0);
  assert.is(await conn.hget(KEY, 'fine-flag'), null);
});

cli('the plain seed flag exports as a flag with variants', async () => {
  const r = await flags('export');
  assert.is(r.code, 0, r.stderr);
  const file = JSON.parse(r.stdout);
  assert.is(file.$schema, 'https://flagd.dev/schema/v0/flags.json');
  assert.equal(file.flags.myflag, { state: 'ENABLED', variants: { enable: 'enable', disable: 'disable' }, defaultVariant: 'disable' });
});

cli('import stores every flag, audited; a definition that says only a value stays a plain value', async () => {
  const r = await flags('import', path.join(FIXTURES, 'flags.flagd.json'), '--json');
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.changed.length, 7);
  assert.is(await conn.hget(KEY, 'myflag'), '"enable"');
  const stored = JSON.parse((await conn.hget(KEY, 'new-welcome'))!);
  assert.equal(stored.$flagd.targeting, { if: [{ ends_with: [{ var: 'email' }, '@slipway.example'] }, 'on', null] }, '$evaluators inlined');
  const audit = (await flags('audit', '--limit', '100', '--json')).json().result.entries;
  assert.ok(audit.some((e: { flag: string; source: string; actor: string }) => e.flag === 'header-color' && e.source === 'import' && e.actor === 'jenkins-flagd-7'));
  const again = await flags('import', path.join(FIXTURES, 'flags.flagd.json'), '--json');
  assert.equal(again.json().result.changed, [], 'a second import changes nothing');
});

cli('export gives back what was imported, valid for a second import', async () => {
  const r = await flags('export');
  const file = JSON.parse(r.stdout);
  assert.equal(file.flags['old-search'], { state: 'DISABLED', variants: { on: true, off: false }, defaultVariant: 'on' });
  assert.equal(file.flags['beta-layout'].metadata, { owner: 'climbing-team' });
  const out = path.join(appDir, 'exported.json');
  fs.writeFileSync(out, r.stdout);
  const before = await version();
  const again = await flags('import', out);
  assert.is(again.code, 0, again.stderr);
  assert.is(await version(), before);
});

cli('toggle turns a definition off and on again (DISABLED ⇄ ENABLED), audited', async () => {
  const off = await flags('toggle', 'new-welcome', '--json');
  assert.is(off.code, 0, off.stderr);
  assert.is(JSON.parse((await conn.hget(KEY, 'new-welcome'))!).$flagd.state, 'DISABLED');
  await flags('toggle', 'new-welcome');
  assert.is(JSON.parse((await conn.hget(KEY, 'new-welcome'))!).$flagd.state, 'ENABLED');
});

cli('rollout moves the seed flag to a fractional rule; a type change by import is refused', async () => {
  const r = await flags('rollout', 'myflag', '--percent', '10');
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, 'rolled out 10 %');
  const def = JSON.parse((await conn.hget(KEY, 'myflag'))!).$flagd;
  assert.equal(def.targeting, { fractional: [['enable', 1000], ['disable', 9000]] });
  const bad = await flags('rollout', 'myflag', '--percent', '140');
  assert.is(bad.code, 2);
  assert.match(bad.stderr, 'expected a number from 0 to 100');
  const own = await flags('rollout', 'grade-scale', '--percent', '5');
  assert.is(own.code, 2);
  assert.match(own.stderr, 'grade-scale has targeting of its own');
});

cli.run();

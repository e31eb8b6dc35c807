import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Redis from 'ioredis';
import { OpenFeature } from '@openfeature/server-sdk';
import { startRedis, type TestRedis } from '../support/redis';
import { createFlagStore } from '../../sdk/flags/store';
import { createFlagClient, type FlagClient } from '../../sdk/flags/client';
import { SlipwayFlagProvider } from '../../sdk/flags/openfeature';
import { parseFlagdFile } from '../../src/flags/flagd-file';
import { rolloutDefinition } from '../../sdk/flags/rollout';
import { waitFor } from '../../src/core/deadline';
import { fixtureText, flagdCoreOf, goldenContexts, typeOfVariants } from '../support/flagd-golden';

const client = suite('the in-process flag client evaluates flagd definitions from a real redis-server as flagd-core does');

const NAMESPACE = 'flagd-client';
const me = { actor: 'tester', source: 'test' };
let redis: TestRedis;
let conn: Redis;
let flags: FlagClient;

client.before(async () => {
  redis = await startRedis();
  conn = new Redis(redis.url);
  const store = createFlagStore(conn, NAMESPACE);
  for (const [name, def] of parseFlagdFile(fixtureText())) await store.define(name, def, me);
  flags = createFlagClient({ namespace: NAMESPACE, redisUrl: redis.url, checkIntervalMs: 100 });
  await flags.start();
});

client.after(async () => {
  await OpenFeature.close();
  await flags.close();
  conn.disconnect();
  await redis.stop();
});

client('3,000 contexts: value, variant and reason identical to flagd-core on the file', () => {
  const flagd = flagdCoreOf(fixtureText());
  const defs = parseFlagdFile(fixtureText());
  for (const ctx of goldenContexts(3000, 99)) {
    for (const [name, def] of defs) {
      const theirs = flagd(name, typeOfVariants(def.variants), ctx);
      const ours = flags.evaluate(name, ctx);
      assert.equal({ value: ours.value, variant: ours.variant, reason: ours.reason, errorCode: ours.errorCode }, theirs, `${name} for ${JSON.stringify(ctx)}`);
      assert.equal(flags.get(name, '(default)', ctx), theirs.value ?? '(default)');
    }
  }
});

client('typed reads take the context; a disabled flag reads as the caller\'s default', () => {
  assert.is(flags.getBoolean('new-welcome', false, { targetingKey: 'a', email: 'ana@slipway.example' }), true);
  assert.is(flags.getBoolean('new-welcome', true, { targetingKey: 'a', email: 'ana@example.com' }), false);
  assert.is(flags.getNumber('route-limit', 0, { appVersion: '2.1.0' }), 100);
  assert.is(flags.getBoolean('old-search', false), false);
  assert.is(flags.evaluate('old-search').reason, 'DISABLED');
  assert.is(flags.getString('myflag', 'disable'), 'enable', 'the seed flag stays a plain value');
});

client('a rollout written to Redis reaches the client, and the OpenFeature provider answers with flagd\'s reasons', async () => {
  const store = createFlagStore(conn, NAMESPACE);
  await store.define('myflag', rolloutDefinition('myflag', 'enable', 50), me);
  await waitFor('the client to see the rollout', async () => flags.evaluate('myflag', { targetingKey: 'x' }).reason === 'TARGETING_MATCH', 5000);
  await OpenFeature.setProviderAndWait(new SlipwayFlagProvider(flags));
  const of = OpenFeature.getClient();
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) seen.add(await of.getStringValue('myflag', 'none', { targetingKey: `user-${i}` }));
  assert.equal([...seen].sort(), ['disable', 'enable']);
  const targeted = await of.getBooleanDetails('new-welcome', false, { targetingKey: 'b', email: 'bo@slipway.example' });
  assert.equal([targeted.value, targeted.reason, targeted.variant], [true, 'TARGETING_MATCH', 'on']);
  const off = await of.getBooleanDetails('old-search', true);
  assert.equal([off.value, off.reason], [true, 'DISABLED']);
});

client.run();

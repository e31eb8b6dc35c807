import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Redis from 'ioredis';
import { OpenFeature } from '@openfeature/server-sdk';
import { OFREPProvider } from '@openfeature/ofrep-provider';
import { startRedis, type TestRedis } from '../support/redis';
import { freePort } from '../support/ports';
import { startToggleServer, type RunningToggleServer } from '../../src/flags/serve';
import { createFlagStore } from '../../sdk/flags/store';
import { parseFlagdFile } from '../../src/flags/flagd-file';
import { waitFor } from '../../src/core/deadline';
import { fixtureText, flagdCoreOf, goldenContexts, typeOfVariants } from '../support/flagd-golden';

const ofrep = suite('OFREP on the toggle server, read by OpenFeature\'s own server SDK and OFREP provider');

const TOKEN = 'ofrep-write-token-for-tests';
const READ = 'ofrep-read-token-for-tests';
const NS = 'ofrep-test';
const reader = { authorization: `Bearer ${READ}` };
let redis: TestRedis;
let conn: Redis;
let toggle: RunningToggleServer;

async function post(path: string, body: unknown, headers: Record<string, string> = reader) {
  const res = await fetch(`${toggle.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, etag: res.headers.get('etag') };
}

/** Reads server-sent events from the stream until `until` holds for one (bounded by the timeout). */
async function readEvents(url: string, until: (data: Record<string, unknown>) => boolean, afterOpen: () => Promise<void>, timeoutMs = 10_000) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetch(url, { signal: abort.signal });
    assert.is(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', 'text/event-stream');
    const reader = res.body!.getReader();
    await afterOpen();
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      text += Buffer.from(value).toString('utf8');
      for (const block of text.split('\n\n').slice(0, -1)) {
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (data && until(JSON.parse(data.slice(6)))) return { block, data: JSON.parse(data.slice(6)) };
      }
    }
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

ofrep.before(async () => {
  redis = await startRedis();
  conn = new Redis(redis.url);
  const store = createFlagStore(conn, NS);
  for (const [name, def] of parseFlagdFile(fixtureText())) await store.define(name, def, { actor: 'test', source: 'import' });
  toggle = await startToggleServer({
    redisUrl: redis.url, namespace: NS, defaults: {}, host: '127.0.0.1', port: await freePort(),
    token: TOKEN, readToken: READ, legacyGetToggle: false, log: () => undefined,
  });
});

ofrep.after(async () => {
  await OpenFeature.close();
  await toggle.stop();
  conn.disconnect();
  await redis.stop();
});

ofrep('single evaluation answers OFREP\'s successes, reasons and error codes; it needs the read token', async () => {
  const hit = await post('/ofrep/v1/evaluate/flags/new-welcome', { context: { targetingKey: 'u1', email: 'ana@slipway.example' } });
  assert.equal(hit, { status: 200, etag: null, body: { key: 'new-welcome', reason: 'TARGETING_MATCH', variant: 'on', value: true, metadata: {} } });
  const disabled = await post('/ofrep/v1/evaluate/flags/old-search', { context: { targetingKey: 'u1' } });
  assert.equal([disabled.status, disabled.body.reason, 'value' in disabled.body], [200, 'DISABLED', false]);
  const missing = await post('/ofrep/v1/evaluate/flags/nope', { context: { targetingKey: 'u1' } });
  assert.equal([missing.status, missing.body.errorCode], [404, 'FLAG_NOT_FOUND']);
  const noKey = await post('/ofrep/v1/evaluate/flags/header-color', { context: {} });
  assert.equal([noKey.status, noKey.body.errorCode], [400, 'TARGETING_KEY_MISSING']);
  const garbled = await post('/ofrep/v1/evaluate/flags/myflag', '{"context": ');
  assert.equal([garbled.status, garbled.body.key, garbled.body.errorCode], [400, 'myflag', 'PARSE_ERROR']);
  const badContext = await post('/ofrep/v1/evaluate/flags/myflag', { context: { targetingKey: 7 } });
  assert.equal([badContext.status, badContext.body.errorCode], [400, 'INVALID_CONTEXT']);
  assert.is((await post('/ofrep/v1/evaluate/flags/myflag', { context: {} }, {})).status, 401);
  assert.is((await post('/ofrep/v1/evaluate/flags', { context: {} }, {})).status, 401);
});

ofrep('bulk evaluation gives every flag as flagd-core does, 300 contexts; an ETag, and 304 for If-None-Match', async () => {
  const flagd = flagdCoreOf(fixtureText());
  const defs = parseFlagdFile(fixtureText());
  for (const ctx of goldenContexts(300, 5).filter((c) => c.targetingKey)) {
    const r = await post('/ofrep/v1/evaluate/flags', { context: ctx });
    assert.is(r.status, 200);
    for (const [name, def] of defs) {
      const theirs = flagd(name, typeOfVariants(def.variants), ctx);
      const ours = r.body.flags.find((f: { key: string }) => f.key === name);
      assert.equal({ value: ours.value, variant: ours.variant, reason: ours.reason, errorCode: ours.errorCode }, theirs, `${name} for ${JSON.stringify(ctx)}`);
    }
  }
  const first = await post('/ofrep/v1/evaluate/flags', { context: { targetingKey: 'same' } });
  assert.ok(first.etag);
  assert.equal(first.body.eventStreams[0].type, 'sse');
  assert.match(first.body.eventStreams[0].endpoint.requestUri, /^\/ofrep\/v1\/events\?key=/);
  assert.not.match(JSON.stringify(first.body), READ);
  const again = await post('/ofrep/v1/evaluate/flags', { context: { targetingKey: 'same' } }, { ...reader, 'if-none-match': first.etag! });
  assert.is(again.status, 304);
});

ofrep('a toggle is pushed over the event stream as refetchEvaluation, and the next bulk answer differs', async () => {
  const bulk = await post('/ofrep/v1/evaluate/flags', { context: { targetingKey: 'u2' } });
  const streamUrl = `${toggle.url}${bulk.body.eventStreams[0].endpoint.requestUri}`;
  assert.is((await fetch(`${toggle.url}/ofrep/v1/events`)).status, 401, 'the stream needs its key or a token');
  let toggled = -1;
  const { block, data } = await readEvents(streamUrl, (d) => d.type === 'refetchEvaluation' && d.etag === `v${toggled}`, async () => {
    const r = await fetch(`${toggle.url}/flags/myflag/toggle`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.is(r.status, 200);
    toggled = ((await r.json()) as { version: number }).version;
  });
  assert.match(block, new RegExp(`^id: ${toggled}$`, 'm'));
  assert.match(block, /^event: message$/m);
  assert.type(data.lastModified, 'number');
  const after = await post('/ofrep/v1/evaluate/flags', { context: { targetingKey: 'u2' } }, { ...reader, 'if-none-match': bulk.etag! });
  assert.is(after.status, 200);
  assert.is(after.body.flags.find((f: { key: string }) => f.key === 'myflag').value, 'disable');
});

ofrep('a rollout over HTTP needs the write token; raising it only moves more users in', async () => {
  const roll = (percent: number, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) => post('/flags/myflag/rollout', { percent }, headers);
  assert.is((await roll(20, reader)).status, 401);
  assert.equal([(await roll(101)).status], [400]);
  const users = Array.from({ length: 400 }, (_, i) => `rollout-user-${i}`);
  const enabled = async () => {
    const out = new Set<string>();
    for (const u of users) if ((await post('/ofrep/v1/evaluate/flags/myflag', { context: { targetingKey: u } })).body.value === 'enable') out.add(u);
    return out;
  };
  let previous = new Set<string>();
  for (const percent of [20, 60]) {
    const r = await roll(percent);
    assert.is(r.status, 200, JSON.stringify(r.body));
    await waitFor(`OFREP to answer with the ${percent} % rule`, async () => (await post('/ofrep/v1/evaluate/flags/myflag', { context: { targetingKey: 'probe' } })).body.reason === 'TARGETING_MATCH' && (await post('/ofrep/v1/evaluate/flags', { context: { targetingKey: 'probe' } })).body.metadata.version === String(r.body.version), 5000);
    const now = await enabled();
    for (const u of previous) assert.ok(now.has(u), `${u} was in and is out at ${percent} %`);
    assert.ok(Math.abs(now.size / users.length - percent / 100) < 0.08, `${now.size} of ${users.length} at ${percent} %`);
    previous = now;
  }
  // the seed's toggle still works on the rolled-out flag: it turns the rollout off (DISABLED) and back on, audited
  const seedToggle = await post('/newfeature', {}, { authorization: `Bearer ${TOKEN}`, 'x-slipway-actor': 'ops' });
  assert.is(seedToggle.status, 200);
  assert.is(JSON.parse((await conn.hget(`slipway:flags:{${NS}}`, 'myflag'))!).$flagd.state, 'DISABLED');
  const audit = await (await fetch(`${toggle.url}/audit?flag=myflag&limit=1`, { headers: reader })).json() as { entries: { source: string; actor: string }[] };
  assert.equal([audit.entries[0].source, audit.entries[0].actor.startsWith('ops from ')], ['http /newfeature', true]);
});

ofrep('OpenFeature\'s server SDK with the OFREP provider reads targeted, fractional, disabled, missing and changed flags', async () => {
  await OpenFeature.setProviderAndWait('ofrep', new OFREPProvider({ baseUrl: toggle.url, headers: [['Authorization', `Bearer ${READ}`]] }));
  const client = OpenFeature.getClient('ofrep');
  const staff = await client.getBooleanDetails('new-welcome', false, { targetingKey: 'u3', email: 'dee@slipway.example' });
  assert.equal([staff.value, staff.reason, staff.variant], [true, 'TARGETING_MATCH', 'on']);
  assert.is(await client.getBooleanValue('new-welcome', true, { targetingKey: 'u3', email: 'dee@example.com' }), false);
  const flagd = flagdCoreOf(fixtureText());
  for (let i = 0; i < 50; i++) {
    const ctx = { targetingKey: `ofrep-user-${i}` };
    assert.is(await client.getStringValue('header-color', 'none', ctx), flagd('header-color', 'string', ctx).value);
  }
  // a disabled flag gives the code default (this provider version reports it as a type mismatch: OFREP sends no value)
  assert.is(await client.getBooleanValue('old-search', false, { targetingKey: 'u3' }), false);
  const missing = await client.getNumberDetails('nope', 7, { targetingKey: 'u3' });
  assert.equal([missing.value, missing.errorCode], [7, 'FLAG_NOT_FOUND']);
  const before = await client.getNumberValue('route-limit', 0, { targetingKey: 'u3', appVersion: '2.1.0' });
  assert.is(before, 100);
  await fetch(`${toggle.url}/flags/route-limit/toggle`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
  await waitFor('the OFREP provider to see route-limit disabled', async () => (await client.getNumberValue('route-limit', -1, { targetingKey: 'u3', appVersion: '2.1.0' })) === -1, 5000);
});

ofrep.run();

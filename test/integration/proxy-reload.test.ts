import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startBackend, type TestBackend } from '../support/backends';
import { startTestProxy, load, TEST_RULES, type TestProxy } from '../support/proxy-harness';
import { startProxy } from '../../src/proxy/server';
import { reloadProxy } from '../../src/proxy/reload';

const reload = suite('proxy reload (SIGHUP): the re-read config applied to the running proxy');

let production: TestBackend;
let canary: TestBackend;
let other: TestBackend;
let proxy: TestProxy;

reload.before(async () => {
  [production, canary, other] = [await startBackend('production'), await startBackend('canary'), await startBackend('other')];
  proxy = await startTestProxy({ production: production.url, canary: canary.url });
});

reload.after(async () => {
  await proxy.stop();
  await Promise.all([production, canary, other].map((b) => b.kill()));
});

reload('new weights and a new target apply at once, on the same listener', async () => {
  const next = { ...proxy.options, routing: { weights: { production: 1, canary: 1 }, production: other.url, canary: canary.url } };
  const r = reloadProxy(proxy.core, proxy.options, next);
  assert.equal(r, { applied: ['weights production=1,canary=1', `production → ${other.url}`], notApplied: [] });
  assert.equal((await load(proxy.url, { count: 40 })).bodies, { other: 20, canary: 20 });
  proxy.options = next;
});

reload('what was set at run time stays when the config did not change it', async () => {
  proxy.core.setWeights({ production: 3, canary: 1 });
  const next = { ...proxy.options, retryIdempotent: false, drainTimeoutSec: 9 };
  assert.equal(reloadProxy(proxy.core, proxy.options, next), { applied: ['retryIdempotent false', 'drainTimeoutSec 9'], notApplied: [] });
  assert.equal(proxy.core.status().weights, { production: 3, canary: 1 });
  assert.is(proxy.core.status().retryIdempotent, false);
  proxy.options = next;
});

reload('new ejection rules take effect for the next canary failures; an ejection is kept across a reload', async () => {
  const next = { ...proxy.options, rules: { ...TEST_RULES, consecutive5xx: 2 } };
  assert.equal(reloadProxy(proxy.core, proxy.options, next).applied, ['canary ejection rules']);
  proxy.options = next;
  await canary.setFailing(true);
  await load(proxy.url, { count: 12, concurrency: 1 });
  assert.is(proxy.core.status().canary.state, 'ejected', 'two failures in a row are enough now');
  await canary.setFailing(false);
  reloadProxy(proxy.core, proxy.options, { ...next, rules: { ...TEST_RULES } });
  assert.is(proxy.core.status().canary.state, 'ejected');
  proxy.core.resume();
});

reload('listener settings are reported as needing a new container, and nothing else moves', async () => {
  const next = { ...proxy.options, maxHeaderBytes: 32_768, stickyCookie: 'v' };
  assert.equal(reloadProxy(proxy.core, proxy.options, next), { applied: [], notApplied: ['maxHeaderBytes', 'stickyCookie'] });
});

reload('a restart after a reload keeps the routing set at run time (the state file knows the reloaded config)', async () => {
  const before = proxy.core.routing();
  await proxy.stop();
  const again = await startProxy(proxy.options);
  try {
    assert.equal(again.core.routing(), before);
  } finally {
    await again.stop();
  }
  proxy = await startTestProxy({ production: production.url, canary: canary.url });
});

reload.run();

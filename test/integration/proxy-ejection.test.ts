import { suite } from 'uvu';
import { loudly } from '../support/hooks';
import * as assert from 'uvu/assert';
import { startBackend, type TestBackend } from '../support/backends';
import { admin, count5xx, load, startTestProxy, TEST_RULES, type TestProxy } from '../support/proxy-harness';

const ejection = suite('proxy ejection');
let production: TestBackend;
let canary: TestBackend;
const started: TestProxy[] = [];

ejection.before(loudly(async () => {
  production = await startBackend('production');
  canary = await startBackend('canary');
}));

ejection.before.each(loudly(async () => {
  await canary.setFailing(false);
}));

ejection.after(async () => {
  for (const p of started) await p.stop();
  await production.kill();
  await canary.kill();
});

async function proxy(...args: Parameters<typeof startTestProxy>): Promise<TestProxy> {
  const p = await startTestProxy(...args);
  started.push(p);
  return p;
}

ejection('a canary that starts failing is ejected and no GET client sees a 5xx', async () => {
  const p = await proxy({ production: production.url, canary: canary.url });
  const r = await load(p.url, { count: 3000, concurrency: 20, onEach: async (i) => void (i === 600 && (await canary.setFailing(true))) });
  assert.is(count5xx(r), 0, JSON.stringify(r.statuses));
  assert.is(r.errors, 0);
  assert.equal(r.statuses, { 200: 3000 });
  const status = (await admin(p, 'GET', '/status')).json;
  assert.is(status.canary.state, 'ejected');
  assert.is(status.canary.source, 'passive');
  assert.match(status.canary.reason, 'failures in a row');
  assert.is(status.backends[1].state, 'ejected');
  assert.ok(status.backends[1]['5xx'] >= TEST_RULES.consecutive5xx, 'the hidden failures still counted');
  assert.ok(status.retries >= TEST_RULES.consecutive5xx);
  const served = (await canary.control()).served;
  const after = await load(p.url, { count: 300 });
  assert.equal(after.bodies, { production: 300 });
  assert.is((await canary.control()).served, served, 'an ejected canary gets no traffic at all');
  const metrics = (await admin(p, 'GET', '/metrics')).json as unknown as string;
  assert.match(metrics, 'slipway_proxy_ejections_total{role="canary",source="passive"} 1');
  assert.match(metrics, /slipway_proxy_upstream_responses_total\{role="canary",class="5xx"\} [1-9]/);
  assert.match(metrics, 'slipway_proxy_requests_total{role="canary",class="5xx"} 0');
  assert.match(metrics, 'slipway_proxy_backend_up{role="canary"} 0');
});

ejection('a POST that fails on the canary is not retried, and still counts', async () => {
  const p = await proxy({ production: production.url, canary: canary.url, weights: { production: 0, canary: 1 } }, { rules: { ...TEST_RULES, consecutive5xx: 1000, maxErrorRate: 1 } });
  await canary.setFailing(true);
  const r = await load(p.url, { count: 10, method: 'POST', body: 'order=1', concurrency: 1 });
  assert.equal(r.statuses, { 500: 10 }, 'never sent twice: production did not see them');
  const s = (await admin(p, 'GET', '/status')).json;
  assert.is(s.backends[1]['5xx'], 10);
  assert.is(s.retries, 0);
  assert.is(s.backends[0].requests, 0);
});

ejection('the ejection survives a proxy restart, and only resume re-admits', async () => {
  const first = await proxy({ production: production.url, canary: canary.url });
  await canary.setFailing(true);
  await load(first.url, { count: 60 });
  assert.is((await admin(first, 'GET', '/status')).json.canary.state, 'ejected');
  await canary.setFailing(false);
  await first.stop();
  const second = await proxy({ production: production.url, canary: canary.url }, { stateFile: first.stateFile, listen: first.options.listen, admin: first.options.admin });
  const s = (await admin(second, 'GET', '/status')).json;
  assert.is(s.canary.state, 'ejected');
  const before = await load(second.url, { count: 90 });
  assert.equal(before.bodies, { production: 90 }, 'a healthy canary is not silently re-admitted');
  const resumed = await admin(second, 'POST', '/canary/resume', { reason: 'fixed' });
  assert.is(resumed.status, 200);
  assert.is(resumed.json.changed, true);
  assert.is(resumed.json.canary.source, 'resume');
  const after = await load(second.url, { count: 90 });
  assert.equal(after.bodies, { production: 60, canary: 30 });
});

ejection('the Datadog webhook ejects; repeats and recovery change nothing', async () => {
  const p = await proxy({ production: production.url, canary: canary.url });
  const alert = { alert_transition: 'Triggered', alert_id: '77', alert_title: '[Triggered] demo canary 5xx', id: 'evt-1', tags: 'app:demo,role:canary' };
  const first = await admin(p, 'POST', '/alerts/datadog', alert);
  assert.is(first.status, 200);
  assert.is(first.json.action, 'ejected');
  const since = first.json.canary.since;
  assert.is((await admin(p, 'POST', '/alerts/datadog', alert)).json.action, 'duplicate');
  assert.is((await admin(p, 'POST', '/alerts/datadog', { ...alert, alert_transition: 'Re-Triggered', id: 'evt-2' })).json.action, 'already-ejected');
  const recovered = await admin(p, 'POST', '/alerts/datadog', { ...alert, alert_transition: 'Recovered', id: 'evt-3' });
  assert.is(recovered.json.action, 'noted');
  const s = (await admin(p, 'GET', '/status')).json;
  assert.is(s.canary.state, 'ejected');
  assert.is(s.canary.since, since, 'the first ejection is kept');
  assert.is(s.canary.alertId, '77');
  assert.equal((await load(p.url, { count: 30 })).bodies, { production: 30 });
  const other = await admin(p, 'POST', '/alerts/datadog', { ...alert, tags: 'app:demo,role:production', alert_title: 'prod cpu', id: 'evt-4' });
  assert.is(other.json.action, 'ignored');
});

ejection('an operator abort ejects at once', async () => {
  const p = await proxy({ production: production.url, canary: canary.url });
  const r = await admin(p, 'POST', '/canary/abort', { reason: 'release notes wrong' });
  assert.is(r.json.changed, true);
  assert.is(r.json.canary.reason, 'release notes wrong');
  assert.equal((await load(p.url, { count: 30 })).bodies, { production: 30 });
  assert.is((await admin(p, 'POST', '/canary/abort')).json.changed, false);
});

ejection('opt-in probation re-admits a passively ejected canary after its time', async () => {
  const p = await proxy({ production: production.url, canary: canary.url }, { rules: { ...TEST_RULES, probationSec: 1 } });
  await canary.setFailing(true);
  await load(p.url, { count: 60 });
  const ejected = (await admin(p, 'GET', '/status')).json.canary;
  assert.is(ejected.state, 'ejected');
  assert.ok(ejected.probationUntil);
  await canary.setFailing(false);
  const deadline = Date.now() + 5000;
  while ((await admin(p, 'GET', '/status')).json.canary.state !== 'admitted' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const s = (await admin(p, 'GET', '/status')).json.canary;
  assert.is(s.state, 'admitted');
  assert.is(s.source, 'probation');
  assert.match((await admin(p, 'GET', '/metrics')).json as unknown as string, 'slipway_proxy_readmissions_total{role="canary",source="probation"} 1');
});

ejection.run();

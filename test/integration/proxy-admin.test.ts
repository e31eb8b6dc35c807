import { suite } from 'uvu';
import { loudly } from '../support/hooks';
import * as assert from 'uvu/assert';
import * as net from 'node:net';
import { startBackend, type TestBackend } from '../support/backends';
import { admin, load, startTestProxy, type TestProxy } from '../support/proxy-harness';
import { ProxyAdminClient } from '../../src/proxy/admin-client';
import { StepFailed, UsageError } from '../../src/core/errors';

const api = suite('proxy admin api');
const TOKEN = 'admin-token-for-tests';
const HOOK = 'webhook-token-for-tests';
let production: TestBackend;
let canary: TestBackend;
let next: TestBackend;
let p: TestProxy;

api.before(loudly(async () => {
  production = await startBackend('production');
  canary = await startBackend('canary');
  next = await startBackend('production-v2');
  p = await startTestProxy({ production: production.url, canary: canary.url }, { adminToken: TOKEN, webhookToken: HOOK, allowedBackends: [next.url] });
}));

api.after(async () => {
  await p.stop();
  for (const b of [production, canary, next]) await b.kill();
});

async function rejection(work: () => Promise<unknown>): Promise<Error> {
  try {
    await work();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

const asAdmin = (method: string, path: string, body?: unknown) => admin(p, method, path, body, TOKEN);

api('a missing or wrong token gets 401 and changes nothing', async () => {
  const before = (await asAdmin('GET', '/status')).json;
  const attempts: [string, string, unknown][] = [
    ['PUT', '/weights', { production: 0, canary: 1 }], ['POST', '/canary/abort', {}], ['PUT', '/backends', { canary: null }],
    ['POST', '/alerts/datadog', { alert_transition: 'Triggered', alert_title: 'canary', tags: 'role:canary' }], ['GET', '/status', undefined], ['GET', '/metrics', undefined],
  ];
  for (const [method, path, body] of attempts) {
    const none = await admin(p, method, path, body);
    assert.is(none.status, 401, `${method} ${path} without a token`);
    assert.match(none.json.error, 'missing Authorization: Bearer');
    const wrong = await admin(p, method, path, body, 'not-the-token');
    assert.is(wrong.status, 401, `${method} ${path} with a wrong token`);
    assert.is(wrong.json.error, 'wrong token');
  }
  const after = (await asAdmin('GET', '/status')).json;
  assert.equal(after.weights, before.weights);
  assert.is(after.canary.state, 'admitted');
  assert.equal(after.backends.map((b: { target: string }) => b.target), before.backends.map((b: { target: string }) => b.target));
  assert.is((await admin(p, 'GET', '/healthz')).status, 200, 'liveness needs no token and tells nothing');
});

api('malformed admin requests get 400 with the reason', async () => {
  const cases: [string, string, unknown, string][] = [
    ['PUT', '/weights', '{"production": 2,', 'body is not valid JSON'],
    ['PUT', '/weights', { production: -1, canary: 1 }, 'weights.production: expected a whole number 0-1000, got -1'],
    ['PUT', '/weights', { production: 2 }, 'weights.canary: is required'],
    ['PUT', '/weights', { production: 0, canary: 0 }, 'both weights are 0'],
    ['PUT', '/weights', [2, 1], 'expected an object'],
    ['PUT', '/backends', {}, 'expected at least one of "production", "canary"'],
    ['PUT', '/backends', { staging: 'http://127.0.0.1:1' }, 'staging: unknown role'],
    ['PUT', '/backends', { production: null }, 'production: cannot be null'],
    ['PUT', '/backends', { canary: 'https://127.0.0.1:1' }, 'only http:// backends'],
    ['PUT', '/backends', { canary: 3002 }, 'canary: expected a URL string or null'],
    ['POST', '/canary/abort', { reason: 5 }, 'reason: expected a text'],
    ['POST', '/canary/abort', { why: 'x' }, 'why: unknown field'],
    ['POST', '/alerts/datadog', { alert_transition: 'Exploded' }, 'unknown value "Exploded"'],
    ['POST', '/alerts/datadog', { hello: 'world' }, 'no alert transition'],
  ];
  for (const [method, path, body, reason] of cases) {
    const r = await asAdmin(method, path, body);
    assert.is(r.status, 400, `${method} ${path} ${JSON.stringify(body)} → ${r.status}`);
    assert.match(r.json.error, reason);
  }
  assert.is((await asAdmin('GET', '/nope')).status, 404);
  const wrongMethod = await asAdmin('GET', '/weights');
  assert.is(wrongMethod.status, 405);
  assert.match(wrongMethod.json.error, 'use PUT');
  const s = (await asAdmin('GET', '/status')).json;
  assert.equal(s.weights, { production: 2, canary: 1 }, 'nothing changed');
  assert.is(s.canary.state, 'admitted');
});

api('status shows per backend its role, target, weight, state, counts and in-flight', async () => {
  await load(p.url, { count: 30 });
  const s = (await asAdmin('GET', '/status')).json;
  assert.equal(Object.keys(s.backends[0]).sort(), ['5xx', 'ejectedSince', 'failures', 'inFlight', 'requests', 'role', 'state', 'target', 'weight']);
  assert.equal(s.backends.map((b: { role: string }) => b.role), ['production', 'canary']);
  assert.is(s.backends[0].target, production.url);
  assert.ok(s.backends[0].requests >= 20 && s.backends[1].requests >= 10);
});

api('metrics tell canary from production', async () => {
  const m = (await asAdmin('GET', '/metrics')).json as unknown as string;
  assert.match(m, '# TYPE slipway_proxy_requests_total counter');
  assert.match(m, /slipway_proxy_requests_total\{role="canary",class="2xx"\} [1-9]/);
  assert.match(m, /slipway_proxy_requests_total\{role="production",class="2xx"\} [1-9]/);
  assert.match(m, '# TYPE slipway_proxy_request_duration_seconds histogram');
  assert.match(m, /slipway_proxy_request_duration_seconds_bucket\{role="canary",le="\+Inf"\} [1-9]/);
  assert.match(m, 'slipway_proxy_ejections_total{role="canary",source="webhook"} 0');
  assert.match(m, 'slipway_proxy_weight{role="production"} 2');
});

api('re-pointing a role sends new requests to the new target while the old one drains', async () => {
  const slow = fetch(`${p.url}/slow?ms=800`, { headers: { cookie: '' } });
  // the slow request may have gone to either role; wait until it is in flight somewhere
  const deadline = Date.now() + 3000;
  let s = (await asAdmin('GET', '/status')).json;
  while (s.inFlight === 0 && Date.now() < deadline) s = (await asAdmin('GET', '/status')).json;
  const slowRole = s.backends.find((b: { inFlight: number }) => b.inFlight > 0).role;
  const oldTarget = slowRole === 'production' ? production.url : canary.url;
  const r = await asAdmin('PUT', '/backends', { [slowRole]: next.url });
  assert.is(r.status, 200);
  assert.equal(r.json.changed, { [slowRole]: true });
  assert.equal(r.json.status.draining, [{ role: slowRole, target: oldTarget, inFlight: 1 }]);
  const during = await load(p.url, { count: 30 });
  assert.ok(during.bodies['production-v2'] > 0 && !during.bodies[slowRole], JSON.stringify(during.bodies));
  const answer = await slow;
  assert.is(answer.status, 200);
  assert.is((await answer.text()).trim(), slowRole, 'the in-flight request finished on the old target');
  const end = Date.now() + 3000;
  while ((await asAdmin('GET', '/status')).json.draining.length && Date.now() < end) await new Promise((res) => setTimeout(res, 20));
  assert.equal((await asAdmin('GET', '/status')).json.draining, []);
  await asAdmin('PUT', '/backends', { production: production.url, canary: canary.url });
});

api('removing the canary sends everything to production', async () => {
  assert.is((await asAdmin('PUT', '/backends', { canary: null })).json.status.canary.state, 'absent');
  assert.equal((await load(p.url, { count: 30 })).bodies, { production: 30 });
  await asAdmin('PUT', '/backends', { canary: canary.url });
  assert.equal((await load(p.url, { count: 30 })).bodies, { production: 20, canary: 10 });
});

api('the admin client speaks the API and turns refusals into step errors', async () => {
  const client = new ProxyAdminClient(p.adminUrl, TOKEN);
  assert.equal((await client.setWeights({ production: 3, canary: 1 })).weights, { production: 3, canary: 1 });
  assert.is((await client.abort('from the client')).canary.reason, 'from the client');
  assert.is((await client.status()).canary.state, 'ejected');
  assert.is((await client.resume()).changed, true);
  assert.is((await client.setBackend('canary', canary.url)).changed.canary, false, 'same target: no change');
  await client.setWeights({ production: 2, canary: 1 });
  const wrongToken = await rejection(() => new ProxyAdminClient(p.adminUrl, 'wrong').status());
  assert.instance(wrongToken, StepFailed);
  assert.match((wrongToken as StepFailed).hint ?? '', 'SLIPWAY_ADMIN_TOKEN differs');
  const refused = await rejection(() => client.setWeights({ production: 0, canary: 0 }));
  assert.instance(refused, UsageError);
  assert.match(refused.message, 'both weights are 0');
  const down = await rejection(() => new ProxyAdminClient('http://127.0.0.1:1', TOKEN).status());
  assert.instance(down, StepFailed);
  assert.match(down.message, 'does not answer');
});

const triggered = { alert_transition: 'Triggered', alert_title: 'canary 5xx', tags: 'role:canary,app:demo', id: 'hook-1' };

api('the webhook token ejects the canary through POST /alerts/datadog and can change nothing else', async () => {
  const before = (await asAdmin('GET', '/status')).json;
  const attempts: [string, string, unknown][] = [
    ['PUT', '/weights', { production: 0, canary: 1 }], ['PUT', '/backends', { production: next.url }], ['POST', '/canary/abort', {}],
    ['POST', '/canary/resume', {}], ['GET', '/status', undefined], ['GET', '/metrics', undefined],
  ];
  for (const [method, path, body] of attempts) {
    const r = await admin(p, method, path, body, HOOK);
    assert.equal([r.status, r.json.error], [401, 'wrong token'], `${method} ${path} with the webhook token`);
  }
  const after = (await asAdmin('GET', '/status')).json;
  assert.equal([after.weights, after.backends.map((b: { target: string }) => b.target), after.canary.state], [before.weights, before.backends.map((b: { target: string }) => b.target), 'admitted']);
  const alert = await admin(p, 'POST', '/alerts/datadog', triggered, HOOK);
  assert.is(alert.status, 200);
  assert.is((await asAdmin('GET', '/status')).json.canary.state, 'ejected');
  assert.is((await asAdmin('POST', '/canary/resume', { reason: 'test over' })).status, 200);
});

api('the admin token cannot point a role at an address the config does not allow', async () => {
  const before = (await asAdmin('GET', '/status')).json.backends.map((b: { target: string }) => b.target);
  // never contacted: the proxy refuses before it would open a connection
  for (const [role, url] of [['production', 'http://127.0.0.2:3001'], ['canary', 'http://127.0.0.3:80'], ['production', `http://localhost:${new URL(production.url).port}`]]) {
    const r = await asAdmin('PUT', '/backends', { [role]: url });
    assert.is(r.status, 403, `${role} → ${url}`);
    assert.match(r.json.error, 'is not an allowed backend');
    assert.match(r.json.error, 'proxy.allowedBackends');
  }
  const mixed = await asAdmin('PUT', '/backends', { canary: next.url, production: 'http://127.0.0.9:1' });
  assert.is(mixed.status, 403, 'one refused entry refuses the whole request');
  assert.equal((await asAdmin('GET', '/status')).json.backends.map((b: { target: string }) => b.target), before);
  const refused = await rejection(() => new ProxyAdminClient(p.adminUrl, TOKEN).setBackend('production', 'http://127.0.0.2:3001'));
  assert.instance(refused, UsageError);
  assert.match((refused as UsageError).hint ?? '', 'proxy.allowedBackends');
});

api('a body over the limit is answered 413 and changes nothing; the connection keeps serving', async () => {
  const r = await asAdmin('PUT', '/weights', JSON.stringify({ production: 1, canary: 1, pad: 'x'.repeat(200 * 1024) }));
  assert.equal([r.status, r.json.error], [413, 'body larger than 65536 bytes']);
  assert.equal((await asAdmin('GET', '/status')).json.weights, { production: 2, canary: 1 });
});

/** One request as raw bytes on its own connection, so the target reaches the admin API exactly as written. */
function rawAdmin(requestLine: string, headers = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(new URL(p.adminUrl).port), '127.0.0.1');
    let text = '';
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${requestLine}`)));
    socket.on('data', (c) => (text += c));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(text.split(' ')[1]), body: text.slice(text.indexOf('\r\n\r\n') + 4) }));
    socket.write(`${requestLine}\r\nhost: admin\r\nauthorization: Bearer ${TOKEN}\r\n${headers}connection: close\r\n\r\n`);
  });
}

api('request targets: absolute-form is reduced to its path, OPTIONS * is answered, anything else is a 400', async () => {
  assert.is((await rawAdmin(`GET http://admin.example/status HTTP/1.1`)).status, 200);
  assert.is((await rawAdmin('OPTIONS * HTTP/1.1')).status, 204);
  for (const line of ['GET * HTTP/1.1', 'GET http://[::1/status HTTP/1.1', 'GET http://h:99999/status HTTP/1.1', 'GET status HTTP/1.1', 'GET ftp://h/status HTTP/1.1', 'CONNECT 127.0.0.1:8081 HTTP/1.1', 'PUT /weights#x HTTP/1.1']) {
    const r = await rawAdmin(line, 'content-length: 0\r\n');
    assert.is(r.status, 400, line);
    assert.type(JSON.parse(r.body).error, 'string', line);
  }
  assert.is((await asAdmin('GET', '/status')).status, 200, 'still serving');
});

api.run();

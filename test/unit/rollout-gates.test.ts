import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/core/config';
import { UsageError } from '../../src/core/errors';
import { createLogger } from '../../src/core/log';
import { secretsFromEnv } from '../../src/core/secrets';
import { DatadogClient } from '../../src/monitors/datadog-client';
import { ConditionSyntaxError, ConditionTypeError, holds, parseCondition } from '../../src/rollout/condition';
import { JsonPathSyntaxError, parseJsonPath, readJsonPath } from '../../src/rollout/json-path';
import { measure, verdictOf, type MetricConfig } from '../../src/rollout/metrics';
import { withGateChecks } from '../../src/rollout/gates';
import { callWebhook, payloadOf } from '../../src/rollout/webhooks';
import { DEFAULT_ANALYSIS, judge } from '../../src/rollout/judge';
import { startDatadogStandin } from '../support/datadog-standin';
import { tmpDir } from '../support/tmp';

const gates = suite('rollout gates');

const holdsFor = (text: string, result: unknown) => holds(parseCondition(text), result);
const syntaxError = (text: string) => assert.throws(() => parseCondition(text), (e: unknown) => e instanceof ConditionSyntaxError, text.slice(0, 60));

gates('conditions compare result with a literal, && binding tighter than ||', () => {
  assert.ok(holdsFor('result < 0.05', 0.01));
  assert.not.ok(holdsFor('result < 0.05', 0.05));
  assert.ok(holdsFor('result <= 0.05', 0.05));
  assert.ok(holdsFor('result >= -1e-3', 0));
  assert.ok(holdsFor('result == true', true));
  assert.not.ok(holdsFor('result == true', 'true'), 'no coercion: the string "true" is not true');
  assert.ok(holdsFor('result != "ok"', 'degraded'));
  assert.ok(holdsFor("result == 'it\\'s ok'", "it's ok"));
  assert.ok(holdsFor('result > 1 && result < 3 || result == 10', 10));
  assert.not.ok(holdsFor('result > 1 && result < 3 || result == 10', 4));
  assert.ok(holdsFor('result<1||result>5', 6), 'spaces are optional');
});

gates('an order asked of something that is not a number is a type error (an Error measurement), whatever the term order', () => {
  for (const value of ['0.01', null, undefined, { a: 1 }, [1], NaN, Infinity]) {
    assert.throws(() => holdsFor('result < 0.05', value), (e: unknown) => e instanceof ConditionTypeError);
    assert.throws(() => holdsFor('result == 1 || result < 0.05', value), (e: unknown) => e instanceof ConditionTypeError);
  }
});

gates('a condition outside the grammar is refused, never run: code, unbalanced quotes, dangling joins, huge input', () => {
  for (const text of ['', '   ', 'result', 'result <', '< 1', 'result < 1 &&', 'result < 1 & result > 0', 'result < 1; process.exit(1)', 'process.exit(1)',
    'result < "abc"', 'result === 1', 'result < 1 result > 2', 'result == "unterminated', 'result == constructor', 'result.length > 1', 'resultx < 1',
    '(result < 1)', 'result < 1 || || result > 2', `result == "${'a'.repeat(600)}"`]) syntaxError(text);
  const started = Date.now();
  syntaxError(`result < 1 ${'&& result < 1 '.repeat(100_000)}`);
  syntaxError(`result == "${'\\"'.repeat(100_000)}`);
  assert.ok(Date.now() - started < 5000, 'a long condition is refused at once, not worked through');
});

gates('a JSON path reads own properties and array items only: __proto__ and constructor find nothing the answer does not hold', () => {
  const answer = JSON.parse('{"data":{"ok":true,"checks":[{"status":"pass"},{"status":"fail"}],"weird key":1},"__proto__":{"polluted":1}}');
  assert.equal(readJsonPath(answer, parseJsonPath('$.data.ok')), { found: true, value: true });
  assert.equal(readJsonPath(answer, parseJsonPath('$.data.checks[1].status')), { found: true, value: 'fail' });
  assert.equal(readJsonPath(answer, parseJsonPath('$.data["weird key"]')), { found: true, value: 1 });
  assert.equal(readJsonPath(answer, parseJsonPath('$')), { found: true, value: answer });
  assert.equal(readJsonPath(answer, parseJsonPath('$.__proto__.polluted')), { found: true, value: 1 }, 'an own "__proto__" key is data like any other');
  assert.is(({} as Record<string, unknown>).polluted, undefined, 'nothing was polluted');
  for (const p of ['$.constructor', '$.data.toString', '$.data.checks.length', '$.data.__proto__', '$.data.checks[2]', '$.data.ok.x', '$.data[0]', '$.data.hasOwnProperty']) {
    assert.is(readJsonPath(answer, parseJsonPath(p)).found, false, p);
  }
  assert.equal(readJsonPath(answer, parseJsonPath('$.data.checks[5].status')), { found: false, missing: '$.data.checks[5]' });
});

gates('a JSON path outside the simple grammar, too long or too deep is refused', () => {
  for (const p of ['data.ok', '$..ok', '$.a[*]', '$[?(@.x)]', '$.a[-1]', '$.a.', '$.a[0', "$.a['x]", '$.a;b', '$.a[1e3]', `$${'.a'.repeat(300)}`]) {
    assert.throws(() => parseJsonPath(p), (e: unknown) => e instanceof JsonPathSyntaxError, p);
  }
  const deep = '$' + '.a'.repeat(33);
  assert.throws(() => parseJsonPath(deep), /more than 32 steps/);
  let nested: unknown = 42;
  for (let i = 0; i < 32; i++) nested = { a: nested };
  assert.equal(readJsonPath(nested, parseJsonPath('$' + '.a'.repeat(32))), { found: true, value: 42 });
});

gates("a metric's verdict follows Argo: failureCondition first, then successCondition; one alone decides both ways", () => {
  const s = parseCondition('result < 0.05');
  const f = parseCondition('result >= 0.1');
  const table: [Parameters<typeof verdictOf>[0], number, string][] = [
    [{ success: s, failure: f }, 0.01, 'Passed'], [{ success: s, failure: f }, 0.2, 'Failed'], [{ success: s, failure: f }, 0.07, 'Inconclusive'],
    [{ success: s }, 0.01, 'Passed'], [{ success: s }, 0.07, 'Failed'],
    [{ failure: f }, 0.2, 'Failed'], [{ failure: f }, 0.07, 'Passed'],
  ];
  for (const [conditions, result, want] of table) assert.is(verdictOf(conditions, result), want, `${Object.keys(conditions)} at ${result}`);
});

gates('a judgment with gate checks: Failed over Error over Inconclusive over Passed, with the deciding details as its reason', () => {
  const steady = (n: number) => ({ requests: n, errors: 0, latenciesMs: Array(n).fill(2) });
  const passed = judge(steady(200), steady(200), DEFAULT_ANALYSIS);
  assert.is(passed.verdict, 'Passed');
  assert.is(withGateChecks(passed, []), passed);
  const err = withGateChecks(passed, [{ name: 'metric a', verdict: 'Error', detail: 'a did not answer' }, { name: 'metric b', verdict: 'Inconclusive', detail: 'b: no series' }]);
  assert.is(err.verdict, 'Error');
  assert.is(err.reason, 'a did not answer');
  const failed = withGateChecks(passed, [{ name: 'metric a', verdict: 'Error', detail: 'x' }, { name: 'webhook w', verdict: 'Failed', detail: 'w answered HTTP 500' }]);
  assert.equal([failed.verdict, failed.reason, failed.checks.length], ['Failed', 'w answered HTTP 500', 6]);
  const ok = withGateChecks(passed, [{ name: 'metric a', verdict: 'Passed', detail: 'a: result 0.01' }]);
  assert.is(ok.verdict, 'Passed');
  assert.match(ok.reason, /every check passed.*; a: result 0\.01$/);
});

function appWith(canary: unknown): string {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'demo-app' }));
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({ canary }));
  return dir;
}

function refusal(canary: unknown): string {
  try {
    loadConfig({ appDir: appWith(canary), env: {} });
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return err.message;
  }
  throw new Error(`expected ${JSON.stringify(canary)} to be refused`);
}

gates('config load refuses a bad condition, path, provider field or webhook URL, naming the field (exit 2)', () => {
  const dd = { name: 'errors', provider: 'datadog', query: 'avg:x{*}', successCondition: 'result < 0.05' };
  assert.match(refusal({ analysis: { metrics: [dd, { ...dd, name: 'e2', successCondition: 'result < 1; rm -rf /' }] } }), 'canary.analysis.metrics[1].successCondition: cannot read "; rm -rf /"');
  assert.match(refusal({ analysis: { metrics: [{ ...dd, failureCondition: 'result >' }] } }), 'canary.analysis.metrics[0].failureCondition');
  assert.match(refusal({ analysis: { metrics: [{ name: 'w', provider: 'web', url: 'https://x.example/h', jsonPath: 'ok', successCondition: 'result == true' }] } }), 'canary.analysis.metrics[0].jsonPath: must start with $');
  assert.match(refusal({ analysis: { metrics: [{ name: 'w', provider: 'web', url: 'http://metrics.example.test/h', jsonPath: '$.ok', successCondition: 'result == true' }] } }), 'an https:// URL (http:// only to a loopback address');
  assert.match(refusal({ analysis: { metrics: [{ name: 'w', provider: 'web', jsonPath: '$.ok', successCondition: 'result == true' }] } }), 'canary.analysis.metrics[0].url: is required for a web metric');
  assert.match(refusal({ analysis: { metrics: [{ ...dd, url: 'https://x.example/' }] } }), 'canary.analysis.metrics[0].url: a datadog metric has no url');
  assert.match(refusal({ analysis: { metrics: [{ name: 'n', provider: 'datadog', query: 'q' }] } }), 'has neither successCondition nor failureCondition');
  assert.match(refusal({ analysis: { metrics: [dd, dd] } }), 'names another metric too');
  assert.match(refusal({ webhooks: [{ name: 'gate', type: 'confirm-later', url: 'https://x.example/' }] }), 'one of "confirm-rollout"');
  assert.match(refusal({ webhooks: [{ name: 'gate', type: 'rollout', url: 'http://gate.example.test/' }] }), 'an https:// URL');
  const ok = loadConfig({ appDir: appWith({ webhooks: [{ name: 'gate', type: 'confirm-promotion', url: 'http://127.0.0.1:9/' }], analysis: { metrics: [dd] } }), env: {} }).config;
  assert.equal(ok.canary.webhooks[0], { name: 'gate', type: 'confirm-promotion', url: 'http://127.0.0.1:9/' });
  assert.is(ok.canary.analysis.consecutiveErrorLimit, 4);
});

/** A loopback server answering each request with the next of `answers`; it records what it got. */
async function server(answers: { status: number; body: string }[]) {
  const got: { method: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  const s = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push({ method: req.method!, headers: req.headers, body });
      const a = answers.shift() ?? { status: 500, body: '' };
      res.writeHead(a.status, { 'Content-Type': 'application/json' }).end(a.body);
    });
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, got, close: () => new Promise((r) => s.close(r)) };
}

gates('a web metric: the value at its path judged; a refusal, no JSON, a missing path, a wrong type or a huge answer is an Error', async () => {
  const big = JSON.stringify({ ok: true, pad: 'x'.repeat(2 << 20) });
  const s = await server([
    { status: 200, body: '{"data":{"rate":0.01}}' }, { status: 200, body: '{"data":{"rate":0.3}}' }, { status: 503, body: '{}' },
    { status: 200, body: '<html>' }, { status: 200, body: '{"data":{}}' }, { status: 200, body: '{"data":{"rate":"0.01"}}' }, { status: 200, body: big },
  ]);
  try {
    const m: MetricConfig = { name: 'rate', provider: 'web', url: `${s.url}/health`, jsonPath: '$.data.rate', successCondition: 'result < 0.05', failureCondition: 'result > 0.2', timeoutSec: 2 };
    const verdicts = [];
    for (let i = 0; i < 7; i++) verdicts.push(await measure(m, {}, Date.now()));
    assert.equal(verdicts.map((v) => v.verdict), ['Passed', 'Failed', 'Error', 'Error', 'Error', 'Error', 'Error'], JSON.stringify(verdicts));
    assert.match(verdicts[1].detail, 'result 0.3');
    assert.match(verdicts[2].detail, 'answered HTTP 503');
    assert.match(verdicts[4].detail, 'nothing at $.data.rate');
    assert.match(verdicts[5].detail, 'is not a number');
    assert.match(verdicts[6].detail, 'answered more than');
    assert.ok(s.got.every((r) => r.method === 'GET'));
  } finally {
    await s.close();
  }
});

gates("a webhook gets Flagger's payload and the bearer token; only a 2xx is ok, and no answer is not", async () => {
  const s = await server([{ status: 200, body: '' }, { status: 403, body: '' }]);
  try {
    const hook = { name: 'approve', type: 'confirm-promotion' as const, url: `${s.url}/gate`, metadata: { team: 'grades' } };
    const payload = payloadOf(hook, 'climbing-grade', 'deploy-42', 'WaitingPromotion');
    assert.equal(await callWebhook(hook, payload, 'rollout-hook-token-123456'), { webhook: 'approve', ok: true, detail: 'confirm-promotion webhook approve answered HTTP 200' });
    assert.is((await callWebhook(hook, payload, undefined)).ok, false);
    assert.equal(JSON.parse(s.got[0].body), { name: 'climbing-grade', namespace: 'slipway', phase: 'WaitingPromotion', checksum: 'deploy-42', type: 'confirm-promotion', metadata: { team: 'grades' } });
    assert.is(s.got[0].headers.authorization, 'Bearer rollout-hook-token-123456');
    assert.is(s.got[1].headers.authorization, undefined);
  } finally {
    await s.close();
  }
  const gone = await callWebhook({ name: 'gone', type: 'rollout', url: s.url, timeoutSec: 1 }, payloadOf({ name: 'gone', type: 'rollout', url: s.url }, 'a', 'd', 'Progressing'), undefined);
  assert.equal([gone.ok, /did not answer \(ECONNREFUSED\)/.test(gone.detail)], [false, true]);
});

gates("a Datadog metric reads the last point of the first series from the stand-in (requests checked against Datadog's spec); no series is Inconclusive", async () => {
  const dd = await startDatadogStandin();
  try {
    const secrets = secretsFromEnv({ DD_API_KEY: dd.apiKey, DD_APP_KEY: dd.appKey });
    const client = new DatadogClient({ baseUrl: dd.url, site: 'datadoghq.com', apiKey: dd.apiKey, appKey: dd.appKey }, { log: createLogger(secrets, { stream: fs.createWriteStream('/dev/null') }), secrets, maxServerRetries: 0, maxRateLimitRetries: 0 });
    const query = 'avg:trace.http.request.errors{service:grades}.as_rate()';
    const m: MetricConfig = { name: 'errors', provider: 'datadog', query, successCondition: 'result < 0.05', failureCondition: 'result >= 0.1' };
    assert.is((await measure(m, { datadog: client }, Date.now() - 20_000)).verdict, 'Inconclusive');
    dd.setSeries(query, [[Date.now() - 20_000, 0.2], [Date.now() - 10_000, null], [Date.now() - 5_000, 0.01]]);
    const passed = await measure(m, { datadog: client }, Date.now() - 20_000);
    assert.equal([passed.verdict, /result 0\.01/.test(passed.detail)], ['Passed', true], passed.detail);
    dd.setSeries(query, [[Date.now(), 0.12]]);
    assert.is((await measure(m, { datadog: client }, Date.now() - 20_000)).verdict, 'Failed');
    dd.failNext(1, 500);
    assert.is((await measure(m, { datadog: client }, Date.now() - 20_000)).verdict, 'Error');
    const asked = dd.requests.filter((r) => r.path === '/api/v1/query' && r.status === 200);
    assert.is(asked.length, 3);
    const { from, to } = asked[0].query;
    assert.ok(Number(to) - Number(from) >= 300, 'the query looks back at least Argo\'s 5 minutes');
    assert.is(asked[0].query.query, query);
  } finally {
    await dd.close();
  }
  const unreachable = await measure({ name: 'e', provider: 'datadog', query: 'q', successCondition: 'result < 1' }, {}, Date.now());
  assert.equal([unreachable.verdict, unreachable.detail], ['Error', 'datadog metric e could not be measured: DD_API_KEY and DD_APP_KEY are not set']);
});

gates.run();

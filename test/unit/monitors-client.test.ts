import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { datadogAccess, rateLimitWaitMs, backoffMs, siteOf, KNOWN_SITES } from '../../src/monitors/datadog-client';
import { secretsFromEnv } from '../../src/core/secrets';
import { UsageError } from '../../src/core/errors';

const client = suite('monitors/datadog-client');

const access = (env: Record<string, string>) => datadogAccess(env, secretsFromEnv(env));
const usage = (fn: () => unknown): UsageError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('expected a UsageError');
};

client('no keys means local alerting', () => {
  assert.is(access({}), undefined);
});

client('every Datadog site maps to its API host', () => {
  for (const site of KNOWN_SITES) {
    assert.is(access({ DD_API_KEY: 'aaaa1', DD_APP_KEY: 'bbbb1', DD_SITE: site })!.baseUrl, `https://api.${site}`);
  }
  assert.is(access({ DD_API_KEY: 'aaaa1', DD_APP_KEY: 'bbbb1' })!.baseUrl, 'https://api.datadoghq.com');
});

client('SLIPWAY_DATADOG_URL overrides the API base', () => {
  const a = access({ DD_API_KEY: 'aaaa1', DD_APP_KEY: 'bbbb1', DD_SITE: 'datadoghq.eu', SLIPWAY_DATADOG_URL: 'http://127.0.0.1:9999/' })!;
  assert.is(a.baseUrl, 'http://127.0.0.1:9999');
  assert.is(a.site, 'datadoghq.eu');
  assert.match(usage(() => access({ DD_API_KEY: 'aaaa1', DD_APP_KEY: 'bbbb1', SLIPWAY_DATADOG_URL: 'ftp://x' })).message, 'SLIPWAY_DATADOG_URL');
});

client('a site given as a URL or an app host is refused with the right value to use', () => {
  assert.match(usage(() => siteOf('https://app.datadoghq.eu')).hint!, 'DD_SITE=datadoghq.eu');
  assert.match(usage(() => siteOf('app.us5.datadoghq.com')).hint!, 'DD_SITE=us5.datadoghq.com');
  assert.is(siteOf(' US3.datadoghq.com '), 'us3.datadoghq.com');
});

client('half a key pair is a usage error naming the missing key', () => {
  assert.match(usage(() => access({ DD_API_KEY: 'aaaa1' })).message, 'DD_APP_KEY is not set while DD_API_KEY is');
  assert.match(usage(() => access({ DD_APP_KEY: 'aaaa1' })).message, 'DD_API_KEY is not set while DD_APP_KEY is');
});

client('a 429 waits as long as X-RateLimit-Reset says, else backs off', () => {
  assert.is(rateLimitWaitMs({ 'x-ratelimit-reset': '3' }, 0), 3000);
  assert.is(rateLimitWaitMs({ 'x-ratelimit-reset': '0' }, 1), 150);
  assert.is(rateLimitWaitMs({}, 2), backoffMs(2));
  assert.equal([0, 1, 2, 3, 4, 5].map(backoffMs), [500, 1000, 2000, 4000, 8000, 8000]);
});

client.run();

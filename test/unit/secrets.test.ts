import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { secretsFromEnv } from '../../src/core/secrets';

const secrets = suite('secrets');

secrets('masks every secret value wherever it appears', () => {
  const s = secretsFromEnv({ DD_API_KEY: 'abcdef123456', SLIPWAY_FLAGS_TOKEN: 'flagtoken' });
  assert.is(s.mask('key=abcdef123456 and flagtoken!'), 'key=*** and ***!');
});

secrets('masks the password inside REDIS_URL as well as the whole URL', () => {
  const s = secretsFromEnv({ REDIS_URL: 'redis://:s3cretpw@127.0.0.1:6379/0' });
  assert.is(s.mask('redis://:s3cretpw@127.0.0.1:6379/0'), '***');
  assert.is(s.mask('requirepass s3cretpw'), 'requirepass ***');
});

secrets('masks credential headers by name in structured output', () => {
  const s = secretsFromEnv({});
  const out = s.maskDeep({ headers: { Authorization: 'Bearer whatever', 'DD-API-KEY': 'k', Accept: 'json' }, list: ['a'] });
  assert.equal(out, { headers: { Authorization: '***', 'DD-API-KEY': '***', Accept: 'json' }, list: ['a'] });
});

secrets('unset secrets are simply absent', () => {
  const s = secretsFromEnv({});
  assert.is(s.get('DD_API_KEY'), undefined);
  assert.is(s.mask('nothing to hide'), 'nothing to hide');
});

secrets.run();

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

secrets('masks a token in every encoded form output can carry it', () => {
  const token = 'tok"en\\with/+slash&=space here';
  const s = secretsFromEnv({ SLIPWAY_ADMIN_TOKEN: token });
  const shown = [
    JSON.stringify({ body: JSON.stringify({ token }) }),
    `https://x.test/?t=${encodeURIComponent(token)}`,
    new URLSearchParams({ t: token }).toString(),
    `Authorization: Basic ${Buffer.from(`user:${token}`).toString('base64')}`,
    `Authorization: Basic ${Buffer.from(`us:${token}`).toString('base64')}`,
    `Authorization: Basic ${Buffer.from(`u:${token}`).toString('base64')}`,
    Buffer.from(`xx${token}yy`).toString('base64url'),
  ];
  for (const text of shown) {
    const masked = s.mask(text);
    assert.ok(masked.includes('***'), `not masked: ${text}`);
    // what is left, read back in every encoding the text may use, holds no piece of the token
    const readable = [masked, decodeURIComponent(masked.replace(/\+/g, ' ').replace(/%(?![0-9A-F]{2})/gi, '')), ...masked.split(/[\s*]+/).map((w) => Buffer.from(w, 'base64').toString('latin1'))];
    for (const piece of ['tok"', 'with', 'slash', 'space here']) {
      assert.not.ok(readable.some((r) => r.includes(piece)), `"${piece}" still readable in ${masked}`);
    }
  }
  assert.not.ok(s.mask(JSON.stringify({ token })).includes('with/'), 'the JSON-escaped token is masked whole');
});

secrets('a base64 text without the secret stays as it is', () => {
  const s = secretsFromEnv({ SLIPWAY_ADMIN_TOKEN: 'a-long-admin-token-1234' });
  const other = Buffer.from('user:another-password-9876').toString('base64');
  assert.is(s.mask(other), other);
});

secrets.run();

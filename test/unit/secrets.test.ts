import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { UsageError } from '../../src/core/errors';
import { checkTokens, secretsFromEnv, TOKENS, type SecretName } from '../../src/core/secrets';

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

const refusal = (env: Record<string, string>, names: SecretName[] = TOKENS): string | undefined => {
  try {
    checkTokens(secretsFromEnv(env), names);
    return undefined;
  } catch (err) {
    assert.instance(err, UsageError);
    return (err as Error).message;
  }
};

secrets('a token shorter than 16 characters is refused, naming the variable and never the value', () => {
  for (const name of TOKENS) {
    const message = refusal({ [name]: 'fifteen-chars-x' });
    assert.is(message, `${name} is 15 characters long; a token needs at least 16`);
  }
  assert.is(refusal({ SLIPWAY_ADMIN_TOKEN: 'sixteen-chars-xx', SLIPWAY_FLAGS_TOKEN: 'a'.repeat(64) }), undefined);
  assert.is(refusal({ SLIPWAY_ADMIN_TOKEN: 'short' }, ['SLIPWAY_FLAGS_TOKEN']), undefined, 'only the tokens the command reads are checked');
  assert.is(refusal({ DD_API_KEY: 'short' }, ['DD_API_KEY']), undefined, 'an API key is not a bearer token');
});

secrets('a token a bearer header cannot carry is refused', () => {
  assert.match(refusal({ SLIPWAY_ADMIN_TOKEN: 'has a space in the middle' }) ?? '', 'SLIPWAY_ADMIN_TOKEN holds a space');
  assert.match(refusal({ SLIPWAY_ADMIN_TOKEN: 'non-ascii-tökén-value' }) ?? '', 'outside visible ASCII');
  assert.is(refusal({ SLIPWAY_ADMIN_TOKEN: 'quote"and\\backslash-ok' }), undefined);
});

secrets('the webhook token must differ from the admin token', () => {
  const same = 'the-very-same-token-0123';
  assert.match(refusal({ SLIPWAY_ADMIN_TOKEN: same, SLIPWAY_WEBHOOK_TOKEN: same }) ?? '', 'SLIPWAY_WEBHOOK_TOKEN equals SLIPWAY_ADMIN_TOKEN');
  assert.is(refusal({ SLIPWAY_ADMIN_TOKEN: same, SLIPWAY_WEBHOOK_TOKEN: `${same}-hook` }), undefined);
});

secrets.run();

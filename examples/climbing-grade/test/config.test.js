'use strict';

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { readConfig, ConfigError } = require('../src/config');
const { version } = require('../package.json');

describe('config', () => {
  test('defaults: loopback, port 3000, local Redis, faults off', () => {
    assert.deepEqual(readConfig({}), {
      host: '127.0.0.1',
      port: 3000,
      version,
      revision: null,
      shutdownTimeoutMs: 10000,
      flags: { redisUrl: 'redis://127.0.0.1:6379', namespace: 'climbing-grade', refreshMs: 1000 },
      faults: { enabled: false, errorRate: 0, errorStatus: 500, latencyMs: 0 },
      warnings: [],
    });
  });

  test('every setting comes from its environment variable', () => {
    const config = readConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      APP_VERSION: '1.2.3',
      APP_REVISION: 'abc123',
      SHUTDOWN_TIMEOUT_MS: '2500',
      REDIS_URL: 'redis://:pw@127.0.0.1:6380/2',
      FLAGS_NAMESPACE: 'staging',
      FLAGS_REFRESH_MS: '250',
      FAULT_SWITCHES: '1',
      FAULT_ERROR_RATE: '0.25',
      FAULT_ERROR_STATUS: '503',
      FAULT_LATENCY_MS: '80',
    });
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.port, 8080);
    assert.equal(config.version, '1.2.3');
    assert.equal(config.revision, 'abc123');
    assert.equal(config.shutdownTimeoutMs, 2500);
    assert.deepEqual(config.flags, { redisUrl: 'redis://:pw@127.0.0.1:6380/2', namespace: 'staging', refreshMs: 250 });
    assert.deepEqual(config.faults, { enabled: true, errorRate: 0.25, errorStatus: 503, latencyMs: 80 });
  });

  test('FAULT_ERROR_RATE without FAULT_SWITCHES=1 is ignored, with a warning', () => {
    const config = readConfig({ FAULT_ERROR_RATE: '1' });
    assert.deepEqual(config.faults, { enabled: false, errorRate: 0, errorStatus: 500, latencyMs: 0 });
    assert.match(config.warnings[0], /FAULT_ERROR_RATE is ignored.*FAULT_SWITCHES=1/);
  });

  test('FAULT_LATENCY_MS and FAULT_ERROR_STATUS without FAULT_SWITCHES=1 are ignored, with a warning each', () => {
    const config = readConfig({ FAULT_LATENCY_MS: '80', FAULT_ERROR_STATUS: '503' });
    assert.deepEqual(config.faults, { enabled: false, errorRate: 0, errorStatus: 500, latencyMs: 0 });
    assert.equal(config.warnings.length, 2);
    assert.match(config.warnings.join('\n'), /FAULT_ERROR_STATUS is ignored[^]*FAULT_LATENCY_MS is ignored/);
  });

  test('a bad value names the variable, the value and what was expected', () => {
    const cases = [
      [{ PORT: '70000' }, 'PORT="70000" is not a whole number from 0 to 65535'],
      [{ SHUTDOWN_TIMEOUT_MS: '-1' }, /SHUTDOWN_TIMEOUT_MS="-1" is not a whole number/],
      [{ FLAGS_REFRESH_MS: '5' }, /FLAGS_REFRESH_MS="5" is not a whole number from 10/],
      [{ FAULT_SWITCHES: 'yes' }, 'FAULT_SWITCHES="yes" must be 1 (on) or 0 (off)'],
      [{ FAULT_SWITCHES: '1', FAULT_ERROR_RATE: '1.5' }, 'FAULT_ERROR_RATE="1.5" is not a number from 0 to 1'],
      [{ FAULT_SWITCHES: '1', FAULT_ERROR_STATUS: '404' }, /FAULT_ERROR_STATUS="404" is not a 5xx status/],
      [{ FAULT_SWITCHES: '1', FAULT_LATENCY_MS: '-5' }, /FAULT_LATENCY_MS="-5" is not a whole number from 0 to 60000/],
    ];
    for (const [env, message] of cases) {
      assert.throws(() => readConfig(env), (err) => {
        assert.ok(err instanceof ConfigError);
        if (typeof message === 'string') assert.equal(err.message, message);
        else assert.match(err.message, message);
        return true;
      });
    }
  });
});

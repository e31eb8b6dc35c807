'use strict';

const { version: packageVersion } = require('../package.json');

class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}

function wholeNumber(env, name, defaultValue, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
  const raw = env[name];
  if (raw === undefined || raw === '') return defaultValue;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}="${raw}" is not a whole number from ${min} to ${max}`);
  }
  return value;
}

function switchedOn(env, name) {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '1' || raw === 'true') return true;
  if (raw === '' || raw === '0' || raw === 'false') return false;
  throw new ConfigError(`${name}="${env[name]}" must be 1 (on) or 0 (off)`);
}

function errorRate(env) {
  const raw = env.FAULT_ERROR_RATE;
  if (raw === undefined || raw === '') return 0;
  const value = Number(raw);
  if (!(value >= 0 && value <= 1)) {
    throw new ConfigError(`FAULT_ERROR_RATE="${raw}" is not a number from 0 to 1`);
  }
  return value;
}

// 5xx only: the switch stands for a failing server (a bench can tell two roles' faults apart by their status).
function errorStatus(env) {
  const raw = env.FAULT_ERROR_STATUS;
  if (raw === undefined || raw === '') return 500;
  const value = Number(raw);
  if (!(Number.isInteger(value) && value >= 500 && value <= 599)) {
    throw new ConfigError(`FAULT_ERROR_STATUS="${raw}" is not a 5xx status (a whole number from 500 to 599)`);
  }
  return value;
}

// Reads the environment the app runs with; an error names the variable, its value and what was expected.
function readConfig(env = process.env) {
  const faultsEnabled = switchedOn(env, 'FAULT_SWITCHES');
  const warnings = [];
  for (const name of ['FAULT_ERROR_RATE', 'FAULT_ERROR_STATUS', 'FAULT_LATENCY_MS']) {
    if (!faultsEnabled && env[name]) {
      warnings.push(`${name} is ignored: fault switches are off (set FAULT_SWITCHES=1 to turn them on)`);
    }
  }
  return {
    host: env.HOST || '127.0.0.1',
    port: wholeNumber(env, 'PORT', 3000, { max: 65535 }),
    version: env.APP_VERSION || packageVersion,
    revision: env.APP_REVISION || null,
    shutdownTimeoutMs: wholeNumber(env, 'SHUTDOWN_TIMEOUT_MS', 10000),
    flags: {
      redisUrl: env.REDIS_URL || 'redis://127.0.0.1:6379',
      namespace: env.FLAGS_NAMESPACE || 'climbing-grade',
      refreshMs: wholeNumber(env, 'FLAGS_REFRESH_MS', 1000, { min: 10 }),
    },
    faults: faultsEnabled
      ? { enabled: true, errorRate: errorRate(env), errorStatus: errorStatus(env), latencyMs: wholeNumber(env, 'FAULT_LATENCY_MS', 0, { max: 60000 }) }
      : { enabled: false, errorRate: 0, errorStatus: 500, latencyMs: 0 },
    warnings,
  };
}

module.exports = { readConfig, ConfigError };

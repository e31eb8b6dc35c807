'use strict';

const { parseRedisUrl, openRedisConnection } = require('./redis-connection');

const MAX_BACKOFF_MS = 5000;

function flagsKey(namespace) {
  // The braces make a Redis Cluster hash tag: every key of one namespace lands on one slot.
  return `slipway:flags:{${namespace}}`;
}

// Values are stored JSON-encoded; a value someone set by hand without quotes is taken as the plain string.
function decodeFlagValue(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function decodeHash(reply) {
  const flags = new Map();
  for (let i = 0; i + 1 < (reply || []).length; i += 2) flags.set(reply[i], decodeFlagValue(reply[i + 1]));
  return flags;
}

// Keeps an in-memory snapshot of the namespace's flag hash, refreshed in the background. Request handling
// reads only the snapshot; Redis being slow or down makes the snapshot stale, never an error.
function createFlagReader({
  redisUrl = 'redis://127.0.0.1:6379',
  namespace = 'climbing-grade',
  refreshMs = 1000,
  timeoutMs = 2000,
  log = () => {},
} = {}) {
  const target = parseRedisUrl(redisUrl);
  const key = flagsKey(namespace);
  let snapshot = new Map();
  let stale = true;
  let failures = 0;
  let connection = null;
  let timer = null;
  let firstRefresh = null;
  let closed = false;

  async function readFlags() {
    if (connection === null || connection.closed) {
      connection = await openRedisConnection(target, { timeoutMs });
      if (closed) connection.close();
    }
    snapshot = decodeHash(await connection.command('HGETALL', key));
  }

  function backoffMs() {
    return Math.min(refreshMs * 2 ** (failures - 1), Math.max(refreshMs, MAX_BACKOFF_MS));
  }

  function schedule(delayMs) {
    if (closed) return;
    timer = setTimeout(refresh, delayMs);
    timer.unref();
  }

  async function refresh() {
    try {
      await readFlags();
      if (stale) log({ level: 'info', msg: 'flags: reading from redis', source: target.display, key });
      stale = false;
      failures = 0;
      schedule(refreshMs);
    } catch (err) {
      if (connection !== null) connection.close();
      connection = null;
      if (closed) return;
      if (failures === 0) {
        log({ level: 'warn', msg: 'flags: redis unreachable, keeping last values', source: target.display, error: err.message });
      }
      stale = true;
      failures += 1;
      schedule(backoffMs());
    }
  }

  return {
    get(name, defaultValue) {
      return snapshot.has(name) ? snapshot.get(name) : defaultValue;
    },
    status() {
      return { stale, source: target.display };
    },
    start() {
      if (firstRefresh === null) firstRefresh = refresh();
      return firstRefresh;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      if (connection !== null) connection.close();
      connection = null;
    },
  };
}

module.exports = { createFlagReader, flagsKey, decodeFlagValue };

'use strict';

const { createServer } = require('../../src/server');
const { createFaults } = require('../../src/faults');

// A flag source holding plain values, standing in for Redis where the test is about HTTP behaviour.
function staticFlags(values = {}, status = { stale: false, source: 'test' }) {
  return {
    values,
    status: () => status,
    get: (name, defaultValue) => (name in values ? values[name] : defaultValue),
  };
}

async function startApp({ flags = staticFlags(), faults = {}, version = '9.9.9', revision = 'abc1234' } = {}) {
  const accessLog = [];
  const errors = [];
  const faultSwitches = createFaults(faults);
  const app = createServer({
    flags,
    faults: faultSwitches,
    version,
    revision,
    log: (record) => accessLog.push(record),
    logError: (record) => errors.push(record),
  });
  const { url } = await app.listen(0, '127.0.0.1');
  return {
    url,
    app,
    flags,
    faults: faultSwitches,
    accessLog,
    errors,
    async get(path, init) {
      const response = await fetch(url + path, init);
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
    async stop() {
      await app.shutdown({ timeoutMs: 1000 });
      faultSwitches.close();
    },
  };
}

module.exports = { startApp, staticFlags };

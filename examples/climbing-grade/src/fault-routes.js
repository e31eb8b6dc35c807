'use strict';

const { FaultInputError } = require('./faults');
const { HttpError, queryNumber, queryBoolean } = require('./http-json');

function applying(change) {
  try {
    change();
  } catch (err) {
    throw err instanceof FaultInputError ? new HttpError(400, err.message) : err;
  }
}

// Only mounted when FAULT_SWITCHES=1; otherwise every /fault path is a plain 404.
function faultRoutes(faults) {
  if (!faults.enabled) return [];
  const state = () => ({ status: 200, body: faults.snapshot() });
  return [
    { method: 'GET', path: '/fault', handle: state },
    {
      method: 'PUT',
      path: '/fault/error-rate',
      handle: (url) => {
        const status = url.searchParams.has('status') ? queryNumber(url.searchParams, 'status', { integer: true }) : undefined;
        applying(() => faults.setErrorRate(queryNumber(url.searchParams, 'rate'), status));
        return state();
      },
    },
    {
      method: 'PUT',
      path: '/fault/latency',
      handle: (url) => {
        applying(() => faults.setLatency(queryNumber(url.searchParams, 'ms', { integer: true })));
        return state();
      },
    },
    {
      method: 'PUT',
      path: '/fault/health',
      handle: (url) => {
        faults.setHealthOk(queryBoolean(url.searchParams, 'ok'));
        return state();
      },
    },
    {
      method: 'POST',
      path: '/fault/memory',
      handle: (url) => {
        const mb = queryNumber(url.searchParams, 'mb', { integer: true });
        applying(() => {
          try {
            faults.holdMemory(mb);
          } catch (err) {
            if (err instanceof RangeError) throw new HttpError(507, `could not allocate ${mb} MB: ${err.message}`);
            throw err;
          }
        });
        return state();
      },
    },
    {
      method: 'POST',
      path: '/fault/memory/grow',
      handle: (url) => {
        const mbPerSec = queryNumber(url.searchParams, 'mbPerSec');
        const maxMb = queryNumber(url.searchParams, 'maxMb', { integer: true });
        applying(() => faults.growMemory({ mbPerSec, maxMb }));
        return { status: 202, body: faults.snapshot() };
      },
    },
    {
      method: 'DELETE',
      path: '/fault/memory',
      handle: () => {
        const releasedMb = faults.releaseMemory();
        return { status: 200, body: { releasedMb, ...faults.snapshot() } };
      },
    },
  ];
}

module.exports = { faultRoutes };

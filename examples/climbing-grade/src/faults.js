'use strict';

const v8 = require('node:v8');
const vm = require('node:vm');

const MB = 1024 * 1024;
const CHUNK_BYTES = 16 * MB;
const GROW_TICK_MS = 100;
// A demo switch must not be able to take the whole host down by a typo.
const MAX_HELD_MB = 8192;

class FaultInputError extends Error {
  constructor(message) {
    super(message);
    this.name = 'FaultInputError';
  }
}

function toMb(bytes) {
  return Math.round((bytes / MB) * 10) / 10;
}

// Dropped Buffers live outside the V8 heap and nothing else allocates in an idle app, so V8 may never
// collect them; a release must force a collection for the memory to really go back.
function collectGarbage() {
  if (typeof globalThis.gc === 'function') return globalThis.gc();
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc')();
}

function createFaults({ enabled = false, errorRate = 0, errorStatus = 500, latencyMs = 0, random = Math.random } = {}) {
  const state = { errorRate: 0, errorStatus: 500, latencyMs: 0, healthOk: true };
  let held = [];
  let heldBytes = 0;
  let growth = null;

  function setErrorRate(rate, status = state.errorStatus) {
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
      throw new FaultInputError(`error rate must be a number from 0 to 1, got ${rate}`);
    }
    if (!Number.isInteger(status) || status < 500 || status > 599) {
      throw new FaultInputError(`status must be a 5xx status (a whole number from 500 to 599), got ${status}`);
    }
    state.errorRate = rate;
    state.errorStatus = status;
  }

  function setLatency(ms) {
    if (!Number.isInteger(ms) || ms < 0 || ms > 60000) {
      throw new FaultInputError(`latency must be whole milliseconds from 0 to 60000, got ${ms}`);
    }
    state.latencyMs = ms;
  }

  function setHealthOk(ok) {
    state.healthOk = Boolean(ok);
  }

  function allocate(bytes) {
    let left = Math.min(bytes, MAX_HELD_MB * MB - heldBytes);
    while (left > 0) {
      const size = Math.min(left, CHUNK_BYTES);
      // A non-zero fill writes every page, so the memory is resident rather than lazily mapped.
      held.push(Buffer.alloc(size, 0xa5));
      heldBytes += size;
      left -= size;
    }
  }

  function holdMemory(mb) {
    if (!Number.isInteger(mb) || mb < 1 || mb > MAX_HELD_MB) {
      throw new FaultInputError(`mb must be a whole number from 1 to ${MAX_HELD_MB}, got ${mb}`);
    }
    allocate(mb * MB);
  }

  function stopGrowth() {
    if (growth) clearInterval(growth.timer);
    growth = null;
  }

  function growMemory({ mbPerSec, maxMb }) {
    if (typeof mbPerSec !== 'number' || !(mbPerSec > 0 && mbPerSec <= 1024)) {
      throw new FaultInputError(`mbPerSec must be a number above 0 and at most 1024, got ${mbPerSec}`);
    }
    if (!Number.isInteger(maxMb) || maxMb < 1 || maxMb > MAX_HELD_MB) {
      throw new FaultInputError(`maxMb must be a whole number from 1 to ${MAX_HELD_MB}, got ${maxMb}`);
    }
    stopGrowth();
    const bytesPerTick = Math.max(1, Math.round((mbPerSec * MB * GROW_TICK_MS) / 1000));
    const timer = setInterval(() => {
      const room = maxMb * MB - heldBytes;
      if (room <= 0) return stopGrowth();
      try {
        allocate(Math.min(bytesPerTick, room));
      } catch {
        stopGrowth();
      }
    }, GROW_TICK_MS);
    timer.unref();
    growth = { mbPerSec, maxMb, timer };
  }

  function releaseMemory() {
    stopGrowth();
    const released = heldBytes;
    held = [];
    heldBytes = 0;
    if (released > 0) collectGarbage();
    return toMb(released);
  }

  function shouldFailRequest() {
    return enabled && state.errorRate > 0 && random() < state.errorRate;
  }

  function snapshot() {
    return {
      enabled,
      errorRate: state.errorRate,
      errorStatus: state.errorStatus,
      latencyMs: state.latencyMs,
      health: { ok: state.healthOk },
      memory: {
        heldMb: toMb(heldBytes),
        growing: growth ? { mbPerSec: growth.mbPerSec, maxMb: growth.maxMb } : null,
        rssMb: toMb(process.memoryUsage.rss()),
        limitMb: MAX_HELD_MB,
      },
    };
  }

  if (enabled) {
    setErrorRate(errorRate, errorStatus);
    setLatency(latencyMs);
  }

  return {
    enabled,
    get latencyMs() {
      return enabled ? state.latencyMs : 0;
    },
    get healthOk() {
      return !enabled || state.healthOk;
    },
    get errorStatus() {
      return state.errorStatus;
    },
    shouldFailRequest,
    setErrorRate,
    setLatency,
    setHealthOk,
    holdMemory,
    growMemory,
    releaseMemory,
    snapshot,
    close: releaseMemory,
  };
}

module.exports = { createFaults, FaultInputError, MAX_HELD_MB };

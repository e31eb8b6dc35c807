import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { waitFor } from '../../src/core/deadline';
import { parseTarget } from '../../src/proxy/address';
import { Backend } from '../../src/proxy/backends';

// A Swarm service's name: one address per task, looked up again every moment. How long a connection attempt may take
// depends on how many tasks there are now: alone, the backend's own timeout; with others to try, a gone task's
// address (which answers nothing on an overlay) is given up after a second.
const addresses = suite('proxy backend: the addresses of a name');

addresses('a task that was alone gets the short connect timeout once a second one appears, and back', async () => {
  let found = ['127.0.0.2'];
  const backend = new Backend('production', parseTarget('http://app.example.test:8080', 'test'), { requestTimeoutMs: 10_000, resolveEveryMs: 10, lookup: async () => found });
  try {
    const hosts = () => new Set([0, 1, 2, 3].map(() => backend.pick().host));
    const timeouts = () => [0, 1, 2, 3].map(() => backend.pick().opts.connectTimeoutMs);
    await waitFor('the first lookup', async () => hosts().has('127.0.0.2'), 2000);
    assert.equal(new Set(timeouts()), new Set([5000]), 'alone: min(5 s, proxy.requestTimeoutMs)');
    found = ['127.0.0.2', '127.0.0.3'];
    await waitFor('the second task', async () => hosts().size === 2, 2000);
    assert.equal(new Set(timeouts()), new Set([1000]), 'the first task too, not only the new one');
    found = ['127.0.0.3'];
    await waitFor('the first task gone', async () => hosts().size === 1 && hosts().has('127.0.0.3'), 2000);
    assert.equal(new Set(timeouts()), new Set([5000]));
  } finally {
    await backend.destroy();
  }
});

addresses.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ProxyCore, type CoreOptions } from '../../src/proxy/core';
import { StateWriter, readState, type PersistedState } from '../../src/proxy/state-file';
import { tmpDir } from '../support/tmp';

const state = suite('proxy state file');

function coreOptions(stateFile: string, over: Partial<CoreOptions> = {}): CoreOptions {
  return {
    app: 'demo', stickyCookie: '', retryIdempotent: true, requestTimeoutMs: 1000, drainTimeoutSec: 1,
    routing: { weights: { production: 2, canary: 1 }, production: 'http://127.0.0.1:3001', canary: 'http://127.0.0.1:3002' },
    rules: { consecutive5xx: 5, windowSec: 30, minRequests: 20, maxErrorRate: 0.2, probationSec: 0 },
    stateFile, log: () => undefined, ...over,
  };
}

state('no file is a first start', () => {
  assert.equal(readState(path.join(tmpDir(), 'none.json')), { kind: 'none' });
});

state('writes are atomic and the last of a burst wins', async () => {
  const file = path.join(tmpDir(), 'app', 'proxy-state.json');
  const writer = new StateWriter(file, (err) => assert.unreachable(err.message));
  const base: PersistedState = {
    version: 1, configured: { weights: { production: 2, canary: 1 }, production: 'http://127.0.0.1:1', canary: null },
    current: { weights: { production: 2, canary: 1 }, production: 'http://127.0.0.1:1', canary: null },
    canary: { ejected: false, since: 'x', source: 'start', reason: 'r' }, deliveries: [],
  };
  for (let i = 0; i < 50; i++) writer.save({ ...base, deliveries: [`d${i}`] });
  await writer.flush();
  const read = readState(file);
  assert.is(read.kind, 'ok');
  assert.equal(read.kind === 'ok' && read.state.deliveries, ['d49']);
  assert.equal(fs.readdirSync(path.dirname(file)), ['proxy-state.json'], 'no temp file is left behind');
});

state('an ejection survives a restart', async () => {
  const file = path.join(tmpDir(), 'demo', 'proxy-state.json');
  const first = new ProxyCore(coreOptions(file));
  first.abort('bad release');
  await first.close();
  const second = new ProxyCore(coreOptions(file));
  assert.is(second.status().canary.state, 'ejected');
  assert.is(second.status().canary.reason, 'bad release');
  assert.is(second.choose().role, 'production');
  assert.match(second.startNotes.join('\n'), 'stays ejected');
  await second.close();
});

state('run-time routing survives a restart with the same config; a changed config wins', async () => {
  const file = path.join(tmpDir(), 'demo', 'proxy-state.json');
  const first = new ProxyCore(coreOptions(file));
  first.setWeights({ production: 3, canary: 1 });
  first.setBackend('production', 'http://127.0.0.1:3101');
  await first.close();
  const same = new ProxyCore(coreOptions(file));
  assert.equal(same.routing(), { weights: { production: 3, canary: 1 }, production: 'http://127.0.0.1:3101', canary: 'http://127.0.0.1:3002' });
  await same.close();
  const changed = new ProxyCore(coreOptions(file, { routing: { weights: { production: 1, canary: 1 }, production: 'http://127.0.0.1:3001', canary: null } }));
  assert.equal(changed.routing(), { weights: { production: 1, canary: 1 }, production: 'http://127.0.0.1:3001', canary: null });
  assert.match(changed.startNotes.join('\n'), 'configuration changed');
  await changed.close();
});

state('an unreadable state file starts the canary ejected and is kept aside', async () => {
  const dir = tmpDir();
  const file = path.join(dir, 'proxy-state.json');
  fs.writeFileSync(file, '{ not json');
  const core = new ProxyCore(coreOptions(file));
  assert.is(core.status().canary.state, 'ejected');
  assert.match(core.status().canary.reason, 'state file unreadable');
  assert.ok(fs.readdirSync(dir).some((f) => f.startsWith('proxy-state.json.unreadable-')));
  await core.close();
});

state('a repeated webhook delivery is recognised after a restart', async () => {
  const file = path.join(tmpDir(), 'demo', 'proxy-state.json');
  const alert = { alert_transition: 'Triggered', alert_title: 'canary 5xx', id: '555', tags: 'role:canary' };
  const first = new ProxyCore(coreOptions(file));
  assert.is(first.applyDatadogAlert(alert).action, 'ejected');
  first.resume();
  await first.close();
  const second = new ProxyCore(coreOptions(file));
  assert.is(second.applyDatadogAlert(alert).action, 'duplicate');
  assert.is(second.status().canary.state, 'admitted', 'the retried delivery did not undo the resume');
  await second.close();
});

state.run();

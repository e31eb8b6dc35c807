import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import { ProxyCore, type CoreOptions } from '../../src/proxy/core';
import { LocalStateBus, RevisionGate, parseChange, type CanaryStateBus, type SequencedChange, type StateChange } from '../../src/proxy/state-bus';
import { tmpDir } from '../support/tmp';

const bus = suite('proxy state bus');

function options(over: Partial<CoreOptions> = {}): CoreOptions {
  return {
    app: 'demo', stickyCookie: '', retryIdempotent: true, requestTimeoutMs: 1000, drainTimeoutSec: 1,
    routing: { weights: { production: 2, canary: 1 }, production: 'http://127.0.0.1:3001', canary: 'http://127.0.0.1:3002' },
    rules: { consecutive5xx: 5, windowSec: 30, minRequests: 20, maxErrorRate: 0.2, probationSec: 0 },
    stateFile: path.join(tmpDir(), 'proxy-state.json'), log: () => undefined, ...over,
  };
}

/** A group of processes as a transport sees it: one counter, every change to every member in order, delivered
 *  when the test says so (a transport is never synchronous across processes). */
class Group {
  private rev = 0;
  private readonly members: ((c: SequencedChange) => void)[] = [];
  private readonly queue: SequencedChange[] = [];
  private readonly latest = new Map<string, SequencedChange>();

  member(): CanaryStateBus {
    return {
      publish: (change: StateChange) => {
        const c = { rev: ++this.rev, change };
        this.queue.push(c);
        this.latest.set(change.field === 'target' ? `target:${change.role}` : change.field, c);
      },
      subscribe: (fn) => void this.members.push(fn),
      snapshot: async () => [...this.latest.values()],
      close: async () => undefined,
    };
  }

  deliver(): void {
    for (const c of this.queue.splice(0)) for (const m of this.members) m(c);
  }
}

bus('a change is applied once: the gate refuses a revision it has seen or passed, per field', () => {
  const gate = new RevisionGate();
  const weights = (rev: number): SequencedChange => ({ rev, change: { field: 'weights', weights: { production: 1, canary: 1 } } });
  assert.ok(gate.admit(weights(2)));
  assert.not.ok(gate.admit(weights(2)));
  assert.not.ok(gate.admit(weights(1)));
  assert.ok(gate.admit({ rev: 1, change: { field: 'target', role: 'canary', url: null } }), 'another field keeps its own count');
});

bus('a malformed change from another process or Redis is refused, never applied', () => {
  for (const bad of [null, 'x', { rev: 0, change: { field: 'weights', weights: { production: 1, canary: 1 } } }, { rev: 1, change: { field: 'weights', weights: { production: 0, canary: 0 } } },
    { rev: 1, change: { field: 'admission', canary: { ejected: 'yes' } } }, { rev: 1, change: { field: 'target', role: 'production', url: null } }, { rev: 1, change: { field: 'steal', x: 1 } }]) {
    assert.is(parseChange(bad), undefined, JSON.stringify(bad));
  }
  const ok = parseChange({ rev: 3, change: { field: 'admission', canary: { ejected: true, since: 't', source: 'passive', reason: 'r', extra: 1 } } });
  assert.equal(ok, { rev: 3, change: { field: 'admission', canary: { ejected: true, since: 't', source: 'passive', reason: 'r' } } });
});

bus('one process alone: its own bus echoes each change and nothing else moves', async () => {
  const core = new ProxyCore(options());
  await core.join(new LocalStateBus());
  core.setWeights({ production: 3, canary: 1 });
  assert.equal(core.weights, { production: 3, canary: 1 });
  assert.is(core.abort('test').changed, true);
  assert.is(core.ejection.state.ejected, true);
  await core.close();
});

bus('a passive ejection in one process reaches the others; a resume and weights from another come back', async () => {
  const group = new Group();
  const a = new ProxyCore(options());
  const b = new ProxyCore(options({ follower: true }));
  await a.join(group.member());
  group.deliver();
  await b.join(group.member());
  for (let i = 0; i < 5; i++) b.recordOutcome(1, true, 1);
  assert.is(b.ejection.state.ejected, true, 'the process that saw the failures ejected at once');
  assert.is(a.ejection.state.ejected, false);
  group.deliver();
  assert.is(a.ejection.state.ejected, true, 'the other took the ejection');
  assert.is(a.ejection.state.source, 'passive');
  assert.is(a.choose().role, 'production');
  a.resume('fixed');
  a.setWeights({ production: 1, canary: 4 });
  group.deliver();
  assert.is(b.ejection.state.ejected, false);
  assert.is(b.ejection.state.reason, 'fixed');
  assert.equal(b.weights, { production: 1, canary: 4 });
  await a.close();
  await b.close();
});

bus('changes made at once in two processes end the same everywhere: the later revision wins', async () => {
  const group = new Group();
  const a = new ProxyCore(options());
  const b = new ProxyCore(options());
  await a.join(group.member());
  group.deliver();
  await b.join(group.member());
  a.setWeights({ production: 5, canary: 1 });
  b.setWeights({ production: 1, canary: 5 });
  a.abort('a says no');
  b.abort('b says no too');
  group.deliver();
  assert.equal(a.weights, b.weights);
  assert.equal(a.weights, { production: 1, canary: 5 });
  assert.equal(a.ejection.state, b.ejection.state);
  await a.close();
  await b.close();
});

bus('a newcomer takes the group state, not its own start state', async () => {
  const group = new Group();
  const a = new ProxyCore(options());
  await a.join(group.member());
  a.abort('already out');
  a.setWeights({ production: 9, canary: 1 });
  group.deliver();
  const late = new ProxyCore(options());
  await late.join(group.member());
  assert.is(late.ejection.state.ejected, true);
  assert.is(late.ejection.state.reason, 'already out');
  assert.equal(late.weights, { production: 9, canary: 1 });
  await a.close();
  await late.close();
});

bus.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SAMPLE_CAPACITY, SampleRing, sequenceOf } from '../../src/proxy/samples';
import { usageErrorOf } from '../support/errors';

test('a reader gets each sample once, in order, with the errors counted', () => {
  const ring = new SampleRing();
  for (let i = 0; i < 10; i++) ring.record(i + 0.5, i % 5 === 0);
  const first = ring.since(0);
  assert.equal(first.latenciesMs, [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5]);
  assert.is(first.errors, 2);
  assert.is(first.lost, 0);
  ring.record(42, true);
  const second = ring.since(first.next);
  assert.equal(second.latenciesMs, [42]);
  assert.is(second.errors, 1);
  assert.equal(ring.since(second.next).latenciesMs, []);
});

test('a reader that fell behind the ring is told how many it lost', () => {
  const ring = new SampleRing();
  for (let i = 0; i < SAMPLE_CAPACITY + 100; i++) ring.record(1, false);
  const batch = ring.since(0);
  assert.is(batch.lost, 100);
  assert.is(batch.from, 100);
});

test('a sequence from before a proxy restart starts over at 0', () => {
  const ring = new SampleRing();
  ring.record(3, false);
  const batch = ring.since(5000);
  assert.equal(batch.latenciesMs, [3]);
  assert.is(batch.lost, 0);
});

test('a sequence that is not a whole number is refused by name', () => {
  assert.is(sequenceOf(null, 'canary'), 0);
  assert.is(sequenceOf('17', 'canary'), 17);
  assert.match(usageErrorOf(() => sequenceOf('-1', 'canary')).message, /^canary: expected a sequence number/);
  assert.match(usageErrorOf(() => sequenceOf('1e9', 'production')).message, /^production:/);
});

test.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { WeightedPicker, checkWeights, parseWeights } from '../../src/proxy/weights';
import { UsageError } from '../../src/core/errors';

const weights = suite('proxy weights');

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.instance(err, UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a UsageError');
}

weights('the seed split reads as production 2, canary 1', () => {
  assert.equal(parseWeights('production=2,canary=1'), { production: 2, canary: 1 });
  assert.equal(parseWeights(' canary = 1 , production = 3 '), { production: 3, canary: 1 });
});

weights('a split that cannot be read names the part and the expected form', () => {
  assert.match(messageOf(() => parseWeights('production=2,staging=1')), '"staging=1"');
  assert.match(messageOf(() => parseWeights('production=2')), 'canary: is required');
  assert.match(messageOf(() => parseWeights('production=0,canary=0')), 'both weights are 0');
  assert.match(messageOf(() => parseWeights('production=-1,canary=1')), '"production=-1"');
});

weights('a weights body is checked field by field', () => {
  assert.match(messageOf(() => checkWeights({ production: 1.5, canary: 1 })), 'weights.production: expected a whole number 0-1000, got 1.5');
  assert.match(messageOf(() => checkWeights({ production: 1, canary: '1' })), 'weights.canary: expected a whole number');
  assert.match(messageOf(() => checkWeights({ production: 1, canary: 1, shadow: 1 })), 'weights.shadow: unknown role');
  assert.match(messageOf(() => checkWeights([1, 2])), 'expected an object');
});

weights('every window of three picks holds the exact 2:1 split', () => {
  const picker = new WeightedPicker({ production: 2, canary: 1 });
  const picks = Array.from({ length: 3000 }, () => picker.pick(true));
  for (let i = 0; i < picks.length; i += 3) {
    const window = picks.slice(i, i + 3);
    assert.is(window.filter((r) => r === 'canary').length, 1, `window at ${i}: ${window}`);
  }
});

weights('uneven weights spread the canary out instead of bunching it', () => {
  const picker = new WeightedPicker({ production: 9, canary: 1 });
  const picks = Array.from({ length: 100 }, () => picker.pick(true));
  assert.is(picks.filter((r) => r === 'canary').length, 10);
  const gaps = picks.map((r, i) => (r === 'canary' ? i : -1)).filter((i) => i >= 0);
  for (let i = 1; i < gaps.length; i++) assert.is(gaps[i] - gaps[i - 1], 10);
});

weights('an absent or ejected canary sends everything to production, whatever the weights', () => {
  const picker = new WeightedPicker({ production: 0, canary: 1 });
  for (let i = 0; i < 10; i++) assert.is(picker.pick(false), 'production');
  assert.is(picker.pick(true), 'canary');
});

weights('new weights apply from the next pick', () => {
  const picker = new WeightedPicker({ production: 2, canary: 1 });
  picker.pick(true);
  picker.setWeights({ production: 1, canary: 0 });
  for (let i = 0; i < 5; i++) assert.is(picker.pick(true), 'production');
  picker.setWeights({ production: 1, canary: 1 });
  const picks = Array.from({ length: 10 }, () => picker.pick(true));
  assert.is(picks.filter((r) => r === 'canary').length, 5);
});

weights.run();

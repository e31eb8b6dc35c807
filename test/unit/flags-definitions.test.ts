import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { definitionOf, isDefinition, storedValueOf, toggledDefinition } from '../../sdk/flags/definitions';
import { RolloutError, rolloutDefinition, rolloutPercent } from '../../sdk/flags/rollout';
import { valueProblem, typeOf } from '../../sdk/flags/values';
import { FlagdFileError, parseFlagdFile, toFlagdFile } from '../../src/flags/flagd-file';

const defs = suite('flagd definitions: plain values as variants, storage, rollouts, file checks');

defs('plain values read as enabled flags with variants, and such a definition is stored as the plain value again', () => {
  assert.equal(definitionOf('enable'), { state: 'ENABLED', variants: { enable: 'enable', disable: 'disable' }, defaultVariant: 'enable' });
  assert.equal(definitionOf(false), { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'off' });
  assert.equal(definitionOf(42), { state: 'ENABLED', variants: { default: 42 }, defaultVariant: 'default' });
  for (const v of ['enable', 'disable', true, false, 42, 'blue', { columns: 3 }]) assert.equal(storedValueOf(definitionOf(v)), v);
  assert.is(storedValueOf({ state: 'ENABLED', variants: { disable: 'disable', enable: 'enable' }, defaultVariant: 'enable' }), 'enable', 'variant order does not matter');
});

defs('a definition with more to say is stored wrapped; its type is its variants\' type; a plain object may not pose as one', () => {
  const off = toggledDefinition(definitionOf(true));
  const stored = storedValueOf(off);
  assert.ok(isDefinition(stored));
  assert.is(typeOf(stored), 'boolean');
  assert.equal(storedValueOf(toggledDefinition(off)), true);
  assert.match(valueProblem({ $flagd: { state: 'ENABLED' } })!, 'flagd definition');
  assert.is(valueProblem({ nested: { $flagd: 1 } }), undefined);
  // written into Redis by hand: no variants, so it is no definition and reads as the object it is
  assert.not.ok(isDefinition({ $flagd: 5 }));
  assert.not.ok(isDefinition({ $flagd: { state: 'ENABLED' } }));
});

defs('a rollout picks the on variant, keeps it on the next raise, and refuses what it cannot roll out', () => {
  const ten = rolloutDefinition('beta', false, 10);
  assert.equal(ten.targeting, { fractional: [['on', 1000], ['off', 9000]] });
  assert.is(rolloutPercent(ten), 10);
  const raised = rolloutDefinition('beta', storedValueOf(ten), 55.5);
  assert.equal(raised.targeting, { fractional: [['on', 5550], ['off', 4450]] });
  assert.is(rolloutDefinition('beta', storedValueOf(raised), 100).defaultVariant, 'on');
  assert.throws(() => rolloutDefinition('motd', 'hello', 10), (e: Error) => e instanceof RolloutError && /name it with --variant/.test(e.message));
  assert.throws(() => rolloutDefinition('motd', 'hello', 10, 'default'), /has only the variant default: nothing to roll out from/);
  assert.throws(() => rolloutDefinition('beta', false, -1), /expected a number from 0 to 100/);
  assert.throws(() => rolloutDefinition('beta', false, 10, 'maybe'), /has no variant maybe/);
  const colors = { state: 'ENABLED' as const, variants: { red: 'r', blue: 'b', green: 'g' }, defaultVariant: 'red' };
  assert.equal(rolloutDefinition('color', storedValueOf(colors), 20, 'blue').targeting, { fractional: [['blue', 2000], ['red', 8000]] });
});

defs('a flagd file: every problem names the flag and the field; a round trip through export keeps every flag', () => {
  const problems = (doc: unknown) => {
    try {
      parseFlagdFile(JSON.stringify(doc));
      return [];
    } catch (e) {
      return (e as FlagdFileError).problems;
    }
  };
  assert.equal(problems({ flags: { x: { state: 'ON', variants: { on: true }, defaultVariant: 'on' } } }), ['flag x, field state: must be equal to one of the allowed values (ENABLED, DISABLED)']);
  assert.equal(problems({ flags: { x: { state: 'ENABLED', defaultVariant: 'on' } } }), ["flag x, field variants: must have required property 'variants'"]);
  assert.equal(problems({ flags: { x: { state: 'ENABLED', variants: { on: true }, defaultVariant: 'zz' } } }), ['flag x, field defaultVariant: zz is not one of its variants (on)']);
  assert.match(problems({ flags: { 'a b': { state: 'ENABLED', variants: { on: true }, defaultVariant: 'on' } } })[0], 'flag "a b", field (its key)');
  assert.match(problems({ $evaluators: { loop: { if: [{ $ref: 'loop' }, 'on', null] } }, flags: { x: { state: 'ENABLED', variants: { on: true }, defaultVariant: 'on', targeting: { if: [{ $ref: 'loop' }, 'on', null] } } } }).join(), 'refers to itself');
  const file = { flags: { a: { state: 'DISABLED', variants: { on: true, off: false }, defaultVariant: 'on' }, b: definitionOf('enable') } };
  const parsed = parseFlagdFile(JSON.stringify(file));
  assert.equal(toFlagdFile(new Map([...parsed].map(([n, d]) => [n, storedValueOf(d)]))).flags, file.flags);
});

defs.run();

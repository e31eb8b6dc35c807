import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseFlagdFile } from '../../src/flags/flagd-file';
import { storedValueOf } from '../../sdk/flags/definitions';
import { decodeValue, encodeValue } from '../../sdk/flags/values';
import { evaluateStored } from '../../sdk/flags/evaluate';
import { rolloutDefinition } from '../../sdk/flags/rollout';
import { fixtureText, flagdCoreOf, goldenContexts, typeOfVariants } from '../support/flagd-golden';

const CONTEXTS = goldenContexts(5000);

test('every flag of the fixture, stored as slipway stores it, evaluates as flagd-core evaluates the file, for 5,000 contexts', () => {
  const text = fixtureText();
  const flagd = flagdCoreOf(text);
  const defs = parseFlagdFile(text);
  let compared = 0;
  const reasons = new Set<string>();
  for (const [name, def] of defs) {
    // through Redis's text form, as every reader gets it
    const stored = decodeValue(encodeValue(storedValueOf(def)));
    const type = typeOfVariants(def.variants);
    for (const ctx of CONTEXTS) {
      const ours = evaluateStored(name, stored, ctx);
      const theirs = flagd(name, type, ctx);
      assert.equal({ value: ours.value, variant: ours.variant, reason: ours.reason, errorCode: ours.errorCode }, theirs, `${name} for ${JSON.stringify(ctx)}`);
      reasons.add(ours.reason);
      compared++;
    }
  }
  assert.is(compared, defs.size * 5000);
  assert.equal([...reasons].sort(), ['DEFAULT', 'DISABLED', 'STATIC', 'TARGETING_MATCH']);
});

test('a missing flag is FLAG_NOT_FOUND, as flagd-core says', () => {
  const flagd = flagdCoreOf(fixtureText());
  assert.is(evaluateStored('nope', undefined, {}).errorCode, flagd('nope', 'boolean', {}).errorCode);
});

test('a rollout evaluates as flagd-core evaluates the same definition, and raising it only moves users in', () => {
  let previous = new Set<string>();
  for (const percent of [0, 1, 10, 25, 50, 90, 100]) {
    const def = rolloutDefinition('myflag', 'disable', percent);
    const flagd = flagdCoreOf(JSON.stringify({ flags: { myflag: def } }));
    const stored = decodeValue(encodeValue(storedValueOf(def)));
    const inNow = new Set<string>();
    for (const ctx of CONTEXTS) {
      const ours = evaluateStored('myflag', stored, ctx);
      assert.is(ours.value, flagd('myflag', 'string', ctx).value ?? undefined);
      if (ctx.targetingKey && ours.value === 'enable') inNow.add(ctx.targetingKey as string);
    }
    for (const key of previous) assert.ok(inNow.has(key), `${key} was in before ${percent} % and is out now`);
    const keyed = CONTEXTS.filter((c) => c.targetingKey).length;
    assert.ok(Math.abs(inNow.size / keyed - percent / 100) < 0.03, `${percent} %: ${inNow.size} of ${keyed}`);
    previous = inNow;
  }
});

test.run();

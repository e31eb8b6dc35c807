import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeValue, encodeValue, sameValue, toggled, typeOf, typeProblem, valueProblem } from '../../sdk/flags/values';
import { VERSION_FIELD, flagKeys, isFlagName } from '../../sdk/flags/keys';

const values = suite('flag values and key layout');

values('the seed flag toggles between enable and disable', () => {
  assert.is(toggled('enable'), 'disable');
  assert.is(toggled('disable'), 'enable');
});

values('booleans and on/off pairs toggle; other values have no opposite', () => {
  assert.is(toggled(true), false);
  assert.is(toggled(false), true);
  assert.is(toggled('on'), 'off');
  assert.is(toggled('no'), 'yes');
  assert.is(toggled('blue'), undefined);
  assert.is(toggled(3), undefined);
  assert.is(toggled({ a: 1 }), undefined);
});

values('values are stored as JSON; a hand-set plain string reads as that string', () => {
  assert.is(encodeValue('enable'), '"enable"');
  assert.is(decodeValue('"enable"'), 'enable');
  assert.is(decodeValue('enable'), 'enable');
  assert.is(decodeValue('true'), true);
  assert.equal(decodeValue('{"a":[1,2]}'), { a: [1, 2] });
});

values('the four flag types', () => {
  assert.is(typeOf(true), 'boolean');
  assert.is(typeOf('x'), 'string');
  assert.is(typeOf(1.5), 'number');
  assert.is(typeOf({ a: 1 }), 'json');
  assert.is(typeOf([1]), 'json');
  assert.is(typeOf(null), 'json');
});

values('a value that is not JSON is refused with the reason', () => {
  assert.is(valueProblem(undefined), 'missing');
  assert.is(valueProblem(Number.NaN), 'not a finite number');
  assert.is(valueProblem({ a: [Infinity] }), 'not a finite number');
  assert.is(valueProblem({ a: [1, 'x', null, { b: true }] }), undefined);
});

values('a new value must keep the type of the current one', () => {
  assert.match(typeProblem('myflag', true, 'enable')!, 'myflag is a string flag (now "enable"), got a boolean: true');
  assert.is(typeProblem('myflag', 'disable', 'enable'), undefined);
  assert.is(typeProblem('fresh', 42, undefined), undefined);
});

values('same value compares by JSON', () => {
  assert.ok(sameValue({ a: [1] }, { a: [1] }));
  assert.not.ok(sameValue('1', 1));
  assert.ok(sameValue(undefined, undefined));
  assert.not.ok(sameValue(undefined, null));
});

values('every key of a namespace shares one Redis Cluster hash tag', () => {
  const k = flagKeys('climbing-grade');
  assert.is(k.flags, 'slipway:flags:{climbing-grade}');
  for (const key of [k.flags, k.audit]) assert.is(/\{([^}]*)\}/.exec(key)![1], 'climbing-grade');
  assert.throws(() => flagKeys('a b'), /namespace/);
});

values('flag names cannot collide with the version field', () => {
  assert.ok(isFlagName('myflag'));
  assert.ok(isFlagName('checkout.v2:beta'));
  assert.not.ok(isFlagName(VERSION_FIELD));
  assert.not.ok(isFlagName(''));
  assert.not.ok(isFlagName('has space'));
  assert.not.ok(isFlagName('x'.repeat(129)));
});

values.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { FlagSnapshot, parseChangeMessage } from '../../sdk/flags/snapshot';
import { storedFlagsFromHash } from '../../sdk/flags/store';

const snapshot = suite('flag snapshot');

const texts = (o: Record<string, string>) => new Map(Object.entries(o));

snapshot('a full read replaces the values and reports what changed', () => {
  const s = new FlagSnapshot();
  const first = s.replace(3, texts({ myflag: '"enable"', limit: '5' }));
  assert.equal(first.map((c) => [c.name, c.value]), [['myflag', 'enable'], ['limit', 5]]);
  const second = s.replace(4, texts({ myflag: '"disable"' }));
  assert.equal(second, [
    { name: 'myflag', value: 'disable', old: 'enable', deleted: false, version: 4 },
    { name: 'limit', old: 5, deleted: true, version: 4 },
  ]);
  assert.is(s.version, 4);
});

snapshot('the next version applies, an old one is ignored, a skipped one asks for a re-sync', () => {
  const s = new FlagSnapshot();
  s.replace(7, texts({ myflag: '"disable"' }));
  assert.is(s.apply({ version: 8, flag: 'myflag', value: 'enable' }).outcome, 'applied');
  assert.is(s.values.get('myflag'), 'enable');
  assert.is(s.apply({ version: 8, flag: 'myflag', value: 'disable' }).outcome, 'already-seen');
  assert.is(s.values.get('myflag'), 'enable');
  assert.is(s.apply({ version: 10, flag: 'myflag', value: 'disable' }).outcome, 'gap');
  assert.is(s.values.get('myflag'), 'enable');
  assert.is(s.apply({ version: 9, flag: 'myflag', deleted: true }).outcome, 'applied');
  assert.not.ok(s.values.has('myflag'));
});

snapshot('change messages are parsed strictly', () => {
  assert.equal(parseChangeMessage('{"version":2,"flag":"myflag","value":"enable"}'), { version: 2, flag: 'myflag', value: 'enable' });
  assert.equal(parseChangeMessage('{"version":2,"flag":"x","deleted":true}'), { version: 2, flag: 'x', deleted: true });
  assert.is(parseChangeMessage('{"version":2,"flag":"x"}'), undefined);
  assert.is(parseChangeMessage('{"version":"2","flag":"x","value":1}'), undefined);
  assert.is(parseChangeMessage('not json'), undefined);
});

snapshot('the version field is not a flag', () => {
  const { version, texts: t } = storedFlagsFromHash({ '@version': '12', myflag: '"enable"' });
  assert.is(version, 12);
  assert.equal([...t.keys()], ['myflag']);
});

snapshot.run();

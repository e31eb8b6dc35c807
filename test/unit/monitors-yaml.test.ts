import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import { parseYaml } from '../support/datadog-standin-yaml';
import { SPEC_FILE } from '../support/datadog-standin';

const yaml = suite('test support: the YAML subset loader of the Datadog stand-in');

yaml('mappings, sequences of mappings, quoted keys and flow collections', () => {
  const doc = parseYaml(`
# comment
a: 1
"200":
  b: [x, "y, z", 3]
  c: {}
list:
  - name: one
    tags: [t1]
  - two # trailing comment
empty:
nested:
- k: v
`);
  assert.equal(doc, { a: 1, '200': { b: ['x', 'y, z', 3], c: {} }, list: [{ name: 'one', tags: ['t1'] }, 'two'], empty: null, nested: [{ k: 'v' }] });
});

yaml('block scalars keep or fold lines and chomp as asked', () => {
  const doc = parseYaml('lit: |-\n  one\n    two\n\n  three\nfold: >\n  a\n  b\n\n  c\nkeep: |\n  x\nplain: first\n  second\n') as Record<string, string>;
  assert.is(doc.lit, 'one\n  two\n\nthree');
  assert.is(doc.fold, 'a b\nc\n');
  assert.is(doc.keep, 'x\n');
  assert.is(doc.plain, 'first second');
});

yaml('scalars resolve as YAML 1.1/1.2 core does', () => {
  assert.equal(parseYaml('a: true\nb: 1.5\nc: "1"\nd: ~\ne: it\'s\nf: \'it\'\'s\'\ng: "\\u2019"'), { a: true, b: 1.5, c: '1', d: null, e: "it's", f: "it's", g: '\u2019' });
});

yaml('anchors and aliases are refused, not misread', () => {
  assert.throws(() => parseYaml('a: &x 1\nb: *x'), /anchors, aliases and tags are not supported/);
});

yaml('the Datadog monitor spec loads with its schemas and paths', () => {
  const spec = parseYaml(fs.readFileSync(SPEC_FILE, 'utf8')) as any;
  assert.equal(spec.components.schemas.Monitor.required, ['type', 'query']);
  assert.is(spec.components.schemas.MonitorOptions.properties.renotify_interval.nullable, true);
  assert.is(spec.components.schemas.MonitorOptions.properties.renotify_interval.default, null);
  assert.ok(spec.paths['/api/v1/monitor/{monitor_id}'].put);
  assert.is(spec.components.securitySchemes.apiKeyAuth.name, 'DD-API-KEY');
  assert.match(spec.paths['/api/v1/monitor'].post.description, '##### Logs Alert Query');
});

yaml.run();

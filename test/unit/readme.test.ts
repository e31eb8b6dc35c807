import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { reference } = require('../../scripts/config-reference.cjs');

const readme = suite('README');

readme('its config reference is the one the schema generates', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  assert.ok(text.includes(reference()), 'README.md config reference is stale: run `node scripts/config-reference.cjs`');
});

readme.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { reference } = require('../../scripts/config-reference.cjs');

const root = path.resolve(__dirname, '../..');
const text = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const readme = suite('README');

readme('its config reference is the one the schema generates', () => {
  assert.ok(text.includes(reference()), 'README.md config reference is stale: run `node scripts/config-reference.cjs`');
});

readme('every file it links to exists, so "where is what" stays true as files move', () => {
  const links = [...text.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
  assert.ok(links.length > 30, `only ${links.length} local links found`);
  const missing = links.filter((l) => !fs.existsSync(path.join(root, l)));
  assert.equal(missing, [], `README.md links to files that do not exist: ${missing.join(', ')}`);
});

readme.run();

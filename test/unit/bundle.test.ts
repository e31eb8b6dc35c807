import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tmpDir } from '../support/tmp';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { bundles, bundle } = require('../../scripts/bundle.cjs');

const committed = suite('committed bundle');

committed('every file under resources/slipway equals a fresh build', async () => {
  const out = tmpDir('slipway-bundle-');
  for (const b of bundles) {
    const fresh = path.join(out, path.basename(b.out));
    await bundle(b, fresh);
    const want = fs.readFileSync(fresh, 'utf8');
    const have = fs.readFileSync(path.resolve(__dirname, '../..', b.out), 'utf8');
    assert.ok(have === want, `${b.out} differs from a fresh build: run \`npm run bundle\` and commit it`);
  }
});

committed.run();

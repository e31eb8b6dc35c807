// TypeScript for test processes, file by file through esbuild's transform (as scripts/bundle.cjs builds src/): types
// are checked once by `npm run build` (tsc --noEmit), and ts-node's compiler cost seconds in every test process.
// Use: node -r ./test/support/register.cjs file.ts
const fs = require('node:fs');
const { transformSync } = require('esbuild');
const { compilerOptions } = require('../../tsconfig.json');

process.setSourceMapsEnabled(true);
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    loader: 'ts', format: 'cjs', target: 'node20', sourcefile: filename, sourcemap: 'inline', tsconfigRaw: { compilerOptions },
  });
  module._compile(code, filename);
};

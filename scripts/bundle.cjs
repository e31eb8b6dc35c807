// Writes the committed bundles under resources/slipway/ from steps/. Deterministic: same sources and lockfile, same bytes.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

const bundles = [
  // the CLI and every step, run by the Jenkins steps and by `slipway` (its #! line comes from steps/cli.ts)
  { entry: 'steps/cli.ts', out: 'resources/slipway/slipway.cjs', shebang: true },
];

async function bundle({ entry, out, shebang }, outFile = path.join(root, out)) {
  await esbuild.build({
    entryPoints: [path.join(root, entry)],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // optional native speed-ups of ssh2 (dockerode's SSH transport); it works without them
    external: ['cpu-features', '*.node'],
    legalComments: 'none',
    logLevel: 'warning',
    // keep paths in the bundle relative to the repo, so it does not depend on where it was built
    absWorkingDir: root,
  });
  if (shebang) fs.chmodSync(outFile, 0o755);
}

async function main(outDir) {
  for (const b of bundles) await bundle(b, outDir ? path.join(outDir, path.basename(b.out)) : undefined);
}

module.exports = { bundles, bundle };

if (require.main === module) {
  main(process.argv[2]).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

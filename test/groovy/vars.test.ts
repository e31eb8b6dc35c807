// Runs every var under the real Groovy 2.4 (one JVM for all of them, see vars-tests.groovy) and reports each
// Groovy test as a uvu case. The last cases run the real, freshly built bundle through the runner var.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { bundlePath } from '../../src/build/runtime-image';
import { GROOVY_MISSING, groovyVersion, runGroovyTests } from '../support/groovy';
import { ensureBaseImage } from '../support/images';

(async () => {
  const vars = suite('vars (Groovy 2.4)');
  const version = groovyVersion();
  if (!version) {
    vars('groovy is installed', () => assert.unreachable(GROOVY_MISSING));
    vars.run();
    return;
  }
  vars('the Groovy is 2.4, as Jenkins runs', () => assert.match(version, /Groovy Version: 2\.4\./));
  // slipwayAnalyse lints in a container of the base image: made here, so this file runs alone on a fresh machine too
  await ensureBaseImage();
  const { results } = await runGroovyTests('vars-tests.groovy', [await bundlePath()]);
  vars('the Groovy run reported its tests', () => assert.ok(results.length >= 30, `only ${results.length} results`));
  for (const r of results) {
    vars(r.name, () => {
      if (!r.ok) assert.unreachable(r.message ?? 'failed');
    });
  }
  vars.run();
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

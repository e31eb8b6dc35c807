// Runs every var under the real Groovy 2.4 (one JVM for all of them, see vars-tests.groovy) and reports each
// Groovy test as a uvu case. The last cases run the real, freshly built bundle through the runner var.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { bundlePath } from '../../src/build/runtime-image';

const root = path.resolve(__dirname, '../..');
// Debian's groovy looks for /usr/lib/jvm/default-java unless told otherwise; test/setup.sh checks the same answer.
const javaHome = spawnSync('bash', [path.join(root, 'test/java-home.sh')], { encoding: 'utf8' }).stdout.trim();
const groovyEnv = { ...process.env, ...(javaHome ? { JAVA_HOME: javaHome } : {}) };

interface GroovyResult {
  name: string;
  ok: boolean;
  message?: string;
}

function runGroovy(bundle: string): Promise<{ results: GroovyResult[]; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('groovy', ['-cp', path.join(root, 'test/groovy/harness'), path.join(root, 'test/groovy/vars-tests.groovy'), root, bundle], { cwd: root, env: groovyEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('SLIPWAY_GROOVY_RESULTS '));
      if (!line) return reject(new Error(`groovy exited ${code} without results:\n${output.slice(-4000)}`));
      resolve({ results: JSON.parse(line.slice('SLIPWAY_GROOVY_RESULTS '.length)), output });
    });
  });
}

(async () => {
  const vars = suite('vars (Groovy 2.4)');
  const version = spawnSync('groovy', ['--version'], { encoding: 'utf8', env: groovyEnv });
  if (version.status !== 0) {
    vars('groovy is installed', () => {
      assert.unreachable('groovy is not installed: run `npm test` (test/setup.sh installs it) or `apt-get install groovy default-jre-headless`; a Java without /usr/lib/jvm/default-java needs JAVA_HOME');
    });
    vars.run();
    return;
  }
  vars('the Groovy is 2.4, as Jenkins runs', () => assert.match(version.stdout, /Groovy Version: 2\.4\./));
  const { results } = await runGroovy(await bundlePath());
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

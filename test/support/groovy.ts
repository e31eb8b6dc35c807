// Runs a Groovy 2.4 test script of test/groovy/ with the step-fake harness on its classpath, and reads the one
// "SLIPWAY_GROOVY_RESULTS <json>" line its GroovyTests.report prints.
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

const root = path.resolve(__dirname, '../..');
// Debian's groovy looks for /usr/lib/jvm/default-java unless told otherwise; test/setup.sh asks the same script.
const javaHome = spawnSync('bash', [path.join(root, 'test/java-home.sh')], { encoding: 'utf8' }).stdout.trim();
export const groovyEnv = { ...process.env, ...(javaHome ? { JAVA_HOME: javaHome } : {}) };

export const GROOVY_MISSING = 'groovy is not installed: run `npm test` (test/setup.sh installs it) or `apt-get install groovy default-jre-headless`; a Java without /usr/lib/jvm/default-java needs JAVA_HOME';

/** `groovy --version`, or null when groovy does not start. */
export function groovyVersion(): string | null {
  const r = spawnSync('groovy', ['--version'], { encoding: 'utf8', env: groovyEnv });
  return r.status === 0 ? r.stdout : null;
}

export interface GroovyResult {
  name: string;
  ok: boolean;
  message?: string;
}

export function runGroovyTests(script: string, args: string[]): Promise<{ results: GroovyResult[]; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('groovy', ['-cp', path.join(root, 'test/groovy/harness'), path.join(root, 'test/groovy', script), root, ...args], { cwd: root, env: groovyEnv, stdio: ['ignore', 'pipe', 'pipe'] });
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

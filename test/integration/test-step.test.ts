import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { docker, requireDocker } from '../support/docker';
import { runCli } from '../support/cli';
import { tmpDir } from '../support/tmp';
import { copySampleApp, type AppCopy } from '../support/app-copy';
import { countCases, readJunit } from '../../src/verify/junit';

const step = suite('slipway test (real dockerd)');
const copies: AppCopy[] = [];
const reports = tmpDir('slipway-junit-');
const noJenkins = { BRANCH_NAME: undefined, GIT_BRANCH: undefined, GIT_COMMIT: undefined };

async function builtCopy(change?: (app: AppCopy) => void): Promise<AppCopy> {
  const app = copySampleApp('cg-test');
  copies.push(app);
  change?.(app);
  const r = await runCli(['build', '--app', app.dir], noJenkins);
  assert.is(r.code, 0, r.stderr);
  return app;
}

async function leftContainers(app: AppCopy): Promise<number> {
  return (await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app.name}`] } })).length;
}

/** How many tests the app has, counted by Node's own runner on this host (not by the code under test). */
async function hostTestCount(dir: string): Promise<number> {
  const out = path.join(tmpDir('slipway-host-junit-'), 'junit.xml');
  try {
    await promisify(execFile)(process.execPath, ['--test', '--test-reporter=junit', `--test-reporter-destination=${out}`, 'test/'], { cwd: dir, timeout: 120_000 });
  } catch {
    /* red tests still report */
  }
  return countCases(readJunit(fs.readFileSync(out, 'utf8'))).tests;
}

step.before(async () => {
  await requireDocker();
  const base = await runCli(['base-image', '--no-pull', '--app', copySampleApp('cg-base').dir]);
  assert.is(base.code, 0, base.stderr);
});

step.after(async () => {
  for (const c of copies) await c.removeImages();
});

step("runs the app's own tests in the built image; the JUnit file holds every test the app has", async () => {
  const app = await builtCopy();
  const junit = path.join(reports, 'sample.xml');
  // the host's count runs meanwhile: both mostly wait on the app's own timers
  const [r, hostCount] = await Promise.all([runCli(['test', '--app', app.dir, '--junit', junit, '--json'], noJenkins), hostTestCount(app.dir)]);
  const cases = readJunit(fs.readFileSync(junit, 'utf8'));
  assert.is(cases.length, hostCount);
  assert.ok(cases.length > 20, `${cases.length} tests`);
  assert.ok(cases.some((c) => c.name === 'GET /health' || c.suite.length > 0));
  const counts = countCases(cases);
  if (counts.failed === 0) {
    assert.is(r.code, 0, r.stderr);
    assert.is(r.json().result.tests, cases.length);
  } else {
    // red in the container (e.g. a test needing a binary the image lacks): exit 1 naming what failed
    assert.is(r.code, 1);
    assert.match(r.stderr, `${counts.failed} of ${counts.tests} tests failed`);
  }
  assert.is(await leftContainers(app), 0);
});

step('a failing test fails the step (exit 1) and is named, in the message and in the JUnit file', async () => {
  const app = await builtCopy((a) => {
    // the app's slowest test file goes: the deliberate failure is what this is about
    fs.rmSync(path.join(a.dir, 'test/shutdown.test.js'));
    a.write('test/zz-deliberate.test.js', "'use strict';\nconst test = require('node:test');\nconst assert = require('node:assert');\ntest('deliberately wrong grade conversion', () => assert.strictEqual('5.10a', '6a'));\n");
  });
  const junit = path.join(reports, 'red.xml');
  const r = await runCli(['test', '--app', app.dir, '--junit', junit], noJenkins);
  assert.is(r.code, 1);
  assert.match(r.stderr, '✘ deliberately wrong grade conversion');
  assert.match(r.stderr, `JUnit report: ${junit}`);
  const failed = readJunit(fs.readFileSync(junit, 'utf8')).find((c) => c.name === 'deliberately wrong grade conversion');
  assert.is(failed?.status, 'failed');
  assert.match(failed?.failure?.message ?? '', '6a');
});

step('a syntax error in the app fails the step and points at the file and the error', async () => {
  const app = await builtCopy((a) => a.append('src/grades.js', '\nfunction broken( {\n'));
  const r = await runCli(['test', '--app', app.dir, '--junit', path.join(reports, 'syntax.xml')], noJenkins);
  assert.is(r.code, 1);
  assert.match(r.stderr, '/app/src/grades.js:');
  assert.match(r.stderr, 'SyntaxError');
});

step('tests that run past --timeout are stopped, reported, and their container removed', async () => {
  const app = await builtCopy((a) => a.write('test/zz-slow.test.js', "'use strict';\nrequire('node:test')('waits a minute', () => new Promise((r) => setTimeout(r, 60000)));\n"));
  const junit = path.join(reports, 'slow.xml');
  const r = await runCli(['test', '--app', app.dir, '--junit', junit, '--timeout', '3'], noJenkins);
  assert.is(r.code, 1);
  assert.match(r.stderr, 'the tests did not finish within 3 s');
  assert.ok(readJunit(fs.readFileSync(junit, 'utf8')).some((c) => c.failure?.type === 'timeout'));
  assert.is(await leftContainers(app), 0);
});

step('an image that was never built is a step failure that says to build it; a bad --timeout is a usage error', async () => {
  const app = copySampleApp('cg-test');
  const r = await runCli(['test', '--app', app.dir, '--junit', path.join(reports, 'none.xml')], noJenkins);
  assert.is(r.code, 1);
  assert.match(r.stderr, 'does not exist');
  assert.match(r.stderr, 'slipway build --app');
  const bad = await runCli(['test', '--app', app.dir, '--timeout', '0']);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, '--timeout: expected seconds > 0');
});

step('--dry-run shows the container it would run: node user, no network, the test command; app.testNetwork "host" opts in', async () => {
  const app = copySampleApp('cg-test');
  const r = await runCli(['test', '--app', app.dir, '--image', 'whatever:1', '--dry-run', '--json']);
  assert.is(r.code, 0, r.stderr);
  const body = r.json().actions[0].detail.body;
  assert.is(body.User, '1000:1000');
  assert.is(body.HostConfig.NetworkMode, 'none');
  assert.equal(body.Cmd, ['sh', '-c', 'npm test']);
  assert.ok(body.Env.some((e: string) => e.startsWith('NODE_OPTIONS=') && e.includes('--test-reporter=junit')));
  const config = JSON.parse(fs.readFileSync(path.join(app.dir, 'slipway.json'), 'utf8'));
  app.write('slipway.json', JSON.stringify({ ...config, app: { ...config.app, testNetwork: 'host' } }));
  const optedIn = await runCli(['test', '--app', app.dir, '--image', 'whatever:1', '--dry-run', '--json']);
  assert.is(optedIn.json().actions[0].detail.body.HostConfig.NetworkMode, 'host');
});

step.run();

// `slipway test`: the app's own test command inside a container of the built image (what is tested is what
// ships), with a JUnit XML report for Jenkins' `junit` step.
//
// How JUnit gets out of the container: NODE_OPTIONS adds Node's junit reporter, writing to a mounted directory,
// next to the spec reporter on stdout. Node's test runner (`node --test`, here via `npm test`) honours both;
// a test command that does not use it still runs, and is reported as one case from its exit code.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Action, Done } from '../core/plan';
import { makeDir, removePath, writeFile } from '../core/actions';
import { StepFailed, UsageError } from '../core/errors';
import { LABEL } from '../core/labels';
import { isNotFound, requireDocker } from '../core/docker';
import { currentImage, parseImageRef } from '../build/image-tags';
import { NODE_USER, oneOffActions, oneOffOutcome, type OneOffSpec } from './test-container';
import { describeTestFailure, verdictOf, type TestRunOutcome } from './test-report';
import { writeJunit } from './junit';

const REPORTS_IN_CONTAINER = '/slipway-reports';
const NODE_JUNIT = 'node-junit.xml';

export interface TestResult {
  image: string;
  junit: string;
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number;
  detail: 'node-junit' | 'exit-code';
}

interface TestOptions {
  image?: string;
  junit: string;
  timeoutSec: number;
}

export const testCommand: SlipwayCommand = {
  command: 'test',
  describe: "Run the app's own tests inside the built image and write JUnit XML",
  options: [
    { name: 'image', type: 'string', describe: 'Image to test (default: the one `slipway build` makes for this revision)' },
    { name: 'junit', type: 'string', default: 'reports/junit.xml', describe: 'Where to write the JUnit XML report' },
    { name: 'timeout', type: 'number', default: 600, describe: 'Seconds the tests may take before they are stopped' },
  ],
  // a throw-away container and the report file
  changesState: false,
  examples: [['slipway test --app examples/climbing-grade --junit reports/junit.xml', 'run npm test in climbing-grade:<sha>']],
  jenkins: {
    var: 'slipwayTest',
    about: "Runs the app's own tests (npm test) inside the built image and writes JUnit XML for the junit step. Red tests fail the step after the report is written.",
    example: "slipwayTest(app: 'examples/climbing-grade', image: built.image, junit: 'reports/junit.xml')\njunit 'reports/junit.xml'",
  },
  run: (ctx, argv) => runTests(ctx, testOptions(argv)),
  render: (r: TestResult) => `${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped in ${r.image}\nJUnit report: ${r.junit}`,
};

function testOptions(argv: Record<string, unknown>): TestOptions {
  const timeoutSec = Number(argv.timeout ?? 600);
  if (!Number.isFinite(timeoutSec) || timeoutSec <= 0) throw new UsageError(`--timeout: expected seconds > 0, got ${JSON.stringify(argv.timeout)}`, 'e.g. --timeout 600');
  const junit = String(argv.junit ?? 'reports/junit.xml');
  if (!junit.trim()) throw new UsageError('--junit: expected a file path, got an empty value', 'e.g. --junit reports/junit.xml');
  if (argv.image !== undefined) parseImageRef(String(argv.image));
  return { image: argv.image as string | undefined, junit: path.resolve(junit), timeoutSec };
}

/** The env of the test run: the image's NODE_OPTIONS kept, Node's junit and spec reporters added. */
export function testEnv(ctx: Context, imageEnv: string[]): Record<string, string> {
  const fromImage = Object.fromEntries(imageEnv.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  const reporters = `--test-reporter=junit --test-reporter-destination=${REPORTS_IN_CONTAINER}/${NODE_JUNIT} --test-reporter=spec --test-reporter-destination=stdout`;
  return {
    ...ctx.config.app.env,
    CI: 'true',
    NO_COLOR: '1',
    NODE_OPTIONS: [fromImage.NODE_OPTIONS, reporters].filter(Boolean).join(' '),
  };
}

export function testPlan(ctx: Context, spec: OneOffSpec, reportsDir: string, opts: TestOptions): Action[] {
  const command = ctx.config.app.testCommand;
  const outcome = (done: Done): TestRunOutcome => {
    const nodeJunit = path.join(reportsDir, NODE_JUNIT);
    return { command, ...oneOffOutcome(done), timeoutSec: opts.timeoutSec, nodeJunit: fs.existsSync(nodeJunit) ? fs.readFileSync(nodeJunit, 'utf8') : undefined };
  };
  const [create, ...run] = oneOffActions(spec, opts.timeoutSec * 1000, `run "${command}" in a ${spec.image} container as ${spec.user} (${spec.network === 'host' ? 'host network, app.testNetwork' : 'no network'}, at most ${opts.timeoutSec} s, removed afterwards)`);
  return [
    create,
    // the container's user must be able to write the report there
    makeDir(`make ${reportsDir} for the reports the container writes`, reportsDir, 0o777),
    ...run,
    writeFile(`write the JUnit report ${opts.junit}`, opts.junit, (done) => writeJunit(ctx.config.app.name, verdictOf(outcome(done)).cases, { timestamp: new Date().toISOString(), hostname: os.hostname() }), undefined, {
      id: 'report',
      read: (_answer, done) => ({ outcome: outcome(done), verdict: verdictOf(outcome(done)) }),
    }),
    removePath(`remove ${reportsDir}`, reportsDir, { always: true }),
  ];
}

/** The image's environment and user, read the same way by a dry run and a real one. */
async function imageConfig(ctx: Context, image: string, opts: TestOptions): Promise<{ Env?: string[]; User?: string }> {
  try {
    return (await ctx.docker().getImage(image).inspect()).Config ?? {};
  } catch (err) {
    const missing = isNotFound(err);
    if (!ctx.dryRun && missing) throw new StepFailed(`the image ${image} does not exist`, `build it first: slipway build --app ${ctx.appDir}${opts.image ? ` --image ${opts.image}` : ''}`);
    if (!ctx.dryRun) throw err;
    // a dry run of a whole pipeline has not built it: the real run reads its user from the image it builds
    ctx.log.warn(`${missing ? `${image} is not built yet` : `could not inspect ${image} (${(err as Error).message})`}; planning as the node user (${NODE_USER})`);
    return {};
  }
}

export async function runTests(ctx: Context, opts: TestOptions): Promise<TestResult> {
  const image = opts.image ?? currentImage(ctx.config, ctx.appDir, ctx.env).image;
  if (!ctx.dryRun) await requireDocker(ctx.docker());
  const info = await imageConfig(ctx, image, opts);
  const imageUser = info.User ?? '';
  const name = `${ctx.config.app.name}-test-${crypto.randomBytes(4).toString('hex')}`;
  const reportsDir = path.join(os.tmpdir(), `slipway-${name}`);
  const spec: OneOffSpec = {
    name,
    image,
    cmd: ['sh', '-c', ctx.config.app.testCommand],
    env: testEnv(ctx, info.Env ?? []),
    // the image's own non-root user if it names one, else the node user — never root
    user: imageUser && !/^(root|0)(:|$)/.test(imageUser) ? imageUser : NODE_USER,
    binds: [`${reportsDir}:${REPORTS_IN_CONTAINER}`],
    labels: { [LABEL.app]: ctx.config.app.name, [LABEL.role]: 'test' },
    network: ctx.config.app.testNetwork,
  };
  const run = await ctx.executor.execute(testPlan(ctx, spec, reportsDir, opts));
  if (run.dryRun) return { image, junit: opts.junit, tests: 0, passed: 0, failed: 0, skipped: 0, exitCode: 0, detail: 'node-junit' };
  const { outcome, verdict } = run.results.get('report') as { outcome: TestRunOutcome; verdict: ReturnType<typeof verdictOf> };
  const result: TestResult = { image, junit: opts.junit, tests: verdict.tests, passed: verdict.passed, failed: verdict.failed, skipped: verdict.skipped, exitCode: outcome.exitCode, detail: verdict.detail };
  if (!verdict.ok) {
    throw new StepFailed(describeTestFailure(verdict, outcome, opts.junit), 'fix the failing tests (the JUnit report has each failure in full), build, and run slipway test again', result);
  }
  return result;
}

// ESLint in a one-off container of the Node base image. The app's eslint config is the app's code: it runs with no
// network (slipway's Redis, toggle server and proxy admin out of reach), none of slipway's environment, the app and
// ESLint mounted read-only, and only ESLint's output directory writable.
import * as crypto from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Context } from '../core/context';
import type { Action, Done } from '../core/plan';
import { inProcess, makeDir, removePath, shell, writeFile } from '../core/actions';
import { LABEL } from '../core/labels';
import { defaultConfigText, eslintArgs, lintReportOf, type EslintBinary, type LintReport } from './eslint-run';
import { NODE_USER, oneOffActions, oneOffOutcome, type OneOffSpec } from './test-container';
import { auditEnv } from './npm-audit';

const LINT_TIMEOUT_MS = 300_000;
const FETCH_TIMEOUT_MS = 120_000;

/** The directory to mount for an ESLint binary: the node_modules it and its dependencies sit in, else its package. */
export function packagesRoot(bin: string): string {
  const at = bin.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  return at >= 0 ? bin.slice(0, at + '/node_modules'.length) : path.dirname(path.dirname(bin));
}

const within = (dir: string, parent: string) => dir === parent || dir.startsWith(parent + path.sep);

/** ESLint fetched from the registry on the host (npm's own install, no app code runs), for the container to use. */
function fetchEslint(ctx: Context, dir: string): Action {
  return shell(`fetch ESLint 9 into ${dir} (npm install, none of slipway's environment)`, ['npm', 'install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', dir, 'eslint@9'], {
    cwd: dir, env: { ...auditEnv(ctx.env), npm_config_fetch_retries: '0', npm_config_fetch_timeout: '20000' }, isolatedEnv: true, timeoutMs: FETCH_TIMEOUT_MS, anyExit: true, id: 'eslint-fetch',
  });
}

function fetchFailure(done: Done): string | undefined {
  const answer = done.get('eslint-fetch') as { exitCode: number | null; stdout: string; stderr: string } | undefined;
  if (!answer || answer.exitCode === 0) return undefined;
  const said = `${answer.stderr}\n${answer.stdout}`.trim().split('\n').filter((l) => l && !/^npm warn/i.test(l)).pop() ?? `exit code ${answer.exitCode}`;
  return `ESLint is not installed with the app or with slipway, and npm could not fetch eslint@9 (offline?): ${said}`;
}

export function lintContainerActions(ctx: Context, base: string, eslint: EslintBinary, appConfig: string | undefined): Action[] {
  // one analyse per process: a fixed name, so a dry run prints the very mounts the real run makes
  const tmp = path.join(os.tmpdir(), `slipway-lint-${process.pid}`);
  const outDir = path.join(tmp, 'out');
  const configFile = appConfig ? undefined : path.join(tmp, 'eslint.config.cjs');
  const outFile = path.join(outDir, 'eslint.json');
  const fetched = eslint.from === 'npx' ? path.join(tmp, 'eslint') : undefined;
  const bin = fetched ? path.join(fetched, 'node_modules', 'eslint', 'bin', 'eslint.js') : eslint.argv[1];
  const eslintDir = packagesRoot(bin);
  const spec: OneOffSpec = {
    name: `${ctx.config.app.name}-lint-${crypto.randomBytes(4).toString('hex')}`,
    image: base,
    cmd: ['node', bin, ...eslintArgs(configFile, outFile)],
    env: { HOME: outDir, NO_COLOR: '1' },
    user: NODE_USER,
    workdir: ctx.appDir,
    binds: [`${ctx.appDir}:${ctx.appDir}:ro`, ...(within(eslintDir, ctx.appDir) || within(eslintDir, tmp) ? [] : [`${eslintDir}:${eslintDir}:ro`]), `${tmp}:${tmp}:ro`, `${outDir}:${outDir}`],
    labels: { [LABEL.app]: ctx.config.app.name, [LABEL.role]: 'lint' },
    network: 'none',
  };
  const configWords = appConfig ? `the app's ${path.basename(appConfig)}` : "slipway's default config (ESLint recommended, Node globals)";
  const fetchedOk = { text: 'ESLint is there', test: (done: Done) => !fetchFailure(done) };
  const run = oneOffActions(spec, LINT_TIMEOUT_MS, `lint with ESLint${eslint.version ? ` ${eslint.version}` : ''} (${eslint.from}) and ${configWords} in a ${base} container as ${NODE_USER} (no network, read-only app)`);
  const report = (done: Done): LintReport => {
    const failure = fetchFailure(done);
    const tool = { tool: { version: eslint.version, from: eslint.from }, config: { from: appConfig ? ('app' as const) : ('slipway-default' as const), file: configFile ?? appConfig ?? '' } };
    if (failure) return { status: 'unavailable', reason: failure, ...tool, files: 0, errors: 0, warnings: 0, problems: [] };
    const { exitCode, output, timedOut } = oneOffOutcome(done);
    return lintReportOf({ exitCode, stdout: output, stderr: '', timedOut }, outFile, ctx.appDir, eslint, configFile ?? appConfig, appConfig ? 'app' : 'slipway-default', LINT_TIMEOUT_MS);
  };
  return [
    makeDir(`make ${tmp} for ESLint's config`, tmp, 0o755),
    // the container's user writes ESLint's output here, and nowhere else
    makeDir(`make ${outDir} for ESLint's output`, outDir, 0o777),
    ...(configFile ? [writeFile("write slipway's default ESLint config", configFile, defaultConfigText(ctx.appDir), 0o644)] : []),
    ...(fetched ? [makeDir(`make ${fetched}`, fetched, 0o755), fetchEslint(ctx, fetched)] : []),
    ...(fetched ? run.map((a) => (a.always || a.when ? a : { ...a, when: fetchedOk })) : run),
    inProcess('check', 'read ESLint\'s report', {}, async (_d, done) => report(done), { id: 'lint' }),
    removePath(`remove ${tmp}`, tmp, { always: true }),
  ];
}

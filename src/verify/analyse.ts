// `slipway analyse`: ESLint (the app's config, or slipway's default) and npm audit, gated, with a SARIF or
// checkstyle report for Jenkins' Warnings NG and a one-screen summary.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Action, Done } from '../core/plan';
import { inProcess, makeDir, removePath, shell, writeFile } from '../core/actions';
import { StepFailed, UsageError } from '../core/errors';
import { appEslintConfig, locateEslint, type CommandAnswer, type LintReport } from './eslint-run';
import { lintContainerActions } from './lint-container';
import { requireDocker } from '../core/docker';
import { imageExists, resolveBaseImage } from '../build/base-image';
import { AUDIT_ARGV, auditEnv, auditPlan, auditReportOf, type AuditReport } from './npm-audit';
import { auditGate, failedGates, lintGate, renderSummary, type Gate } from './analyse-gates';
import { toCheckstyle, toSarif, type ReportInputs } from './sarif';

export type ReportFormat = 'sarif' | 'checkstyle';

export interface AnalyseResult {
  ok: boolean;
  report: string;
  format: ReportFormat;
  gates: Gate[];
  lint: Omit<LintReport, 'problems'>;
  audit: Omit<AuditReport, 'vulnerabilities'> & { vulnerabilities: { name: string; severity: string }[] };
  summary: string;
}

interface AnalyseOptions {
  report: string;
  format: ReportFormat;
}

export const analyseCommand: SlipwayCommand = {
  command: 'analyse',
  describe: 'Lint (ESLint) and audit (npm audit) the app, with gates and a SARIF/checkstyle report',
  options: [
    { name: 'report', type: 'string', default: 'reports/analysis.sarif', describe: 'Where to write the report Jenkins reads (Warnings NG)' },
    { name: 'format', type: 'string', choices: ['sarif', 'checkstyle'], describe: 'Report format (default: checkstyle for .xml, else SARIF 2.1.0)' },
    { name: 'max-lint-errors', type: 'number', describe: 'ESLint errors allowed (config analyse.maxLintErrors, default 0)' },
    { name: 'max-lint-warnings', type: 'number', describe: 'ESLint warnings allowed (config analyse.maxLintWarnings, default no limit)' },
    { name: 'max-audit-severity', type: 'string', describe: 'Highest npm audit severity allowed: none|info|low|moderate|high|critical (config analyse.maxAuditSeverity)' },
    { name: 'require', type: 'array', describe: 'Tools that must run: lint, audit (config analyse.require, default lint)' },
  ],
  // writes only its report file
  changesState: false,
  examples: [['slipway analyse --app examples/climbing-grade --report reports/analysis.sarif', 'lint and audit, write SARIF']],
  jenkins: {
    var: 'slipwayAnalyse',
    about: 'Lints the app with ESLint and audits its dependencies with npm audit, with gates, and writes a SARIF (or checkstyle) report for the Warnings Next Generation plugin (recordIssues).',
    example: "slipwayAnalyse(app: 'examples/climbing-grade', report: 'reports/analysis.sarif')\nrecordIssues(tools: [sarif(pattern: 'reports/analysis.sarif')])",
  },
  configFromArgs: (a) => ({
    'analyse.maxLintErrors': a.maxLintErrors,
    'analyse.maxLintWarnings': a.maxLintWarnings,
    'analyse.maxAuditSeverity': a.maxAuditSeverity,
    'analyse.require': a.require,
  }),
  run: (ctx, argv) => analyse(ctx, analyseOptions(argv)),
  render: (r: Partial<AnalyseResult> & { report: string }) => r.summary ?? `dry run: would write ${r.report}`,
};

function analyseOptions(argv: Record<string, unknown>): AnalyseOptions {
  const report = String(argv.report ?? 'reports/analysis.sarif');
  if (!report.trim()) throw new UsageError('--report: expected a file path, got an empty value', 'e.g. --report reports/analysis.sarif');
  const format = (argv.format as ReportFormat | undefined) ?? (report.toLowerCase().endsWith('.xml') ? 'checkstyle' : 'sarif');
  return { report: path.resolve(report), format };
}

/** App-relative paths made relative to the directory Jenkins resolves report paths against (its workspace). */
function workspacePrefix(appDir: string): string {
  const rel = path.relative(process.cwd(), appDir).split(path.sep).join('/');
  return rel.startsWith('..') ? appDir : rel;
}

const AUDIT_TIMEOUT_MS = 120_000;

const unavailableLint = (reason: string): Action[] => {
  const report: LintReport = { status: 'unavailable', reason, files: 0, errors: 0, warnings: 0, problems: [] };
  return [inProcess('check', `lint: unavailable (${reason})`, { unavailable: reason }, async () => report, { id: 'lint' })];
};

async function lintActions(ctx: Context): Promise<Action[]> {
  const eslint = locateEslint(ctx.appDir, ctx.env);
  if ('unavailable' in eslint) return unavailableLint(eslint.unavailable);
  if (!ctx.dryRun) {
    try {
      await requireDocker(ctx.docker());
    } catch (err) {
      return unavailableLint(`ESLint runs in a container and ${(err as Error).message}`);
    }
  }
  const base = await resolveBaseImage(ctx);
  if (!ctx.dryRun && !(await imageExists(ctx.docker(), base))) return unavailableLint(`ESLint runs in a container of the base image ${base}, which is missing: run \`slipway base-image\``);
  return lintContainerActions(ctx, base, eslint, appEslintConfig(ctx.appDir));
}

function auditActions(ctx: Context): Action[] {
  const plan = auditPlan(ctx.appDir);
  if (!plan.run) {
    const words = plan.report.status === 'nothing-to-audit' ? 'nothing to audit' : 'audit unavailable';
    return [inProcess('check', `audit: ${words} (${plan.report.reason})`, { status: plan.report.status }, async () => plan.report, { id: 'audit' })];
  }
  // the app's manifest and lockfile alone, away from its .npmrc (which could name a registry and put env values in its headers)
  const tmp = path.join(os.tmpdir(), `slipway-audit-${process.pid}`);
  const copies = [path.join(ctx.appDir, 'package.json'), plan.lockfile].map((f) =>
    writeFile(`copy ${path.basename(f)} to ${tmp}`, path.join(tmp, path.basename(f)), () => fs.readFileSync(f)),
  );
  return [
    makeDir(`make ${tmp}, where npm audit sees only the manifest and lockfile`, tmp, 0o700),
    ...copies,
    shell<AuditReport>(`audit dependencies with npm audit (${path.basename(plan.lockfile)}; asks ${ctx.env.npm_config_registry ?? "npm's configured registry"}), in an environment without slipway's`, AUDIT_ARGV, {
      cwd: tmp, env: auditEnv(ctx.env), isolatedEnv: true, timeoutMs: AUDIT_TIMEOUT_MS, anyExit: true, id: 'audit',
      read: (answer) => auditReportOf(answer as CommandAnswer, plan.lockfile, AUDIT_TIMEOUT_MS),
    }),
    removePath(`remove ${tmp}`, tmp, { always: true }),
  ];
}

function reportAction(ctx: Context, opts: AnalyseOptions): Action<AnalyseResult> {
  const inputsOf = (done: Done): ReportInputs => {
    const audit = done.get('audit') as AuditReport;
    return { lint: done.get('lint') as LintReport, audit, pathPrefix: workspacePrefix(ctx.appDir), auditFile: audit.lockfile ?? 'package.json' };
  };
  const content = (done: Done) => (opts.format === 'sarif' ? JSON.stringify(toSarif(inputsOf(done)), null, 2) + '\n' : toCheckstyle(inputsOf(done)));
  return writeFile(`write the ${opts.format === 'sarif' ? 'SARIF 2.1.0' : 'checkstyle'} report ${opts.report}`, opts.report, content, undefined, {
    id: 'report',
    read: (_answer, done) => {
      const { lint, audit } = inputsOf(done);
      const gates = [lintGate(lint, ctx.config.analyse), auditGate(audit, ctx.config.analyse)];
      const summary = renderSummary({ app: ctx.config.app.name, gates, lint, audit, report: opts.report, format: opts.format === 'sarif' ? 'SARIF 2.1.0' : 'checkstyle' });
      const { problems: _p, ...lintCounts } = lint;
      return {
        ok: failedGates(gates).length === 0,
        report: opts.report,
        format: opts.format,
        gates,
        lint: lintCounts,
        audit: { ...audit, vulnerabilities: audit.vulnerabilities.map((v) => ({ name: v.name, severity: v.severity })) },
        summary,
      };
    },
  });
}

export async function analyse(ctx: Context, opts: AnalyseOptions): Promise<AnalyseResult | { dryRun: true; report: string }> {
  const run = await ctx.executor.execute([...(await lintActions(ctx)), ...auditActions(ctx), reportAction(ctx, opts)]);
  if (run.dryRun) return { dryRun: true, report: opts.report };
  const result = run.results.get('report') as AnalyseResult;
  if (!result.ok) {
    const failed = failedGates(result.gates).map((g) => g.name);
    throw new StepFailed(result.summary, `fix what ${failed.join(' and ')} found (the report ${opts.report} lists every finding), or change the limits in slipway.json "analyse"`, result);
  }
  return result;
}

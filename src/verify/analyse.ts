// `slipway analyse`: ESLint (the app's config, or slipway's default) and npm audit, gated, with a SARIF or
// checkstyle report for Jenkins' Warnings NG and a one-screen summary.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { check } from '../core/actions';
import { StepFailed, UsageError } from '../core/errors';
import { appEslintConfig, eslintArgs, locateEslint, runEslint, writeDefaultConfig, type LintReport } from './eslint-run';
import { AUDIT_ARGV, auditPlan, runAudit, type AuditReport } from './npm-audit';
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

function lintAction(ctx: Context): Action<LintReport> {
  const eslint = locateEslint(ctx.appDir, ctx.env);
  const appConfig = appEslintConfig(ctx.appDir);
  if ('unavailable' in eslint) {
    const report: LintReport = { status: 'unavailable', reason: eslint.unavailable, files: 0, errors: 0, warnings: 0, problems: [] };
    return check(`lint: unavailable (${eslint.unavailable})`, async () => report, undefined, 'lint');
  }
  const configWords = appConfig ? `the app's ${path.basename(appConfig)}` : "slipway's default config (ESLint recommended, Node globals)";
  return {
    kind: 'shell',
    summary: `lint with ESLint${eslint.version ? ` ${eslint.version}` : ''} (${eslint.from}) and ${configWords}`,
    detail: { argv: [...eslint.argv, ...eslintArgs(appConfig ? undefined : '<slipway default config>', '<temp file>')], cwd: ctx.appDir },
    id: 'lint',
    run: async () => {
      const configFile = appConfig ? undefined : writeDefaultConfig(ctx.appDir);
      try {
        return await runEslint(ctx.appDir, eslint, configFile, appConfig ? 'app' : 'slipway-default');
      } finally {
        if (configFile) fs.rmSync(path.dirname(configFile), { recursive: true, force: true });
      }
    },
  };
}

function auditAction(ctx: Context): Action<AuditReport> {
  const plan = auditPlan(ctx.appDir);
  if (!plan.run) {
    const words = plan.report.status === 'nothing-to-audit' ? 'nothing to audit' : 'audit unavailable';
    return check(`audit: ${words} (${plan.report.reason})`, async () => plan.report, undefined, 'audit');
  }
  return {
    kind: 'shell',
    summary: `audit dependencies with npm audit (${path.basename(plan.lockfile)}; asks ${ctx.env.npm_config_registry ?? "npm's configured registry"})`,
    detail: { argv: AUDIT_ARGV, cwd: ctx.appDir },
    id: 'audit',
    run: () => runAudit(ctx.appDir, plan.lockfile, ctx.env),
  };
}

function reportAction(ctx: Context, opts: AnalyseOptions): Action<AnalyseResult> {
  return {
    kind: 'file',
    summary: `write the ${opts.format === 'sarif' ? 'SARIF 2.1.0' : 'checkstyle'} report ${opts.report}`,
    detail: { path: opts.report },
    id: 'report',
    run: async (done) => {
      const lint = done.get('lint') as LintReport;
      const audit = done.get('audit') as AuditReport;
      const inputs: ReportInputs = { lint, audit, pathPrefix: workspacePrefix(ctx.appDir), auditFile: audit.lockfile ?? 'package.json' };
      fs.mkdirSync(path.dirname(opts.report), { recursive: true });
      fs.writeFileSync(opts.report, opts.format === 'sarif' ? JSON.stringify(toSarif(inputs), null, 2) + '\n' : toCheckstyle(inputs));
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
  };
}

export async function analyse(ctx: Context, opts: AnalyseOptions): Promise<AnalyseResult | { dryRun: true; report: string }> {
  const run = await ctx.executor.execute([lintAction(ctx), auditAction(ctx), reportAction(ctx, opts)]);
  if (run.dryRun) return { dryRun: true, report: opts.report };
  const result = run.results.get('report') as AnalyseResult;
  if (!result.ok) {
    const failed = failedGates(result.gates).map((g) => g.name);
    throw new StepFailed(result.summary, `fix what ${failed.join(' and ')} found (the report ${opts.report} lists every finding), or change the limits in slipway.json "analyse"`, result);
  }
  return result;
}

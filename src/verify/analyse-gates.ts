// The analyse gates (lint errors/warnings, highest allowed audit severity, tools that must run) and the
// one-screen summary. Pure: reports and config in, verdict and text out.
import type { Config } from '../core/config';
import type { LintReport } from './eslint-run';
import { SEVERITIES, severityRank, type AuditReport } from './npm-audit';

export type GateStatus = 'passed' | 'exceeded' | 'not-run' | 'nothing-to-check';

export interface Gate {
  name: 'lint' | 'audit';
  status: GateStatus;
  /** What was found against what is allowed, in words. */
  detail: string;
  /** The tool did not run and it is in analyse.require. */
  required?: boolean;
}

export function lintGate(lint: LintReport, rules: Config['analyse']): Gate {
  const required = rules.require.includes('lint');
  if (lint.status !== 'ran') {
    return { name: 'lint', status: 'not-run', detail: `${lint.status === 'could-not-run' ? 'ESLint could not run' : 'lint unavailable'}: ${lint.reason}`, required };
  }
  const found = `${plural(lint.errors, 'error')}, ${plural(lint.warnings, 'warning')} in ${plural(lint.files, 'file')}`;
  const overErrors = lint.errors > rules.maxLintErrors;
  const overWarnings = rules.maxLintWarnings !== undefined && lint.warnings > rules.maxLintWarnings;
  const allowed = `allowed: ${rules.maxLintErrors} error${rules.maxLintErrors === 1 ? '' : 's'}${rules.maxLintWarnings !== undefined ? `, ${rules.maxLintWarnings} warning${rules.maxLintWarnings === 1 ? '' : 's'}` : ''}`;
  return { name: 'lint', status: overErrors || overWarnings ? 'exceeded' : 'passed', detail: `${found} (${allowed})` };
}

export function auditGate(audit: AuditReport, rules: Config['analyse']): Gate {
  const required = rules.require.includes('audit');
  if (audit.status === 'nothing-to-audit') return { name: 'audit', status: 'nothing-to-check', detail: `nothing to audit: ${audit.reason}` };
  if (audit.status === 'unavailable') return { name: 'audit', status: 'not-run', detail: `audit unavailable: ${audit.reason}`, required };
  const limit = rules.maxAuditSeverity === 'none' ? -1 : severityRank(rules.maxAuditSeverity);
  const over = audit.vulnerabilities.filter((v) => severityRank(v.severity) > limit);
  const counts = SEVERITIES.filter((s) => audit.counts[s] > 0).reverse().map((s) => `${audit.counts[s]} ${s}`);
  const found = audit.counts.total ? `${plural(audit.counts.total, 'vulnerability', 'vulnerabilities')} (${counts.join(', ')})` : 'no known vulnerabilities';
  const deps = audit.dependencies !== undefined ? ` in ${plural(audit.dependencies, 'dependency', 'dependencies')}` : '';
  const allowed = rules.maxAuditSeverity === 'none' ? 'allowed: none' : `highest allowed: ${rules.maxAuditSeverity}`;
  return { name: 'audit', status: over.length ? 'exceeded' : 'passed', detail: `${found}${deps} (${allowed})` };
}

/** A gate fails the step when exceeded, or when its tool did not run and is required. */
export function failedGates(gates: Gate[]): Gate[] {
  return gates.filter((g) => g.status === 'exceeded' || (g.status === 'not-run' && g.required));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const MARK: Record<GateStatus, string> = { passed: '✔', exceeded: '✘', 'not-run': '!', 'nothing-to-check': '–' };
const TOP = 12;

export interface SummaryInputs {
  app: string;
  gates: Gate[];
  lint: LintReport;
  audit: AuditReport;
  report: string;
  format: string;
}

/** One screen: the verdict, one line per gate, where the report is, and the first problems. */
export function renderSummary(s: SummaryInputs): string {
  const failed = failedGates(s.gates);
  const verdict = failed.length ? `FAILED (${failed.map((g) => g.name).join(', ')})` : s.gates.some((g) => g.status === 'not-run') ? 'passed, with a tool not run' : 'passed';
  const lines = [`analyse ${s.app}: ${verdict}`];
  for (const g of s.gates) {
    const mark = g.status === 'not-run' && g.required ? '✘' : MARK[g.status];
    lines.push(`  ${mark} ${g.name.padEnd(5)} ${g.detail}${g.status === 'not-run' ? (g.required ? ' — required (analyse.require)' : ' — NOT RUN, not a pass') : ''}`);
  }
  if (s.lint.status === 'ran' && s.lint.tool) {
    const from = { app: "the app's own", slipway: 'installed with slipway', npx: 'npx eslint@9', SLIPWAY_ESLINT: 'from SLIPWAY_ESLINT' }[s.lint.tool.from];
    lines.push(`          ESLint${s.lint.tool.version ? ` ${s.lint.tool.version}` : ''} (${from}), ${s.lint.config?.from === 'app' ? "the app's config" : "slipway's default config"}`);
  }
  lines.push(`  report  ${s.report} (${s.format})`);
  const problems = [...s.lint.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const vulns = s.audit.vulnerabilities;
  if (problems.length || vulns.length) lines.push('');
  for (const v of vulns.slice(0, Math.min(vulns.length, 5))) lines.push(`  ${v.severity.padEnd(8)} ${v.name}${v.range ? ` ${v.range}` : ''}: ${v.title}`);
  for (const p of problems.slice(0, TOP)) lines.push(`  ${`${p.file}:${p.line}:${p.column}`.padEnd(28)} ${p.severity.padEnd(7)} ${p.message}  ${p.rule}`);
  const more = Math.max(0, problems.length - TOP) + Math.max(0, vulns.length - 5);
  if (more) lines.push(`  … and ${more} more in the report`);
  return lines.join('\n');
}

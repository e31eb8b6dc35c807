// `npm audit` for the app's lockfile. It asks the npm registry (npm_config_registry points it elsewhere), so it
// runs only when there is a lockfile; "nothing to audit" and "audit unavailable" are reported as what they are.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: string): number {
  return SEVERITIES.indexOf(s as Severity);
}

export interface Vulnerability {
  name: string;
  severity: Severity;
  /** Advisory titles, or the packages it comes through. */
  title: string;
  url?: string;
  range?: string;
  isDirect: boolean;
  fixAvailable: boolean;
}

export type AuditStatus = 'ran' | 'nothing-to-audit' | 'unavailable';

export interface AuditReport {
  status: AuditStatus;
  reason?: string;
  lockfile?: string;
  counts: Record<Severity, number> & { total: number };
  vulnerabilities: Vulnerability[];
  dependencies?: number;
}

const noCounts = () => ({ info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 });

export type AuditPlan = { run: true; lockfile: string } | { run: false; report: AuditReport };

/** Decides from the app's files alone whether npm audit can run, before any network traffic. */
export function auditPlan(appDir: string): AuditPlan {
  const lockfile = ['npm-shrinkwrap.json', 'package-lock.json'].map((f) => path.join(appDir, f)).find((f) => fs.existsSync(f));
  if (lockfile) return { run: true, lockfile };
  let pkg: Record<string, unknown> = {};
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(appDir, 'package.json'), 'utf8'));
  } catch {
    return { run: false, report: { status: 'unavailable', reason: 'the app has no readable package.json', counts: noCounts(), vulnerabilities: [] } };
  }
  const deps = ['dependencies', 'devDependencies', 'optionalDependencies'].reduce((n, k) => n + Object.keys((pkg[k] as object) ?? {}).length, 0);
  if (deps === 0) return { run: false, report: { status: 'nothing-to-audit', reason: 'the app has no dependencies; its package.json lists none', counts: noCounts(), vulnerabilities: [], dependencies: 0 } };
  return {
    run: false,
    report: { status: 'unavailable', reason: `the app has ${deps} dependencies but no package-lock.json, and npm audit needs one: run \`npm install --package-lock-only\` and commit it`, counts: noCounts(), vulnerabilities: [] },
  };
}

interface AuditJsonV2 {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { name: string; severity: Severity; isDirect?: boolean; via?: (string | { title?: string; url?: string; range?: string })[]; range?: string; fixAvailable?: unknown }>;
  metadata?: { vulnerabilities?: Partial<Record<Severity | 'total', number>>; dependencies?: { total?: number } | number };
  message?: string;
  error?: { code?: string; summary?: string; detail?: string };
}

/** `npm audit --json` (npm 7+) → report; an error document (registry unreachable) → unavailable. */
export function parseAuditJson(text: string): AuditReport {
  let doc: AuditJsonV2;
  try {
    doc = JSON.parse(text);
  } catch {
    const said = text.trim().split('\n').slice(-3).join(' ');
    return { status: 'unavailable', reason: `npm audit did not answer with JSON${said ? `: ${said}` : ''}`, counts: noCounts(), vulnerabilities: [] };
  }
  if (doc.auditReportVersion === undefined || !doc.vulnerabilities) {
    const why = doc.message || doc.error?.summary || doc.error?.code || 'no report';
    return { status: 'unavailable', reason: `npm audit could not reach an audit endpoint: ${why}`, counts: noCounts(), vulnerabilities: [] };
  }
  const vulnerabilities: Vulnerability[] = Object.values(doc.vulnerabilities).map((v) => {
    const advisories = (v.via ?? []).filter((x): x is { title?: string; url?: string; range?: string } => typeof x === 'object');
    const through = (v.via ?? []).filter((x): x is string => typeof x === 'string');
    return {
      name: v.name,
      severity: v.severity,
      title: advisories.map((a) => a.title).filter(Boolean).join('; ') || (through.length ? `through ${through.join(', ')}` : 'vulnerable'),
      url: advisories.find((a) => a.url)?.url,
      range: advisories.find((a) => a.range)?.range ?? v.range,
      isDirect: Boolean(v.isDirect),
      fixAvailable: Boolean(v.fixAvailable),
    };
  });
  vulnerabilities.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.name.localeCompare(b.name));
  const counts = noCounts();
  for (const s of SEVERITIES) counts[s] = doc.metadata?.vulnerabilities?.[s] ?? vulnerabilities.filter((v) => v.severity === s).length;
  counts.total = doc.metadata?.vulnerabilities?.total ?? vulnerabilities.length;
  const deps = doc.metadata?.dependencies;
  return { status: 'ran', counts, vulnerabilities, dependencies: typeof deps === 'number' ? deps : deps?.total };
}

/**
 * npm audit's whole environment: the caller's npm settings (npm_config_*, their ~/.npmrc through HOME) and how to
 * find programs, none of slipway's secrets. npm expands ${VAR} in .npmrc files, so a secret in reach is a secret sent.
 */
export function auditEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept = Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && (/^npm_config_/i.test(e[0]) || ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ'].includes(e[0])));
  return { ...Object.fromEntries(kept), npm_config_update_notifier: 'false' };
}

/** npm audit's argv; the registry comes from npm's own config (npm_config_registry), never from slipway. */
export const AUDIT_ARGV = ['npm', 'audit', '--json', '--fetch-retries=0', '--fetch-timeout=30000'];

/** What npm audit's run left as a report: no npm, a time-out, or its JSON. */
export function auditReportOf(answer: { exitCode: number | null; stdout: string; timedOut: boolean }, lockfile: string, timeoutMs: number): AuditReport {
  if (answer.exitCode === 127) return { status: 'unavailable', reason: 'npm is not on PATH', counts: noCounts(), vulnerabilities: [] };
  if (answer.timedOut) return { status: 'unavailable', reason: `npm audit did not finish within ${timeoutMs / 1000} s`, counts: noCounts(), vulnerabilities: [] };
  return { ...parseAuditJson(answer.stdout), lockfile: path.basename(lockfile) };
}

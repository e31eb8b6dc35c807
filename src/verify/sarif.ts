// The analysis as SARIF 2.1.0 (Warnings NG: recordIssues(tools: [sarif(pattern: ...)])) or checkstyle XML.
// One run per tool; a tool that did not run still has its run, saying why, so the report never reads as clean.
import type { LintReport } from './eslint-run';
import type { AuditReport, Severity } from './npm-audit';
import { xmlAttr } from './xml';

export interface ReportInputs {
  lint: LintReport;
  audit: AuditReport;
  /** Prefix that makes app-relative paths relative to the workspace Jenkins resolves them against. */
  pathPrefix: string;
  /** The file audit findings point at (the lockfile, else package.json), app-relative. */
  auditFile: string;
}

const auditLevel: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', moderate: 'warning', low: 'note', info: 'note' };

function uri(prefix: string, file: string): string {
  return (prefix ? `${prefix.replace(/\/+$/, '')}/${file}` : file).split('/').map(encodeURIComponent).join('/');
}

function notification(text: string) {
  return { level: 'note', message: { text } };
}

export function toSarif(r: ReportInputs): Record<string, unknown> {
  const rules = [...new Set(r.lint.problems.map((p) => p.rule))].sort();
  const lintRun = {
    tool: {
      driver: {
        name: 'ESLint',
        ...(r.lint.tool?.version ? { version: r.lint.tool.version } : {}),
        informationUri: 'https://eslint.org',
        rules: rules.map((id) => ({ id, ...(/^[a-z-]+$/.test(id) && id !== 'syntax' ? { helpUri: `https://eslint.org/docs/latest/rules/${id}` } : {}) })),
      },
    },
    invocations: [
      {
        executionSuccessful: r.lint.status === 'ran',
        ...(r.lint.reason ? { toolExecutionNotifications: [notification(`lint not run: ${r.lint.reason}`)] } : {}),
      },
    ],
    results: r.lint.problems.map((p) => ({
      ruleId: p.rule,
      ruleIndex: rules.indexOf(p.rule),
      level: p.severity,
      message: { text: p.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(r.pathPrefix, p.file) },
            region: { startLine: p.line, startColumn: p.column, ...(p.endLine ? { endLine: p.endLine } : {}), ...(p.endColumn ? { endColumn: p.endColumn } : {}) },
          },
        },
      ],
    })),
  };
  const auditRun = {
    tool: { driver: { name: 'npm audit', informationUri: 'https://docs.npmjs.com/cli/commands/npm-audit', rules: r.audit.vulnerabilities.map((v) => ({ id: v.name, ...(v.url ? { helpUri: v.url } : {}) })) } },
    invocations: [
      {
        executionSuccessful: r.audit.status !== 'unavailable',
        ...(r.audit.reason ? { toolExecutionNotifications: [notification(`${r.audit.status === 'nothing-to-audit' ? 'nothing to audit' : 'audit unavailable'}: ${r.audit.reason}`)] } : {}),
      },
    ],
    results: r.audit.vulnerabilities.map((v, i) => ({
      ruleId: v.name,
      ruleIndex: i,
      level: auditLevel[v.severity] ?? 'warning',
      message: { text: `${v.name}${v.range ? ` ${v.range}` : ''}: ${v.title} (${v.severity}${v.isDirect ? ', direct dependency' : ''}${v.fixAvailable ? ', fix available: npm audit fix' : ''})` },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.pathPrefix, r.auditFile) }, region: { startLine: 1 } } }],
      properties: { severity: v.severity },
    })),
  };
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [lintRun, auditRun] };
}

export function toCheckstyle(r: ReportInputs): string {
  const byFile = new Map<string, string[]>();
  const add = (file: string, line: string) => byFile.set(file, [...(byFile.get(file) ?? []), line]);
  for (const p of r.lint.problems) {
    add(p.file, `    <error line="${p.line}" column="${p.column}" severity="${p.severity}" message="${xmlAttr(p.message)}" source="eslint.rules.${xmlAttr(p.rule)}"/>`);
  }
  for (const v of r.audit.vulnerabilities) {
    const severity = auditLevel[v.severity] === 'note' ? 'info' : auditLevel[v.severity];
    add(r.auditFile, `    <error line="1" severity="${severity}" message="${xmlAttr(`${v.name}: ${v.title} (${v.severity})`)}" source="npm-audit.${xmlAttr(v.name)}"/>`);
  }
  const files = [...byFile].map(([file, errors]) => `  <file name="${xmlAttr(r.pathPrefix ? `${r.pathPrefix.replace(/\/+$/, '')}/${file}` : file)}">\n${errors.join('\n')}\n  </file>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">', ...files, '</checkstyle>', ''].join('\n');
}

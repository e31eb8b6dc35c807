import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { auditPlan, parseAuditJson, type AuditReport } from '../../src/verify/npm-audit';
import { appEslintConfig, eslintArgs, locateEslint, parseEslintJson, writeDefaultConfig, type LintReport } from '../../src/verify/eslint-run';
import { auditGate, failedGates, lintGate, renderSummary } from '../../src/verify/analyse-gates';
import { toCheckstyle, toSarif } from '../../src/verify/sarif';
import { parseXml } from '../../src/verify/xml';
import type { Config } from '../../src/core/config';
import { tmpDir } from '../support/tmp';

const fixtures = path.resolve(__dirname, '../fixtures/npm-audit');
const rules = (over: Partial<Config['analyse']> = {}): Config['analyse'] => ({ maxLintErrors: 0, maxAuditSeverity: 'moderate', require: ['lint'], ...over });
const lint = (over: Partial<LintReport> = {}): LintReport => ({ status: 'ran', tool: { version: '9.39.5', from: 'slipway' }, config: { from: 'app', file: '' }, files: 3, errors: 0, warnings: 0, problems: [], ...over });
const problem = { file: 'src/grades.js', line: 12, column: 7, rule: 'no-undef', severity: 'error' as const, message: "'gradez' is not defined." };

function appWith(pkg: object, extra: Record<string, string> = {}): string {
  const dir = tmpDir('slipway-analyse-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
  for (const [f, t] of Object.entries(extra)) fs.writeFileSync(path.join(dir, f), t);
  return dir;
}

const audit = suite('npm audit');

audit('reads a recorded npm audit report: severities, advisories, dependency count', () => {
  const r = parseAuditJson(fs.readFileSync(path.join(fixtures, 'high-left-pad.json'), 'utf8'));
  assert.is(r.status, 'ran');
  assert.is(r.counts.high, 1);
  assert.is(r.counts.total, 1);
  assert.equal(r.vulnerabilities[0], { name: 'left-pad', severity: 'high', title: 'ReDoS in left-pad', url: 'https://example.invalid/GHSA-1', range: '<1.3.0', isDirect: true, fixAvailable: false });
});

audit("an unreachable registry is 'unavailable' with npm's reason, never a pass", () => {
  const r = parseAuditJson(fs.readFileSync(path.join(fixtures, 'registry-unreachable.json'), 'utf8'));
  assert.is(r.status, 'unavailable');
  assert.match(r.reason ?? '', 'ECONNREFUSED');
  assert.is(auditGate(r, rules()).status, 'not-run');
  assert.match(parseAuditJson('npm ERR! something\n').reason ?? '', 'did not answer with JSON');
});

audit('no dependencies: nothing to audit; dependencies without a lockfile: unavailable, with what to do; a lockfile: run', () => {
  const none = auditPlan(appWith({ name: 'a' }));
  assert.is(!none.run && none.report.status, 'nothing-to-audit');
  const noLock = auditPlan(appWith({ name: 'a', dependencies: { 'left-pad': '1.1.0' } }));
  assert.is(!noLock.run && noLock.report.status, 'unavailable');
  assert.match(!noLock.run ? noLock.report.reason ?? '' : '', 'npm install --package-lock-only');
  assert.ok(auditPlan(appWith({ name: 'a' }, { 'package-lock.json': '{}' })).run);
});

const gates = suite('analyse gates');

gates('lint errors over the limit exceed the gate; warnings only when a warning limit is set', () => {
  assert.is(lintGate(lint({ errors: 1, problems: [problem] }), rules()).status, 'exceeded');
  assert.is(lintGate(lint({ errors: 1 }), rules({ maxLintErrors: 1 })).status, 'passed');
  assert.is(lintGate(lint({ warnings: 40 }), rules()).status, 'passed');
  assert.is(lintGate(lint({ warnings: 4 }), rules({ maxLintWarnings: 3 })).status, 'exceeded');
});

gates('a vulnerability above the highest allowed severity exceeds the gate', () => {
  const high = parseAuditJson(fs.readFileSync(path.join(fixtures, 'high-left-pad.json'), 'utf8'));
  assert.is(auditGate(high, rules()).status, 'exceeded');
  assert.is(auditGate(high, rules({ maxAuditSeverity: 'high' })).status, 'passed');
  assert.is(auditGate(high, rules({ maxAuditSeverity: 'none' })).status, 'exceeded');
});

gates('a tool that did not run fails the step only when analyse.require names it', () => {
  const off = lintGate(lint({ status: 'unavailable', reason: 'lint is turned off (SLIPWAY_ESLINT=off)' }), rules());
  assert.equal(failedGates([off]).map((g) => g.name), ['lint']);
  assert.equal(failedGates([lintGate(lint({ status: 'unavailable', reason: 'x' }), rules({ require: [] }))]), []);
  const unavailable: AuditReport = { status: 'unavailable', reason: 'offline', counts: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, vulnerabilities: [] };
  assert.equal(failedGates([auditGate(unavailable, rules())]), []);
  assert.equal(failedGates([auditGate(unavailable, rules({ require: ['lint', 'audit'] }))]).map((g) => g.name), ['audit']);
});

gates('the summary fits a screen and says NOT RUN for a tool that did not run', () => {
  const nothing: AuditReport = { status: 'unavailable', reason: 'npm audit could not reach an audit endpoint: ENOTFOUND', counts: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, vulnerabilities: [] };
  const many = lint({ errors: 30, problems: Array.from({ length: 30 }, (_, i) => ({ ...problem, line: i + 1 })) });
  const text = renderSummary({ app: 'cg', gates: [lintGate(many, rules()), auditGate(nothing, rules())], lint: many, audit: nothing, report: 'r.sarif', format: 'SARIF 2.1.0' });
  assert.match(text, 'analyse cg: FAILED (lint)');
  assert.match(text, 'audit unavailable: npm audit could not reach an audit endpoint: ENOTFOUND — NOT RUN, not a pass');
  assert.match(text, 'src/grades.js:1:7');
  assert.match(text, '… and 18 more in the report');
  assert.ok(text.split('\n').length <= 24, `${text.split('\n').length} lines`);
});

const reports = suite('analysis reports');

reports('SARIF 2.1.0: one run per tool, results with workspace paths, and why a tool did not run', () => {
  const unavailable: AuditReport = { status: 'unavailable', reason: 'offline', counts: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, vulnerabilities: [] };
  const sarif = toSarif({ lint: lint({ errors: 1, problems: [problem] }), audit: unavailable, pathPrefix: 'examples/climbing-grade', auditFile: 'package.json' }) as any;
  assert.is(sarif.version, '2.1.0');
  assert.equal(sarif.runs.map((r: any) => r.tool.driver.name), ['ESLint', 'npm audit']);
  const result = sarif.runs[0].results[0];
  assert.is(result.ruleId, 'no-undef');
  assert.is(result.level, 'error');
  assert.is(result.locations[0].physicalLocation.artifactLocation.uri, 'examples/climbing-grade/src/grades.js');
  assert.equal(result.locations[0].physicalLocation.region, { startLine: 12, startColumn: 7 });
  assert.is(sarif.runs[0].tool.driver.rules[0].helpUri, 'https://eslint.org/docs/latest/rules/no-undef');
  assert.is(sarif.runs[1].invocations[0].executionSuccessful, false);
  assert.is(sarif.runs[1].invocations[0].toolExecutionNotifications[0].message.text, 'audit unavailable: offline');
});

reports('checkstyle XML for the same findings, escaped', () => {
  const high = parseAuditJson(fs.readFileSync(path.join(fixtures, 'high-left-pad.json'), 'utf8'));
  const xml = toCheckstyle({ lint: lint({ problems: [{ ...problem, message: 'a "b" <c>' }] }), audit: { ...high, lockfile: 'package-lock.json' }, pathPrefix: '', auditFile: 'package-lock.json' });
  const root = parseXml(xml);
  assert.equal(root.children.map((f) => f.attrs.name), ['src/grades.js', 'package-lock.json']);
  assert.is(root.children[0].children[0].attrs.message, 'a "b" <c>');
  assert.is(root.children[1].children[0].attrs.severity, 'error');
});

const eslint = suite('eslint run');

eslint("reads ESLint's JSON: rule, severity, app-relative path; a parse error counts as a syntax error", () => {
  const json = JSON.stringify([{ filePath: '/app/src/a.js', messages: [{ ruleId: null, fatal: true, severity: 2, message: 'Parsing error: Unexpected token', line: 3, column: 1 }, { ruleId: 'no-unused-vars', severity: 1, message: 'x unused', line: 1, column: 5, endLine: 1, endColumn: 6 }] }, { filePath: '/app/test/b.js', messages: [] }]);
  const r = parseEslintJson(json, '/app');
  assert.is(r.files, 2);
  assert.is(r.errors, 1);
  assert.is(r.warnings, 1);
  assert.equal(r.problems[0], { file: 'src/a.js', line: 3, column: 1, rule: 'syntax', severity: 'error', message: 'Parsing error: Unexpected token' });
});

eslint("the app's own ESLint 9 is used when it has one; an ESLint above the app is not the app's", () => {
  const app = appWith({ name: 'a' });
  fs.mkdirSync(path.join(app, 'node_modules/eslint/bin'), { recursive: true });
  fs.writeFileSync(path.join(app, 'node_modules/eslint/package.json'), JSON.stringify({ name: 'eslint', version: '9.1.0', bin: { eslint: './bin/eslint.js' } }));
  const own = locateEslint(app, {});
  assert.ok('argv' in own && own.from === 'app' && own.version === '9.1.0');
  const inRepo = locateEslint(path.resolve(__dirname, '../../examples/climbing-grade'), {});
  assert.ok('argv' in inRepo && inRepo.from === 'slipway', JSON.stringify(inRepo));
});

eslint('SLIPWAY_ESLINT=off turns lint off, and without any ESLint the npx fallback can be forbidden', () => {
  assert.equal(locateEslint('/nowhere', { SLIPWAY_ESLINT: 'off' }), { unavailable: 'lint is turned off (SLIPWAY_ESLINT=off)' });
  const none = locateEslint('/nowhere', { SLIPWAY_ESLINT_NPX: '0' }, '/nowhere/slipway.cjs');
  assert.ok('unavailable' in none && none.unavailable.includes('npx fallback is off'));
  const npx = locateEslint('/nowhere', {}, '/nowhere/slipway.cjs');
  assert.ok('argv' in npx && npx.argv.join(' ') === 'npx --yes eslint@9');
});

eslint("slipway's default config applies only when the app has none, and loads with no imports", () => {
  const app = appWith({ name: 'a', type: 'module' });
  assert.is(appEslintConfig(app), undefined);
  const file = writeDefaultConfig(app);
  const config = require(file) as { files?: string[]; languageOptions?: { sourceType?: string; globals?: Record<string, string> }; rules?: Record<string, string> }[];
  assert.is(config[1].rules?.['no-undef'], 'error');
  assert.is(config[1].languageOptions?.globals?.process, 'readonly');
  assert.equal(config[config.length - 1], { files: ['**/*.js'], languageOptions: { sourceType: 'module' } });
  assert.equal(eslintArgs(file, '/o.json'), ['--config', file, '--format', 'json', '--output-file', '/o.json', '--no-warn-ignored', '.']);
  fs.writeFileSync(path.join(app, 'eslint.config.mjs'), 'export default []');
  assert.is(appEslintConfig(app), path.join(app, 'eslint.config.mjs'));
});

audit.run();
gates.run();
reports.run();
eslint.run();

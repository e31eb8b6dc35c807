import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { copySampleApp } from '../support/app-copy';
import { advisoryServer, withDependency } from '../support/advisory-server';
import { ensureBaseImage } from '../support/images';

const analyse = suite('slipway analyse (real ESLint, npm audit against a local registry stand-in)');
const reports = tmpDir('slipway-reports-');

// ESLint runs in a container of the base image (the app's lint config is untrusted code)
analyse.before(async () => {
  await ensureBaseImage();
});

const highAdvisory = { 'left-pad': [{ id: 1001, url: 'https://advisories.invalid/GHSA-1', title: 'ReDoS in left-pad', severity: 'high', vulnerable_versions: '<1.3.0', cwe: ['CWE-400'], cvss: { score: 7.5, vectorString: null } }] };

analyse('the sample app passes: ESLint with its own config, nothing to audit, a SARIF report written', async () => {
  const app = copySampleApp('cg-an');
  const report = path.join(reports, 'sample.sarif');
  const r = await runCli(['analyse', '--app', app.dir, '--report', report, '--json']);
  assert.is(r.code, 0, r.stderr);
  const result = r.json().result;
  assert.equal(result.gates.map((g: { name: string; status: string }) => `${g.name}:${g.status}`), ['lint:passed', 'audit:nothing-to-check']);
  assert.is(result.lint.config.from, 'app');
  assert.ok(result.lint.files > 5, `${result.lint.files} files`);
  const sarif = JSON.parse(fs.readFileSync(report, 'utf8'));
  assert.is(sarif.version, '2.1.0');
  assert.equal(sarif.runs.map((run: { tool: { driver: { name: string } } }) => run.tool.driver.name), ['ESLint', 'npm audit']);
  assert.match(sarif.runs[1].invocations[0].toolExecutionNotifications[0].message.text, 'nothing to audit');
});

analyse('a lint error fails the step (exit 1) naming the file, line and rule', async () => {
  const app = copySampleApp('cg-an');
  app.append('src/grades.js', '\nconst unusedGradeTable = {};\n');
  const report = path.join(reports, 'lint.sarif');
  const r = await runCli(['analyse', '--app', app.dir, '--report', report]);
  assert.is(r.code, 1);
  assert.match(r.stderr, 'FAILED (lint)');
  assert.match(r.stderr, /src\/grades\.js:\d+:7 +error +'unusedGradeTable' is assigned a value but never used\. +no-unused-vars/);
  const results = JSON.parse(fs.readFileSync(report, 'utf8')).runs[0].results;
  assert.ok(results.some((x: { ruleId: string }) => x.ruleId === 'no-unused-vars'));
});

analyse('a syntax error fails the step as a parsing error at its line', async () => {
  const app = copySampleApp('cg-an');
  app.append('src/grades.js', '\nfunction broken( {\n');
  const r = await runCli(['analyse', '--app', app.dir, '--report', path.join(reports, 'syntax.xml')]);
  assert.is(r.code, 1);
  assert.match(r.stderr, /src\/grades\.js:\d+:\d+ +error +Parsing error/);
  assert.match(fs.readFileSync(path.join(reports, 'syntax.xml'), 'utf8'), 'source="eslint.rules.syntax"');
});

analyse("without a config of its own the app is linted with slipway's default (recommended, Node globals)", async () => {
  const app = copySampleApp('cg-an');
  fs.rmSync(path.join(app.dir, 'eslint.config.js'));
  app.append('src/grades.js', '\nmodule.exports.later = () => gradez;\n');
  const r = await runCli(['analyse', '--app', app.dir, '--report', path.join(reports, 'default.sarif')]);
  assert.is(r.code, 1);
  assert.match(r.stderr, "slipway's default config");
  assert.match(r.stderr, "'gradez' is not defined.");
  assert.not.match(r.stderr, "'process' is not defined");
});

analyse('npm audit runs for a lockfile (against the stand-in), and a vulnerability above the allowed severity fails', async () => {
  const registry = await advisoryServer(highAdvisory);
  try {
    const app = copySampleApp('cg-an');
    withDependency(app);
    const report = path.join(reports, 'audit.sarif');
    const r = await runCli(['analyse', '--app', app.dir, '--report', report], { npm_config_registry: registry.url });
    assert.is(r.code, 1);
    assert.equal(registry.requests, [{ 'left-pad': ['1.1.0'] }]);
    assert.match(r.stderr, 'FAILED (audit)');
    assert.match(r.stderr, '1 vulnerability (1 high)');
    assert.match(r.stderr, 'high     left-pad <1.3.0: ReDoS in left-pad');
    const sarif = JSON.parse(fs.readFileSync(report, 'utf8'));
    assert.is(sarif.runs[1].results[0].level, 'error');
    const allowed = await runCli(['analyse', '--app', app.dir, '--report', report, '--max-audit-severity', 'high'], { npm_config_registry: registry.url });
    assert.is(allowed.code, 0, allowed.stderr);
  } finally {
    await registry.close();
  }
});

analyse('offline, the audit is reported unavailable — not a pass, not a crash — and fails only when required', async () => {
  const app = copySampleApp('cg-an');
  withDependency(app);
  const closed = `http://127.0.0.1:${await freePort()}/`;
  const report = path.join(reports, 'offline.sarif');
  const r = await runCli(['analyse', '--app', app.dir, '--report', report], { npm_config_registry: closed });
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, 'passed, with a tool not run');
  assert.match(r.stdout, /audit unavailable: npm audit could not reach an audit endpoint: .*ECONNREFUSED.* — NOT RUN, not a pass/);
  assert.is(JSON.parse(fs.readFileSync(report, 'utf8')).runs[1].invocations[0].executionSuccessful, false);
  const required = await runCli(['analyse', '--app', app.dir, '--report', report, '--require', 'lint', 'audit'], { npm_config_registry: closed });
  assert.is(required.code, 1);
  assert.match(required.stderr, 'FAILED (audit)');
  assert.match(required.stderr, 'required (analyse.require)');
});

analyse('no ESLint at all is said clearly and fails the step, since lint is required by default', async () => {
  const app = copySampleApp('cg-an');
  const r = await runCli(['analyse', '--app', app.dir, '--report', path.join(reports, 'nolint.sarif')], { SLIPWAY_ESLINT: 'off' });
  assert.is(r.code, 1);
  assert.match(r.stderr, 'lint unavailable: lint is turned off (SLIPWAY_ESLINT=off) — required (analyse.require)');
});

analyse('a bad gate value is a usage error naming the field', async () => {
  const app = copySampleApp('cg-an');
  const r = await runCli(['analyse', '--app', app.dir, '--max-audit-severity', 'severe']);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'analyse.maxAuditSeverity');
  assert.match(r.stderr, '"severe"');
});

analyse.run();

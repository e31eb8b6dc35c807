import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { caseTitle, countCases, readJunit, writeJunit } from '../../src/verify/junit';
import { causeOfFile, causeOfSuite, describeTestFailure, verdictOf, type TestRunOutcome } from '../../src/verify/test-report';
import { parseXml } from '../../src/verify/xml';

const fixtures = path.resolve(__dirname, '../fixtures/junit');
const nodeJunit = fs.readFileSync(path.join(fixtures, 'node-junit.xml'), 'utf8');
const specOutput = fs.readFileSync(path.join(fixtures, 'node-spec-output.txt'), 'utf8');
const run = (over: Partial<TestRunOutcome> = {}): TestRunOutcome => ({ command: 'npm test', exitCode: 1, output: specOutput, timedOut: false, timeoutSec: 600, nodeJunit, ...over });

const junit = suite('junit');

junit("reads every case of Node's junit reporter, with the describe() blocks around it", () => {
  const cases = readJunit(nodeJunit);
  assert.equal(countCases(cases), { tests: 8, passed: 3, failed: 4, skipped: 1 });
  assert.ok(cases.some((c) => caseTitle(c) === 'grades › nested › inner passes'));
  assert.ok(cases.some((c) => caseTitle(c) === 'top level'));
});

junit("undoes Node's double escaping of quotes in test names", () => {
  const failing = readJunit(nodeJunit).find((c) => c.name.startsWith('fails'));
  assert.is(failing?.name, 'fails <&> "quoted"');
  assert.is(failing?.failure?.message, '1 == 2');
});

junit('writes one flat report Jenkins reads: every testcase inside a testsuite, and reads back the same', () => {
  const cases = readJunit(nodeJunit);
  const xml = writeJunit('climbing-grade', cases);
  const root = parseXml(xml);
  assert.is(root.name, 'testsuites');
  assert.ok(root.children.every((c) => c.name === 'testsuite'));
  assert.is(root.attrs.tests, '8');
  assert.is(root.attrs.failures, '4');
  const again = readJunit(xml);
  assert.equal(again.map((c) => c.name), cases.map((c) => c.name));
  // suites flatten to one level, and tests outside any describe() sit in a suite named after the app
  assert.is(caseTitle(again.find((c) => c.name === 'inner passes')!), 'grades › nested › inner passes');
  assert.is(caseTitle(again.find((c) => c.name === 'top level')!), 'climbing-grade › top level');
  assert.equal(again.map((c) => c.status), cases.map((c) => c.status));
});

junit('keeps dots in suite names out of the Jenkins class name', () => {
  const xml = writeJunit('climbing-grade', [{ suite: ['YDS 5.10'], name: 'a', timeSec: 0, status: 'passed' }]);
  assert.match(xml, 'classname="climbing-grade.YDS 5_10"');
});

junit('strips colour codes and control characters that XML forbids', () => {
  const xml = writeJunit('app', [{ suite: [], name: 'x', timeSec: 0, status: 'failed', failure: { message: '\u001b[31mred\u001b[39m\u0007 & <b>' } }]);
  assert.match(xml, 'message="red &amp; &lt;b&gt;"');
  assert.not.match(xml, '\u001b');
});

const report = suite('test report');

report("finds why a test file could not load, even when the syntax error is in a module it requires", () => {
  const cause = causeOfFile(specOutput, '/app/test/b.test.js');
  assert.match(cause ?? '', '/app/src/broken.js:3');
  assert.match(cause ?? '', "SyntaxError: Unexpected token ';'");
});

report("finds the error of a suite's failing hook", () => {
  assert.is(causeOfSuite(specOutput, 'needs redis'), 'Error: redis-server not found on PATH');
});

report('names each failing test, and cancelled tests once per suite with the hook error', () => {
  const v = verdictOf(run());
  assert.is(v.ok, false);
  const text = describeTestFailure(v, run(), '/r/junit.xml');
  assert.match(text, '4 of 8 tests failed');
  assert.match(text, '✘ grades › fails <&> "quoted"');
  assert.match(text, '✘ needs redis: 2 tests cancelled — Error: redis-server not found on PATH');
  assert.match(text, "SyntaxError: Unexpected token ';'");
  assert.match(text, 'JUnit report: /r/junit.xml');
});

report('the cause found in the output goes into the JUnit failure too', () => {
  const cancelled = verdictOf(run()).cases.find((c) => c.name === 'reads a flag');
  assert.match(cancelled?.failure?.details ?? '', 'redis-server not found on PATH');
});

report('a test command that is not node --test is one case, judged by its exit code, with its output', () => {
  const failed = verdictOf(run({ nodeJunit: undefined, exitCode: 3, output: 'FAIL grades\nexpected 1 got 2\n' }));
  assert.equal(countCases(failed.cases), { tests: 1, passed: 0, failed: 1, skipped: 0 });
  assert.is(failed.detail, 'exit-code');
  assert.match(failed.cases[0].output ?? '', 'expected 1 got 2');
  assert.ok(verdictOf(run({ nodeJunit: undefined, exitCode: 0 })).ok);
});

report('a time-out is a failed case, whatever the report says', () => {
  const v = verdictOf(run({ timedOut: true, exitCode: 124, timeoutSec: 5 }));
  assert.is(v.ok, false);
  assert.ok(v.cases.some((c) => c.failure?.type === 'timeout'));
  assert.match(describeTestFailure(v, run({ timedOut: true, timeoutSec: 5 }), 'j.xml'), 'did not finish within 5 s');
});

report('green tests but a failing command still fail the step', () => {
  const green = writeJunit('app', [{ suite: [], name: 'ok', timeSec: 0, status: 'passed' }]);
  const v = verdictOf(run({ nodeJunit: green, exitCode: 1, output: 'npm ERR! lifecycle' }));
  assert.is(v.ok, false);
  assert.ok(v.cases.some((c) => c.name === 'npm test (exit status)'));
});

junit.run();
report.run();

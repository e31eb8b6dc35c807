// From what the test container left behind (exit code, output, Node's JUnit file) to test cases and a verdict.
import { caseTitle, countCases, readJunit, type TestCase, type TestCounts } from './junit';

export interface TestRunOutcome {
  command: string;
  exitCode: number;
  output: string;
  timedOut: boolean;
  timeoutSec: number;
  /** Node's junit reporter output, when the test command used node's test runner. */
  nodeJunit?: string;
}

export interface TestVerdict extends TestCounts {
  cases: TestCase[];
  /** 'node-junit' when every test is reported; 'exit-code' when only the command's exit status is known. */
  detail: 'node-junit' | 'exit-code';
  ok: boolean;
}

const OUTPUT_TAIL = 40;
const CANCELLED = 'cancelledByParent';
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

function outputLines(text: string): string[] {
  return text.replace(ANSI, '').replace(/\r/g, '').split('\n');
}

function tail(text: string, n: number): string {
  return outputLines(text.trimEnd()).slice(-n).join('\n');
}

export function verdictOf(run: TestRunOutcome): TestVerdict {
  let cases: TestCase[] = [];
  let detail: TestVerdict['detail'] = 'exit-code';
  if (run.nodeJunit?.trim()) {
    try {
      cases = readJunit(run.nodeJunit).map((c) => withCause(c, run.output));
      detail = 'node-junit';
    } catch {
      cases = [];
    }
  }
  if (run.timedOut) {
    cases.push({ suite: [], name: `${run.command} (time limit)`, timeSec: run.timeoutSec, status: 'failed', failure: { message: `the tests did not finish within ${run.timeoutSec} s and were stopped`, type: 'timeout' }, output: tail(run.output, OUTPUT_TAIL) });
  } else if (detail === 'exit-code') {
    // not node's test runner (or it crashed before reporting): one case that stands for the whole command
    cases.push({
      suite: [],
      name: run.command,
      timeSec: 0,
      status: run.exitCode === 0 ? 'passed' : 'failed',
      ...(run.exitCode === 0 ? {} : { failure: { message: `exited with code ${run.exitCode}`, type: 'exit-code' } }),
      output: tail(run.output, OUTPUT_TAIL),
    });
  } else if (run.exitCode !== 0 && !cases.some((c) => c.status === 'failed')) {
    cases.push({ suite: [], name: `${run.command} (exit status)`, timeSec: 0, status: 'failed', failure: { message: `every reported test passed, but the command exited with code ${run.exitCode}`, type: 'exit-code' }, output: tail(run.output, OUTPUT_TAIL) });
  }
  const counts = countCases(cases);
  return { ...counts, cases, detail, ok: counts.failed === 0 && run.exitCode === 0 && !run.timedOut };
}

/**
 * Node's JUnit leaves out two causes that its spec output has: why a file failed to load (the case is only
 * the file's path with "test failed"), and why a suite's hook failed (its tests say "cancelled").
 */
function withCause(c: TestCase, output: string): TestCase {
  if (c.status !== 'failed' || !c.failure) return c;
  let cause: string | undefined;
  if (c.failure.type === CANCELLED && c.suite.length) cause = causeOfSuite(output, c.suite[c.suite.length - 1]);
  else if (/^(\/|\.)/.test(c.name)) cause = causeOfFile(output, c.name);
  if (!cause) return c;
  return { ...c, failure: { ...c.failure, message: c.failure.type === CANCELLED ? `${c.failure.message}: ${firstErrorLine(cause)}` : cause, details: `${cause}\n\n${c.failure.details ?? ''}`.trim() } };
}

function firstErrorLine(text: string): string {
  return text.split('\n').find((l) => /(Error|Exception)\b/.test(l))?.trim() ?? text.split('\n')[0].trim();
}

const ERROR_LINE = /^\s*\w*(Error|Exception)\b.*:/;
const LOCATION_LINE = /^\/[^\s:]+:\d+$/;

/**
 * Why a test file failed to load: Node prints "<file>:<line>", the code, a caret and the error. The file may be
 * the test itself or a module it requires (a syntax error in src/), so the test file's own block comes first.
 */
export function causeOfFile(output: string, file: string): string | undefined {
  const lines = outputLines(output);
  const block = (start: number) => {
    const error = lines.findIndex((l, i) => i > start && i <= start + 6 && ERROR_LINE.test(l));
    return error < 0 ? undefined : lines.slice(start, error + 1).filter((l) => l.trim()).join('\n');
  };
  const own = lines.findIndex((l) => l.startsWith(`${file}:`) && LOCATION_LINE.test(l));
  if (own >= 0 && block(own)) return block(own);
  for (let i = 0; i < lines.length; i++) if (LOCATION_LINE.test(lines[i]) && block(i)) return block(i);
  return undefined;
}

/** The error the spec reporter prints under "✖ <suite>" when a hook of that suite threw. */
export function causeOfSuite(output: string, suite: string): string | undefined {
  const lines = outputLines(output);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i].trim().startsWith(`✖ ${suite} (`)) continue;
    const next = lines.slice(i + 1, i + 4).find((l) => /(Error|Exception)\b/.test(l) && !/test did not finish/.test(l));
    if (next) return next.trim();
  }
  return undefined;
}

/** What the failed step says: how many failed, which, and the first lines of each failure. */
export function describeTestFailure(v: TestVerdict, run: TestRunOutcome, junitFile: string): string {
  const failing = v.cases.filter((c) => c.status === 'failed');
  const head = run.timedOut ? `the tests did not finish within ${run.timeoutSec} s` : `${v.failed} of ${v.tests} test${v.tests === 1 ? '' : 's'} failed`;
  const own = failing.filter((c) => c.failure?.type !== CANCELLED);
  const shown = own.slice(0, 8).map((c) => {
    // a case standing for the whole command has no message of its own: its output's last lines say why
    const text = c.output ? `${c.failure?.message ?? ''}\n${tail(c.output, 12)}` : (c.failure?.message ?? '');
    const lines = text.split('\n').slice(0, c.output ? 13 : 6).map((l) => `      ${l}`).join('\n');
    return `  ✘ ${caseTitle(c)}${lines.trim() ? `\n${lines}` : ''}`;
  });
  if (own.length > shown.length) shown.push(`  … and ${own.length - shown.length} more`);
  // tests cancelled because their suite's hook failed: one line per suite, with the hook's error
  const bySuite = new Map<string, TestCase[]>();
  for (const c of failing.filter((f) => f.failure?.type === CANCELLED)) {
    const key = c.suite.join(' › ') || '(top level)';
    bySuite.set(key, [...(bySuite.get(key) ?? []), c]);
  }
  for (const [suite, list] of bySuite) {
    const why = list[0].failure?.message.includes(': ') ? list[0].failure.message.slice(list[0].failure.message.indexOf(': ') + 2) : 'its suite failed first';
    shown.push(`  ✘ ${suite}: ${list.length} test${list.length === 1 ? '' : 's'} cancelled — ${why}`);
  }
  return `${head}:\n${shown.join('\n')}\nJUnit report: ${junitFile}`;
}

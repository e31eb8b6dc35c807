// JUnit XML: read what Node's junit reporter writes (nested suites, bare testcases), write one flat report
// that Jenkins' `junit` step reads (every testcase inside a testsuite, classname from the suite path).
import { parseXml, xmlAttr, xmlText, type XmlElement } from './xml';

export type CaseStatus = 'passed' | 'failed' | 'skipped';

export interface TestCase {
  /** describe() blocks around the test, outermost first. */
  suite: string[];
  name: string;
  timeSec: number;
  status: CaseStatus;
  failure?: { message: string; type?: string; details?: string };
  /** Output kept with the case (the fallback case carries the command's output). */
  output?: string;
}

export interface TestCounts {
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
}

export function countCases(cases: TestCase[]): TestCounts {
  const count = (s: CaseStatus) => cases.filter((c) => c.status === s).length;
  return { tests: cases.length, passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}

/** Every testcase of a JUnit document, with the names of the suites it sits in. */
export function readJunit(xml: string): TestCase[] {
  const root = parseXml(xml);
  const cases: TestCase[] = [];
  const visit = (el: XmlElement, suite: string[]) => {
    for (const child of el.children) {
      if (child.name === 'testsuite') visit(child, [...suite, (child.attrs.name ?? '').replace(/&quot;/g, '"')]);
      else if (child.name === 'testsuites') visit(child, suite);
      else if (child.name === 'testcase') cases.push(caseOf(child, suite));
    }
  };
  if (root.name === 'testcase') cases.push(caseOf(root, []));
  else visit({ name: '#', attrs: {}, children: [root], text: '' }, []);
  // a <testsuites> root is a container; its own name (if any) is not a suite of the test
  return cases.map((c) => ({ ...c, suite: c.suite.filter((s) => s !== '') }));
}

function caseOf(el: XmlElement, suite: string[]): TestCase {
  const failure = el.children.find((c) => c.name === 'failure' || c.name === 'error');
  const skipped = el.children.some((c) => c.name === 'skipped');
  const out = el.children.find((c) => c.name === 'system-out');
  // Node 20's junit reporter escapes '"' twice ("&amp;quot;"): undo that one, a name never means it literally
  const name = (el.attrs.name ?? '(unnamed)').replace(/&quot;/g, '"');
  const tc: TestCase = { suite, name, timeSec: Number(el.attrs.time) || 0, status: failure ? 'failed' : skipped ? 'skipped' : 'passed' };
  if (failure) tc.failure = { message: failure.attrs.message ?? el.attrs.failure ?? '', type: failure.attrs.type, details: failure.text.trim() || undefined };
  if (out?.text.trim()) tc.output = out.text.trim();
  return tc;
}

function classNameOf(app: string, suite: string[]): string {
  // Jenkins splits classname at its last "." into package and class: keep dots inside names from doing that
  return [app, ...suite.map((s) => s.replace(/\./g, '_'))].join('.');
}

/** One testsuite per suite path; tests outside any describe() go in a suite named after the app. */
export function writeJunit(app: string, cases: TestCase[], opts: { timestamp?: string; hostname?: string } = {}): string {
  const groups = new Map<string, TestCase[]>();
  for (const c of cases) {
    const key = c.suite.join(' › ') || app;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const total = countCases(cases);
  const time = (list: TestCase[]) => list.reduce((t, c) => t + c.timeSec, 0).toFixed(3);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttr(app)}" tests="${total.tests}" failures="${total.failed}" errors="0" skipped="${total.skipped}" time="${time(cases)}">`,
  ];
  for (const [name, list] of groups) {
    const n = countCases(list);
    const stamp = opts.timestamp ? ` timestamp="${xmlAttr(opts.timestamp)}"` : '';
    const host = opts.hostname ? ` hostname="${xmlAttr(opts.hostname)}"` : '';
    lines.push(`  <testsuite name="${xmlAttr(name)}" tests="${n.tests}" failures="${n.failed}" errors="0" skipped="${n.skipped}" time="${time(list)}"${stamp}${host}>`);
    for (const c of list) {
      const head = `    <testcase classname="${xmlAttr(classNameOf(app, c.suite))}" name="${xmlAttr(c.name)}" time="${c.timeSec.toFixed(3)}"`;
      const body: string[] = [];
      if (c.status === 'failed' && c.failure) {
        const type = c.failure.type ? ` type="${xmlAttr(c.failure.type)}"` : '';
        body.push(`      <failure message="${xmlAttr(c.failure.message)}"${type}>${xmlText(c.failure.details ?? c.failure.message)}</failure>`);
      }
      if (c.status === 'skipped') body.push('      <skipped/>');
      if (c.output) body.push(`      <system-out>${xmlText(c.output)}</system-out>`);
      lines.push(body.length ? `${head}>\n${body.join('\n')}\n    </testcase>` : `${head}/>`);
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}

export function caseTitle(c: TestCase): string {
  return [...c.suite, c.name].join(' › ');
}

// Judges each case and each server log line, and keeps the tallies: what every server did with every shape, and the
// findings (crash, backend blamed, 5xx of slipway's own, secret seen, hang) with the case that caused each.
import { encodedForms } from '../../../src/core/secrets';
import type { Case, ServerName } from './cases';
import type { Outcome } from './client';

export type FindingKind = 'crash' | 'backend_blamed' | 'server_5xx' | 'secrets_seen' | 'hang';

export interface Finding {
  kind: FindingKind;
  server: ServerName | 'proxy process' | 'flags process' | 'autoscaler process' | 'dashboard process';
  detail: string;
  /** The case that did it, or the cases in flight or just done when it was noticed (narrowed later by replay). */
  cases: number[];
  /** What this finding adds to its key's count (a counter that moved by 3 adds 3). */
  weight: number;
}

/** Every form a secret can take in output, from the project's own masking, longest first. */
export function secretForms(secrets: Record<string, string>): { name: string; form: string }[] {
  const out: { name: string; form: string }[] = [];
  for (const [name, value] of Object.entries(secrets)) for (const form of encodedForms(value)) if (form.length >= 8) out.push({ name, form });
  return out.sort((a, b) => b.form.length - a.form.length);
}

export function secretIn(text: string, forms: { name: string; form: string }[]): string | undefined {
  return forms.find((f) => text.includes(f.form))?.name;
}

/** The outcome as one table column: 2xx, 4xx:400, 101, reset, closed, hang, 5xx:502, … */
export function outcomeLabel(c: Case, o: Outcome): string {
  if (o.ended === 'refused') return 'refused';
  if (o.ended === 'client-reset') return 'client-reset';
  const worst = o.statuses.find((s) => s >= 500) ?? o.statuses.find((s) => s >= 400) ?? o.statuses[0];
  if (worst !== undefined) return worst >= 400 ? `${Math.floor(worst / 100)}xx:${worst}` : worst === 101 ? (o.tunneled ? '101-tunnel' : '101') : `${Math.floor(worst / 100)}xx`;
  if (o.malformedResponse) return 'bad-response';
  if (o.ended === 'timeout') return c.stall ? 'stall-not-cut' : 'hang';
  return o.ended === 'reset' ? 'reset' : 'closed';
}

export class Judge {
  readonly findings: Finding[] = [];
  /** server → shape → outcome label → count */
  readonly table = new Map<string, Map<string, Map<string, number>>>();
  tried = 0;
  /** shape → milliseconds its cases took, summed over servers */
  readonly ms = new Map<string, number>();
  private readonly forms: { name: string; form: string }[];
  private readonly stackState = new Map<string, 'none' | 'handler' | 'other'>();

  constructor(secrets: Record<string, string>) {
    this.forms = secretForms(secrets);
  }

  add(kind: FindingKind, server: Finding['server'], detail: string, cases: number[], weight = 1): void {
    this.findings.push({ kind, server, detail, cases, weight });
  }

  count(kind: FindingKind): number {
    return this.findings.filter((f) => f.kind === kind).reduce((n, f) => n + f.weight, 0);
  }

  /** One case's outcome: tallied; a 5xx, a secret in the answer or a hang is a finding of that case. */
  judgeCase(c: Case, o: Outcome): string {
    this.tried++;
    const label = outcomeLabel(c, o);
    const byShape = this.table.get(c.server) ?? new Map<string, Map<string, number>>();
    this.table.set(c.server, byShape);
    const row = byShape.get(c.shape) ?? new Map<string, number>();
    byShape.set(c.shape, row);
    row.set(label, (row.get(label) ?? 0) + 1);
    this.ms.set(c.shape, (this.ms.get(c.shape) ?? 0) + o.ms);
    const fives = o.statuses.filter((s) => s >= 500);
    if (fives.length) this.add('server_5xx', c.server, `answered ${fives.join(', ')} to ${c.shape}`, [c.index]);
    const sent = Buffer.concat(c.pieces).toString('latin1');
    // a secret the client sent itself (its own valid token) is not a leak when echoed
    const secret = secretIn(o.bytes.toString('latin1'), this.forms.filter((f) => !sent.includes(f.form)));
    if (secret) this.add('secrets_seen', c.server, `${secret} in the answer to ${c.shape}`, [c.index]);
    if (label === 'hang') this.add('hang', c.server, `no answer and no close within the request timeout for ${c.shape}`, [c.index]);
    if (label === 'stall-not-cut') this.add('hang', c.server, `a stalled sender was not cut within the server's own timeouts (${c.shape})`, [c.index]);
    return label;
  }

  /** One line of a server's log: a secret in it, or a stack trace that no request guard caught, is a finding. */
  judgeLogLine(process: 'proxy' | 'flags' | 'autoscaler', line: string, suspects: () => number[]): void {
    const who = `${process} process` as const;
    const secret = secretIn(line, this.forms);
    if (secret) this.add('secrets_seen', who, `${secret} in its log: ${line.slice(0, 200)}`, suspects());
    const state = this.stackState.get(process) ?? 'none';
    // the server kit logs a handler's error with its stack (" failed: "), and answers it with a 500 counted per case
    if (/ failed: /.test(line)) return void this.stackState.set(process, 'handler');
    if (/^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/.test(line)) {
      if (state === 'none') {
        this.stackState.set(process, 'other');
        this.add('crash', who, `exception logged outside any request guard: ${line.trim()}`, suspects());
      }
      return;
    }
    this.stackState.set(process, 'none');
    if (/uncaught|unhandled ?rejection|unhandledPromiseRejection/i.test(line)) this.add('crash', who, `uncaught error logged: ${line.slice(0, 200)}`, suspects());
  }
}

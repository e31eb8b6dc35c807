// A command first computes its plan — the list of actions it would take — then either prints it (--dry-run)
// or runs it. Both read the same list, so what a dry run shows is what a real run does.
import type { Logger } from './log';
import type { Secrets } from './secrets';

export type ActionKind = 'docker' | 'shell' | 'http' | 'file' | 'process' | 'check' | 'redis';

export interface Action<T = unknown> {
  kind: ActionKind;
  /** One line a person reads: "start container climbing-grade-canary". */
  summary: string;
  /** The exact call: Docker Engine API method/path/body, argv, HTTP request, file path. Printed masked. */
  detail?: Record<string, unknown>;
  /** Performs it. Results of earlier actions are in `done`, by action id. */
  run(done: Map<string, unknown>): Promise<T>;
  /** Name under which the result is kept for later actions. */
  id?: string;
}

export interface PrintedAction {
  step: number;
  kind: ActionKind;
  summary: string;
  detail?: Record<string, unknown>;
}

export interface PlanRun {
  dryRun: boolean;
  actions: PrintedAction[];
  results: Map<string, unknown>;
}

export interface Executor {
  dryRun: boolean;
  execute(actions: Action[]): Promise<PlanRun>;
  /** Every action planned so far in this run, as printed. */
  printed(): PrintedAction[];
}

export function createExecutor(opts: { dryRun: boolean; log: Logger; secrets: Secrets; out?: NodeJS.WritableStream; json?: boolean }): Executor {
  const out = opts.out ?? process.stdout;
  const all: PrintedAction[] = []; // numbered across every plan one command runs
  return {
    dryRun: opts.dryRun,
    printed: () => all,
    async execute(actions) {
      const printed = actions.map((a) => printable(a, all.length + 1 + actions.indexOf(a), opts.secrets));
      all.push(...printed);
      const results = new Map<string, unknown>();
      if (opts.dryRun) {
        if (!opts.json) for (const p of printed) out.write(formatAction(p) + '\n');
        return { dryRun: true, actions: printed, results };
      }
      for (const [i, action] of actions.entries()) {
        opts.log.progress(printed[i].summary);
        const result = await action.run(results);
        if (action.id) results.set(action.id, result);
      }
      return { dryRun: false, actions: printed, results };
    },
  };
}

function printable(a: Action, step: number, secrets: Secrets): PrintedAction {
  return { step, kind: a.kind, summary: secrets.mask(a.summary), ...(a.detail ? { detail: secrets.maskDeep(a.detail) } : {}) };
}

export function formatAction(p: PrintedAction): string {
  const head = `${String(p.step).padStart(3)}. [${p.kind}] ${p.summary}`;
  if (!p.detail) return head;
  const body = JSON.stringify(p.detail, null, 2).split('\n').map((l) => `        ${l}`).join('\n');
  return `${head}\n${body}`;
}

// A command first computes its plan — the list of actions it would take — then either prints it (--dry-run)
// or performs it. An action IS its call, as data (a Docker Engine API request, an HTTP request, a command line,
// a file write, a probe); one performer carries out exactly that data, so what a dry run prints is
// what a real run sends.
import type { Logger } from './log';
import type { Secrets } from './secrets';
import type { HttpRequest } from './http-client';
import { maskedHeaders } from './http-client';

export type ActionKind = 'docker' | 'shell' | 'http' | 'file' | 'process' | 'check' | 'redis';

/** A Docker Engine API request, sent as it stands (through dockerode's modem, or engine-api.ts in the autoscaler). */
export interface DockerRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** With its query, e.g. /containers/x/stop?t=10. */
  path: string;
  body?: unknown;
  /** Instead of a JSON body: a tar of these files of `dir` (build contexts), or of the whole tree without `files`. */
  tar?: { dir: string; files?: string[] };
  /** Statuses besides 2xx that are a fine answer, e.g. 304 (already stopped), 404 (already gone). */
  ok?: number[];
  /** The answer is a progress stream (build, pull, import), followed to its end. */
  progress?: boolean;
  /** The answer is the container's output stream (attach), collected until it ends. */
  attach?: boolean;
  /** Give up waiting for the answer after this long; the result then is { timedOut: true }. */
  timeoutMs?: number;
  /** The same request again while Docker refuses it with words matching `when` (a regular expression). */
  retry?: { when: string; times: number; pauseMs: number };
}

export interface ShellRequest {
  argv: string[];
  cwd?: string;
  /** Names of the variables added to the environment; their values are not printed. */
  env?: string[];
  /** The command gets only `env`, nothing of slipway's own environment (for code slipway does not trust). */
  isolatedEnv?: true;
  okCodes?: number[];
  /** Every exit is an answer (exit code, output, time-out) for the action to read, none a failure. */
  anyExit?: true;
  timeoutMs?: number;
  /** Started in the background, its output appended to this file. */
  background?: { log: string };
}

export interface FileRequest {
  path: string;
  /** Octal, e.g. '600'. */
  mode?: string;
  /** Removes the path (a file or a whole directory) instead of writing it. */
  remove?: true;
  /** Makes the path a directory (with its parents) instead of writing a file. */
  dir?: true;
}

/** A wait: poll `probe` every intervalMs until `until` holds, for at most timeoutMs. */
export interface CheckRequest {
  probe: HttpRequest | DockerRequest | { redis: string } | { docker: string };
  until: string;
  timeoutMs: number;
  intervalMs: number;
  /** Checked between polls: the wait fails at once when this container stops running. */
  whileRunning?: string;
  /** What a timeout means: the step fails (default) or goes on with a warning. */
  onTimeout?: 'fail' | 'continue';
  /** Where to look when it fails. */
  hint?: string;
}

export type Done = Map<string, unknown>;

export interface Action<T = unknown> {
  kind: ActionKind;
  /** One line a person reads: "start container climbing-grade-canary". */
  summary: string;
  /** The exact call, as data: printed (masked) by a dry run, performed as it stands by a real one. */
  detail: Record<string, unknown>;
  /** Payload that is never printed (file content, env values of secrets), computed when the action runs. */
  input?: (done: Done) => unknown;
  /** For a check: whether the probe's answer means ready (default: HTTP 200 / a container answering). */
  ready?: (answer: unknown) => boolean;
  /** Reads the answer into the action's result (kept under `id`); it sends nothing. */
  read?: (answer: unknown, done: Done) => T | Promise<T>;
  /**
   * Only for what no transport performs (an in-process server, a Redis script, a custom probe): performs
   * the printed `detail` it is given, and nothing else.
   */
  run?: (detail: Record<string, unknown>, done: Done) => Promise<T>;
  /** Performed only when this holds at run time; `text` is what a dry run prints. */
  when?: { text: string; test: (done: Done) => boolean };
  /** Performed even after an earlier action of the plan failed (clean-up). */
  always?: boolean;
  /** Performed when this action fails; `error` then says what went wrong, with their results. */
  onFailure?: { actions: Action[]; error: (err: unknown, done: Done) => Error };
  /** Name under which the result is kept for later actions. */
  id?: string;
}

export interface PrintedAction {
  step: number;
  kind: ActionKind;
  summary: string;
  detail: Record<string, unknown>;
  when?: string;
  always?: true;
  onFailure?: PrintedAction[];
}

export interface PlanRun {
  dryRun: boolean;
  actions: PrintedAction[];
  results: Done;
}

export interface Executor {
  dryRun: boolean;
  execute(actions: Action[]): Promise<PlanRun>;
  /** Every action planned so far in this run, as printed. */
  printed(): PrintedAction[];
}

export interface Performer {
  /** Performs the action's call and returns its result (the answer, as the action reads it). */
  perform(action: Action, done: Done): Promise<unknown>;
}

/** A performer over these transports; with none, only actions that perform themselves (`run`), as in the autoscaler's own process. */
export function performerOf(transport?: (a: Action, done: Done) => Promise<unknown>): Performer {
  return {
    async perform(a, done) {
      if (!a.run && !transport) throw new Error(`${a.kind} action "${a.summary}" has nothing that performs it here`);
      const answer = a.run ? await a.run(a.detail, done) : await transport!(a, done);
      return a.read ? a.read(answer, done) : answer;
    },
  };
}

export interface ExecutorOptions {
  dryRun: boolean;
  log: Logger;
  secrets: Secrets;
  out?: NodeJS.WritableStream;
  json?: boolean;
  /** What performs the calls (performer.ts's, for every transport); a test wraps it to record them. */
  performer: Performer;
}

export function createExecutor(opts: ExecutorOptions): Executor {
  const out = opts.out ?? process.stdout;
  const all: PrintedAction[] = []; // numbered across every plan one command runs
  const perform = (a: Action, done: Done) => opts.performer.perform(a, done);
  return {
    dryRun: opts.dryRun,
    printed: () => all,
    async execute(actions) {
      const printed = actions.map((a, i) => printable(a, all.length + 1 + i, opts.secrets));
      all.push(...printed);
      const results: Done = new Map();
      if (opts.dryRun) {
        if (!opts.json) for (const p of printed) out.write(formatAction(p) + '\n');
        return { dryRun: true, actions: printed, results };
      }
      let failure: unknown;
      for (const [i, action] of actions.entries()) {
        if (failure !== undefined && !action.always) continue;
        if (action.when && !action.when.test(results)) continue;
        opts.log.progress(printed[i].summary);
        try {
          const result = await perform(action, results);
          if (action.id) results.set(action.id, result);
        } catch (err) {
          failure ??= await failed(action, err, results, perform);
        }
      }
      if (failure !== undefined) throw failure;
      return { dryRun: false, actions: printed, results };
    },
  };
}

/** Runs the action's clean-up, then turns the failure into the error the user reads. */
async function failed(action: Action, err: unknown, done: Done, perform: (a: Action, done: Done) => Promise<unknown>): Promise<unknown> {
  if (!action.onFailure) return err;
  for (const a of action.onFailure.actions) {
    try {
      const r = await perform(a, done);
      if (a.id) done.set(a.id, r);
    } catch {
      /* the clean-up is best effort; the first failure is the one to report */
    }
  }
  return action.onFailure.error(err, done);
}

export function printable(a: Action, step: number, secrets: Secrets): PrintedAction {
  const detail = maskCall(a.detail, secrets);
  return {
    step,
    kind: a.kind,
    summary: secrets.mask(a.summary),
    detail,
    ...(a.when ? { when: a.when.text } : {}),
    ...(a.always ? { always: true as const } : {}),
    ...(a.onFailure ? { onFailure: a.onFailure.actions.map((f, i) => printable(f, i + 1, secrets)) } : {}),
  };
}

/** Credential headers keep their scheme when printed: `Authorization: Bearer ***`. */
function maskCall(detail: Record<string, unknown>, secrets: Secrets): Record<string, unknown> {
  const { headers, probe, ...rest } = detail;
  const out = secrets.maskDeep(rest);
  if (headers && typeof headers === 'object' && Object.keys(headers).length) out.headers = Object.fromEntries(Object.entries(maskedHeaders(headers as Record<string, string>)!).map(([k, v]) => [k, secrets.mask(v)]));
  if (probe && typeof probe === 'object') out.probe = maskCall(probe as Record<string, unknown>, secrets);
  return out;
}

export function formatAction(p: PrintedAction, indent = ''): string {
  const flags = [p.when ? `only if ${p.when}` : '', p.always ? 'always, even after a failure' : ''].filter(Boolean);
  const head = `${indent}${String(p.step).padStart(3)}. [${p.kind}] ${p.summary}${flags.length ? ` (${flags.join('; ')})` : ''}`;
  const body = JSON.stringify(p.detail, null, 2).split('\n').map((l) => `${indent}        ${l}`).join('\n');
  const onFailure = p.onFailure?.length ? `\n${indent}        if it fails:\n${p.onFailure.map((f) => formatAction(f, `${indent}      `)).join('\n')}` : '';
  return `${head}\n${body}${onFailure}`;
}

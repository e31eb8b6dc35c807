// The kinds of action a plan is made of, each built from its exact call: what a dry run prints is the data
// the performer (performer.ts) sends.
import * as querystring from 'node:querystring';
import type { Action, CheckRequest, DockerRequest, Done, ShellRequest } from './plan';
import type { HttpRequest } from './http-client';

/** What an action may add to its call: how its answer is read, when it runs, what undoes a failure. */
export type ActionOptions<T> = Pick<Action<T>, 'id' | 'read' | 'when' | 'always' | 'onFailure' | 'ready'>;

/** A Docker Engine API path with its query, encoded as dockerode's modem encodes it (objects as JSON). */
export function dockerPath(base: string, query: Record<string, unknown> = {}): string {
  const q: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    q[k] = Array.isArray(v) ? v.map(String) : v && typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  const text = querystring.stringify(q);
  return text ? `${base}?${text}` : base;
}

export function dockerCall<T = unknown>(summary: string, request: DockerRequest, opts: ActionOptions<T> = {}): Action<T> {
  return { kind: 'docker', summary, detail: { ...request }, ...opts };
}

/** A graceful stop (SIGTERM, then `graceSec` to drain) and the removal: two calls, as Docker gets them. */
export function stopAndRemove(name: string, graceSec: number, why = ''): Action[] {
  return [
    dockerCall(`stop ${name}${why ? ` (${why})` : ''}, up to ${Math.ceil(graceSec)} s to finish`, { method: 'POST', path: dockerPath(`/containers/${name}/stop`, { t: Math.ceil(graceSec) }), ok: [304, 404] }),
    dockerCall(`remove ${name}`, { method: 'DELETE', path: `/containers/${name}`, ok: [404] }),
  ];
}

export function httpCall<T = unknown>(summary: string, request: HttpRequest, opts: ActionOptions<T> = {}): Action<T> {
  return { kind: 'http', summary, detail: { ...request }, ...opts };
}

export interface ShellOptions<T> extends ActionOptions<T> {
  /** Extra environment (secrets go here, never into argv); only the names are printed. */
  env?: Record<string, string>;
  cwd?: string;
  okCodes?: number[];
  anyExit?: true;
  timeoutMs?: number;
  background?: { log: string };
  isolatedEnv?: true;
}

/** A command line, run through zx (argv quoted, never a shell string). */
export function shell<T = { stdout: string; exitCode: number }>(summary: string, argv: string[], opts: ShellOptions<T> = {}): Action<T> {
  const { env, cwd, okCodes, anyExit, timeoutMs, background, isolatedEnv, ...rest } = opts;
  const request: ShellRequest = { argv, ...(cwd ? { cwd } : {}), ...(env ? { env: Object.keys(env) } : {}), ...(isolatedEnv ? { isolatedEnv } : {}), ...(okCodes ? { okCodes } : {}), ...(anyExit ? { anyExit } : {}), ...(timeoutMs ? { timeoutMs } : {}), ...(background ? { background } : {}) };
  return { kind: 'shell', summary, detail: { ...request }, input: () => env ?? {}, ...rest };
}

/** A file written whole (content computed when it runs, from earlier results if need be); the content is not printed. */
export function writeFile<T = void>(summary: string, file: string, content: string | Buffer | ((done: Done) => string | Buffer), mode?: number, opts: ActionOptions<T> = {}): Action<T> {
  return { kind: 'file', summary, detail: { path: file, ...(mode ? { mode: mode.toString(8) } : {}) }, input: (done) => (typeof content === 'function' ? content(done) : content), ...opts };
}

/** A directory (and its parents), with `mode` whatever the umask. */
export function makeDir(summary: string, dir: string, mode: number): Action<void> {
  return { kind: 'file', summary, detail: { path: dir, dir: true, mode: mode.toString(8) } };
}

/** Removes a file or a directory tree (temporary files of the plan). */
export function removePath(summary: string, target: string, opts: ActionOptions<void> = {}): Action<void> {
  return { kind: 'file', summary, detail: { path: target, remove: true }, ...opts };
}

/** A wait that changes nothing but can fail the step: polls the probe until ready. */
export function check<T = unknown>(summary: string, request: CheckRequest, opts: ActionOptions<T> = {}): Action<T> {
  return { kind: 'check', summary, detail: { ...request }, ...opts };
}

/** What no transport performs (an in-process server, a Redis script, a custom probe): `run` gets the printed detail. */
export function inProcess<T>(kind: 'process' | 'redis' | 'check' | 'file' | 'http', summary: string, detail: Record<string, unknown>, run: (detail: Record<string, unknown>, done: Done) => Promise<T>, opts: ActionOptions<T> = {}): Action<T> {
  return { kind, summary, detail, run, ...opts };
}

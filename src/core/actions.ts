// The kinds of action a plan is made of. Each names its exact call in `detail` and performs that call in `run`.
import { $ } from 'zx';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Action } from './plan';
import { StepFailed } from './errors';

/** A Docker Engine API call, described as the HTTP request dockerode makes. */
export function dockerCall<T>(summary: string, request: { method: string; path: string; body?: unknown }, run: () => Promise<T>, id?: string): Action<T> {
  return { kind: 'docker', summary, detail: request, run: () => run(), id };
}

export interface ShellOptions {
  /** Extra environment (secrets go here, never into argv). Values are not printed. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Exit codes that are not a failure. */
  okCodes?: number[];
  /** Called with each output line, for progress on long commands. */
  onLine?: (line: string) => void;
  timeoutMs?: number;
}

/** A command run through zx; argv is quoted by zx, never interpolated into a shell string. */
export function shell(summary: string, argv: string[], opts: ShellOptions = {}, id?: string): Action<{ stdout: string; exitCode: number }> {
  return {
    kind: 'shell',
    summary,
    id,
    detail: { argv, ...(opts.cwd ? { cwd: opts.cwd } : {}), ...(opts.env ? { env: Object.keys(opts.env) } : {}) },
    run: () => runCommand(argv, opts),
  };
}

export async function runCommand(argv: string[], opts: ShellOptions = {}): Promise<{ stdout: string; exitCode: number }> {
  const p = $({
    quiet: true,
    nothrow: true,
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}),
  })`${argv}`;
  if (opts.onLine) {
    let partial = '';
    p.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) opts.onLine!(line);
    });
  }
  const r = await p;
  const exitCode = r.exitCode ?? 1;
  if (exitCode !== 0 && !(opts.okCodes ?? []).includes(exitCode)) {
    const tail = (r.stderr || r.stdout).trim().split('\n').slice(-15).join('\n');
    throw new StepFailed(`command failed (exit ${exitCode}): ${argv.join(' ')}\n${tail}`);
  }
  return { stdout: r.stdout, exitCode };
}

export function writeFile(summary: string, file: string, content: string | (() => string), mode?: number): Action<void> {
  return {
    kind: 'file',
    summary,
    detail: { path: file, ...(mode ? { mode: mode.toString(8) } : {}) },
    run: async () => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, typeof content === 'function' ? content() : content, mode ? { mode } : undefined);
    },
  };
}

/** A wait or a check that changes nothing but can fail the step (health probes, reachability). */
export function check<T>(summary: string, run: () => Promise<T>, detail?: Record<string, unknown>, id?: string): Action<T> {
  return { kind: 'check', summary, detail, run: () => run(), id };
}

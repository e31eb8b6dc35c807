// The one performer: carries out an action's printed call exactly — a Docker request through dockerode's modem,
// an HTTP request through the one HTTP client, a command line through zx, a file write, a probe.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as querystring from 'node:querystring';
import { spawn } from 'node:child_process';
import { PassThrough, type Readable } from 'node:stream';
import type Docker from 'dockerode';
import type { Logger } from './log';
import { dockerError, type ProgressMessage } from './docker';
import { withRetries } from './engine-api';
import { performerOf, type Action, type CheckRequest, type DockerRequest, type Done, type FileRequest, type Performer, type ShellRequest } from './plan';
import { send, HttpUnreachable, type HttpRequest } from './http-client';
import { $ } from 'zx';
import { waitFor } from './deadline';
import { StepFailed } from './errors';
import { tarStream } from '../build/tar';

export type { Performer };

export function createPerformer(opts: { docker: () => Docker; log: Logger }): Performer {
  const transport = (a: Action, done: Done): Promise<unknown> => {
    switch (a.kind) {
      case 'docker':
        return dockerRequest(opts.docker(), a.detail as unknown as DockerRequest, opts.log);
      case 'http':
        return httpRequest(a.detail as unknown as HttpRequest);
      case 'shell':
        return shellCommand(a.detail as unknown as ShellRequest, (a.input?.(done) ?? {}) as Record<string, string>, opts.log);
      case 'file':
        return writeFile(a.detail as unknown as FileRequest, a.input?.(done));
      case 'check':
        return poll(a.detail as unknown as CheckRequest, a.ready, opts);
      default:
        throw new Error(`${a.kind} action "${a.summary}" has nothing that performs it`);
    }
  };
  return performerOf(transport);
}

/** Splits a printed path into what the modem sends: the same path, the same query, the same body. */
export function dockerRequest(docker: Docker, req: DockerRequest, log?: Logger): Promise<unknown> {
  return withRetries(req.retry, () => dockerRequestOnce(docker, req, log));
}

async function dockerRequestOnce(docker: Docker, req: DockerRequest, log?: Logger): Promise<unknown> {
  const q = req.path.indexOf('?');
  const query = q < 0 ? {} : querystring.parse(req.path.slice(q + 1));
  const statusCodes: Record<number, boolean> = { 200: true, 201: true, 204: true };
  for (const s of req.ok ?? []) statusCodes[s] = true;
  const abort = req.timeoutMs ? AbortSignal.timeout(req.timeoutMs) : undefined;
  const dial = {
    path: `${q < 0 ? req.path : req.path.slice(0, q)}?`,
    method: req.method,
    // the modem adds the query from _query and sends _body as JSON ({} sends nothing)
    options: { _query: query, _body: req.body ?? {} },
    statusCodes,
    isStream: Boolean(req.progress || req.attach),
    ...(req.tar ? { file: tarOf(req.tar), headers: { 'Content-Type': 'application/x-tar' } } : {}),
    ...(abort ? { abortSignal: abort } : {}),
  };
  let answer: unknown;
  try {
    answer = await new Promise((resolve, reject) => docker.modem.dial(dial, (err: unknown, data: unknown) => (err ? reject(err) : resolve(data))));
  } catch (err) {
    if (abort?.aborted) return { timedOut: true };
    throw err;
  }
  if (req.progress) return followProgress(docker, answer as Readable, log);
  if (req.attach) return collectOutput(docker, answer as Readable, log);
  return answer;
}

function tarOf(tar: { dir: string; files?: string[] }): Readable {
  if (tar.files) return tarStream(tar.dir, tar.files);
  // the whole tree as it is, owners by number (a root filesystem)
  return spawn('tar', ['-C', tar.dir, '--numeric-owner', '-cf', '-', '.'], { stdio: ['ignore', 'pipe', 'inherit'] }).stdout;
}

function followProgress(docker: Docker, stream: Readable, log?: Logger): Promise<ProgressMessage[]> {
  return new Promise((resolve, reject) => {
    docker.modem.followProgress(stream, (err: Error | null, out: ProgressMessage[]) => (err ? reject(dockerError(err)) : resolve(out)), (m: ProgressMessage) => {
      const line = (m.stream ?? (m.status ? `${m.id ? `${m.id}: ` : ''}${m.status}` : '')).trimEnd();
      if (line && log) log.progress(line);
    });
  });
}

/** A container's attached output: collected (stdout and stderr as they came) and logged line by line until it ends. */
export interface AttachedOutput {
  text(): string;
  ended: Promise<void>;
}

function collectOutput(docker: Docker, stream: Readable, log?: Logger): AttachedOutput {
  let text = '';
  let partial = '';
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const l of lines) log?.progress(l);
  });
  docker.modem.demuxStream(stream, sink, sink);
  const ended = new Promise<void>((resolve) => {
    stream.on('end', () => resolve());
    stream.on('close', () => resolve());
  }).then(() => {
    if (partial) log?.progress(partial);
  });
  return { text: () => text, ended };
}

async function httpRequest(req: HttpRequest): Promise<unknown> {
  try {
    return await send(req);
  } catch (err) {
    if (err instanceof HttpUnreachable) throw new StepFailed(`${req.method} ${req.url}: no answer (${err.code})`);
    throw err;
  }
}

const CLOSE_INHERITED_FDS = 'for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done; exec "$@"';

async function shellCommand(req: ShellRequest, env: Record<string, string>, log: Logger): Promise<unknown> {
  const missing = (req.env ?? []).filter((k) => !(k in env));
  const extra = Object.keys(env).filter((k) => !(req.env ?? []).includes(k));
  if (missing.length || extra.length) throw new Error(`the environment of ${req.argv[0]} differs from its printed names (${[...missing, ...extra].join(', ')})`);
  if (req.background) {
    const out = fs.openSync(req.background.log, 'a');
    // a daemon outlives us: it gets no secret from our env and none of the descriptors we inherited (a Jenkins
    // agent's pipes, a caller's lock), which it would otherwise hold open for as long as it runs
    const daemonEnv = { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', ...env };
    spawn('/bin/bash', ['-c', CLOSE_INHERITED_FDS, req.argv[0], ...req.argv], { cwd: req.cwd, env: daemonEnv, detached: true, stdio: ['ignore', out, out] }).unref();
    return { background: true };
  }
  return runCommand(req.argv, { cwd: req.cwd, env: req.isolatedEnv ? env : { ...process.env, ...env } as Record<string, string>, okCodes: req.okCodes, anyExit: req.anyExit, timeoutMs: req.timeoutMs, onLine: (l) => log.progress(l) });
}

/** Written beside the target, then renamed over it: a crash never leaves half a file. */
async function writeFile(req: FileRequest, content: unknown): Promise<void> {
  if (req.remove) return fs.rmSync(req.path, { recursive: true, force: true });
  if (req.dir) {
    fs.mkdirSync(req.path, { recursive: true });
    if (req.mode) fs.chmodSync(req.path, parseInt(req.mode, 8));
    return;
  }
  if (typeof content !== 'string' && !Buffer.isBuffer(content)) throw new Error(`nothing to write to ${req.path}`);
  fs.mkdirSync(path.dirname(req.path), { recursive: true });
  const mode = req.mode ? parseInt(req.mode, 8) : undefined;
  const tmp = `${req.path}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content, mode ? { mode } : undefined);
  if (mode) fs.chmodSync(tmp, mode);
  fs.renameSync(tmp, req.path);
}

async function poll(req: CheckRequest, ready: Action['ready'], opts: { docker: () => Docker; log: Logger }): Promise<unknown> {
  const probe = req.probe as HttpRequest | DockerRequest;
  const target = 'url' in probe ? `${probe.method} ${probe.url}` : `${probe.method} ${probe.path}`;
  let last: unknown;
  let lastText = 'no answer yet';
  const isReady = ready ?? ((a: unknown) => (a as { status?: number }).status === 200 || !('url' in probe));
  // every probe ends by the check's deadline (a server that drips its answer cannot stretch it); the last gets a moment
  const deadline = Date.now() + req.timeoutMs;
  const bounded = (p: HttpRequest): HttpRequest => ({ ...p, timeoutMs: Math.max(250, Math.min(p.timeoutMs ?? req.timeoutMs, deadline - Date.now())) });
  try {
    await waitFor(`${target} (${req.until})`, async () => {
      try {
        last = 'url' in probe ? await send(bounded(probe)) : await dockerRequest(opts.docker(), probe);
        lastText = 'url' in probe ? `HTTP ${(last as { status: number }).status}` : 'answered';
        if (isReady(last)) return true;
      } catch (err) {
        lastText = err instanceof HttpUnreachable ? err.code : (err as Error).message;
      }
      if (req.whileRunning) await stillRunning(opts.docker(), req.whileRunning, target);
      return false;
    }, req.timeoutMs, undefined, req.intervalMs);
    return last;
  } catch (err) {
    if (!(err instanceof StepFailed) || !/not ready after/.test(err.message)) throw err;
    const text = `${target} did not answer as expected (${req.until}) within ${Math.round(req.timeoutMs / 1000)} s (last: ${lastText})`;
    if (req.onTimeout === 'continue') {
      opts.log.warn(`${text}; going on`);
      return { timedOut: true, last };
    }
    throw new StepFailed(text, req.hint);
  }
}

async function stillRunning(docker: Docker, container: string, target: string): Promise<void> {
  const info = (await dockerRequest(docker, { method: 'GET', path: `/containers/${container}/json` })) as { State: { Running: boolean; Restarting?: boolean; ExitCode: number; OOMKilled: boolean }; RestartCount?: number };
  const s = info.State;
  // a restart policy brings a crashed container back, but an answer after a restart is refused anyway (answeredByIt)
  const restarts = info.RestartCount ?? 0;
  if (!s.Running || s.Restarting || restarts > 0) throw new StepFailed(`${container} exited (code ${s.ExitCode}${s.OOMKilled ? ', killed for memory' : ''}${restarts ? `, restarted ${restarts} time(s)` : ''}) before ${target} answered`);
}

/** A command through zx: argv is quoted by zx, never interpolated into a shell string. */
async function runCommand(argv: string[], opts: { cwd?: string; env: Record<string, string>; okCodes?: number[]; anyExit?: boolean; timeoutMs?: number; onLine: (line: string) => void }): Promise<{ stdout: string; stderr: string; exitCode: number | null; timedOut: boolean }> {
  const p = $({ quiet: true, nothrow: true, cwd: opts.cwd, env: opts.env, ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}) })`${argv}`;
  let partial = '';
  // an answer to read (JSON on stdout) is no progress to show
  if (!opts.anyExit) p.stdout.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) opts.onLine(line);
  });
  const r = await p;
  const timedOut = r.exitCode === null && Boolean(opts.timeoutMs);
  if (opts.anyExit) return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, timedOut };
  const exitCode = r.exitCode ?? 1;
  if (exitCode !== 0 && !(opts.okCodes ?? []).includes(exitCode)) {
    const tail = (r.stderr || r.stdout).trim().split('\n').slice(-15).join('\n');
    throw new StepFailed(`command failed (exit ${exitCode}): ${argv.join(' ')}\n${tail}`);
  }
  return { stdout: r.stdout, stderr: r.stderr, exitCode, timedOut };
}

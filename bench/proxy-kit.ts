// Shared parts of the proxy benchmarks: wrk runs and their figures, nginx in a temp dir, slipway's proxy as a
// child process (the real CLI), per-process CPU. Everything binds 127.0.0.1 on free ports and is stopped at the end.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from '../test/support/ports';
import { bundlePath } from '../src/build/runtime-image';

export const ROOT = path.resolve(__dirname, '..');

export interface WrkResult {
  rps: number;
  p50ms: number;
  p99ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export function requireTool(bin: string, debianPackage: string): void {
  if (spawnSync('which', [bin]).status === 0) return;
  console.error(`${bin} is missing: installing Debian's ${debianPackage}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', debianPackage], { stdio: 'inherit', env });
  if (r.status !== 0 || spawnSync('which', [bin]).status !== 0) throw new Error(`could not install ${debianPackage}; install it (apt-get install ${debianPackage}) and run again`);
}

function toMs(value: string, unit: string): number {
  const n = Number(value);
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n;
}

export function parseWrk(out: string): WrkResult {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const pct = (p: string) => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s|m)`).exec(out);
    return m ? toMs(m[1], m[2]) : NaN;
  };
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const e = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = e ? e.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  if (!Number.isFinite(rps)) throw new Error(`could not read wrk's output:\n${out}`);
  return { rps, p50ms: pct('50'), p99ms: pct('99'), requests, non2xx, errors };
}

/** One bounded wrk run on loopback (it stops by itself after `seconds`). */
export function wrk(url: string, opts: { seconds: number; connections: number; script?: string }): Promise<WrkResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`benchmarks only load loopback addresses, not ${url}`);
  const args = ['-t1', `-c${opts.connections}`, `-d${opts.seconds}s`, '--latency', '--timeout', '5s', ...(opts.script ? ['-s', opts.script] : []), url];
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(parseWrk(out));
      } catch (err) {
        reject(err);
      }
    });
  });
}

/** Which cores the proxy under test gets and which the load side (wrk, backends, this script) gets. */
export interface CorePlan {
  proxy: string;
  load: string;
}

/** BENCH_PIN=1: the proxy alone on the last core, everything else on the others, so neither proxy shares its core with
 *  the load it serves. Off by default: on a shared host whatever else runs lands on the proxy's core too. */
export function corePlan(): CorePlan | undefined {
  const cores = os.cpus().length;
  if (cores < 2 || process.env.BENCH_PIN !== '1') return undefined;
  requireTool('taskset', 'util-linux');
  return { proxy: String(cores - 1), load: cores === 2 ? '0' : `0-${cores - 2}` };
}

/** Pins every thread of a process to `cpus` (threads it starts later inherit the mask). */
export function pin(pid: number, cpus: string): void {
  const r = spawnSync('taskset', ['-apc', cpus, String(pid)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`could not pin process ${pid} to cpu ${cpus}: ${r.stderr.trim()}`);
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

/** CPU seconds (user + system) a process has used so far, from /proc. */
export function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

export interface Started {
  port: number;
  pid: number;
  /** Every process serving requests (nginx: master and workers). */
  pids?: () => number[];
  stop(): Promise<void>;
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}

async function waitForPort(port: number, what: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}):\n${log()}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
      await r.arrayBuffer();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${what} did not answer on 127.0.0.1:${port}:\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Debian's nginx with the same 2:1 upstream, upstream keep-alive and X-Forwarded-* as the proxy, no access log (the
 *  proxy writes none per request), `workers` worker processes (compared with as many slipway workers). */
export async function startNginx(production: number, canary: number, workers = 1): Promise<Started> {
  requireTool('nginx', 'nginx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-nginx-'));
  const port = await freePort();
  const conf = `worker_processes ${workers};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream app { server 127.0.0.1:${production} weight=2; server 127.0.0.1:${canary} weight=1; keepalive 128; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $host;
    }
  }
}
`;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const child = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  await waitForPort(port, 'nginx', child, () => err + readIf(path.join(dir, 'error.log')));
  // the workers do the proxying; they are the master's children
  const workerPids = () => spawnSync('pgrep', ['-P', String(child.pid)]).stdout.toString().trim().split('\n').filter(Boolean).map(Number);
  return {
    port,
    pids: () => [child.pid!, ...workerPids()],
    get pid() {
      return workerPids()[0] ?? child.pid!;
    },
    stop: async () => {
      await stopChild(child, 'SIGQUIT');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readIf(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export interface SlipwayProxy extends Started {
  adminPort: number;
  adminUrl: string;
  stateDir: string;
  logs(): string;
}

/** `slipway proxy run` exactly as a user (or the container) starts it, with its state in a temp dir; `workers`
 *  sets proxy.workers (default: the config's, one per core), `env` adds to its environment. */
export async function startSlipwayProxy(production: string, canary: string | null, nodeArgs: string[] = [], opts: { workers?: number; env?: NodeJS.ProcessEnv } = {}): Promise<SlipwayProxy> {
  const appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-app-'));
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'bench-app' }));
  // the CLI bundled from the current sources, as the container runs it: under ts-node node's domain module would slow
  // every event emit, and the proxy under test would not be the one users run
  const cli = await bundlePath('slipway.cjs');
  const port = await freePort();
  const adminPort = await freePort();
  const child = spawn(
    process.execPath,
    [...nodeArgs, cli, '--app', appDir, 'proxy', 'run',
      '--listen', `127.0.0.1:${port}`, '--admin', `127.0.0.1:${adminPort}`, '--production', production, '--canary', canary ?? 'none'],
    { cwd: ROOT, env: { ...process.env, SLIPWAY_STATE_DIR: path.join(appDir, 'state'), ...(opts.workers ? { SLIPWAY_PROXY_WORKERS: String(opts.workers) } : {}), ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  await waitForPort(port, 'slipway proxy', child, () => log);
  const workerPids = () => spawnSync('pgrep', ['-P', String(child.pid)]).stdout.toString().trim().split('\n').filter(Boolean).map(Number);
  return {
    port,
    pid: child.pid!,
    pids: () => [child.pid!, ...workerPids()],
    adminPort,
    adminUrl: `http://127.0.0.1:${adminPort}`,
    stateDir: path.join(appDir, 'state'),
    logs: () => log,
    stop: async () => {
      await stopChild(child, 'SIGTERM');
      fs.rmSync(appDir, { recursive: true, force: true });
    },
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

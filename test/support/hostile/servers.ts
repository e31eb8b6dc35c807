// slipway's servers as the product runs them: `slipway proxy run`, `flags serve`, `autoscaler run` and `dashboard`,
// each its own process on free loopback ports with its secrets only in its environment, its log read line by line,
// restartable after a crash (as its container's restart policy would) so a run can go on.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { ServerName } from './cases';
import { freePort } from '../ports';
import { tmpDir } from '../tmp';

const ROOT = path.resolve(__dirname, '../../..');

export interface ProcessSpec {
  /** proxy (data plane and admin API), flags, autoscaler, dashboard */
  name: 'proxy' | 'flags' | 'autoscaler' | 'dashboard';
  args: string[];
  env: Record<string, string>;
  /** The servers this process answers on, and the plain request that shows each is up. */
  health: Partial<Record<ServerName, { port: number; path: string }>>;
}

export interface RunningProcess {
  spec: ProcessSpec;
  /** How it ended, once it has: code or signal. */
  exit: string | undefined;
  starts: number;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The environment a slipway server gets: what it needs to run, plus exactly its own settings and secrets. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'DOCKER_HOST', 'LANG'];
  return { ...Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k]!])), FORCE_COLOR: '0' };
}

export async function startProcess(spec: ProcessSpec, onLine: (name: string, line: string) => void, onExit: (name: string, how: string) => void): Promise<RunningProcess> {
  let child: ChildProcess | undefined;
  const running: RunningProcess = {
    spec, exit: undefined, starts: 0,
    restart: async () => {
      await running.stop();
      await launch();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (!child || child.exitCode !== null || child.signalCode) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
  const launch = async () => {
    running.exit = undefined;
    running.starts++;
    const c = spawn(process.execPath, ['-r', path.join(ROOT, 'test/support/register.cjs'), path.join(ROOT, 'src/cli.ts'), ...spec.args], { cwd: ROOT, env: { ...baseEnv(), ...spec.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child = c;
    for (const stream of [c.stdout!, c.stderr!]) {
      let rest = '';
      stream.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop()!;
        for (const line of lines) onLine(spec.name, line);
      });
    }
    c.once('exit', (code, signal) => {
      running.exit = signal ?? `exit code ${code}`;
      onExit(spec.name, running.exit);
    });
    const deadline = Date.now() + 90_000;
    for (const [server, h] of Object.entries(spec.health)) {
      while (!(await answers(h!.port, h!.path, 2000))) {
        if (running.exit !== undefined) throw new Error(`slipway ${spec.name} exited (${running.exit}) before ${server} answered on 127.0.0.1:${h!.port}`);
        if (Date.now() > deadline) throw new Error(`slipway ${spec.name}: ${server} did not answer on 127.0.0.1:${h!.port} within 90 s`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };
  await launch();
  return running;
}

/** A plain GET that must be answered 200 within the time: the "still up" probe after hostile input. */
export function answers(port: number, urlPath: string, timeoutMs: number, headers: Record<string, string> = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: urlPath, agent: false, timeout: timeoutMs, headers: { 'x-fuzz-case': 'health', ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200));
      res.on('error', () => resolve(false));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

export interface Secrets {
  SLIPWAY_ADMIN_TOKEN: string;
  SLIPWAY_FLAGS_TOKEN: string;
  DD_API_KEY: string;
  REDIS_PASSWORD: string;
}

export interface Topology {
  ports: Record<ServerName, number>;
  specs: ProcessSpec[];
  appDir: string;
}

/** The three processes of a fuzz run, for the backends and Redis given; the proxy's timeouts are short so cuts come soon. */
export async function topology(backends: { production: string; canary: string }, redisUrl: string, secrets: Secrets, timeouts: { requestMs: number; idleMs: number }): Promise<Topology> {
  const appDir = tmpDir('slipway-hostile-');
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: `hostile-${process.pid}` }));
  const ports = { proxy: await freePort(), admin: await freePort(), flags: await freePort(), autoscaler: await freePort(), dashboard: await freePort() };
  const state = { SLIPWAY_STATE_DIR: path.join(appDir, 'state') };
  const specs: ProcessSpec[] = [
    {
      name: 'proxy',
      args: ['--app', appDir, 'proxy', 'run', '--listen', `127.0.0.1:${ports.proxy}`, '--admin', `127.0.0.1:${ports.admin}`, '--production', backends.production, '--canary', backends.canary],
      env: { ...state, SLIPWAY_ADMIN_TOKEN: secrets.SLIPWAY_ADMIN_TOKEN, SLIPWAY_PROXY_REQUEST_TIMEOUT_MS: String(timeouts.requestMs), SLIPWAY_PROXY_IDLE_TIMEOUT_MS: String(timeouts.idleMs) },
      health: { proxy: { port: ports.proxy, path: '/' }, admin: { port: ports.admin, path: '/healthz' } },
    },
    {
      name: 'flags',
      args: ['--app', appDir, 'flags', 'serve', '--listen', `127.0.0.1:${ports.flags}`],
      env: { ...state, REDIS_URL: redisUrl, SLIPWAY_FLAGS_TOKEN: secrets.SLIPWAY_FLAGS_TOKEN },
      health: { flags: { port: ports.flags, path: '/health' } },
    },
    {
      name: 'autoscaler',
      args: ['--app', appDir, 'autoscaler', 'run', '--no-local-alerting'],
      env: { ...state, SLIPWAY_AUTOSCALER_METRICS_LISTEN: `127.0.0.1:${ports.autoscaler}`, SLIPWAY_ADMIN_TOKEN: secrets.SLIPWAY_ADMIN_TOKEN, DD_API_KEY: secrets.DD_API_KEY },
      health: { autoscaler: { port: ports.autoscaler, path: '/health' } },
    },
    {
      // it reads the proxy's admin API and Redis the whole time, as it does beside a real deployment
      name: 'dashboard',
      args: ['--app', appDir, 'dashboard', '--listen', `127.0.0.1:${ports.dashboard}`],
      env: { ...state, SLIPWAY_PROXY_ADMIN: `127.0.0.1:${ports.admin}`, SLIPWAY_AUTOSCALER_METRICS_LISTEN: `127.0.0.1:${ports.autoscaler}`, SLIPWAY_ADMIN_TOKEN: secrets.SLIPWAY_ADMIN_TOKEN, REDIS_URL: redisUrl },
      health: { dashboard: { port: ports.dashboard, path: '/healthz' } },
    },
  ];
  return { ports, specs, appDir };
}

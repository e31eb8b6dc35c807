// What the autoscaler's integration tests share: memory-holding containers on the real dockerd, an autoscaler
// of the test's own with its log captured, and a socket proxy in front of dockerd that can vanish or refuse.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { Socket } from 'node:net';
import Docker from 'dockerode';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { runCli } from '../support/cli';
import { tmpDir } from '../support/tmp';
import { createLogger } from '../../src/core/log';
import { createExecutor, performerOf } from '../../src/core/plan';
import { engineApi, type EngineApi } from '../../src/core/engine-api';
import { secretsFromEnv } from '../../src/core/secrets';
import { offlineName } from '../../src/build/base-image';
import { startMemoryAutoscaler, type MemoryAutoscaler } from '../../src/autoscaler/watcher';
import type { AutoscalerPolicy } from '../../src/autoscaler/policy';
import { MiB } from '../../src/core/docker-stats';
import { waitFor } from '../../src/core/deadline';

export { MiB };
export const TEST_LABEL = 'slipway.test=autoscaler';
export const BASE_IMAGE = offlineName('20');

export const seedPolicy: AutoscalerPolicy = {
  intervalSec: 5,
  thresholdPercent: 50,
  stepMb: 100,
  maxMb: 2048,
  cooldownSec: 10,
  oomFactor: 1.2,
  watermarkPercent: 85,
  tickMs: 250,
  scaleDown: { enabled: false, belowPercent: 20, afterSec: 300 },
  metricsListen: '127.0.0.1:0',
};

/** The dockerd and the base image the tests need; makes the image (offline) when it is missing. */
export async function requireParts(): Promise<Docker> {
  await requireDocker();
  try {
    await docker.getImage(BASE_IMAGE).inspect();
  } catch {
    const r = await runCli(['base-image', '--no-pull', '--app', tmpDir()]);
    if (r.code !== 0) throw new Error(`the base image ${BASE_IMAGE} is missing and \`slipway base-image --no-pull\` failed:\n${r.stderr}`);
  }
  return docker;
}

let appSeq = 0;
/** An app name no other test (or other engineer's run) uses. */
export function uniqueApp(): string {
  return `astest-${process.pid}-${++appSeq}`;
}

// Holds INITIAL_MB at once, then HOLD_MB in all of written Buffers (resident, off the V8 heap), added STEP_MB at a
// time every EVERY_MS, from AFTER_MS on.
const HOLDER = `const held=[];const e=process.env,target=+e.HOLD_MB,step=+e.STEP_MB||target;let mb=+e.INITIAL_MB||0;if(mb)held.push(Buffer.alloc(mb*1048576,165));
setTimeout(function grow(){if(mb>=target)return;const n=Math.min(step,target-mb);held.push(Buffer.alloc(n*1048576,165));mb+=n;setTimeout(grow,+e.EVERY_MS||100)},+e.AFTER_MS||0);
setInterval(()=>held.length,1<<30);`;

export interface HolderOptions {
  app: string;
  role?: 'production' | 'canary';
  name?: string;
  limitMb: number;
  holdMb: number;
  initialMb?: number;
  stepMb?: number;
  everyMs?: number;
  afterMs?: number;
  restart?: boolean;
  startLabelMb?: number;
}

export async function startHolder(o: HolderOptions): Promise<Docker.Container> {
  const role = o.role ?? 'production';
  const c = await docker.createContainer({
    name: o.name ?? `${o.app}-${role}`,
    Image: BASE_IMAGE,
    Cmd: ['node', '-e', HOLDER],
    Env: [`INITIAL_MB=${o.initialMb ?? 0}`, `HOLD_MB=${o.holdMb}`, `STEP_MB=${o.stepMb ?? o.holdMb}`, `EVERY_MS=${o.everyMs ?? 100}`, `AFTER_MS=${o.afterMs ?? 0}`],
    Labels: {
      'slipway.app': o.app,
      'slipway.role': role,
      'slipway.test': 'autoscaler',
      ...(o.startLabelMb ? { 'slipway.memory.start': String(o.startLabelMb * MiB) } : {}),
    },
    HostConfig: {
      NetworkMode: 'host',
      Memory: o.limitMb * MiB,
      MemorySwap: o.limitMb * MiB,
      ...(o.restart ? { RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 5 } } : {}),
    },
  });
  await c.start();
  return c;
}

export async function limitMbOf(c: Docker.Container): Promise<{ memory: number; swap: number }> {
  const h = (await c.inspect()).HostConfig;
  return { memory: (h.Memory ?? 0) / MiB, swap: (h.MemorySwap ?? 0) / MiB };
}

export interface TestAutoscaler extends MemoryAutoscaler {
  logText(): string;
  /** waitFor that, when it times out, shows what the autoscaler logged. */
  waitFor(what: string, ready: () => Promise<boolean>, timeoutMs: number): Promise<void>;
}

export function startTestAutoscaler(app: string, policy: Partial<AutoscalerPolicy> = {}, client: EngineApi = engineApi(), cgroupRoots?: string[]): TestAutoscaler {
  let text = '';
  const stream = { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream;
  const secrets = secretsFromEnv({});
  const log = createLogger(secrets, { stream });
  const a = startMemoryAutoscaler({ engine: client, app, policy: { ...seedPolicy, ...policy }, log, executor: createExecutor({ dryRun: false, log, secrets, out: stream, performer: performerOf() }), retryMs: 200, cgroupRoots });
  return Object.assign(a, {
    logText: () => text,
    waitFor: (what: string, ready: () => Promise<boolean>, timeoutMs: number) =>
      waitFor(what, ready, timeoutMs).catch((err: Error) => {
        throw new Error(`${err.message}\n--- the autoscaler logged:\n${text}--- status: ${JSON.stringify(a.status().containers)}`);
      }),
  });
}

/** Counts the `update` events Docker itself reports for the app's containers: the changes that really happened. */
export async function countUpdates(app: string): Promise<{ count(): number; stop(): void }> {
  let n = 0;
  const events = (await docker.getEvents({ filters: { type: ['container'], event: ['update'], label: [`slipway.app=${app}`] } })) as NodeJS.ReadableStream & { destroy(): void };
  events.on('data', (chunk: Buffer) => (n += chunk.toString().split('\n').filter((l) => l.trim()).length));
  return { count: () => n, stop: () => events.destroy() };
}

/**
 * An in-process `autoscaler run` (runCli) that a test can end once it has seen what it waited for: SIGTERM, as a
 * service manager stops it, rather than waiting out its --for.
 */
export function stoppable<T>(run: Promise<T>): { run: Promise<T>; stop(): Promise<T> } {
  let ended = false;
  void run.finally(() => (ended = true));
  return {
    run,
    async stop() {
      const keepAlive = () => undefined; // the test process itself stays, should the run have ended meanwhile
      process.on('SIGTERM', keepAlive);
      try {
        if (!ended) process.kill(process.pid, 'SIGTERM');
        return await run;
      } finally {
        process.removeListener('SIGTERM', keepAlive);
      }
    },
  };
}

export async function cleanup(app: string): Promise<void> {
  await removeLabelled(`slipway.app=${app}`);
}

export async function cleanupAll(): Promise<void> {
  const list = await docker.listContainers({ all: true, filters: { label: [TEST_LABEL] } });
  const mine = list.filter((c) => c.Labels['slipway.app']?.startsWith(`astest-${process.pid}-`));
  await Promise.all(mine.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
}

/**
 * dockerd as the autoscaler sees it, through a unix socket this test controls: `down()` drops every connection
 * and stops answering (as a dockerd restart does), `up()` answers again; `refuseUpdates` makes dockerd's
 * container-update endpoint fail the way a refused update does.
 */
export interface DockerSocketProxy {
  /** The autoscaler's Engine API client, through this proxy. */
  client: EngineApi;
  refuseUpdates: boolean;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startDockerSocketProxy(upstream = '/var/run/docker.sock'): Promise<DockerSocketProxy> {
  const socketPath = path.join(tmpDir('slipway-docker-proxy-'), 'docker.sock');
  const sockets = new Set<Socket>();
  const upstreamRequests = new Set<http.ClientRequest>();
  let server: http.Server | undefined;
  const proxy: DockerSocketProxy = {
    client: engineApi({}, { socketPath }),
    refuseUpdates: false,
    async up() {
      if (server) return;
      fs.rmSync(socketPath, { force: true });
      server = http.createServer((req, res) => {
        if (proxy.refuseUpdates && req.method === 'POST' && /\/containers\/[^/]+\/update$/.test((req.url ?? '').split('?')[0])) {
          res.writeHead(500, { 'content-type': 'application/json' });
          return res.end(JSON.stringify({ message: 'Cannot update container: runc did not terminate successfully: unable to set memory limit (injected by the test proxy)' }) + '\n');
        }
        const out = http.request({ socketPath: upstream, method: req.method, path: req.url, headers: req.headers }, (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          res.flushHeaders(); // the events stream sends headers long before its first event
          up.pipe(res);
        });
        upstreamRequests.add(out);
        out.on('close', () => upstreamRequests.delete(out));
        out.on('error', () => res.destroy());
        req.pipe(out);
      });
      server.on('connection', (s: Socket) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      await new Promise<void>((resolve) => server!.listen(socketPath, resolve));
    },
    async down() {
      const s = server;
      server = undefined;
      if (!s) return;
      for (const r of upstreamRequests) r.destroy();
      for (const c of sockets) c.destroy();
      await new Promise<void>((resolve) => s.close(() => resolve()));
      fs.rmSync(socketPath, { force: true });
    },
    close: () => proxy.down(),
  };
  await proxy.up();
  return proxy;
}

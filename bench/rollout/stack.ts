// The deployment bench:rollout runs against: three images of the sample app, slipway.json (production's config, which
// the rollout controller also promotes with) and one config per scenario for the canary's deploys — they differ only in
// app.env, the canary's faults — and the proxy and the rollout controller, each a process of the bundled CLI.
import { spawn, type ChildProcess } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { freePort, freePortPairs } from '../../test/support/ports';
import { tmpDir } from '../../test/support/tmp';
import { sampleAppImage } from '../../test/support/images';
import { pollUntil } from '../../src/core/deadline';
import { BUNDLE, docker, slipway, type Stack } from '../chaos/stack';

const STANDBY_OFFSET = 23;

export interface Scenario {
  key: 'healthy' | 'errors' | 'latency';
  title: string;
  /** The canary's app.env beyond FAULT_SWITCHES=1. */
  env: Record<string, string>;
  expect: 'promoted' | 'aborted';
}

export interface RolloutStack extends Stack {
  controllerUrl: string;
  /** The config file of each scenario's canary deploys. */
  configs: Record<Scenario['key'], string>;
  images: string[];
  services: ChildProcess[];
}

/** slipway.json (production, the proxy, the controller) and one canary config per scenario; nothing runs yet. */
export async function makeRolloutStack(scenarios: Scenario[], canary: Record<string, unknown>, productionEnv: Record<string, string>): Promise<RolloutStack> {
  const app = `rollout${Date.now().toString(36)}`;
  const root = tmpDir('slipway-bench-rollout-');
  const [listen, admin, controller] = [await freePort(), await freePort(), await freePort()];
  const rolePorts = await freePortPairs(2, STANDBY_OFFSET);
  const stateDir = path.join(root, 'state');
  const dir = path.join(root, app);
  const logDir = path.join(root, 'logs');
  fs.mkdirSync(dir);
  fs.mkdirSync(logDir);
  const config = (env: Record<string, string>) => ({
    app: { name: app, env: { FAULT_SWITCHES: '1', ...env } },
    stateDir,
    deploy: { production: { port: rolePorts[0] }, canary: { port: rolePorts[1] }, standbyPortOffset: STANDBY_OFFSET, healthTimeoutSec: 30, healthIntervalMs: 100, drainTimeoutSec: 2, memoryMb: 192 },
    proxy: { listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${admin}` },
    canary: { ...canary, controllerListen: `127.0.0.1:${controller}` },
  });
  const write = (file: string, env: Record<string, string>) => (fs.writeFileSync(file, JSON.stringify(config(env), null, 2) + '\n'), file);
  write(path.join(dir, 'slipway.json'), productionEnv);
  const configs = Object.fromEntries(scenarios.map((s) => [s.key, write(path.join(root, `canary-${s.key}.json`), s.env)])) as RolloutStack['configs'];
  return {
    app, dir, stateDir, logDir, redisPort: 6379, rolePorts,
    urls: { app: `http://127.0.0.1:${listen}`, admin: `http://127.0.0.1:${admin}`, toggle: '' },
    env: { SLIPWAY_ADMIN_TOKEN: crypto.randomBytes(16).toString('hex') },
    tmpDirs: [root],
    controllerUrl: `http://127.0.0.1:${controller}`,
    configs, images: [], services: [],
  };
}

/** Three builds of the sample app (each its own image id), straight through the Docker API. */
export async function buildImages(stack: RolloutStack): Promise<void> {
  for (const v of ['v1', 'v2', 'v3']) {
    await sampleAppImage(`${stack.app}:${v}`, v);
    stack.images.push(`${stack.app}:${v}`);
  }
}

/** `slipway ARGS` as a long-running process (the proxy, the controller), up once `readyUrl` answers. */
export async function startService(stack: RolloutStack, args: string[], readyUrl: string): Promise<void> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(SLIPWAY_|DD_|REDIS_URL$)/.test(k)) env[k] = v;
  const log = fs.openSync(path.join(stack.logDir, `${args.slice(0, 2).join('-')}.log`), 'a');
  const child = spawn(process.execPath, [BUNDLE, ...args, '--app', stack.dir], { env: { ...env, ...stack.env }, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  stack.services.push(child);
  const up = await pollUntil(() => child.exitCode === null && fetch(readyUrl).then((r) => r.status < 500, () => false), 30_000, 100);
  if (!up) throw new Error(`slipway ${args.join(' ')} did not answer on ${readyUrl}; see ${stack.logDir}`);
}

/** The services stopped (SIGTERM, then SIGKILL), the app's containers, images and files removed. */
export async function tearDownRollout(stack: RolloutStack): Promise<void> {
  for (const child of stack.services.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await gone;
    clearTimeout(timer);
  }
  const down = await slipway(stack, ['down'], {}, 2 * 60_000).catch(() => undefined);
  if (down?.code) process.stderr.write(`slipway down exited ${down.code}; removing the app's containers by label\n`);
  const left = await docker.listContainers({ all: true, filters: { label: [`slipway.app=${stack.app}`] } }).catch(() => []);
  await Promise.all(left.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
  for (const image of stack.images) await docker.getImage(image).remove({ force: true }).catch(() => undefined);
  for (const d of stack.tmpDirs) fs.rmSync(d, { recursive: true, force: true });
}

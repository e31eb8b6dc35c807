// A progressive rollout's bench on the real engine, as the rollout tests share it: the sample app's images, a test
// proxy the deploys may re-point, slipway.json with the canary section a test gives, production deployed, and the
// controller (the bundled CLI, a process of its own) that a test can stop and start again.
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { runCli, type CliRun } from './cli';
import { docker, removeLabelled } from './docker';
import { freePort, freePortPairs } from './ports';
import { tmpDir } from './tmp';
import { sampleAppImage } from './images';
import { deployTargets, startTestProxy, type TestProxy } from './proxy-harness';
import { pollUntil } from '../../src/core/deadline';
import type { RolloutStatus } from '../../src/rollout/report';

const BUNDLE = path.resolve(__dirname, '../../resources/slipway/slipway.cjs');

export interface RolloutLabOptions {
  app: string;
  /** SLIPWAY_ADMIN_TOKEN of the proxy, the CLI and the controller. */
  token: string;
  standbyPortOffset: number;
  /** Image tags of the sample app to build (`${app}:${version}`); production is deployed from the first. */
  versions: string[];
  /** The config's `canary` section; `controllerListen` is added. */
  canary: Record<string, unknown>;
  /** More top-level config (app.env, dashboard, …), merged over the lab's. */
  config?: Record<string, any>;
  /** More environment for the CLI and the controller (the controller gets PATH, the token and this only). */
  env?: Record<string, string>;
  /** Environment for the controller alone (its Datadog keys, webhook token). */
  controllerEnv?: Record<string, string>;
}

export interface RolloutLab {
  dir: string;
  ports: number[];
  proxy: TestProxy;
  controllerUrl: string;
  cli(...args: string[]): Promise<CliRun>;
  /** What the controller printed so far, for failure messages. */
  log(): string;
  startController(): Promise<void>;
  stopController(signal?: NodeJS.Signals): Promise<void>;
  status(): Promise<RolloutStatus>;
  /** The controller, the proxy, the app's containers and images: everything the lab made. */
  close(): Promise<void>;
}

export async function startRolloutLab(o: RolloutLabOptions): Promise<RolloutLab> {
  const dir = tmpDir();
  const ports = await freePortPairs(2, o.standbyPortOffset);
  for (const v of o.versions) await sampleAppImage(`${o.app}:${v}`, v);
  const proxy = await startTestProxy({ production: `http://127.0.0.1:${ports[0]}`, canary: null }, { app: o.app, adminToken: o.token, allowedBackends: deployTargets(ports, o.standbyPortOffset) });
  const controllerUrl = `http://127.0.0.1:${await freePort()}`;
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: o.app },
    stateDir: path.join(dir, 'state'),
    deploy: { production: { port: ports[0] }, canary: { port: ports[1] }, standbyPortOffset: o.standbyPortOffset, healthTimeoutSec: 20, healthIntervalMs: 100, drainTimeoutSec: 5, memoryMb: 128 },
    proxy: { listen: `127.0.0.1:${proxy.listen.port}`, admin: `127.0.0.1:${proxy.admin.port}` },
    ...o.config,
    canary: { ...o.canary, controllerListen: controllerUrl.slice('http://'.length) },
  }));
  const env = { SLIPWAY_ADMIN_TOKEN: o.token, ...o.env };
  let controller: ChildProcess | undefined;
  let log = '';
  const lab: RolloutLab = {
    dir,
    ports,
    proxy,
    controllerUrl,
    cli: (...args) => runCli([...args, '--app', dir], env),
    log: () => log,
    async startController() {
      controller = spawn(process.execPath, [BUNDLE, 'rollout', 'run', '--app', dir], { env: { PATH: process.env.PATH, ...env, ...o.controllerEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
      controller.stdout!.on('data', (c) => (log += c));
      controller.stderr!.on('data', (c) => (log += c));
      const up = await pollUntil(() => fetch(`${controllerUrl}/healthz`).then((r) => r.ok, () => false), 20_000, 100);
      assert.ok(up, `the controller did not answer:\n${log}`);
    },
    async stopController(signal = 'SIGTERM') {
      const c = controller;
      controller = undefined;
      if (!c || c.exitCode !== null) return;
      const gone = new Promise((r) => c.once('exit', r));
      c.kill(signal);
      await gone;
    },
    async status() {
      const r = await fetch(`${controllerUrl}/status`, { headers: { Authorization: `Bearer ${o.token}` } });
      return (await r.json()) as RolloutStatus;
    },
    async close() {
      await lab.stopController();
      await proxy.stop();
      await removeLabelled(`slipway.app=${o.app}`);
      for (const v of o.versions) await docker.getImage(`${o.app}:${v}`).remove({ force: true }).catch(() => undefined);
    },
  };
  const deployed = await lab.cli('deploy', '--role', 'production', '--image', `${o.app}:${o.versions[0]}`);
  assert.is(deployed.code, 0, deployed.stderr);
  await lab.startController();
  return lab;
}

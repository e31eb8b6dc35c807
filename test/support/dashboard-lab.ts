// A real deployment of the sample app for the dashboard's browser tests: production (v1) and canary (v2) containers
// behind the real proxy, flags in a real Redis, and the dashboard on loopback. Each browser test starts its own.
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, type CliRun } from './cli';
import { docker, requireDocker, removeLabelled } from './docker';
import { freePort, freePortPairs } from './ports';
import { tmpDir } from './tmp';
import { sampleAppImage } from './images';
import { startRedis, type TestRedis } from './redis';
import { admin, deployTargets, startTestProxy, type TestProxy } from './proxy-harness';
import { appContainers } from '../../src/core/app-containers';
import { createContext } from '../../src/core/context';
import { startDashboard, type RunningDashboard } from '../../src/dashboard/server';

export interface DashboardLab {
  app: string;
  dir: string;
  token: string;
  redis: TestRedis;
  proxy: TestProxy;
  dashboard: RunningDashboard;
  cli(...args: string[]): Promise<CliRun>;
  proxyStatus(): Promise<any>;
  /** The running canary container's own URL, for its fault switches. */
  canaryUrl(): Promise<string>;
  stop(): Promise<void>;
}

/** `prefix` names the app (and so its containers and images) apart from another test's; `offset` is the standby port offset. */
export async function startDashboardLab(opts: { prefix: string; token: string; offset: number }): Promise<DashboardLab> {
  await requireDocker();
  const app = `${opts.prefix}${Date.now().toString(36)}`;
  const dir = tmpDir();
  const lab = { app, dir, token: opts.token } as DashboardLab;
  lab.stop = async () => {
    await lab.dashboard?.stop();
    await lab.proxy?.stop();
    await removeLabelled(`slipway.app=${app}`);
    for (const v of ['v1', 'v2']) await docker.getImage(`${app}:${v}`).remove({ force: true }).catch(() => undefined);
    await lab.redis?.stop();
  };
  try {
    await build(lab, opts);
  } catch (err) {
    await lab.stop();
    throw err;
  }
  return lab;
}

async function build(lab: DashboardLab, opts: { token: string; offset: number }): Promise<void> {
  const { app, dir } = lab;
  lab.redis = await startRedis();
  const env = { SLIPWAY_ADMIN_TOKEN: opts.token, REDIS_URL: lab.redis.url };
  lab.cli = (...args: string[]) => runCli([...args, '--app', dir], env);
  lab.proxyStatus = async () => (await admin(lab.proxy, 'GET', '/status', undefined, opts.token)).json;
  lab.canaryUrl = async () => {
    const c = (await appContainers(docker, app, 'canary')).find((x) => x.running);
    assert.ok(c, 'a canary container runs');
    return `http://127.0.0.1:${c!.port}`;
  };
  const ports = await freePortPairs(2, opts.offset);
  for (const v of ['v1', 'v2']) await sampleAppImage(`${app}:${v}`, v);
  lab.proxy = await startTestProxy({ production: `http://127.0.0.1:${ports[0]}`, canary: null }, { app, adminToken: opts.token, allowedBackends: deployTargets(ports, opts.offset) });
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app, env: { FAULT_SWITCHES: '1' } },
    stateDir: path.join(dir, 'state'),
    deploy: { production: { port: ports[0] }, canary: { port: ports[1] }, standbyPortOffset: opts.offset, healthTimeoutSec: 20, healthIntervalMs: 100, drainTimeoutSec: 5, memoryMb: 128 },
    proxy: { listen: `127.0.0.1:${lab.proxy.listen.port}`, admin: `127.0.0.1:${lab.proxy.admin.port}` },
    flags: { defaults: { myflag: 'disable' } },
    dashboard: { listen: `127.0.0.1:${await freePort()}` },
  }));
  for (const [role, image] of [['production', `${app}:v1`], ['canary', `${app}:v2`]]) {
    const r = await lab.cli('deploy', '--role', role, '--image', image);
    assert.is(r.code, 0, r.stderr);
  }
  const ctx = createContext({ app: dir, env: { ...process.env, ...env } });
  lab.dashboard = await startDashboard(ctx, { host: '127.0.0.1', port: Number(ctx.config.dashboard.listen.split(':')[1]) });
}

import { suite } from 'uvu';
import { loudly } from '../support/hooks';
import * as assert from 'uvu/assert';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { runCli } from '../support/cli';
import { startBackend, type TestBackend } from '../support/backends';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { load } from '../support/proxy-harness';
import { steadyLoad } from '../support/steady-load';
import { pollUntil } from '../../src/core/deadline';

const up = suite('slipway proxy up (real dockerd)');

const TOKEN = 'proxy-up-token-1234';
const name = `proxy-up-${crypto.randomBytes(3).toString('hex')}`;
const label = `slipway.app=${name}`;
let appDir: string;
let stateDir: string;
let listen: number;
let adminPort: number;
let production: TestBackend;
let canary: TestBackend;
const env = () => ({ SLIPWAY_ADMIN_TOKEN: TOKEN });
/** The container runs one data-plane worker per core (proxy.workers 0), each splitting exactly by weight on its own. */
const WORKERS = os.availableParallelism();

/** The split as configured, give or take one request per worker (each worker's round-robin may be mid-cycle). */
function assertSplit(bodies: Record<string, number>, expected: { production: number; canary: number }, message?: string): void {
  const total = expected.production + expected.canary;
  assert.is((bodies.production ?? 0) + (bodies.canary ?? 0), total, message);
  assert.ok(Math.abs((bodies.canary ?? 0) - expected.canary) <= WORKERS, `${message ?? 'split'}: ${JSON.stringify(bodies)}, expected ${JSON.stringify(expected)} ± ${WORKERS}`);
}
const cli = (...args: string[]) => runCli(['--app', appDir, ...args], env());

/** slipway.json with `proxy` fields changed (the rest as the suite wrote it). */
function changeConfig(proxy: Record<string, unknown>): void {
  const file = path.join(appDir, 'slipway.json');
  const config = JSON.parse(fs.readFileSync(file, 'utf8'));
  Object.assign(config.proxy, proxy);
  fs.writeFileSync(file, JSON.stringify(config));
}

const containerId = async () => (await docker.getContainer(`${name}-proxy`).inspect()).Id;

up.before(loudly(async () => {
  await requireDocker();
  production = await startBackend('production');
  canary = await startBackend('canary');
  listen = await freePort();
  adminPort = await freePort();
  appDir = tmpDir('slipway-proxy-up-');
  stateDir = path.join(appDir, 'state');
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name }));
  fs.writeFileSync(path.join(appDir, 'slipway.json'), JSON.stringify({
    stateDir, images: { pull: false },
    proxy: { listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${adminPort}`, production: production.url, canary: canary.url },
  }));
  const base = await runCli(['base-image', '--no-pull', '--app', appDir]);
  assert.is(base.code, 0, base.stderr);
}));

up.after(async () => {
  await removeLabelled(label);
  await production.kill();
  await canary.kill();
});

up('--dry-run plans the container and a health wait, masks the token, and creates nothing', async () => {
  const r = await cli('proxy', 'up', '--dry-run', '--json');
  assert.is(r.code, 0, r.stderr);
  const printed = JSON.stringify(r.json().actions);
  assert.match(printed, `create ${name}-proxy`);
  assert.match(printed, `wait until the proxy admin API answers on 127.0.0.1:${adminPort}`);
  assert.not.match(r.stdout + r.stderr, TOKEN);
  assert.is((await docker.listContainers({ all: true, filters: { label: [label] } })).length, 0);
});

up('starts the proxy as a host-network container that restarts unless stopped and splits 2:1', async () => {
  const r = await cli('proxy', 'up', '--json');
  assert.is(r.code, 0, r.stderr);
  assert.equal(r.json().result, { container: `${name}-proxy`, changed: true, listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${adminPort}`, production: production.url, canary: canary.url });
  const info = await docker.getContainer(`${name}-proxy`).inspect();
  assert.is(info.HostConfig.NetworkMode, 'host');
  assert.is(info.HostConfig.RestartPolicy?.Name, 'unless-stopped');
  assert.is(info.State.Running, true);
  const split = await load(`http://127.0.0.1:${listen}`, { count: 300 });
  assertSplit(split.bodies, { production: 200, canary: 100 });
  assert.is((await fetch(`http://127.0.0.1:${adminPort}/status`)).status, 401, 'the admin API wants the token');
});

up('a second up with the same spec changes nothing', async () => {
  const r = await cli('proxy', 'up', '--json');
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.changed, false);
});

up('canary abort through the CLI survives a container restart', async () => {
  const abort = await cli('canary', 'abort', '--reason', 'container test');
  assert.is(abort.code, 0, abort.stderr);
  assert.match(abort.stdout, 'canary ejected: container test');
  await docker.getContainer(`${name}-proxy`).restart({ t: 10 });
  const deadline = Date.now() + 20_000;
  let status = await cli('canary', 'status', '--json');
  while (status.code !== 0 && Date.now() < deadline) {
    await new Promise((res) => setTimeout(res, 200));
    status = await cli('canary', 'status', '--json');
  }
  assert.is(status.code, 0, status.stderr);
  assert.is(status.json().result.canary.state, 'ejected');
  assert.is(status.json().result.canary.reason, 'container test');
  assert.equal((await load(`http://127.0.0.1:${listen}`, { count: 30 })).bodies, { production: 30 });
  const human = await cli('canary', 'status');
  assert.match(human.stdout, 'canary: EJECTED since');
  assert.match(human.stdout, 'production');
  const resume = await cli('canary', 'resume');
  assert.is(resume.code, 0, resume.stderr);
  assertSplit((await load(`http://127.0.0.1:${listen}`, { count: 30 })).bodies, { production: 20, canary: 10 });
});

up('canary weights changes the split of the running container', async () => {
  const r = await cli('canary', 'weights', 'production=1,canary=1');
  assert.is(r.code, 0, r.stderr);
  assertSplit((await load(`http://127.0.0.1:${listen}`, { count: 40 })).bodies, { production: 20, canary: 20 });
});

up('proxy up with changed weights under steady load refuses nothing: the running container re-reads its config (SIGHUP)', async () => {
  const before = await containerId();
  const traffic = steadyLoad(`http://127.0.0.1:${listen}`, { concurrency: 4, max: 1_000_000 });
  assert.ok(await pollUntil(() => traffic.sent() > 100, 10_000, 10));
  changeConfig({ weights: { production: 3, canary: 1 } });
  const r = await cli('proxy', 'up', '--json');
  const sentAtUp = traffic.sent();
  assert.ok(await pollUntil(() => traffic.sent() > sentAtUp + 200, 10_000, 10), 'traffic went on after the change');
  const result = await traffic.stop();
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.changed, true);
  assert.is(result.failed, 0, `failed ${result.failed} of ${result.sent}: ${JSON.stringify(result.failures)}`);
  assert.is(await containerId(), before, 'the same container: reloaded, not replaced');
  assertSplit((await load(`http://127.0.0.1:${listen}`, { count: 40 })).bodies, { production: 30, canary: 10 });
  const file = path.join(stateDir, name, 'proxy.config.json');
  assert.is(fs.statSync(file).mode & 0o777, 0o600);
  assert.not.match(fs.readFileSync(file, 'utf8'), TOKEN, 'the config file holds no secret');
  assert.not.ok((await docker.getContainer(`${name}-proxy`).inspect()).Config.Env?.some((e) => e.startsWith('SLIPWAY_CONFIG_JSON=')));
});

up('a change a running proxy cannot take gets a new container that takes the port over while traffic flows', async () => {
  const before = await containerId();
  const traffic = steadyLoad(`http://127.0.0.1:${listen}`, { concurrency: 4, max: 1_000_000 });
  assert.ok(await pollUntil(() => traffic.sent() > 100, 10_000, 10));
  changeConfig({ maxHeaderBytes: 32 * 1024 });
  const r = await cli('proxy', 'up', '--json');
  const sentAtUp = traffic.sent();
  assert.ok(await pollUntil(() => traffic.sent() > sentAtUp + 200, 10_000, 10), 'traffic went on after the hand-over');
  const result = await traffic.stop();
  assert.is(r.code, 0, r.stderr);
  assert.is.not(await containerId(), before, 'a new container');
  console.log(`hand-over to a new proxy container: ${result.failed} of ${result.sent} requests failed ${JSON.stringify(result.failures)}`);
  const names = (await docker.listContainers({ all: true, filters: { label: [label] } })).map((c) => c.Names[0]);
  assert.equal(names, [`/${name}-proxy`], 'the replaced container is gone');
  assertSplit((await load(`http://127.0.0.1:${listen}`, { count: 40 })).bodies, { production: 30, canary: 10 }, 'the weights survived the hand-over');
});

up('proxy down stops it (draining) and removes it; the state file stays', async () => {
  const r = await cli('proxy', 'down', '--json');
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.removed, true);
  assert.is((await docker.listContainers({ all: true, filters: { label: [label] } })).length, 0);
  assert.ok(fs.existsSync(path.join(stateDir, name, 'proxy-state.json')));
});

up.run();

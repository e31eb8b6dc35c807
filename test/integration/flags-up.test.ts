import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { runCli } from '../support/cli';
import { startRedis, type TestRedis } from '../support/redis';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { steadyLoad } from '../support/steady-load';
import { pollUntil } from '../../src/core/deadline';

const up = suite('slipway flags up (real dockerd, real redis-server)');

const TOKEN = 'flags-up-token-for-tests';
const name = `flags-up-${crypto.randomBytes(3).toString('hex')}`;
const label = `slipway.app=${name}`;
let redis: TestRedis;
let appDir: string;
let port: number;
let env: Record<string, string>;

up.before(async () => {
  await requireDocker();
  redis = await startRedis();
  port = await freePort();
  appDir = tmpDir('slipway-flags-up-');
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name }));
  fs.writeFileSync(path.join(appDir, 'slipway.json'), JSON.stringify({ images: { pull: false }, flags: { listen: `127.0.0.1:${port}` } }));
  env = { REDIS_URL: redis.url, SLIPWAY_FLAGS_TOKEN: TOKEN };
  const base = await runCli(['base-image', '--no-pull', '--app', appDir]);
  assert.is(base.code, 0, base.stderr);
});

up.after(async () => {
  await removeLabelled(label);
  await redis.stop();
});

up('--dry-run plans the container and a health wait, masks the secrets, and creates nothing', async () => {
  const r = await runCli(['--app', appDir, 'flags', 'up', '--dry-run', '--json'], env);
  assert.is(r.code, 0, r.stderr);
  const printed = JSON.stringify(r.json().actions);
  assert.match(printed, `create ${name}-flags`);
  assert.match(printed, `wait until the toggle server answers on http://127.0.0.1:${port}/health`);
  assert.not.match(printed, TOKEN);
  assert.not.match(r.stdout + r.stderr, TOKEN);
  assert.is((await docker.listContainers({ all: true, filters: { label: [label] } })).length, 0);
});

up('starts the toggle server as a container that answers on the configured port', async () => {
  const r = await runCli(['--app', appDir, 'flags', 'up', '--json'], env);
  assert.is(r.code, 0, r.stderr);
  assert.equal(r.json().result, { container: `${name}-flags`, listen: `127.0.0.1:${port}`, changed: true, redis: 'up' });
  const info = await docker.getContainer(`${name}-flags`).inspect();
  assert.is(info.HostConfig.NetworkMode, 'host');
  assert.is(info.State.Running, true);
  const toggled = await fetch(`http://127.0.0.1:${port}/newfeature`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
  assert.is(toggled.status, 200);
  assert.is(((await toggled.json()) as { value: string }).value, 'enable');
  const denied = await fetch(`http://127.0.0.1:${port}/newfeature`, { method: 'POST' });
  assert.is(denied.status, 401);
});

up('a second up with the same spec changes nothing', async () => {
  const r = await runCli(['--app', appDir, 'flags', 'up', '--json'], env);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.changed, false);
});

up('the CLI and the container agree on the flag', async () => {
  const r = await runCli(['--app', appDir, 'flags', 'get', 'myflag', '--json'], env);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.value, 'enable');
});

up('a changed default reaches the running toggle server by a reload: same container, answering throughout', async () => {
  const before = (await docker.getContainer(`${name}-flags`).inspect()).Id;
  const traffic = steadyLoad(`http://127.0.0.1:${port}`, { path: '/flags', concurrency: 2, max: 50_000 });
  assert.ok(await pollUntil(() => traffic.sent() > 50, 10_000, 10));
  fs.writeFileSync(path.join(appDir, 'slipway.json'), JSON.stringify({ images: { pull: false }, flags: { listen: `127.0.0.1:${port}`, defaults: { reloaded: 'yes' } } }));
  const r = await runCli(['--app', appDir, 'flags', 'up', '--json'], env);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.changed, true);
  const seen = await pollUntil(async () => (await fetch(`http://127.0.0.1:${port}/flags/reloaded`)).status === 200, 10_000, 50);
  const result = await traffic.stop();
  assert.ok(seen, 'the new default is served');
  assert.is(result.failed, 0, `failed ${result.failed} of ${result.sent}: ${JSON.stringify(result.failures)}`);
  assert.is((await docker.getContainer(`${name}-flags`).inspect()).Id, before, 'reloaded, not replaced');
  const flag = (await (await fetch(`http://127.0.0.1:${port}/flags/reloaded`)).json()) as { value: string };
  assert.is(flag.value, 'yes');
});

up.run();

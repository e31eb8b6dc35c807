// `slipway dashboard up` and `down` on the real engine: the container runs the bundle alone (the page inline in it),
// signs people in with the admin token from its env, lists the app's containers through the mounted socket.
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
import { loudly } from '../support/hooks';
import { pollUntil } from '../../src/core/deadline';

const up = suite('slipway dashboard up and down (real dockerd)');

const TOKEN = 'dashboard-up-token-for-tests';
const name = `dash-up-${crypto.randomBytes(3).toString('hex')}`;
const label = `slipway.app=${name}`;
let redis: TestRedis;
let appDir: string;
let url: string;
let env: Record<string, string>;

up.before(loudly(async () => {
  await requireDocker();
  redis = await startRedis();
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  appDir = tmpDir('slipway-dashboard-up-');
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name }));
  fs.writeFileSync(path.join(appDir, 'slipway.json'), JSON.stringify({ images: { pull: false }, stateDir: path.join(appDir, 'state'), dashboard: { listen: `127.0.0.1:${port}` } }));
  env = { REDIS_URL: redis.url, SLIPWAY_ADMIN_TOKEN: TOKEN };
  const base = await runCli(['base-image', '--no-pull', '--app', appDir]);
  assert.is(base.code, 0, base.stderr);
}));

up.after(loudly(async () => {
  await removeLabelled(label);
  await redis?.stop();
}));

up('without SLIPWAY_ADMIN_TOKEN it refuses with exit 2 and creates nothing', async () => {
  const r = await runCli(['--app', appDir, 'dashboard', 'up'], { REDIS_URL: redis.url, SLIPWAY_ADMIN_TOKEN: undefined });
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, 'SLIPWAY_ADMIN_TOKEN is not set');
  assert.is((await docker.listContainers({ all: true, filters: { label: [label] } })).length, 0);
});

up('up starts the container; it serves the sign-in form, refuses the page without a session, and signs in with the token', async () => {
  const r = await runCli(['--app', appDir, 'dashboard', 'up', '--json'], env);
  assert.is(r.code, 0, r.stderr);
  assert.equal(r.json().result, { container: `${name}-dashboard`, changed: true, url });
  assert.not.match(r.stdout + r.stderr, TOKEN);
  const info = await docker.getContainer(`${name}-dashboard`).inspect();
  assert.is(info.HostConfig.NetworkMode, 'host');
  assert.ok(info.HostConfig.Binds?.some((b) => b.endsWith(':/var/run/docker.sock')), 'the Docker socket is mounted');
  assert.match(await (await fetch(`${url}/`)).text(), 'type="password"');
  assert.is((await fetch(`${url}/api/state`)).status, 401);
  assert.is((await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'wrong-token-0123456789' }) })).status, 401);
  const signed = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: TOKEN }) });
  assert.is(signed.status, 200);
  const cookie = signed.headers.get('set-cookie')!.split(';')[0];
  const uplot = await fetch(`${url}/assets/uPlot.iife.min.js`, { headers: { cookie } });
  assert.is(uplot.status, 200, 'uPlot comes from the bundle, not the internet');
  assert.match(await uplot.text(), 'uPlot');
  // the flags come from the test's Redis through REDIS_URL in the container's env
  assert.ok(await pollUntil(async () => {
    const s = (await (await fetch(`${url}/api/state`, { headers: { cookie } })).json()) as { state: { flags: { flags: { name: string }[] } | null } };
    return Boolean(s.state.flags?.flags.some((f) => f.name === 'myflag'));
  }, 15_000), 'the dashboard in its container reads the flags');
});

up('a second up with the same spec changes nothing; down removes the container', async () => {
  const again = await runCli(['--app', appDir, 'dashboard', 'up', '--json'], env);
  assert.is(again.code, 0, again.stderr);
  assert.is(again.json().result.changed, false);
  const down = await runCli(['--app', appDir, 'dashboard', 'down', '--json'], env);
  assert.is(down.code, 0, down.stderr);
  assert.equal(down.json().result, { container: `${name}-dashboard`, removed: true });
  assert.is((await docker.listContainers({ all: true, filters: { label: [label] } })).length, 0);
});

up.run();

// The main job end to end: `slipway pipeline` on the sample app for real, then what the seed promises.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { freePort, freePortPairs } from '../support/ports';
import { startRedis, type TestRedis } from '../support/redis';
import { tmpDir } from '../support/tmp';
import { loudly } from '../support/hooks';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { makeDemoRepo } = require('../../scripts/demo-repo.cjs');

const e2e = suite('slipway pipeline end to end');

const app = `e2e${Date.now().toString(36)}`;
const TOKEN = 'e2e-admin-token-0123';
let dir = '';
let redis: TestRedis;
let env: Record<string, string> = {};
let urls = { app: '', toggle: '', admin: '' };
let ports: number[] = [];

e2e.before(loudly(async () => {
  await requireDocker();
  redis = await startRedis();
  ports = await freePortPairs(2, 11);
  const [listen, admin, flags, metrics] = [await freePort(), await freePort(), await freePort(), await freePort()];
  urls = { app: `http://127.0.0.1:${listen}`, toggle: `http://127.0.0.1:${flags}`, admin: `http://127.0.0.1:${admin}` };
  dir = makeDemoRepo(path.join(tmpDir('slipway-e2e-'), app), {
    app: { name: app },
    stateDir: path.join(tmpDir('slipway-e2e-state-'), 'state'),
    deploy: { production: { port: ports[0] }, canary: { port: ports[1] }, standbyPortOffset: 11, healthIntervalMs: 100, drainTimeoutSec: 3 },
    proxy: { listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${admin}` },
    flags: { listen: `127.0.0.1:${flags}` },
    autoscaler: { metricsListen: `127.0.0.1:${metrics}`, intervalSec: 1, cooldownSec: 2 },
  });
  env = { REDIS_URL: redis.url, SLIPWAY_ADMIN_TOKEN: TOKEN };
}));

e2e.after(loudly(async () => {
  await removeLabelled(`slipway.app=${app}`);
  const images = await docker.listImages({ filters: { reference: [app] } });
  for (const i of images) await docker.getImage(i.Id).remove({ force: true }).catch(() => undefined);
  await redis?.stop();
}));

e2e('a dry run plans every stage and changes nothing', async () => {
  const r = await runCli(['pipeline', '--app', dir, '--skip-provision', '--dry-run'], env);
  assert.is(r.code, 0, r.stderr);
  for (const stage of ['build production (main)', 'build canary (staging)', 'test production', 'analyse', 'deploy production', 'deploy canary', 'proxy', 'toggle server', 'autoscaler']) assert.match(r.stdout, stage);
  assert.not.match(r.stdout, TOKEN);
  assert.is((await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`] } })).length, 0);
});

e2e('the pipeline runs the whole path and ends with the URLs and the status view', async () => {
  const r = await runCli(['pipeline', '--app', dir, '--skip-provision', '--json'], env);
  assert.is(r.code, 0, r.stderr);
  const result = r.json().result;
  assert.is(result.urls.app, urls.app);
  const roles = result.status.containers.map((c: { role: string; health: string }) => `${c.role}:${c.health}`).sort();
  assert.equal(roles, ['canary:healthy', 'production:healthy']);
  assert.equal(result.status.services.map((s: { service: string }) => s.service).sort(), ['autoscaler', 'flags', 'proxy']);
});

e2e('traffic through the proxy splits 2:1 between production (1.0.0) and canary (1.1.0)', async () => {
  const seen: Record<string, number> = {};
  for (let i = 0; i < 300; i++) {
    const body = (await (await fetch(`${urls.app}/health`)).json()) as { version: string };
    seen[body.version] = (seen[body.version] ?? 0) + 1;
  }
  assert.ok(Math.abs(seen['1.0.0'] / 300 - 2 / 3) <= 0.03, JSON.stringify(seen));
  assert.ok(Math.abs(seen['1.1.0'] / 300 - 1 / 3) <= 0.03, JSON.stringify(seen));
});

e2e("toggling myflag through the toggle server's /newfeature changes the app's /newfeature", async () => {
  const before = (await fetch(`${urls.app}/newfeature`)).status;
  const toggled = await fetch(`${urls.toggle}/newfeature`, { method: 'POST' });
  assert.is(toggled.status, 200);
  const want = before === 404 ? 200 : 404;
  let statuses: number[] = [];
  for (let i = 0; i < 50; i++) {
    // both versions must follow: ask enough times to reach production and canary
    statuses = await Promise.all([1, 2, 3].map(async () => (await fetch(`${urls.app}/newfeature`)).status));
    if (statuses.every((s) => s === want)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(statuses, [want, want, want]);
});

e2e('a failing canary is ejected and no GET client sees an error', async () => {
  const fail = await fetch(`http://127.0.0.1:${ports[1]}/fault/error-rate?rate=1`, { method: 'PUT' });
  assert.is(fail.status, 200);
  const errors: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = (await fetch(`${urls.app}/convert?grade=5.10a&from=yds&to=french`)).status;
    if (s >= 500) errors.push(s);
  }
  assert.equal(errors, []);
  const status = (await (await fetch(`${urls.admin}/status`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as { canary: { state: string } };
  assert.is(status.canary.state, 'ejected');
  const versions = new Set<string>();
  for (let i = 0; i < 30; i++) versions.add(((await (await fetch(`${urls.app}/health`)).json()) as { version: string }).version);
  assert.equal([...versions], ['1.0.0']);
});

e2e('the autoscaler raises the memory limit of a container past 50 %', async () => {
  const r = await runCli(['status', '--app', dir, '--json'], env);
  const production = r.json().result.containers.find((c: { role: string }) => c.role === 'production');
  const limit = production.memory.limit;
  const held = await fetch(`http://127.0.0.1:${ports[0]}/fault/memory?mb=${Math.ceil((limit / 1024 / 1024) * 0.6)}`, { method: 'POST' });
  assert.is(held.status, 200);
  let now = limit;
  for (let i = 0; i < 100 && now === limit; i++) {
    await new Promise((res) => setTimeout(res, 100));
    now = (await docker.getContainer(production.name).inspect()).HostConfig.Memory;
  }
  // the seed's +100 MB, or more whole steps when the fast path covers a jump the step cannot follow
  const step = 100 * 1024 * 1024;
  assert.ok(now > limit && (now - limit) % step === 0, `limit ${limit} → ${now}`);
});

e2e('slipway down removes it all', async () => {
  const r = await runCli(['down', '--app', dir], env);
  assert.is(r.code, 0, r.stderr);
  assert.is((await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`] } })).length, 0);
});

e2e.run();

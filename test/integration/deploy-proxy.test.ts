// Deploys behind the real canary proxy while a bounded load runs through it: no request may fail.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { freePortPairs } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { loudly } from '../support/hooks';
import { sampleAppImage, brokenImage } from '../support/images';
import { deployTargets, startTestProxy, type TestProxy } from '../support/proxy-harness';

const deploy = suite('deploy behind the proxy');

const app = `dp${Date.now().toString(36)}`;
const TOKEN = 'deploy-proxy-token-42';
const OFFSET = 13;
let dir = '';
let ports: number[] = [];
let proxy: TestProxy;
const cli = (...args: string[]) => runCli([...args, '--app', dir], { SLIPWAY_ADMIN_TOKEN: TOKEN });

/** GETs and POSTs through the proxy, `concurrency` at a time, until stopped (bounded: at most 20,000 requests). */
function load(url: string, concurrency = 4) {
  let stop = false;
  const failures: string[] = [];
  const versions: Record<string, number> = {};
  let requests = 0;
  const worker = async () => {
    while (!stop && requests < 20_000) {
      requests++;
      try {
        const post = requests % 5 === 0;
        const res = await fetch(post ? `${url}/convert?grade=6a&from=french&to=yds` : `${url}/health`, { method: post ? 'POST' : 'GET' });
        const text = await res.text();
        // POST /convert is not a route: 405 is the app's answer, not a failure
        if (res.status >= 500 || (res.status !== 200 && res.status !== 405)) failures.push(`${res.status} ${text.slice(0, 80)}`);
        if (!post) {
          const v = (JSON.parse(text) as { revision: string }).revision;
          versions[v] = (versions[v] ?? 0) + 1;
        }
      } catch (err) {
        failures.push(String((err as Error).message));
      }
    }
  };
  const running = Promise.all(Array.from({ length: concurrency }, worker));
  return {
    async finish() {
      stop = true;
      await running;
      return { failures, versions, requests };
    },
  };
}

deploy.before(loudly(async () => {
  await requireDocker();
  dir = tmpDir();
  ports = await freePortPairs(2, OFFSET);
  for (const v of ['v1', 'v2', 'v3']) await sampleAppImage(`${app}:${v}`, v);
  await brokenImage(`${app}:broken`);
  proxy = await startTestProxy({ production: `http://127.0.0.1:${ports[0]}`, canary: `http://127.0.0.1:${ports[1]}` }, { app, adminToken: TOKEN, allowedBackends: deployTargets(ports, OFFSET) });
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app },
    stateDir: path.join(dir, 'state'),
    deploy: { production: { port: ports[0] }, canary: { port: ports[1] }, standbyPortOffset: OFFSET, healthTimeoutSec: 20, healthIntervalMs: 100, drainTimeoutSec: 5, memoryMb: 128 },
    proxy: { listen: `127.0.0.1:${proxy.listen.port}`, admin: `127.0.0.1:${proxy.admin.port}` },
  }));
  for (const [role, v] of [['production', 'v1'], ['canary', 'v2']]) {
    const r = await cli('deploy', '--role', role, '--image', `${app}:${v}`);
    assert.is(r.code, 0, r.stderr);
  }
}));

deploy.after(loudly(async () => {
  await proxy?.stop();
  await removeLabelled(`slipway.app=${app}`);
  for (const v of ['v1', 'v2', 'v3', 'broken']) await docker.getImage(`${app}:${v}`).remove({ force: true }).catch(() => undefined);
}));

deploy('v1 serves production and v2 the canary, 2:1, through the proxy', async () => {
  const seen: Record<string, number> = {};
  for (let i = 0; i < 150; i++) {
    const v = ((await (await fetch(`${proxy.url}/health`)).json()) as { revision: string }).revision;
    seen[v] = (seen[v] ?? 0) + 1;
  }
  assert.equal(seen, { 'rev-v1': 100, 'rev-v2': 50 });
});

deploy('redeploying production to v3 under load fails no request', async () => {
  const running = load(proxy.url);
  await new Promise((r) => setTimeout(r, 500));
  const started = Date.now();
  const r = await cli('deploy', '--role', 'production', '--image', `${app}:v3`, '--json');
  const deployMs = Date.now() - started;
  await new Promise((r2) => setTimeout(r2, 500));
  const { failures, versions, requests } = await running.finish();
  assert.is(r.code, 0, r.stderr);
  assert.equal(failures, [], `${failures.length} of ${requests} failed`);
  assert.ok(versions['rev-v1'] > 0 && versions['rev-v3'] > 0, JSON.stringify(versions));
  console.log(`  deploy of an already built image behind the proxy: ${deployMs} ms, ${requests} requests under way, 0 failed`);
  const status = (await (await fetch(`${proxy.adminUrl}/status`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as { backends: { role: string; target: string }[] };
  assert.is(status.backends.find((b) => b.role === 'production')!.target, `http://127.0.0.1:${ports[0] + OFFSET}`);
});

deploy('a canary whose health check fails leaves the old canary serving', async () => {
  const r = await cli('deploy', '--role', 'canary', '--image', `${app}:broken`);
  assert.is(r.code, 1);
  assert.match(r.stderr, 'failed its health check');
  const seen = new Set<string>();
  for (let i = 0; i < 30; i++) seen.add(((await (await fetch(`${proxy.url}/health`)).json()) as { revision: string }).revision);
  assert.equal([...seen].sort(), ['rev-v2', 'rev-v3']);
});

deploy('rollback restores the previous production image', async () => {
  const r = await cli('rollback', '--role', 'production', '--json');
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.image, `${app}:v1`);
  const seen = new Set<string>();
  for (let i = 0; i < 30; i++) seen.add(((await (await fetch(`${proxy.url}/health`)).json()) as { revision: string }).revision);
  assert.equal([...seen].sort(), ['rev-v1', 'rev-v2']);
});

deploy('promote moves the canary to production without a failed request, and removes the canary', async () => {
  const running = load(proxy.url);
  await new Promise((r) => setTimeout(r, 300));
  const r = await cli('canary', 'promote');
  await new Promise((r2) => setTimeout(r2, 300));
  const { failures, requests } = await running.finish();
  assert.is(r.code, 0, r.stderr);
  assert.equal(failures, [], `${failures.length} of ${requests} failed`);
  const seen = new Set<string>();
  for (let i = 0; i < 30; i++) seen.add(((await (await fetch(`${proxy.url}/health`)).json()) as { revision: string }).revision);
  assert.equal([...seen], ['rev-v2']);
  const canaries = await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`, 'slipway.role=canary'] } });
  assert.is(canaries.length, 0);
});

deploy('two deploys at once are serialized by the host lock', async () => {
  const [a, b] = await Promise.all([
    cli('deploy', '--role', 'canary', '--image', `${app}:v3`),
    cli('deploy', '--role', 'canary', '--image', `${app}:v3`),
  ]);
  assert.is(a.code, 0, a.stderr);
  assert.is(b.code, 0, b.stderr);
  // the second one waited, then found v3 already running
  assert.ok([a.stdout, b.stdout].some((o) => o.includes('already runs')), a.stdout + b.stdout);
  const canaries = await docker.listContainers({ filters: { label: [`slipway.app=${app}`, 'slipway.role=canary'] } });
  assert.is(canaries.length, 1);
});

deploy('deploying a new canary over an ejected one re-admits it, and says so', async () => {
  const admin = { Authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  assert.is((await fetch(`${proxy.adminUrl}/canary/abort`, { method: 'POST', headers: admin, body: '{"reason":"test"}' })).status, 200);
  const r = await cli('deploy', '--role', 'canary', '--image', `${app}:v1`);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stderr, 're-admit the canary');
  const status = (await (await fetch(`${proxy.adminUrl}/status`, { headers: admin })).json()) as { canary: { state: string } };
  assert.is.not(status.canary.state, 'ejected');
  const seen = new Set<string>();
  for (let i = 0; i < 30; i++) seen.add(((await (await fetch(`${proxy.url}/health`)).json()) as { revision: string }).revision);
  assert.equal([...seen].sort(), ['rev-v1', 'rev-v2']);
});

deploy.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { freePort, freePortPairs } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { sampleAppImage, brokenImage } from '../support/images';
import { loudly } from '../support/hooks';
import * as net from 'node:net';
import { ensureBaseImage } from '../support/images';

/** An app whose /health answers 200 and then drips one byte a second, for ever. */
async function drippingImage(tag: string): Promise<void> {
  const base = await ensureBaseImage();
  const dir = tmpDir('slipway-drip-');
  const script = "require('http').createServer((q, s) => { s.writeHead(200); const t = setInterval(() => s.write('.'), 1000); s.on('close', () => clearInterval(t)); }).listen(+process.env.PORT, process.env.HOST)";
  fs.writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${base}\nCMD ${JSON.stringify(['node', '-e', script])}\n`);
  const stream = await docker.buildImage({ context: dir, src: ['Dockerfile'] }, { t: tag });
  await new Promise((resolve, reject) => docker.modem.followProgress(stream, (err: Error | null) => (err ? reject(err) : resolve(undefined))));
  fs.rmSync(dir, { recursive: true, force: true });
}

const deploy = suite('slipway deploy, rollback, status, down (no proxy)');

const app = `dt${Date.now().toString(36)}`;
let dir = '';
let ports: number[] = [];
const OFFSET = 7;

deploy.before(loudly(async () => {
  await requireDocker();
  dir = tmpDir();
  ports = await freePortPairs(2, OFFSET);
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app },
    stateDir: path.join(dir, 'state'),
    deploy: { production: { port: ports[0] }, canary: { port: ports[1] }, standbyPortOffset: OFFSET, healthTimeoutSec: 20, healthIntervalMs: 100, drainTimeoutSec: 3, memoryMb: 128 },
    proxy: { listen: `127.0.0.1:${await freePort()}`, admin: `127.0.0.1:${await freePort()}` },
  }));
  await sampleAppImage(`${app}:v1`, 'v1');
  await sampleAppImage(`${app}:v2`, 'v2');
  await brokenImage(`${app}:broken`);
  await drippingImage(`${app}:drip`);
}));

deploy.after(loudly(async () => {
  await removeLabelled(`slipway.app=${app}`);
  for (const tag of ['v1', 'v2', 'broken', 'drip']) await docker.getImage(`${app}:${tag}`).remove({ force: true }).catch(() => undefined);
}));

const cli = (...args: string[]) => runCli([...args, '--app', dir]);
const health = async (port: number) => (await fetch(`http://127.0.0.1:${port}/health`)).json() as Promise<{ revision: string }>;

deploy('a first deploy starts a labelled, memory-limited container that answers on its role port', async () => {
  const r = await cli('deploy', '--role', 'production', '--image', `${app}:v1`, '--json');
  assert.is(r.code, 0, r.stderr);
  const out = r.json().result;
  assert.is(out.changed, true);
  assert.is(out.url, `http://127.0.0.1:${ports[0]}`);
  assert.is((await health(ports[0])).revision, 'rev-v1');
  const info = await docker.getContainer(out.container).inspect();
  assert.is(info.HostConfig.NetworkMode, 'host');
  assert.is(info.HostConfig.Memory, 128 * 1024 * 1024);
  assert.is(info.HostConfig.MemorySwap, 128 * 1024 * 1024);
  assert.is(info.HostConfig.RestartPolicy?.Name, 'unless-stopped');
  assert.is(info.Config.Labels['slipway.role'], 'production');
  assert.is(info.Config.Labels['slipway.revision'], 'rev-v1');
  // the V8 heap is sized for the autoscaler's maximum (2048 MB by default), not the starting limit
  assert.ok(info.Config.Env.includes('NODE_OPTIONS=--max-old-space-size=1536'), info.Config.Env.join(' '));
});

deploy('re-deploying the image that already runs says so and does nothing', async () => {
  const r = await cli('deploy', '--role', 'production', '--image', `${app}:v1`);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, 'already runs');
});

deploy('a new image replaces the old container on the standby port', async () => {
  const r = await cli('deploy', '--role', 'production', '--image', `${app}:v2`, '--json');
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.url, `http://127.0.0.1:${ports[0] + OFFSET}`);
  assert.is((await health(ports[0] + OFFSET)).revision, 'rev-v2');
  const left = await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`, 'slipway.role=production'] } });
  assert.is(left.length, 1, 'the old container is removed');
});

deploy('a new container that fails its health check is removed, the old one keeps serving, exit 1 with its logs', async () => {
  const r = await cli('deploy', '--role', 'production', '--image', `${app}:broken`);
  assert.is(r.code, 1);
  assert.match(r.stderr, 'failed its health check');
  assert.match(r.stderr, 'keeps serving');
  assert.match(r.stderr, 'boom: missing config');
  assert.is((await health(ports[0] + OFFSET)).revision, 'rev-v2');
  const left = await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`, 'slipway.role=production'] } });
  assert.is(left.length, 1);
});

deploy('a health endpoint that drips its answer cannot hold the deploy: it fails by its deadline, the old one keeps serving', async () => {
  // a deadline of 4 s rather than the file's 20: the drip would hold any deadline, so a short one proves the same
  const r = await runCli(['deploy', '--role', 'production', '--image', `${app}:drip`, '--app', dir], { SLIPWAY_DEPLOY_HEALTH_TIMEOUT_SEC: '4' });
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, 'failed its health check');
  assert.is((await health(ports[0] + OFFSET)).revision, 'rev-v2');
  const left = await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`, 'slipway.role=production'] } });
  assert.equal(left.map((c) => c.Labels['slipway.image']), [`${app}:v2`]);
});

deploy('a port held by a process that is no container of the app fails the deploy before anything starts', async () => {
  const squatter = net.createServer((s) => s.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok'));
  await new Promise<void>((resolve) => squatter.listen(ports[0], '127.0.0.1', resolve));
  try {
    const r = await cli('deploy', '--role', 'production', '--image', `${app}:v1`);
    assert.is(r.code, 1, r.stderr);
    assert.match(r.stderr, `port ${ports[0]} on 127.0.0.1 is in use by a process that is not a container`);
    const left = await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`, 'slipway.role=production'] } });
    assert.equal(left.map((c) => c.Labels['slipway.image']), [`${app}:v2`], 'nothing was created');
  } finally {
    await new Promise((resolve) => squatter.close(resolve));
  }
});

deploy('rollback goes back to the previous image', async () => {
  const r = await cli('rollback', '--role', 'production', '--json');
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.image, `${app}:v1`);
  assert.is((await health(r.json().result.url.split(':').pop())).revision, 'rev-v1');
});

deploy('an image that does not exist is bad usage and changes nothing', async () => {
  const r = await cli('deploy', '--role', 'canary', '--image', `${app}:nope`);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'is not on this Docker engine');
  const canaries = await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`, 'slipway.role=canary'] } });
  assert.is(canaries.length, 0);
});

deploy('status shows each container with role, image, health and memory', async () => {
  await cli('deploy', '--role', 'canary', '--image', `${app}:v2`);
  const r = await cli('status', '--json');
  assert.is(r.code, 0, r.stderr);
  const s = r.json().result;
  assert.is(s.proxy.url.startsWith('http://127.0.0.1:'), true);
  assert.is(s.proxy.running, false);
  const roles = s.containers.map((c: { role: string }) => c.role).sort();
  assert.equal(roles, ['canary', 'production']);
  for (const c of s.containers) {
    assert.is(c.health, 'healthy');
    assert.ok(c.memory.used > 0 && c.memory.limit === 128 * 1024 * 1024, JSON.stringify(c.memory));
  }
  assert.equal(s.history.production.map((d: { reason: string }) => d.reason), ['deploy', 'deploy', 'rollback']);
});

deploy('a dry run of down lists what it would remove; down removes it all', async () => {
  const dry = await cli('down', '--dry-run');
  assert.is(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, 'would remove');
  assert.is((await docker.listContainers({ filters: { label: [`slipway.app=${app}`] } })).length, 2);
  const r = await cli('down');
  assert.is(r.code, 0, r.stderr);
  assert.is((await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`] } })).length, 0);
});

deploy.run();

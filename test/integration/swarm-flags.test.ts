import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runCli } from '../support/cli';
import { docker, requireDocker } from '../support/docker';
import { tmpDir } from '../support/tmp';
import { BASE_IMAGE, sampleAppImage } from '../support/images';
import { loudly } from '../support/hooks';
import { startSwarmLab, type SwarmLab } from '../support/swarm-lab';
import { pollUntil } from '../../src/core/deadline';
import { freePort } from '../support/ports';

const test = suite('deploy.target "swarm": the toggle server and Redis as services on a real two-node swarm');

const app = `sf${Date.now().toString(36)}`;
const production = `${app}-production`;
const redisService = `${app}-redis`;
const flagsService = `${app}-flags`;
const network = `${app}-net`;
const volume = `${app}-redis-data`;
const PASSWORD = crypto.randomBytes(18).toString('hex');
const FLAGS_TOKEN = crypto.randomBytes(18).toString('hex');
// loopback, as on one host: slipway runs Redis on the swarm with this password
const env = { REDIS_URL: `redis://:${PASSWORD}@127.0.0.1:6379`, SLIPWAY_FLAGS_TOKEN: FLAGS_TOKEN };
let lab: SwarmLab;
let dir = '';
let flagsPort = 0;

const cli = (...args: string[]) => runCli([...args, '--app', dir], env);
const serviceNames = async () => (await docker.listServices()).map((s) => s.Spec?.Name ?? '').sort();
const appSecrets = async () => (await docker.listSecrets()).map((s) => s.Spec?.Name ?? '').filter((n) => n.startsWith(app));
const runningTasks = async (service: string) => (await docker.listTasks({ filters: { service: [service], 'desired-state': ['running'] } })).filter((t) => t.Status?.State === 'running');

/** Runs a node script in a throwaway container on the app's overlay (from the manager): its last line of output, parsed. */
function onOverlay(script: string, scriptEnv: Record<string, string> = {}): any {
  const envArgs = Object.keys(scriptEnv).flatMap((k) => ['-e', k]);
  const out = execFileSync('docker', ['run', '--rm', '--network', network, '--label', `slipway.app=${app}-probe`, ...envArgs, BASE_IMAGE, 'node', '-e', script], { encoding: 'utf8', timeout: 90_000, env: { ...process.env, ...scriptEnv } });
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** GET /newfeature of one task at its overlay address, until it answers `want` (at most 30 s): the statuses seen. */
function newfeatureOf(address: string, want: number): number[] {
  const script = `const http=require('http');const seen=[];const end=Date.now()+30000;const once=()=>http.get({host:${JSON.stringify(address)},port:3000,path:'/newfeature',timeout:3000},r=>{r.resume();next(r.statusCode)}).on('error',()=>next(0));const next=(s)=>{seen.push(s);if(s===${want}||Date.now()>end)console.log(JSON.stringify(seen));else setTimeout(once,250)};once()`;
  return onOverlay(script);
}

/** Redis commands over RESP from a container on the overlay, with and without the password: each reply as text. */
function redisSays(commands: string[][], withPassword: boolean): string[] {
  const script = `const net=require('net');const cmds=${JSON.stringify(commands)};if(process.env.PW)cmds.unshift(['AUTH',process.env.PW]);const enc=c=>'*'+c.length+'\\r\\n'+c.map(a=>'$'+Buffer.byteLength(a)+'\\r\\n'+a+'\\r\\n').join('');const s=net.connect(6379,${JSON.stringify(redisService)},()=>s.write(cmds.map(enc).join('')));let buf='';s.on('data',d=>{buf+=d;const lines=buf.split('\\r\\n').filter(l=>l&&!/^\\$\\d/.test(l));if(lines.length>=cmds.length){console.log(JSON.stringify(lines.slice(process.env.PW?1:0)));s.end()}});s.on('error',e=>console.log(JSON.stringify(['error '+e.message])))`;
  return onOverlay(script, withPassword ? { PW: PASSWORD } : {});
}

/** The production task on the worker node and its address on the overlay. */
async function workerTask(): Promise<{ address: string }> {
  const nodes = await docker.listNodes();
  const worker = nodes.find((n) => n.Spec?.Role === 'worker')!;
  const task = (await runningTasks(production)).find((t) => t.NodeID === worker.ID);
  assert.ok(task, 'a production task runs on the worker');
  const attachment = ((task as any).NetworksAttachments ?? []).find((a: { Network: { Spec: { Name: string } } }) => a.Network.Spec.Name === network);
  return { address: String(attachment.Addresses[0]).split('/')[0] };
}

async function toggleServer(method: string, p: string, body?: unknown): Promise<{ status: number; json: any }> {
  const r = await fetch(`http://127.0.0.1:${flagsPort}${p}`, { method, headers: { authorization: `Bearer ${FLAGS_TOKEN}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(5000) });
  return { status: r.status, json: await r.json().catch(() => null) };
}

test.before(loudly(async () => {
  await requireDocker();
  lab = await startSwarmLab(2);
  await sampleAppImage('slipway-swarm-flags-app:v1', '1.0.0');
  flagsPort = await freePort();
  dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app },
    stateDir: path.join(dir, 'state'),
    flags: { listen: `127.0.0.1:${flagsPort}` },
    deploy: { target: 'swarm', healthTimeoutSec: 20, healthIntervalMs: 500, drainTimeoutSec: 2, memoryMb: 128, swarm: { replicas: { production: 2, canary: 1 }, updateMonitorSec: 2, proxy: false } },
  }));
}));

test.after(loudly(async () => {
  try {
    await cli('down');
    await pollUntil(async () => !(await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`] } })).length, 30_000, 500);
    await docker.getVolume(volume).remove().catch(() => undefined);
  } finally {
    await lab?.teardown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}));

test('--dry-run plans the Redis secret and services without the password, and changes nothing', async () => {
  const r = await cli('deploy', '--role', 'production', '--image', 'slipway-swarm-flags-app:v1', '--dry-run');
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /"path": "\/secrets\/create"/);
  assert.match(r.stdout, new RegExp(`create the Redis service ${redisService}`));
  assert.match(r.stdout, new RegExp(`redis://:\\*\\*\\*@${redisService}:6379`), 'the roles are planned with slipway\'s Redis on the overlay');
  for (const text of [r.stdout, r.stderr]) {
    assert.not.ok(text.includes(PASSWORD), 'the password is printed nowhere');
    assert.not.ok(text.includes(Buffer.from(`requirepass ${PASSWORD}`).toString('base64').slice(4, 20)), 'nor its config in base64');
  }
  const flags = await cli('flags', 'up', '--dry-run');
  assert.is(flags.code, 0, flags.stderr);
  assert.match(flags.stdout, new RegExp(`create the toggle server service ${flagsService}`));
  assert.match(flags.stdout, /"SLIPWAY_FLAGS_TOKEN=\*\*\*"/);
  assert.not.ok((flags.stdout + flags.stderr).includes(FLAGS_TOKEN) || (flags.stdout + flags.stderr).includes(PASSWORD), 'no secret printed');
  assert.equal(await serviceNames(), []);
  assert.equal(await appSecrets(), []);
});

test('flags up on a swarm without SLIPWAY_FLAGS_TOKEN stops before it changes anything (exit 2)', async () => {
  const r = await runCli(['flags', 'up', '--app', dir], { ...env, SLIPWAY_FLAGS_TOKEN: undefined });
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, /need SLIPWAY_FLAGS_TOKEN/);
  assert.equal(await serviceNames(), []);
});

test('a deploy runs Redis as a service on the manager, never published, its password only in a Swarm secret', async () => {
  const r = await cli('deploy', '--role', 'production', '--image', 'slipway-swarm-flags-app:v1');
  assert.is(r.code, 0, r.stderr);
  assert.not.ok((r.stdout + r.stderr).includes(PASSWORD));
  const tasks = await runningTasks(production);
  assert.is(new Set(tasks.map((t) => t.NodeID)).size, 2, 'production tasks on both nodes');
  const redis = await docker.getService(redisService).inspect();
  const manager = (await docker.info()).Swarm.NodeID;
  assert.equal(redis.Spec.TaskTemplate.Placement.Constraints, [`node.id==${manager}`]);
  assert.equal(redis.Spec.EndpointSpec?.Ports ?? [], [], 'no host port');
  assert.is(redis.Spec.TaskTemplate.ContainerSpec.User, '999:999');
  assert.not.ok(JSON.stringify(redis).includes(PASSWORD), 'the password is not in the spec, its argv or labels');
  assert.is(redis.Spec.TaskTemplate.ContainerSpec.Mounts[0].Source, volume);
  const task = (await runningTasks(redisService))[0];
  const container = await docker.getContainer(task.Status.ContainerStatus.ContainerID).inspect();
  assert.is(container.Config.User, '999:999');
  assert.not.ok(JSON.stringify(container.Config).includes(PASSWORD));
  assert.equal(await appSecrets(), [redis.Spec.TaskTemplate.ContainerSpec.Secrets[0].SecretName]);
  // the password is asked for: without it Redis refuses
  assert.match(redisSays([['GET', 'x']], false)[0], /NOAUTH/);
  const role = (await docker.getService(production).inspect()).Spec.TaskTemplate.ContainerSpec.Env.find((e: string) => e.startsWith('REDIS_URL='));
  assert.is(role, `REDIS_URL=redis://:${PASSWORD}@${redisService}:6379`);
});

test('flags up runs the toggle server as a service on the overlay, its port published on the manager; again, it changes nothing', async () => {
  const redisVersion = (await docker.getService(redisService).inspect()).Version.Index;
  const r = await cli('flags', 'up', '--json');
  assert.is(r.code, 0, r.stderr);
  assert.is(r.json().result.redis, 'up', 'the toggle server reached Redis over the overlay');
  const health = await fetch(`http://127.0.0.1:${flagsPort}/health`);
  assert.is(health.status, 200);
  const spec = (await docker.getService(flagsService).inspect()).Spec;
  assert.equal(spec.EndpointSpec.Ports.map((p: { PublishedPort: number; PublishMode: string }) => [p.PublishedPort, p.PublishMode]), [[flagsPort, 'host']]);
  assert.not.ok(spec.TaskTemplate.ContainerSpec.Args.join(' ').includes(FLAGS_TOKEN), 'the token is not in argv');
  const again = await cli('flags', 'up', '--json');
  assert.is(again.code, 0, again.stderr);
  assert.is(again.json().result.changed, false);
  assert.is((await docker.getService(redisService).inspect()).Version.Index, redisVersion, 'Redis left as it was');
});

test('toggling myflag through the toggle server service turns /newfeature on in a production task on the worker', async () => {
  const { address } = await workerTask();
  assert.equal(newfeatureOf(address, 404).at(-1), 404);
  const w = await toggleServer('PUT', '/flags/myflag', { value: 'enable' });
  assert.is(w.status, 200, JSON.stringify(w.json));
  assert.equal(newfeatureOf(address, 200).at(-1), 200, 'the worker\'s task read the flag from Redis over the overlay');
});

test('Redis data survives a restart of the Redis service\'s task', async () => {
  assert.equal(redisSays([['SET', 'swarm-flags-marker', 'kept']], true), ['+OK']);
  const before = (await runningTasks(redisService))[0];
  await docker.getContainer(before.Status.ContainerStatus.ContainerID).kill();
  const restarted = await pollUntil(async () => (await runningTasks(redisService)).some((t) => t.ID !== before.ID), 60_000, 500);
  assert.ok(restarted, 'Swarm started a new Redis task');
  assert.equal(redisSays([['GET', 'swarm-flags-marker']], true), ['kept']);
  const flag = await pollUntil(async () => (await toggleServer('GET', '/flags/myflag').catch(() => ({ status: 0, json: null }))).json?.value === 'enable', 30_000, 500);
  assert.ok(flag, 'myflag is still enabled');
});

test('status shows the toggle server and Redis services with their tasks', async () => {
  const r = await cli('status', '--json');
  assert.is(r.code, 0, r.stderr);
  const s = r.json().result;
  const kinds = Object.fromEntries(s.services.map((x: { name: string; kind?: string }) => [x.name, x.kind]));
  assert.is(kinds[redisService], 'redis');
  assert.is(kinds[flagsService], 'flags');
  assert.ok(s.tasks.some((t: { service: string; state: string }) => t.service === redisService && t.state === 'running'));
  assert.ok(s.tasks.some((t: { service: string; state: string }) => t.service === flagsService && t.state === 'running'));
});

test('down leaves no service, secret or network of slipway behind; the Redis volume stays with the flags', async () => {
  const r = await cli('down');
  assert.is(r.code, 0, r.stderr);
  assert.equal((await serviceNames()).filter((n) => n !== 'slipway-registry'), []);
  assert.equal(await serviceNames(), [], 'slipway\'s registry went too: no app of slipway is left');
  assert.equal(await appSecrets(), []);
  const gone = async () => !(await docker.listNetworks()).some((n) => n.Name === network);
  assert.ok(await pollUntil(gone, 30_000, 500), 'the overlay network is gone');
  assert.ok(await docker.getVolume(volume).inspect(), 'the volume with Redis\'s data is kept, as host down keeps Redis\'s data');
});

test.run();

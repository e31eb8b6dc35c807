// Host faults: dockerd restarts (stopped, then started again exactly as `slipway provision` starts it) while an app
// container and slipway's proxy serve. Restarting the shared dockerd is allowed only under /tmp/slipway-it.lock, which
// the test runner holds for this whole file; the engine is left running with its original arguments.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Redis from 'ioredis';
import { loudly } from '../support/hooks';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { runCli } from '../support/cli';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { ensureBaseImage } from '../support/images';
import { steadyLoad } from '../support/steady-load';
import { pollUntil } from '../../src/core/deadline';
import { dockerdArgs, dockerdPid, rememberDockerd, type DockerdSnapshot } from '../support/dockerd';
import { dataDirOf } from '../../src/provision/redis-server';
import { redisAccount } from '../../src/provision/redis-user';

const restart = suite('dockerd restarts under live-restore (real dockerd)');

const TOKEN = 'dockerd-restart-token-1234';
const name = `dockerd-restart-${crypto.randomBytes(3).toString('hex')}`;
const label = `slipway.app=${name}`;
const app = `${name}-app`;
let appDir: string;
let appPort: number;
let listen: number;
let redisPort: number;
let flagsPort: number;
let engine: DockerdSnapshot;
const cli = (...args: string[]) => runCli(['--app', appDir, ...args], { SLIPWAY_ADMIN_TOKEN: TOKEN, REDIS_URL: undefined });
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const startedAt = async (container: string) => (await docker.getContainer(container).inspect()).State.StartedAt;

restart.before(loudly(async () => {
  await requireDocker();
  engine = rememberDockerd();
  [appPort, listen, redisPort, flagsPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  appDir = tmpDir('slipway-dockerd-restart-');
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name }));
  fs.writeFileSync(path.join(appDir, 'slipway.json'), JSON.stringify({
    stateDir: path.join(appDir, 'state'), images: { pull: false }, redis: { port: redisPort }, flags: { listen: `127.0.0.1:${flagsPort}` },
    provision: { dockerdArgs: engine.args },
    proxy: { listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${await freePort()}`, production: `http://127.0.0.1:${appPort}`, canary: 'none' },
  }));
  const server = `require('http').createServer((q, s) => s.end('app\\n')).listen(${appPort}, '127.0.0.1')`;
  const c = await docker.createContainer({
    name: app, Image: await ensureBaseImage(), Cmd: ['node', '-e', server], Labels: { 'slipway.app': name },
    HostConfig: { NetworkMode: 'host', RestartPolicy: { Name: 'unless-stopped' } },
  });
  await c.start();
  const base = await runCli(['base-image', '--no-pull', '--app', appDir]);
  assert.is(base.code, 0, base.stderr);
}));

restart.after(async () => {
  // whatever happened above, the engine runs again as it was found: its arguments, its daemon.json
  await engine.restore();
  await removeLabelled(label);
  const client = new Redis({ port: redisPort, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null });
  client.on('error', () => undefined);
  await client.connect().then(() => client.shutdown('NOSAVE')).catch(() => undefined);
  client.disconnect();
  fs.rmSync(`/etc/redis/slipway-${redisPort}.conf`, { force: true });
  for (const f of [`slipway-${redisPort}.rdb`, `slipway-${redisPort}-aof`, `slipway-${redisPort}.pid`]) fs.rmSync(path.join(dataDirOf('/etc/redis/redis.conf'), f), { recursive: true, force: true });
  fs.rmSync(appDir, { recursive: true, force: true });
});

restart('provision turns live-restore on by a reload (same dockerd process) and starts Redis as the redis user', async () => {
  const pid = dockerdPid();
  const wasOn = (await docker.info()).LiveRestoreEnabled;
  const r = await cli('provision', '--json');
  assert.is(r.code, 0, r.stderr);
  if (!wasOn) assert.ok(r.json().result.changed.some((c: string) => c.startsWith("turned on dockerd's live-restore")), r.stdout);
  assert.is((await docker.info()).LiveRestoreEnabled, true);
  assert.is(dockerdPid(), pid, 'reloaded, not restarted');
  const conf = fs.statSync(`/etc/redis/slipway-${redisPort}.conf`);
  const account = redisAccount()!;
  assert.is(conf.mode & 0o777, 0o600);
  assert.is(conf.uid, account.uid, 'the config belongs to the user Redis runs as');
  const client = new Redis({ port: redisPort, host: '127.0.0.1' });
  const info = await client.info('server').finally(() => client.disconnect());
  const redisPid = /process_id:(\d+)/.exec(info)![1];
  assert.match(fs.readFileSync(`/proc/${redisPid}/status`, 'utf8'), new RegExp(`^Uid:\\s+${account.uid}\\s`, 'm'), 'Redis does not run as root');
});

restart('the app container, the proxy and the toggle server keep serving while dockerd stops and provision starts it again', async () => {
  for (const service of ['proxy', 'flags']) {
    const up = await cli(service, 'up');
    assert.is(up.code, 0, up.stderr);
  }
  const [proxy, flags] = [`${name}-proxy`, `${name}-flags`];
  const before = { app: await startedAt(app), proxy: await startedAt(proxy), flags: await startedAt(flags) };
  const toggles = steadyLoad(`http://127.0.0.1:${flagsPort}`, { path: '/flags', concurrency: 1, max: 200_000 });
  const throughProxy = steadyLoad(`http://127.0.0.1:${listen}`, { concurrency: 2, max: 200_000 });
  const direct = steadyLoad(`http://127.0.0.1:${appPort}`, { concurrency: 2, max: 200_000 });
  assert.ok(await pollUntil(() => throughProxy.sent() > 100 && direct.sent() > 100, 10_000, 10));

  const pid = dockerdPid();
  process.kill(pid, 'SIGTERM');
  assert.ok(await pollUntil(() => !alive(pid), 60_000, 50), 'dockerd stopped');
  assert.not.ok(await docker.ping().then(() => true, () => false), 'no engine answers now');
  const sentWhileDown = throughProxy.sent();
  assert.ok(await pollUntil(() => throughProxy.sent() > sentWhileDown + 200, 10_000, 10), 'served while dockerd was down');
  const r = await cli('provision', '--json');
  assert.is(r.code, 0, r.stderr);
  assert.ok(r.json().result.changed.some((c: string) => c.startsWith('started the Docker engine')), r.stdout);
  assert.equal(dockerdArgs(), engine.args, 'started with the args it had');
  const sentAfter = throughProxy.sent();
  assert.ok(await pollUntil(() => throughProxy.sent() > sentAfter + 200, 10_000, 10));

  const [viaProxy, toApp, toFlags] = [await throughProxy.stop(), await direct.stop(), await toggles.stop()];
  console.log(`across the dockerd restart: ${viaProxy.failed} of ${viaProxy.sent} failed through the proxy, ${toApp.failed} of ${toApp.sent} to the app, ${toFlags.failed} of ${toFlags.sent} to the toggle server`);
  assert.is(viaProxy.failed, 0, `through the proxy: ${viaProxy.failed} of ${viaProxy.sent} failed ${JSON.stringify(viaProxy.failures)}`);
  assert.is(toApp.failed, 0, `to the app: ${toApp.failed} of ${toApp.sent} failed ${JSON.stringify(toApp.failures)}`);
  assert.is(toFlags.failed, 0, `to the toggle server: ${toFlags.failed} of ${toFlags.sent} failed ${JSON.stringify(toFlags.failures)}`);
  assert.equal({ app: await startedAt(app), proxy: await startedAt(proxy), flags: await startedAt(flags) }, before, 'the same processes ran throughout');
  for (const service of ['proxy', 'flags']) {
    const again = await cli(service, 'up', '--json');
    assert.is(again.code, 0, again.stderr);
    assert.is(again.json().result.changed, false, `the engine knows ${service} again: nothing to change`);
  }
});

restart.run();

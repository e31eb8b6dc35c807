import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Redis from 'ioredis';
import { runCli } from '../support/cli';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { requireDocker } from '../support/docker';
import { dataDirOf } from '../../src/provision/redis-server';
import { rememberDockerd, type DockerdSnapshot } from '../support/dockerd';

const provision = suite('slipway provision');

let port = 0;
let app = '';
let engine: DockerdSnapshot;

provision.before(async () => {
  await requireDocker();
  engine = rememberDockerd(); // provision turns on its live-restore
  port = await freePort();
  app = tmpDir();
  fs.writeFileSync(path.join(app, 'slipway.json'), JSON.stringify({ redis: { port } }));
});

provision.after(async () => {
  await engine.restore();
  const client = new Redis({ port, host: '127.0.0.1', password: 'pw-for-provision-test', lazyConnect: true, retryStrategy: () => null });
  client.on('error', () => undefined);
  await client.connect().then(() => client.shutdown('NOSAVE')).catch(() => undefined);
  client.disconnect();
  fs.rmSync(`/etc/redis/slipway-${port}.conf`, { force: true });
  for (const f of [`slipway-${port}.rdb`, `slipway-${port}-aof`, `slipway-${port}.pid`]) fs.rmSync(path.join(dataDirOf('/etc/redis/redis.conf'), f), { recursive: true, force: true });
});

const env = () => ({ REDIS_URL: `redis://:pw-for-provision-test@127.0.0.1:${port}` });

provision('a dry run shows what is missing and starts nothing', async () => {
  const r = await runCli(['provision', '--app', app, '--dry-run'], env());
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, `start redis-server on 127.0.0.1:${port}`);
  assert.match(r.stdout, 'would change');
  assert.not.match(r.stdout, 'pw-for-provision-test');
  assert.not.ok(fs.existsSync(`/etc/redis/slipway-${port}.conf`));
});

provision('the first run starts Redis on loopback with the password from REDIS_URL', async () => {
  const r = await runCli(['provision', '--app', app, '--json'], env());
  assert.is(r.code, 0, r.stderr);
  const { changed, unchanged } = r.json().result;
  assert.equal(changed.filter((c: string) => !c.startsWith("turned on dockerd's live-restore")), [`started Redis on 127.0.0.1:${port}`]);
  assert.ok(changed.length === 2 || /^Docker engine .* answers, live-restore on$/.test(unchanged[0]), r.stdout);
  assert.match(fs.readFileSync(`/etc/redis/slipway-${port}.conf`, 'utf8'), '\nrequirepass pw-for-provision-test\n', 'the password survives a restart');
  const conf = fs.statSync(`/etc/redis/slipway-${port}.conf`);
  assert.match(fs.readFileSync(`/etc/redis/slipway-${port}.conf`, 'utf8'), 'appendonly yes\nappendfsync always\n');
  assert.is(conf.mode & 0o777, 0o600, 'the config holds the password: owner-only');
  const open = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, enableReadyCheck: false });
  open.on('error', () => undefined);
  await open.connect();
  const refused = await open.ping().then(() => 'answered without a password', (err: Error) => err.message);
  assert.match(refused, 'NOAUTH');
  open.disconnect();
  assert.not.match(r.stdout + r.stderr, 'pw-for-provision-test');
});

provision('the second run changes nothing and says so', async () => {
  const r = await runCli(['provision', '--app', app], env());
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /^nothing to change: Docker engine .* answers, live-restore on; Redis .* answers on 127\.0\.0\.1:\d+/);
});

provision('a Redis that wants a password REDIS_URL does not give fails clearly', async () => {
  const r = await runCli(['provision', '--app', app], { REDIS_URL: `redis://127.0.0.1:${port}` });
  assert.is(r.code, 1);
  assert.match(r.stderr, 'asks for a password');
});

provision.run();

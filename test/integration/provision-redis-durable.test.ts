import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Redis from 'ioredis';
import { runCli } from '../support/cli';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { requireDocker } from '../support/docker';
import { createFlagStore } from '../../sdk/flags/store';
import { dataDirOf } from '../../src/provision/redis-server';

const upgrade = suite('slipway provision brings a Redis of an older slipway (snapshots only) to an fsync\'d AOF, data kept');

let port = 0;
let app = '';
let conf = '';
const dataDir = dataDirOf('/etc/redis/redis.conf');
const origin = { actor: 'test', source: 'cli' };

/** What provision wrote before AOF: Debian's base, loopback, daemonized, a per-port snapshot. */
const oldConfig = (p: number) => [
  '# written by slipway provision', ...(fs.existsSync('/etc/redis/redis.conf') ? ['include /etc/redis/redis.conf'] : []),
  'bind 127.0.0.1', `port ${p}`, 'protected-mode yes', 'daemonize yes', 'supervised no', `pidfile /var/run/redis-slipway-${p}.pid`,
  `logfile ${fs.existsSync('/var/log/redis') ? `/var/log/redis/slipway-${p}.log` : '""'}`, `dbfilename slipway-${p}.rdb`,
].join('\n') + '\n';

const client = () => {
  const c = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, retryStrategy: () => null });
  c.on('error', () => undefined);
  return c;
};

upgrade.before(async () => {
  await requireDocker();
  port = await freePort();
  app = tmpDir();
  conf = `/etc/redis/slipway-${port}.conf`;
  fs.writeFileSync(path.join(app, 'slipway.json'), JSON.stringify({ redis: { port } }));
  fs.writeFileSync(conf, oldConfig(port), { mode: 0o600 });
  assert.is(spawnSync('redis-server', [conf]).status, 0); // an older slipway ran it as root
});

upgrade.after(async () => {
  const c = client();
  await c.shutdown('NOSAVE').catch(() => undefined);
  c.disconnect();
  for (const f of [conf, `${dataDir}/slipway-${port}.rdb`, `${dataDir}/slipway-${port}-aof`, `/var/log/redis/slipway-${port}.log`]) fs.rmSync(f, { recursive: true, force: true });
  fs.rmSync(app, { recursive: true, force: true });
});

upgrade('provision restarts it once with the rewritten config, keeps its flags, and a later kill -9 loses nothing', async () => {
  let c = client();
  await eventuallyAnswers(c);
  const store = createFlagStore(c, 'upgrade');
  await store.set('myflag', 'enable', origin);
  await store.set('limit', 5, origin);
  assert.equal(await c.config('GET', 'appendonly'), ['appendonly', 'no']);
  c.disconnect();

  const r = await runCli(['provision', '--app', app, '--json']);
  assert.is(r.code, 0, r.stderr);
  assert.equal(r.json().result.changed, [`restarted Redis on 127.0.0.1:${port} with a rewritten ${conf} as user redis (it ran as root): every write fsync'd to slipway-${port}-aof/slipway-${port}.aof (its snapshot loaded first)`]);
  assert.match(fs.readFileSync(conf, 'utf8'), /appendonly yes\nappendfsync always\nappendfilename slipway-\d+\.aof\nappenddirname slipway-\d+-aof\n/);

  c = client();
  assert.equal(await c.config('GET', 'appendonly'), ['appendonly', 'yes']);
  assert.equal(await c.config('GET', 'appendfsync'), ['appendfsync', 'always']);
  assert.is(await c.hget('slipway:flags:{upgrade}', 'limit'), '5', 'the snapshot was loaded before the AOF was turned on');
  await createFlagStore(c, 'upgrade').toggle('myflag', origin);
  const pid = Number((await c.info('server')).match(/process_id:(\d+)/)![1]);
  c.disconnect();
  process.kill(pid, 'SIGKILL');
  await new Promise((res) => setTimeout(res, 200));
  assert.is(spawnSync('runuser', ['-u', 'redis', '--', 'redis-server', conf]).status, 0); // as provision starts it: user redis
  c = client();
  await eventuallyAnswers(c);
  assert.equal(await c.hgetall('slipway:flags:{upgrade}'), { myflag: '"disable"', limit: '5', '@version': '3' });
  c.disconnect();

  const again = await runCli(['provision', '--app', app]);
  assert.is(again.code, 0, again.stderr);
  assert.match(again.stdout, /^nothing to change: .*Redis .* answers on 127\.0\.0\.1:\d+, every write fsync'd to its AOF/);
});

async function eventuallyAnswers(c: Redis): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await c.ping().then(() => true, () => false)) return;
    await new Promise((res) => setTimeout(res, 50));
    if (c.status === 'end') await c.connect().catch(() => undefined);
  }
  throw new Error(`Redis on ${port} never answered`);
}

upgrade.run();

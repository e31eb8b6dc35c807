import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { provisionPlan, redisConfPath, type HostState } from '../../src/provision/provision';
import { aofNames, redisConfig, type RedisPersistence } from '../../src/provision/redis-server';
import type { Context } from '../../src/core/context';

const plan = suite('provision: what it does to a Redis whose persistence is outdated');

const PORT = 6399;
const CONF = redisConfPath(PORT);
// the inputs provisionPlan reads: the Redis address and the (absent) REDIS_URL
const ctx = { config: { redis: { bind: '127.0.0.1', port: PORT }, provision: { dockerdArgs: [] } }, secrets: { get: () => undefined } } as unknown as Context;
const ours = redisConfig({ bind: '127.0.0.1', port: PORT, dir: '/var/lib/redis' });

function host(persistence: Partial<RedisPersistence> | undefined, over: Partial<HostState> = {}): HostState {
  return {
    facts: { os: 'debian', debianLike: true, root: true, systemd: false }, dockerInstalled: true, dockerAnswers: true, dockerVersion: '27', redisInstalled: true,
    redis: { answers: true, needsPassword: false, openWithoutPassword: false, version: '7.0.15', persistence: persistence && { appendonly: 'yes', appendfsync: 'always', aof: aofNames(PORT), configFile: CONF, ...persistence } },
    redisConf: ours, redisRdbWithoutAof: false, ...over,
  };
}

const steps = (s: HostState) => provisionPlan(ctx, s).actions.map((a) => (a.kind === 'shell' ? (a.detail.argv as string[]).join(' ') : a.summary.split(' (')[0]));

plan('up to date: nothing to do', () => {
  assert.equal(steps(host({})), []);
  assert.match(provisionPlan(ctx, host({})).unchanged.join(), "every write fsync'd to its AOF");
});

plan("an older slipway's Redis (snapshots, shared AOF names): saved, restarted with the rewritten config, snapshot loaded, then AOF on", () => {
  const s = host({ appendonly: 'no', appendfsync: 'everysec', aof: { filename: 'appendonly.aof', dirname: 'appendonlydir' } }, { redisConf: 'old' });
  assert.equal(steps(s), [
    `save a snapshot of Redis on 127.0.0.1:${PORT} and stop it`, `rewrite ${CONF}`, `redis-server ${CONF} --appendonly no`,
    `wait until Redis answers on 127.0.0.1:${PORT}`, `turn on the AOF`,
  ]);
});

plan('our names but AOF turned off at runtime: turned on live, no restart', () => {
  assert.equal(steps(host({ appendonly: 'no' })), ['turn on the AOF']);
  assert.equal(steps(host({ appendfsync: 'everysec' }, { redisConf: 'stale' })), ['turn on the AOF', `rewrite ${CONF}`]);
});

plan("a Redis from somebody else's config: AOF on live, and a note to fix that file", () => {
  const r = provisionPlan(ctx, host({ appendonly: 'no', configFile: '/etc/redis/redis.conf' }));
  assert.equal(r.actions.map((a) => a.summary.split(' (')[0]), ['turn on the AOF']);
  assert.match(r.changed.join('\n'), 'runs from /etc/redis/redis.conf, not slipway\'s');
});

plan('not root: an outdated Redis is reported, not touched', () => {
  const r = provisionPlan(ctx, host({ appendonly: 'no' }, { facts: { os: 'debian', debianLike: true, root: false, systemd: false } }));
  assert.equal(r.actions, []);
  assert.match(r.unchanged.join(), 'sudo slipway provision');
});

plan('a stopped Redis with a snapshot but no AOF starts with AOF off, then turns it on (else it would start empty)', () => {
  const s = host(undefined, { redis: { answers: false, needsPassword: false, openWithoutPassword: false }, redisRdbWithoutAof: true });
  assert.equal(steps(s).slice(1), [`redis-server ${CONF} --appendonly no`, `wait until Redis answers on 127.0.0.1:${PORT}`, 'turn on the AOF']);
  assert.equal(steps({ ...s, redisRdbWithoutAof: false }).slice(1), [`redis-server ${CONF}`, `wait until Redis answers on 127.0.0.1:${PORT}`]);
});

plan('the config names its data dir, so no dump or AOF lands where provision happened to run', () => {
  const lines = ours.split('\n');
  assert.ok(lines.includes('dir /var/lib/redis'), ours);
  assert.not.ok(lines.some((l) => l.startsWith('include ')), 'the config is whole: a base file may not exist yet on a fresh host');
  assert.ok(lines.includes('appendfsync always'));
});

plan.run();

import { suite } from 'uvu';
import { dockerdPlan, type DockerdState } from '../../src/provision/dockerd';
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
    facts: { os: 'debian', debianLike: true, root: true, systemd: false }, dockerInstalled: true, dockerd: { answers: true, version: '27', liveRestore: true }, redisInstalled: true,
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

const REDIS = { uid: 102, gid: 105 };

plan('as root with a redis account, Redis starts as that user, its files (the 0600 config included) given to it', () => {
  const s = host(undefined, { redis: { answers: false, needsPassword: false, openWithoutPassword: false }, redisAccount: REDIS });
  assert.equal(steps(s), [`write ${CONF}`, "give Redis's files to user redis", `runuser -u redis -- redis-server ${CONF}`, `wait until Redis answers on 127.0.0.1:${PORT}`]);
  assert.equal(provisionPlan(ctx, s).actions[0].detail.mode, '600');
});

plan('our Redis running as root is restarted once as the redis user, its AOF loaded again', () => {
  const s = host({}, { redisAccount: REDIS, redisRunsAsRoot: true });
  assert.equal(steps(s), [`save a snapshot of Redis on 127.0.0.1:${PORT} and stop it`, `rewrite ${CONF}`, "give Redis's files to user redis", `runuser -u redis -- redis-server ${CONF}`, `wait until Redis answers on 127.0.0.1:${PORT}`]);
  assert.match(provisionPlan(ctx, s).changed.join(), 'as user redis (it ran as root)');
  assert.equal(steps(host({}, { redisAccount: REDIS, redisRunsAsRoot: false })), []);
});

plan('the password from REDIS_URL is in the config file, so a restart keeps it', () => {
  assert.match(redisConfig({ bind: '127.0.0.1', port: PORT, dir: '/var/lib/redis', password: 'pw-0123456789abcdef' }), '\nrequirepass pw-0123456789abcdef\n');
  const withPassword = { ...ctx, secrets: { get: (n: string) => (n === 'REDIS_URL' ? 'redis://:pw-0123456789abcdef@127.0.0.1:6399' : undefined) } } as unknown as Context;
  const r = provisionPlan(withPassword, host({}, { redis: { answers: true, needsPassword: false, openWithoutPassword: true, persistence: { appendonly: 'yes', appendfsync: 'always', aof: aofNames(PORT), configFile: CONF } } }));
  assert.equal(r.actions.map((a) => a.summary.split(' (')[0]), [`set the Redis password from REDIS_URL on 127.0.0.1:${PORT}`, `rewrite ${CONF}`]);
});

const dockerd = suite('provision: dockerd with live-restore');
const facts = { os: 'debian', debianLike: true, root: true, systemd: false };
const withArgs = (dockerdArgs: string[]) => ({ ...ctx, config: { ...ctx.config, provision: { dockerdArgs } } }) as unknown as Context;
const dsteps = (c: Context, state: DockerdState) => dockerdPlan(c, facts, state).actions.map((a) => (a.kind === 'shell' ? (a.detail.argv as string[]).join(' ') : a.summary.split(' (')[0]));

dockerd('a dockerd that is not running is started with --live-restore (unless the args or daemon.json decide)', () => {
  assert.equal(dsteps(withArgs(['--bridge=none']), { answers: false }), ['dockerd --bridge=none --live-restore', 'wait until the Docker engine answers']);
  assert.equal(dsteps(withArgs(['--live-restore=false']), { answers: false })[0], 'dockerd --live-restore=false');
  assert.equal(dsteps(withArgs([]), { answers: false, daemonJson: { 'live-restore': true } })[0], 'dockerd', 'a flag beside the same key would stop dockerd from starting');
});

dockerd('a running dockerd without live-restore gets it in daemon.json (other keys kept) and a reload, not a restart', () => {
  const plan = dockerdPlan(withArgs([]), facts, { answers: true, version: '27', liveRestore: false, daemonJson: { 'log-level': 'warn' } });
  assert.equal(plan.actions.map((a) => a.summary.split(' (')[0]), ['set "live-restore": true in /etc/docker/daemon.json', "reload dockerd's configuration", 'wait until dockerd reports live-restore on']);
  assert.equal(JSON.parse(String(plan.actions[0].input!(new Map()))), { 'log-level': 'warn', 'live-restore': true });
});

dockerd('live-restore on, turned off on purpose, or daemon.json not JSON: nothing is changed', () => {
  assert.equal(dsteps(withArgs([]), { answers: true, version: '27', liveRestore: true }), []);
  assert.match(dockerdPlan(withArgs([]), facts, { answers: true, version: '27', liveRestore: false, runningArgs: ['--live-restore=false'] }).unchanged.join(), 'live-restore is off (--live-restore=false)');
  assert.equal(dsteps(withArgs([]), { answers: true, version: '27', liveRestore: false, daemonJson: 'unreadable' }), []);
  assert.equal(dsteps(withArgs([]), { answers: true, version: '27', liveRestore: false, daemonJson: { 'live-restore': false } }), []);
});

dockerd('a swarm node keeps live-restore off: swarm mode refuses it', () => {
  const plan = dockerdPlan(withArgs([]), facts, { answers: true, version: '27', liveRestore: false, swarm: true });
  assert.equal(plan.actions, []);
  assert.match(plan.unchanged.join(), 'as swarm mode needs');
});

dockerd.run();
plan.run();

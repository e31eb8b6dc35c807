// `slipway provision`: the seed's "configure a production environment automatically" and its start_redis.sh —
// installs and starts what is missing (Docker engine, Redis on loopback), and changes nothing that is already right.
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { inProcess, shell, writeFile } from '../core/actions';
import { dockerdPlan, observeDockerd, type DockerdState } from './dockerd';
import { hostFacts, which, type HostFacts } from './machine';
import * as fs from 'node:fs';
import { aofNames, dataDirOf, enableAof, isDurable, probeRedis, rdbWithoutAof, redisConfig, redisLogFile, setRedisPassword, shutdownSaving, type RedisProbe } from './redis-server';
import { StepFailed } from '../core/errors';
import { giveToRedis, redisAccount, runsAsRoot, REDIS_USER, type Account } from './redis-user';
import { passwordOfUrl } from '../core/secrets';
import { waitFor } from '../core/deadline';

const DEBIAN_REDIS_CONF = '/etc/redis/redis.conf';

export interface HostState {
  facts: HostFacts;
  dockerInstalled: boolean;
  dockerd: DockerdState;
  redisInstalled: boolean;
  redis: RedisProbe;
  /** What our config file for this port holds now, if there is one. */
  redisConf?: string;
  /** A snapshot of this port's Redis on disk but no AOF yet (a Redis of an older slipway). */
  redisRdbWithoutAof: boolean;
  /** The account Redis runs as (Debian's package creates it), and whether the running one runs as root instead. */
  redisAccount?: Account;
  redisRunsAsRoot?: boolean;
}

export interface ProvisionResult {
  dryRun: boolean;
  changed: string[];
  unchanged: string[];
}

/** One config file per Redis port, so a second Redis (tests, other apps) does not overwrite the first's. */
export function redisConfPath(port: number): string {
  return `/etc/redis/slipway-${port}.conf`;
}

export const provisionCommand: SlipwayCommand = {
  command: 'provision',
  describe: 'Install and start what the host is missing: Docker engine (docker.io) and Redis (redis-server on loopback)',
  // the Redis password it sets comes from REDIS_URL
  secrets: ['REDIS_URL'],
  changesState: true,
  examples: [['sudo slipway provision', 'make this Debian/Ubuntu host ready'], ['slipway provision --dry-run', 'show what it would change']],
  run: (ctx) => provision(ctx),
  render: (r: ProvisionResult) => renderProvision(r),
};

function renderProvision(r: ProvisionResult): string {
  if (!r.changed.length) return `nothing to change: ${r.unchanged.join('; ')}`;
  const list = (items: string[]) => items.map((c) => `  - ${c}`).join('\n');
  return `${r.dryRun ? 'would change' : 'changed'}:\n${list(r.changed)}${r.unchanged.length ? `\nalready right:\n${list(r.unchanged)}` : ''}`;
}

export async function provision(ctx: Context): Promise<ProvisionResult> {
  const state = await observeHost(ctx);
  const { actions, changed, unchanged } = provisionPlan(ctx, state);
  await ctx.executor.execute(actions);
  return { dryRun: ctx.dryRun, changed, unchanged };
}

export async function observeHost(ctx: Context): Promise<HostState> {
  const facts = hostFacts();
  const redis = await probeRedis(ctx.config.redis.bind, ctx.config.redis.port, ctx.secrets.get('REDIS_URL'));
  return {
    facts,
    dockerInstalled: Boolean(which('dockerd')),
    dockerd: await observeDockerd(ctx),
    redisInstalled: Boolean(which('redis-server')),
    redis,
    redisAccount: redisAccount(),
    redisRunsAsRoot: runsAsRoot(redis.pid),
    redisConf: readIfThere(redisConfPath(ctx.config.redis.port)),
    redisRdbWithoutAof: rdbWithoutAof(dataDirOf(DEBIAN_REDIS_CONF), ctx.config.redis.port),
  };
}

/** Pure: what must happen to bring the host from `state` to ready. */
export function provisionPlan(ctx: Context, state: HostState): { actions: Action[]; changed: string[]; unchanged: string[] } {
  const actions: Action[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  const packages = [...(state.dockerInstalled ? [] : ['docker.io']), ...(state.redisInstalled ? [] : ['redis-server'])];
  const needsStart = !state.dockerd.answers || !state.redis.answers;

  if ((packages.length || needsStart) && !(state.facts.debianLike && state.facts.root)) {
    throw new StepFailed(
      `this host is missing ${describeMissing(state)} and slipway installs only on Debian/Ubuntu as root (here: ${state.facts.os}${state.facts.root ? '' : ', not root'})`,
      'install and start them yourself: Docker Engine (https://docs.docker.com/engine/install/) and Redis bound to 127.0.0.1 — or run `sudo slipway provision` on Debian/Ubuntu',
    );
  }
  if (packages.length) {
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    actions.push(shell('refresh the package lists', ['apt-get', 'update', '-qq'], { env, timeoutMs: 300_000 }));
    actions.push(shell(`install ${packages.join(', ')}`, ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages], { env, timeoutMs: 600_000 }));
    changed.push(`installed ${packages.join(', ')}`);
  }

  const dockerd = dockerdPlan(ctx, state.facts, state.dockerd);
  actions.push(...dockerd.actions);
  changed.push(...dockerd.changed);
  unchanged.push(...dockerd.unchanged);

  const redis = redisPlan(ctx, state);
  return { actions: [...actions, ...redis.actions], changed: [...changed, ...redis.changed], unchanged: [...unchanged, ...redis.unchanged] };
}

function redisPlan(ctx: Context, state: HostState): { actions: Action[]; changed: string[]; unchanged: string[] } {
  const { config } = ctx;
  const actions: Action[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  const password = passwordOfUrl(ctx.secrets.get('REDIS_URL'));
  const { bind, port } = config.redis;
  const where = `${bind}:${port}`;
  const REDIS_CONF = redisConfPath(port);
  const dir = dataDirOf(DEBIAN_REDIS_CONF);
  const ours = redisConfig({ bind, port, password, dir });
  // as root, Redis runs as its own account, which then owns its files (the config included: mode 0600, its password)
  const account = state.facts.root ? state.redisAccount : undefined;
  const own = account ? [giveToRedis(account, { conf: REDIS_CONF, dir, port, logfile: redisLogFile(port) })] : [];
  const writeConf = (what: string, content: string) => [writeFile(`${what} ${REDIS_CONF} (loopback ${where}, AOF with appendfsync always${password ? ', the password from REDIS_URL' : ''}), mode 600`, REDIS_CONF, () => content, 0o600), ...own];
  const start = (loadSnapshotFirst: boolean) => startRedis(ctx, REDIS_CONF, loadSnapshotFirst, Boolean(account));
  if (!state.redis.answers) {
    actions.push(...writeConf('write', ours), ...start(state.redisRdbWithoutAof));
    changed.push(`started Redis on ${where}`);
    return { actions, changed, unchanged };
  }
  if (state.redis.needsPassword) {
    throw new StepFailed(`Redis on ${where} asks for a password that REDIS_URL does not give`, 'set REDIS_URL=redis://:PASSWORD@127.0.0.1:6379 in the environment');
  }
  if (password && state.redis.openWithoutPassword) {
    actions.push(inProcess('redis', `set the Redis password from REDIS_URL on ${where}`, { redis: where, command: ['CONFIG', 'SET', 'requirepass', '<the password of REDIS_URL>'] }, () => setRedisPassword(bind, port, password)));
    changed.push(`set the Redis password on ${where}`);
  }
  const p = state.redis.persistence;
  const mine = p?.configFile === REDIS_CONF;
  if (password && state.redis.openWithoutPassword && !mine) changed.push(`note: Redis on ${where} runs from ${p?.configFile || 'no config file'}, not slipway's: put requirepass there too, or a restart drops the password`);
  const names = aofNames(port);
  const oldAofNames = mine && (p.aof.filename !== names.filename || p.aof.dirname !== names.dirname);
  const asRoot = mine && Boolean(account) && state.redisRunsAsRoot === true;
  if (!p) {
    unchanged.push(`Redis on ${where} does not let us read its config (CONFIG GET): make sure it runs with appendonly yes and appendfsync always`);
  } else if (mine && !state.facts.root && (!isDurable(p) || state.redisConf !== ours)) {
    unchanged.push(`Redis on ${where} runs from an outdated ${REDIS_CONF} (not every write fsync'd): run \`sudo slipway provision\` to bring it up to date`);
  } else if (oldAofNames || asRoot) {
    // a Redis of an older slipway: its AOF names (fixed while it runs) would be shared with other ports, or it runs as
    // root; so it restarts once: snapshot saved, loaded again (then the per-port AOF written from it)
    actions.push(inProcess('redis', `save a snapshot of Redis on ${where} and stop it`, { redis: where, command: ['SHUTDOWN', 'SAVE'] }, () => shutdownSaving(bind, port, password)));
    actions.push(...writeConf('rewrite', ours), ...start(oldAofNames));
    changed.push(`restarted Redis on ${where} with a rewritten ${REDIS_CONF}${asRoot ? ` as user ${REDIS_USER} (it ran as root)` : ''}: every write fsync'd to ${names.dirname}/${names.filename}${oldAofNames ? ' (its snapshot loaded first)' : ''}`);
  } else {
    if (!isDurable(p)) {
      actions.push(aofOn(ctx));
      changed.push(`turned on the AOF with appendfsync always on ${where} (live, no restart)`);
    }
    if (mine && state.redisConf !== ours) {
      actions.push(...writeConf('rewrite', ours));
      changed.push(`rewrote ${REDIS_CONF} (it was outdated)`);
    } else if (!mine && !isDurable(p)) {
      changed.push(`note: Redis on ${where} runs from ${p.configFile || 'no config file'}, not slipway's: set appendonly yes and appendfsync always there too, or a restart turns the AOF off again`);
    }
  }
  if (!changed.length && !unchanged.length) unchanged.push(`Redis ${state.redis.version ?? ''} answers on ${where}, every write fsync'd to its AOF`.replace('  ', ' '));
  return { actions, changed, unchanged };
}

const aofOn = (ctx: Context): Action => {
  const { bind, port } = ctx.config.redis;
  return inProcess('redis', `turn on the AOF (appendfsync always) of Redis on ${bind}:${port}, live, and wait until it is written`, { redis: `${bind}:${port}`, command: ['CONFIG', 'SET', 'appendonly', 'yes'] }, () => enableAof(bind, port, passwordOfUrl(ctx.secrets.get('REDIS_URL'))));
};

/** loadSnapshotFirst: started with AOF on, Redis 7 would ignore its snapshot; so it starts without and turns the AOF on live. */
function startRedis(ctx: Context, conf: string, loadSnapshotFirst: boolean, asRedisUser: boolean): Action[] {
  const { bind, port } = ctx.config.redis;
  const where = `${bind}:${port}`;
  const argv = ['redis-server', conf, ...(loadSnapshotFirst ? ['--appendonly', 'no'] : [])];
  return [
    asRedisUser ? shell(`start redis-server on ${where} as user ${REDIS_USER}`, ['runuser', '-u', REDIS_USER, '--', ...argv]) : shell(`start redis-server on ${where}`, argv),
    inProcess('check', `wait until Redis answers on ${where}`, { probe: { redis: where }, until: 'PING answers', timeoutMs: 15_000, intervalMs: 200 }, (d) =>
      waitFor(`Redis on ${where}`, async () => (await probeRedis(bind, port, ctx.secrets.get('REDIS_URL'))).answers, Number(d.timeoutMs), undefined, Number(d.intervalMs))),
    ...(loadSnapshotFirst ? [aofOn(ctx)] : []),
  ];
}

function readIfThere(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function describeMissing(state: HostState): string {
  const missing: string[] = [];
  if (!state.dockerd.answers) missing.push(state.dockerInstalled ? 'a running Docker engine' : 'Docker engine');
  if (!state.redis.answers) missing.push(state.redisInstalled ? 'a running Redis' : 'Redis');
  return missing.join(' and ');
}

// Redis on a swarm: a REDIS_URL naming another host is the user's Redis, used as it is; otherwise (unset, or loopback as
// on one host) slipway runs Redis as the service <app>-redis pinned to the manager, its data on a named volume, reached
// by the roles and the toggle server over the overlay, never published. Its config (with REDIS_URL's password as
// requirepass) is a Swarm secret, so the password is in no spec, argv, label or log; it runs as a non-root user.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import type Docker from 'dockerode';
import type { Context } from '../core/context';
import type { Action, Done } from '../core/plan';
import { dockerCall } from '../core/actions';
import { UsageError } from '../core/errors';
import { LABEL } from '../core/labels';
import { passwordOfUrl } from '../core/secrets';
import { dockerRequest } from '../core/performer';
import { imageExists } from '../build/base-image';
import { redisConfig } from '../provision/redis-server';
import { observed } from '../deploy/deploy';
import { networkName, readService, type Manager, type ServiceSpec } from './cluster';
import { importOfflineImage } from './offline-image';
import { applySpec, rolledOut } from './rollout-wait';

const REDIS_BINARY = '/usr/bin/redis-server';
/** The account Redis runs as inside its image (Debian's redis user has no fixed uid; this one is the image's own). */
export const REDIS_UID = 999;
const DATA_DIR = '/var/lib/redis';
const CONFIG_FILE = 'redis.conf';
const SECRET_ID = 'redis-config-secret';
const CONFIG_COMPONENT = 'redis-config';

export const redisServiceName = (app: string): string => `${app}-redis`;
export const redisVolumeName = (app: string): string => `${app}-redis-data`;

export interface SwarmRedis {
  /** What the roles and the toggle server get as REDIS_URL. */
  url: string;
  /** slipway runs it (the service), or the user's Redis. */
  ours: boolean;
  actions: Action[];
}

/** REDIS_URL naming loopback (or unset) means slipway's own Redis, as on one host; any other host is the user's. */
export function isOwnRedis(redisUrl: string | undefined): boolean {
  if (!redisUrl) return true;
  try {
    const host = new URL(redisUrl).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/** Where Redis is for the tasks, and (for slipway's Redis) the actions that make its service ready first. */
export async function swarmRedis(ctx: Context, manager: Manager): Promise<SwarmRedis> {
  const given = ctx.secrets.get('REDIS_URL');
  if (!isOwnRedis(given)) return { url: given!, ours: false, actions: [] };
  const { config } = ctx;
  const name = redisServiceName(config.app.name);
  const url = new URL(given ?? 'redis://127.0.0.1');
  url.username = '';
  url.hostname = name;
  url.port = String(config.redis.port);
  checkConfigPassword(passwordOfUrl(given));
  if (!passwordOfUrl(given)) {
    ctx.log.warn(`REDIS_URL gives no password, so slipway's Redis (${name}) on the swarm has none: any container on ${networkName(config)} reaches it; set REDIS_URL=redis://:PASSWORD@127.0.0.1:${config.redis.port} to give it one`);
  }
  return { url: url.toString(), ours: true, actions: await redisServiceActions(ctx, manager, passwordOfUrl(given)) };
}

/** The password goes into a config line: one visible word without quotes or backslashes, so it cannot add another line. */
export function checkConfigPassword(password: string | undefined): void {
  if (password !== undefined && !/^[\x21-\x7e]+$/.test(password.replace(/["'\\]/g, ' '))) {
    throw new UsageError('the password of REDIS_URL holds a space, a quote, a backslash or a character outside visible ASCII, which a Redis config line cannot carry as one word',
      'make one with `openssl rand -hex 24` and set REDIS_URL=redis://:PASSWORD@127.0.0.1:6379');
  }
}

/** The Redis service, made or updated only when its spec (image, config secret, network) changed. */
async function redisServiceActions(ctx: Context, manager: Manager, password: string | undefined): Promise<Action[]> {
  const { config } = ctx;
  const docker = ctx.docker();
  const app = config.app.name;
  const name = redisServiceName(app);
  const actions: Action[] = [];
  const image = await redisImage(ctx, actions);
  const text = swarmRedisConfig(config.redis.port, password);
  // the secret's name carries a digest of its content: a new password is a new secret, and so a new spec
  const secretName = `${name}-config-${crypto.createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
  const secrets = await observed(ctx, () => docker.listSecrets({ filters: { label: [`${LABEL.app}=${app}`, `${LABEL.component}=${CONFIG_COMPONENT}`] } }), []);
  const existing = secrets.find((s) => s.Spec?.Name === secretName);
  const spec = redisServiceSpec(ctx, manager, image, secretName);
  const current = await observed(ctx, () => readService(docker, name), null);
  if (existing && current?.Spec.Labels[LABEL.specHash] === spec.Labels[LABEL.specHash]) return [];
  if (!existing) actions.push(createSecret(() => ctx.docker(), app, secretName, text));
  const secretId = existing?.ID;
  const apply = applySpec(() => ctx.docker(), spec, current, `${current ? 'update' : 'create'} the Redis service ${name} (on ${networkName(config)} at ${name}:${config.redis.port}, not published; data on the volume ${redisVolumeName(app)}, pinned to the manager, user ${REDIS_UID})`);
  const withId = (body: unknown, done: Done) => withSecretId(body as ServiceSpec, String(secretId ?? done.get(SECRET_ID)));
  actions.push(
    { ...apply, detail: { ...apply.detail, body: withSecretId(spec, secretId ?? `<the id of ${secretName}, created above>`) }, run: (d, done) => apply.run!({ ...d, body: withId(d.body, done) }, done) },
    rolledOut(() => ctx.docker(), name, image, 1, 60_000),
    // a config it no longer uses (an earlier password): gone once its old task has stopped
    ...secrets.filter((s) => s.Spec?.Name !== secretName).map((s) => dockerCall(`remove the Swarm secret ${s.Spec?.Name} (an earlier Redis config)`, { method: 'DELETE', path: `/secrets/${s.ID}`, ok: [404], retry: { when: 'in use', times: 60, pauseMs: 500 } })),
  );
  return actions;
}

export function redisServiceSpec(ctx: Context, manager: Manager, image: string, secretName: string): ServiceSpec {
  const { config } = ctx;
  const app = config.app.name;
  const labels = { [LABEL.app]: app, [LABEL.service]: 'redis' };
  const spec: ServiceSpec = {
    Name: redisServiceName(app),
    Labels: { ...labels },
    TaskTemplate: {
      ContainerSpec: {
        Image: image,
        Command: [REDIS_BINARY, `/run/secrets/${CONFIG_FILE}`],
        User: `${REDIS_UID}:${REDIS_UID}`,
        Labels: labels,
        Mounts: [{ Type: 'volume', Source: redisVolumeName(app), Target: DATA_DIR, VolumeOptions: { Labels: { [LABEL.app]: app } } }],
        Secrets: [{ SecretID: '', SecretName: secretName, File: { Name: CONFIG_FILE, UID: String(REDIS_UID), GID: String(REDIS_UID), Mode: 0o400 } }],
        StopGracePeriod: 10e9,
      },
      // its volume lives on one node
      Placement: { Constraints: [`node.id==${manager.nodeId}`] },
      Networks: [{ Target: networkName(config) }],
      RestartPolicy: { Condition: 'any', Delay: 1e9 },
    },
    Mode: { Replicated: { Replicas: 1 } },
    // one volume: the old task lets go of it before the new one starts
    UpdateConfig: { Parallelism: 1, Order: 'stop-first', FailureAction: 'pause' },
    // the name resolves to the task itself, as for the roles (a virtual IP does not carry on every engine's overlay)
    EndpointSpec: { Mode: 'dnsrr' },
  };
  spec.Labels[LABEL.specHash] = crypto.createHash('sha256').update(JSON.stringify(spec)).digest('hex').slice(0, 16);
  return spec;
}

function withSecretId(spec: ServiceSpec, id: string): ServiceSpec {
  const out = structuredClone(spec);
  (out.TaskTemplate.ContainerSpec.Secrets as { SecretID: string }[])[0].SecretID = id;
  return out;
}

/** POST /secrets/create: the config travels base64 in the body, put there only when it runs (a dry run prints no value). */
function createSecret(docker: () => Docker, app: string, name: string, text: string): Action {
  const body = { Name: name, Labels: { [LABEL.app]: app, [LABEL.component]: CONFIG_COMPONENT }, Data: '<base64 of the Redis config, requirepass included; not printed>' };
  return {
    kind: 'docker',
    summary: `create the Swarm secret ${name}: Redis's config (requirepass from REDIS_URL), mounted at /run/secrets/${CONFIG_FILE}, mode 400, for user ${REDIS_UID} only`,
    detail: { method: 'POST', path: '/secrets/create', body },
    id: SECRET_ID,
    run: async (d) => {
      const answer = (await dockerRequest(docker(), { method: 'POST', path: String(d.path), body: { ...(d.body as object), Data: Buffer.from(text).toString('base64') } })) as { ID: string };
      return answer.ID;
    },
  };
}

/** provision's config (AOF fsync'd on every write), for a task: all interfaces of the task, in the foreground, logging to stdout. */
export function swarmRedisConfig(port: number, password: string | undefined): string {
  const base = redisConfig({ bind: '0.0.0.0', port, dir: DATA_DIR, password });
  // later lines win; without a password protected mode would refuse every client off the task's loopback
  return base + ['daemonize no', 'logfile ""', ...(password ? [] : ['protected-mode no'])].join('\n') + '\n';
}

/** slipway/redis:<version>, imported from Debian's redis-server on the manager when it is not there yet. */
async function redisImage(ctx: Context, actions: Action[]): Promise<string> {
  if (!fs.existsSync(REDIS_BINARY)) {
    throw new UsageError(`on a swarm slipway runs Redis as a service made from ${REDIS_BINARY}, which is not installed`, 'install it (apt-get install redis-server), or set REDIS_URL to a Redis every node reaches');
  }
  const version = /v=(\S+)/.exec(execFileSync(REDIS_BINARY, ['--version'], { encoding: 'utf8' }))?.[1] ?? 'local';
  const image = `slipway/redis:${version}`;
  if (await observed(ctx, () => imageExists(ctx.docker(), image), false)) return image;
  actions.push(...importOfflineImage({
    image,
    // under its own name: the package's redis-server is a link to redis-check-rdb, which picks its mode by argv[0]
    binaries: { [REDIS_BINARY]: REDIS_BINARY },
    files: [
      { path: '/etc/passwd', content: `root:x:0:0:root:/root:/sbin/nologin\nredis:x:${REDIS_UID}:${REDIS_UID}:redis:${DATA_DIR}:/sbin/nologin\n` },
      { path: '/etc/group', content: `root:x:0:\nredis:x:${REDIS_UID}:\n` },
    ],
    dirs: [{ path: DATA_DIR, uid: REDIS_UID, mode: 0o750 }, { path: '/run/secrets' }],
    changes: [`USER ${REDIS_UID}:${REDIS_UID}`, `CMD ["${REDIS_BINARY}", "/run/secrets/${CONFIG_FILE}"]`, 'LABEL org.opencontainers.image.description="Redis made offline by slipway from Debian\'s redis-server"'],
    contents: `its shared libraries, a redis user ${REDIS_UID} owning ${DATA_DIR}`,
  }));
  return image;
}

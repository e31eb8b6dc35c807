// Pure: from the role's running containers, the image and the config, the actions of one zero-downtime replacement.
import type { Config, Role } from '../core/config';
import type { AppContainer } from '../core/app-containers';
import { LABEL } from '../core/labels';
import { targetUrl } from '../core/app-containers';

export const MiB = 1024 * 1024;

export interface ImageFacts {
  name: string;
  id: string;
  revision?: string;
  version?: string;
}

export interface Replacement {
  role: Role;
  deployId: string;
  name: string;
  port: number;
  url: string;
  healthUrl: string;
  /** The container that serves now and is replaced, if any. */
  old?: AppContainer;
  create: Record<string, unknown>;
}

/** `old` is the container that serves now (reconcile.ts chose it); the new one takes the port it is not on. */
export function planReplacement(opts: { config: Config; role: Role; image: ImageFacts; old?: AppContainer; redisUrl: string; deployId: string }): Replacement {
  const { config, role, image, old, deployId } = opts;
  const base = config.deploy[role].port;
  // host networking: the new container takes the port the old one is not on, so both can run during the switch
  const port = old?.port === base ? base + config.deploy.standbyPortOffset : base;
  const name = `${config.app.name}-${role}-${deployId}`;
  const url = targetUrl(config.deploy.bindAddress, port);
  const memory = config.deploy.memoryMb * MiB;
  const env: Record<string, string> = {
    // V8 fixes its heap limit at start, from the limit then; size it for the most the autoscaler may grant
    NODE_OPTIONS: `--max-old-space-size=${Math.floor(config.autoscaler.maxMb * 0.75)}`,
    ...config.app.env,
    PORT: String(port),
    HOST: config.deploy.bindAddress,
    APP_ROLE: role,
    FLAGS_NAMESPACE: config.flags.namespace,
    REDIS_URL: opts.redisUrl,
    ...(image.revision ? { APP_REVISION: image.revision } : {}),
  };
  const create = {
    name,
    Image: image.id,
    Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
    Labels: {
      [LABEL.app]: config.app.name,
      [LABEL.role]: role,
      [LABEL.deployId]: deployId,
      [LABEL.image]: image.name,
      [LABEL.port]: String(port),
      [LABEL.memoryStart]: String(memory),
      ...(image.revision ? { [LABEL.revision]: image.revision } : {}),
    },
    StopTimeout: Math.ceil(config.deploy.drainTimeoutSec),
    HostConfig: {
      NetworkMode: config.deploy.network,
      RestartPolicy: { Name: 'unless-stopped' },
      // swap equal to memory: no swap, and Docker accepts a later raise of both together
      Memory: memory,
      MemorySwap: memory,
    },
  };
  return {
    role,
    deployId,
    name,
    port,
    url,
    healthUrl: `${url}${config.app.healthPath}`,
    old,
    create,
  };
}

/** Sortable, short and unique enough per host: base36 milliseconds. */
export function newDeployId(now = Date.now()): string {
  return now.toString(36);
}

// Pure: the Swarm service spec of a role — the app image from the registry, slipway's labels, a health check, tasks
// spread over the nodes, and a start-first rolling update that waits for health and rolls back on failure.
import type { Config, Role } from '../core/config';
import type { ImageFacts } from '../deploy/deploy-plan';
import { MiB } from '../deploy/deploy-plan';
import { LABEL } from '../core/labels';
import { networkName, serviceName, type ServiceSpec } from './cluster';

const NS = 1e9;

export interface RoleService {
  config: Config;
  role: Role;
  image: ImageFacts;
  /** Where every node pulls it: registry/repository:tag. */
  ref: string;
  deployId: string;
  redisUrl: string;
  /** The image declares its own HEALTHCHECK: the spec then keeps it. */
  imageHasHealthcheck: boolean;
  /** The service's current resource block (the autoscaler may have raised it): carried over whole. */
  resources?: ServiceSpec['TaskTemplate']['Resources'];
}

export function roleServiceSpec(o: RoleService): ServiceSpec {
  const { config, role, image } = o;
  const port = config.app.port;
  const memory = config.deploy.memoryMb * MiB;
  const env: Record<string, string> = {
    NODE_OPTIONS: `--max-old-space-size=${Math.floor(config.autoscaler.maxMb * 0.75)}`,
    ...config.app.env,
    PORT: String(port),
    // on the overlay network, not the host's: the proxy reaches every task at its own address
    HOST: '0.0.0.0',
    APP_ROLE: role,
    FLAGS_NAMESPACE: config.flags.namespace,
    REDIS_URL: o.redisUrl,
    ...(image.revision ? { APP_REVISION: image.revision } : {}),
  };
  const labels = {
    [LABEL.app]: config.app.name,
    [LABEL.role]: role,
    [LABEL.deployId]: o.deployId,
    [LABEL.image]: image.name,
    [LABEL.imageId]: image.id,
    [LABEL.port]: String(port),
    [LABEL.memoryStart]: String(memory),
    ...(image.revision ? { [LABEL.revision]: image.revision } : {}),
  };
  const { swarm } = config.deploy;
  const update = { Parallelism: 1, Delay: swarm.updateDelaySec * NS, Monitor: swarm.updateMonitorSec * NS, MaxFailureRatio: 0, Order: 'start-first' };
  return {
    Name: serviceName(config, role),
    Labels: labels,
    TaskTemplate: {
      ContainerSpec: {
        Image: o.ref,
        Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
        Labels: labels,
        ...(o.imageHasHealthcheck ? {} : { HealthCheck: healthCheck(config) }),
        StopGracePeriod: Math.ceil(config.deploy.drainTimeoutSec) * NS,
      },
      // the full block every time: a spec without Limits would drop the memory limit the autoscaler set
      Resources: o.resources?.Limits?.MemoryBytes ? o.resources : { Limits: { MemoryBytes: memory }, Reservations: {} },
      RestartPolicy: { Condition: 'any', Delay: 1 * NS, MaxAttempts: 0 },
      Placement: { Preferences: [{ Spread: { SpreadDescriptor: 'node.id' } }] },
      Networks: [{ Target: networkName(config) }],
    },
    Mode: { Replicated: { Replicas: swarm.replicas[role] } },
    UpdateConfig: { ...update, FailureAction: 'rollback' },
    RollbackConfig: { ...update, FailureAction: 'pause' },
    // no virtual IP: `tasks.<service>` and the service name resolve to every task, so the proxy balances itself
    EndpointSpec: { Mode: 'dnsrr' },
  };
}

/** slipway's health path probed inside the task with the image's own node: a task counts as running once it answers 200. */
export function healthCheck(config: Config): Record<string, unknown> {
  const probe = `require('http').get({host:'127.0.0.1',port:${config.app.port},path:${JSON.stringify(config.app.healthPath)},timeout:2000},r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1)).on('timeout',()=>process.exit(1))`;
  return {
    Test: ['CMD', 'node', '-e', probe],
    Interval: Math.max(1000, config.deploy.healthIntervalMs) * 1e6,
    Timeout: 3 * NS,
    Retries: 3,
    StartPeriod: Math.ceil(config.deploy.healthTimeoutSec) * NS,
  };
}

/** The one-line summary of what an update changes, for the plan. */
export function specChanges(before: ServiceSpec | undefined, after: ServiceSpec): string[] {
  if (!before) return [`new service, ${after.Mode.Replicated?.Replicas} task(s)`];
  const out: string[] = [];
  if (before.TaskTemplate.ContainerSpec.Image !== after.TaskTemplate.ContainerSpec.Image) out.push(`image ${before.TaskTemplate.ContainerSpec.Image} → ${after.TaskTemplate.ContainerSpec.Image}`);
  const [b, a] = [before.Mode.Replicated?.Replicas, after.Mode.Replicated?.Replicas];
  if (b !== a) out.push(`replicas ${b} → ${a}`);
  return out.length ? out : ['spec'];
}

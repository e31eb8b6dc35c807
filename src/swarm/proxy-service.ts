// slipway's proxy as a Swarm service in front of both roles, on the roles' overlay network, its listen and admin ports
// published on the host of each of its tasks; it reaches each role by its service name, which resolves to every
// task (dnsrr): a pool per task, and a retry goes to another task.
import * as crypto from 'node:crypto';
import type { Config } from '../core/config';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { check } from '../core/actions';
import { UsageError } from '../core/errors';
import { LABEL } from '../core/labels';
import { parseHostPort } from '../core/listen-address';
import { serviceConfigText } from '../core/service-config';
import { ProxyAdminClient } from '../proxy/admin-client';
import { networkName, readService, serviceName, type Manager, type ServiceSpec } from './cluster';
import { removeOldConfigObjects, withConfigObject } from './config-object';
import { runtimeOnRegistry } from './registry';
import { applySpec, rolledOut } from './rollout-wait';

export const proxyServiceName = (app: string): string => `${app}-proxy`;

/** The URL the proxy reaches a role by, on the overlay. */
export const roleTarget = (ctx: Context, role: 'production' | 'canary'): string => `http://${serviceName(ctx.config, role)}:${ctx.config.app.port}`;

const CONFIG_IN_TASK = '/etc/slipway/proxy.config.json';

/** The proxy service, made once (or again when its image, config or count changes); its routing changes go through
 *  its admin API. One task runs on the manager with its state file in the state dir there; with proxy.sharedState
 *  "redis" the tasks run on any node (one per node: their ports are the node's) and share the canary's state. */
/** `redisUrl`: the Redis the tasks reach (slipway's service or the user's), for proxy.sharedState "redis". */
export async function proxyServiceActions(ctx: Context, manager: Manager, registry: string, redisUrl: string): Promise<Action[]> {
  const { config } = ctx;
  if (!ctx.secrets.get('SLIPWAY_ADMIN_TOKEN')) {
    throw new UsageError('on a swarm the proxy\'s admin API listens beyond loopback (its port is published on the manager), so it needs SLIPWAY_ADMIN_TOKEN', 'set SLIPWAY_ADMIN_TOKEN in the environment');
  }
  const shared = config.proxy.sharedState === 'redis';
  const replicas = config.deploy.swarm.proxyReplicas;
  const name = proxyServiceName(config.app.name);
  const runtime = await runtimeOnRegistry(ctx, registry);
  const listen = parseHostPort(config.proxy.listen, 'proxy.listen').port;
  const admin = parseHostPort(config.proxy.admin, 'proxy.admin').port;
  const text = serviceConfigText(configInTask(ctx, shared));
  const configObject = `${name}-${crypto.createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
  const labels = { [LABEL.app]: config.app.name, [LABEL.service]: 'proxy' };
  const env = [
    ...(['SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_WEBHOOK_TOKEN'] as const).flatMap((s) => (ctx.secrets.get(s) ? [`${s}=${ctx.secrets.get(s)}`] : [])),
    ...(shared ? [`REDIS_URL=${redisUrl}`] : []),
  ];
  const spec: ServiceSpec = {
    Name: name,
    Labels: labels,
    TaskTemplate: {
      ContainerSpec: {
        Image: runtime.ref,
        Args: ['proxy', 'run', '--config', CONFIG_IN_TASK],
        Env: env,
        Labels: labels,
        // the config (no secrets) as a Swarm config object: every node's task gets it; its ID is filled in on apply
        Configs: [{ File: { Name: CONFIG_IN_TASK, UID: '0', GID: '0', Mode: 0o444 }, ConfigName: configObject }],
        ...(shared ? {} : { Mounts: [{ Type: 'bind', Source: config.stateDir, Target: config.stateDir }] }),
        StopGracePeriod: Math.ceil(config.proxy.drainTimeoutSec + 5) * 1e9,
      },
      // its state file is in the manager's state dir, unless the state lives in Redis; one task per node: host ports
      Placement: shared ? { MaxReplicas: 1, Preferences: [{ Spread: { SpreadDescriptor: 'node.id' } }] } : { Constraints: [`node.id==${manager.nodeId}`] },
      Networks: [{ Target: networkName(config) }],
      RestartPolicy: { Condition: 'any', Delay: 1e9 },
    },
    Mode: { Replicated: { Replicas: replicas } },
    // host ports: the old task lets go of them before the new one binds
    UpdateConfig: { Parallelism: 1, Order: 'stop-first', FailureAction: 'rollback' },
    EndpointSpec: { Mode: 'dnsrr', Ports: [listen, admin].map((p) => ({ Protocol: 'tcp', TargetPort: p, PublishedPort: p, PublishMode: 'host' })) },
  };
  const current = await readService(ctx.docker(), name).catch(() => null);
  if (current && sameProxySpec(current.Spec, spec)) return [];
  const client = ProxyAdminClient.fromConfig(config, ctx.secrets);
  const where = shared ? `${replicas} task(s), at most one per node` : 'one task on the manager';
  return [
    ...runtime.actions,
    withConfigObject(() => ctx.docker(), applySpec(() => ctx.docker(), spec, current, `${current ? 'update' : 'create'} the proxy service ${name} (${where}, on ${networkName(config)}, ports ${listen} and ${admin} published on each task's node)`), { name: configObject, labels, text }),
    rolledOut(() => ctx.docker(), name, runtime.ref, replicas, 120_000),
    check(`wait until the proxy admin API answers on ${config.proxy.admin}`, { probe: client.healthRequest(1000), until: 'HTTP 200', timeoutMs: 60_000, intervalMs: 250, hint: `see \`docker service ps ${name} --no-trunc\`` }),
    removeOldConfigObjects(() => ctx.docker(), config.app.name, configObject),
  ];
}

/** The config the proxy tasks run with: listening on every address of the task, the roles by their service names. */
function configInTask(ctx: Context, shared: boolean): Config {
  const inside = structuredClone(ctx.config);
  inside.proxy.listen = `0.0.0.0:${parseHostPort(ctx.config.proxy.listen, 'proxy.listen').port}`;
  inside.proxy.admin = `0.0.0.0:${parseHostPort(ctx.config.proxy.admin, 'proxy.admin').port}`;
  inside.proxy.production = roleTarget(ctx, 'production');
  // the canary joins through the admin API once its service runs, so this config (and the service) stays the same
  inside.proxy.canary = 'none';
  inside.proxy.allowedBackends = [roleTarget(ctx, 'production'), roleTarget(ctx, 'canary')];
  // a task on any node keeps its state file inside itself: Redis holds what the tasks share
  if (shared) inside.stateDir = '/tmp/slipway';
  return inside;
}

function sameProxySpec(a: ServiceSpec, b: ServiceSpec): boolean {
  const key = (s: ServiceSpec) => JSON.stringify([
    s.TaskTemplate.ContainerSpec.Image,
    (s.TaskTemplate.ContainerSpec.Configs as { ConfigName: string }[] | undefined)?.map((c) => c.ConfigName),
    s.TaskTemplate.ContainerSpec.Env,
    s.Mode.Replicated?.Replicas,
    ((s.EndpointSpec as { Ports?: { TargetPort: number }[] } | undefined)?.Ports ?? []).map((p) => p.TargetPort),
  ]);
  return key(a) === key(b);
}

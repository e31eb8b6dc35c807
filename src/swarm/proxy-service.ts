// slipway's proxy as a Swarm service in front of both roles: one task on the manager, on the roles' overlay network,
// its listen and admin ports published on the manager's host; it reaches each role by its service name, which
// resolves to every task (dnsrr), so its connection pool spreads over them.
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { check, inProcess } from '../core/actions';
import { UsageError } from '../core/errors';
import { LABEL } from '../core/labels';
import { parseHostPort } from '../core/listen-address';
import { readServiceConfigText, serviceConfigPath, serviceConfigText, writeServiceConfig } from '../core/service-config';
import { runtimeImage } from '../build/runtime-image';
import { ProxyAdminClient } from '../proxy/admin-client';
import { networkName, readService, serviceName, type Manager, type ServiceSpec } from './cluster';
import { applySpec } from './rollout-wait';

export const proxyServiceName = (app: string): string => `${app}-proxy`;

/** The URL the proxy reaches a role by, on the overlay. */
export const roleTarget = (ctx: Context, role: 'production' | 'canary'): string => `http://${serviceName(ctx.config, role)}:${ctx.config.app.port}`;

/** The proxy service, made once (or again when its image or ports change); its routing changes go through its admin API. */
export async function proxyServiceActions(ctx: Context, manager: Manager): Promise<Action[]> {
  const { config } = ctx;
  if (!ctx.secrets.get('SLIPWAY_ADMIN_TOKEN')) {
    throw new UsageError('on a swarm the proxy\'s admin API listens beyond loopback (its port is published on the manager), so it needs SLIPWAY_ADMIN_TOKEN', 'set SLIPWAY_ADMIN_TOKEN in the environment');
  }
  const runtime = await runtimeImage(ctx);
  const listen = parseHostPort(config.proxy.listen, 'proxy.listen').port;
  const admin = parseHostPort(config.proxy.admin, 'proxy.admin').port;
  const inside = structuredClone(config);
  inside.proxy.listen = `0.0.0.0:${listen}`;
  inside.proxy.admin = `0.0.0.0:${admin}`;
  inside.proxy.production = roleTarget(ctx, 'production');
  // the canary joins through the admin API once its service runs, so this file (and the service) stays the same
  inside.proxy.canary = 'none';
  inside.proxy.allowedBackends = [roleTarget(ctx, 'production'), roleTarget(ctx, 'canary')];
  const file = serviceConfigPath(config.stateDir, config.app.name, 'proxy');
  const text = serviceConfigText(inside);
  const name = proxyServiceName(config.app.name);
  const labels = { [LABEL.app]: config.app.name, [LABEL.service]: 'proxy' };
  const env = (['SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_WEBHOOK_TOKEN'] as const).flatMap((s) => (ctx.secrets.get(s) ? [`${s}=${ctx.secrets.get(s)}`] : []));
  const spec: ServiceSpec = {
    Name: name,
    Labels: labels,
    TaskTemplate: {
      ContainerSpec: {
        Image: runtime.image,
        Args: ['proxy', 'run', '--config', file],
        Env: env,
        Labels: labels,
        Mounts: [{ Type: 'bind', Source: config.stateDir, Target: config.stateDir }],
        StopGracePeriod: Math.ceil(config.proxy.drainTimeoutSec + 5) * 1e9,
      },
      // the runtime image, the config file and the state dir are on the manager
      Placement: { Constraints: [`node.id==${manager.nodeId}`] },
      Networks: [{ Target: networkName(config) }],
      RestartPolicy: { Condition: 'any', Delay: 1e9 },
    },
    Mode: { Replicated: { Replicas: 1 } },
    // host ports: the old task lets go of them before the new one binds
    UpdateConfig: { Parallelism: 1, Order: 'stop-first', FailureAction: 'rollback' },
    EndpointSpec: { Mode: 'dnsrr', Ports: [listen, admin].map((p) => ({ Protocol: 'tcp', TargetPort: p, PublishedPort: p, PublishMode: 'host' })) },
  };
  const current = await readService(ctx.docker(), name).catch(() => null);
  if (current && current.Spec.TaskTemplate.ContainerSpec.Image === runtime.image && samePorts(current.Spec, spec) && readServiceConfigText(file) === text) return [];
  const client = ProxyAdminClient.fromConfig(config, ctx.secrets);
  return [
    ...runtime.actions,
    inProcess('file', `write the proxy service's config (no secrets) to ${file}, mode 600`, { path: file, mode: '600' }, async () => writeServiceConfig(file, text)),
    applySpec(() => ctx.docker(), spec, current, `${current ? 'update' : 'create'} the proxy service ${name} (on ${networkName(config)}, ports ${listen} and ${admin} published on the manager)`),
    check(`wait until the proxy admin API answers on ${config.proxy.admin}`, { probe: client.healthRequest(1000), until: 'HTTP 200', timeoutMs: 60_000, intervalMs: 250, hint: `see \`docker service ps ${name} --no-trunc\`` }),
  ];
}

function samePorts(a: ServiceSpec, b: ServiceSpec): boolean {
  const ports = (s: ServiceSpec) => JSON.stringify(((s.EndpointSpec as { Ports?: { TargetPort: number }[] } | undefined)?.Ports ?? []).map((p) => p.TargetPort));
  return ports(a) === ports(b);
}

// `flags up` with deploy.target "swarm": the toggle server as the service <app>-flags, one task on the manager on the
// roles' overlay, so it reaches Redis (slipway's service or the user's) as the roles do; its listen port is published
// on the manager's host, so writes come from beyond loopback and need SLIPWAY_FLAGS_TOKEN (from the env, never argv).
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import type { HttpAnswer } from '../core/http-client';
import { check, inProcess } from '../core/actions';
import { UsageError } from '../core/errors';
import { LABEL } from '../core/labels';
import { isLoopbackHost, parseHostPort } from '../core/listen-address';
import { readServiceConfigText, serviceConfigPath, serviceConfigText, writeServiceConfig } from '../core/service-config';
import { runtimeImage } from '../build/runtime-image';
import { observed } from '../deploy/deploy';
import { networkName, readService, type ServiceSpec } from './cluster';
import { applySpec } from './rollout-wait';
import { networkActions, requireManagerOrPlan } from './swarm-deploy';
import { swarmRedis } from './redis-service';
import type { UpResult } from '../flags/render';

export const flagsServiceName = (app: string): string => `${app}-flags`;
const SECRET_ENV = ['SLIPWAY_FLAGS_TOKEN', 'SLIPWAY_FLAGS_READ_TOKEN'] as const;

export async function flagsServiceUp(ctx: Context): Promise<UpResult> {
  const { config } = ctx;
  if (!ctx.secrets.get('SLIPWAY_FLAGS_TOKEN')) {
    throw new UsageError('on a swarm the toggle server\'s port is published on the manager, so writes come from beyond loopback and need SLIPWAY_FLAGS_TOKEN', 'set SLIPWAY_FLAGS_TOKEN in the environment (`openssl rand -hex 24`)');
  }
  const { host, port } = parseHostPort(config.flags.listen, 'flags.listen');
  const manager = await requireManagerOrPlan(ctx);
  const redis = await swarmRedis(ctx, manager);
  const runtime = await runtimeImage(ctx);
  const inside = structuredClone(config);
  inside.flags.listen = `0.0.0.0:${port}`;
  const file = serviceConfigPath(config.stateDir, config.app.name, 'flags');
  const text = serviceConfigText(inside);
  const name = flagsServiceName(config.app.name);
  const labels = { [LABEL.app]: config.app.name, [LABEL.service]: 'flags' };
  const env = [`REDIS_URL=${redis.url}`, ...SECRET_ENV.flatMap((s) => (ctx.secrets.get(s) ? [`${s}=${ctx.secrets.get(s)}`] : []))];
  const spec: ServiceSpec = {
    Name: name,
    Labels: labels,
    TaskTemplate: {
      ContainerSpec: {
        Image: runtime.image,
        Args: ['flags', 'serve', '--config', file],
        Env: env,
        Labels: labels,
        Mounts: [{ Type: 'bind', Source: config.stateDir, Target: config.stateDir }],
        StopGracePeriod: 10e9,
      },
      // the runtime image, the config file and the state dir are on the manager
      Placement: { Constraints: [`node.id==${manager.nodeId}`] },
      Networks: [{ Target: networkName(config) }],
      RestartPolicy: { Condition: 'any', Delay: 1e9 },
    },
    Mode: { Replicated: { Replicas: 1 } },
    // a host port: the old task lets go of it before the new one binds
    UpdateConfig: { Parallelism: 1, Order: 'stop-first', FailureAction: 'rollback' },
    EndpointSpec: { Mode: 'dnsrr', Ports: [{ Protocol: 'tcp', TargetPort: port, PublishedPort: port, PublishMode: 'host' }] },
  };
  const current = await observed(ctx, () => readService(ctx.docker(), name), null);
  const unchanged = current && JSON.stringify(current.Spec.TaskTemplate.ContainerSpec.Env) === JSON.stringify(env) && current.Spec.TaskTemplate.ContainerSpec.Image === runtime.image
    && JSON.stringify(current.Spec.EndpointSpec) === JSON.stringify(spec.EndpointSpec) && readServiceConfigText(file) === text;
  const listen = `${host}:${port}`;
  const url = `http://${isLoopbackHost(host) || host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/health`;
  const actions: Action[] = [
    ...(await networkActions(ctx)),
    ...redis.actions,
    ...(unchanged ? [] : [
      ...runtime.actions,
      inProcess('file', `write the toggle server service's config (no secrets) to ${file}, mode 600`, { path: file, mode: '600' }, async () => writeServiceConfig(file, text)),
      applySpec(() => ctx.docker(), spec, current, `${current ? 'update' : 'create'} the toggle server service ${name} (on ${networkName(config)}, Redis ${redis.ours ? 'slipway\'s service' : 'from REDIS_URL'}, port ${port} published on the manager)`),
    ]),
  ];
  if (actions.length) {
    actions.push(check(`wait until the toggle server answers on ${url}`, { probe: { method: 'GET', url, timeoutMs: 1000 }, until: 'HTTP 200', timeoutMs: 60_000, intervalMs: 250, hint: `see \`docker service ps ${name} --no-trunc\` and \`docker service logs ${name}\`` }, {
      id: 'redis',
      read: (answer) => (answer as HttpAnswer<{ redis?: string }>).json?.redis ?? 'unknown',
    }));
  }
  const run = await ctx.executor.execute(actions);
  return { container: name, listen, changed: actions.length > 0, redis: String(run.results.get('redis') ?? 'unknown') };
}

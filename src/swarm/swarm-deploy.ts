// `slipway deploy` with deploy.target "swarm": the role is a service of the app image, pulled by every node from the
// registry; a new image is a service update that Swarm rolls out start-first, health-gated, rolling back on failure.
import type { Context } from '../core/context';
import type { Role } from '../core/config';
import type { Action } from '../core/plan';
import type { Deployment } from '../deploy/deploy-history';
import type { DeployResult } from '../deploy/deploy';
import { dockerCall } from '../core/actions';
import { requireDocker } from '../core/docker';
import { LABEL } from '../core/labels';
import { newDeployId } from '../deploy/deploy-plan';
import { imageFacts, observed, recordAction } from '../deploy/deploy';
import { networkName, readService, requireManager, serviceName, type Manager } from './cluster';
import { pushActions, registryActions, registryAddress, registryRef } from './registry';
import { roleServiceSpec, specChanges } from './service-spec';
import { applySpec, rolledOut } from './rollout-wait';
import { proxyServiceActions, roleTarget } from './proxy-service';
import { proxyControl } from '../proxy/proxy-control';
import { swarmRedis } from './redis-service';

export async function deployService(ctx: Context, role: Role, imageName: string, reason: Deployment['reason'] = 'deploy', shownAs?: string): Promise<DeployResult> {
  const started = Date.now();
  const { config } = ctx;
  const docker = ctx.docker();
  const manager = await requireManagerOrPlan(ctx);
  const image = await imageFacts(ctx, imageName);
  if (shownAs) image.name = shownAs;
  const name = serviceName(config, role);
  const current = await observed(ctx, () => readService(docker, name), null);
  if (current && current.Spec.Labels[LABEL.imageId] === image.id && current.Spec.Mode.Replicated?.Replicas === config.deploy.swarm.replicas[role]) {
    return { role, image: image.name, changed: false, container: name, proxy: 'not running', ms: Date.now() - started, message: `${role} already runs ${image.name} (service ${name}); nothing to do` };
  }
  const registry = registryAddress(ctx, manager);
  const at = registryRef(ctx, registry, image);
  const deployId = newDeployId();
  // inside a task 127.0.0.1 is the task itself: the tasks reach slipway's Redis service (or the user's) instead
  const redis = await swarmRedis(ctx, manager);
  const imageHasHealthcheck = await observed(ctx, async () => Boolean((await docker.getImage(image.id).inspect()).Config?.Healthcheck?.Test?.length), false);
  const spec = roleServiceSpec({ config, role, image, ref: at.ref, deployId, redisUrl: redis.url, imageHasHealthcheck, resources: current?.Spec.TaskTemplate.Resources });
  const replicas = config.deploy.swarm.replicas[role];
  const { swarm } = config.deploy;
  const timeoutMs = replicas * (config.deploy.healthTimeoutSec + swarm.updateMonitorSec + swarm.updateDelaySec + 30) * 1000;
  const proxy = swarm.proxy ? await proxyServiceActions(ctx, manager, registry, redis.url) : [];
  const actions: Action[] = [
    ...(await registryActions(ctx, manager)),
    ...pushActions(image, registry, at),
    ...(await networkActions(ctx)),
    ...redis.actions,
    applySpec(() => ctx.docker(), spec, current, `${current ? 'update' : 'create'} the service ${name}: ${specChanges(current?.Spec, spec).join(', ')}${current ? ' (start-first rolling update, health-gated, rolls back on failure)' : ''}`),
    rolledOut(() => ctx.docker(), name, at.ref, replicas, timeoutMs),
    ...proxy,
    ...(swarm.proxy && role === 'canary' ? [proxyControl(config, ctx.secrets).setBackend('canary', roleTarget(ctx, 'canary'), `point the proxy's canary backend at ${roleTarget(ctx, 'canary')} (every canary task)`)] : []),
    recordAction(ctx, role, { image: image.name, imageId: image.id, revision: image.revision, deployId }, reason),
  ];
  await ctx.executor.execute(actions);
  const verb = ctx.dryRun ? 'would deploy' : 'deployed';
  return {
    role, image: image.name, changed: true, container: name, deployId, proxy: swarm.proxy ? 'switched' : 'not running', ms: Date.now() - started,
    message: `${verb} ${image.name} as ${role} (service ${name}, ${replicas} task(s) spread over the nodes, from ${at.ref})${current ? `, replacing ${current.Spec.Labels[LABEL.image] ?? current.Spec.TaskTemplate.ContainerSpec.Image}` : ''}`,
  };
}

/** A manager, or (dry run only, no engine) a stand-in to plan against. */
export async function requireManagerOrPlan(ctx: Context): Promise<Manager> {
  const docker = ctx.docker();
  if (!ctx.dryRun) await requireDocker(docker);
  const reachable = ctx.dryRun ? await docker.ping().then(() => true, () => false) : true;
  if (!reachable) {
    ctx.log.warn('no Docker engine answers; planning as if the swarm had nothing of this app');
    return { nodeId: 'MANAGER', addr: 'MANAGER-ADDRESS' };
  }
  return requireManager(docker);
}

/** The overlay network the roles share, made by slipway (and removed by `down`) unless deploy.swarm.network names the user's. */
export async function networkActions(ctx: Context): Promise<Action[]> {
  const { config } = ctx;
  const name = networkName(config);
  const exists = await observed(ctx, () => ctx.docker().getNetwork(name).inspect().then(() => true, () => false), false);
  if (exists) return [];
  return [dockerCall(`create the overlay network ${name} (attachable, for the roles and the proxy)`, {
    method: 'POST', path: '/networks/create',
    body: { Name: name, Driver: 'overlay', Attachable: true, CheckDuplicate: true, Labels: { [LABEL.app]: config.app.name } },
  })];
}

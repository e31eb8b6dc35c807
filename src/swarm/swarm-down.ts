// `slipway down` with deploy.target "swarm": removes the app's services, their config objects and Swarm secrets, and the
// overlay network slipway made, and slipway's registry once no app of it is left; images, the deploy history and Redis's
// data volume stay (as host `down` leaves Redis's data alone).
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { dockerCall } from '../core/actions';
import { LABEL } from '../core/labels';
import { observed } from '../deploy/deploy';
import { REGISTRY_SERVICE, appServices, networkName, readService, type ServiceInfo } from './cluster';
import { requireManagerOrPlan } from './swarm-deploy';
import { appConfigObjects } from './config-object';
import { redisServiceName, redisVolumeName } from './redis-service';

export async function swarmDown(ctx: Context): Promise<{ removed: string[]; dryRun: boolean }> {
  const { config } = ctx;
  const docker = ctx.docker();
  await requireManagerOrPlan(ctx);
  const services = await observed(ctx, () => appServices(docker, config.app.name), [] as ServiceInfo[]);
  // the proxy goes first, so no request is routed to a role that is going away; Redis last, after its clients
  const order = (s: ServiceInfo) => ({ proxy: 0, redis: 3 } as Record<string, number>)[s.Spec.Labels[LABEL.service]] ?? (s.Spec.Labels[LABEL.role] ? 1 : 2);
  const sorted = [...services].sort((a, b) => order(a) - order(b));
  const actions: Action[] = sorted.map((s) => dockerCall(`remove the service ${s.Spec.Name} (its tasks stop within ${config.deploy.drainTimeoutSec} s)`, { method: 'DELETE', path: `/services/${s.ID}`, ok: [404] }));
  const removed = sorted.map((s) => s.Spec.Name);
  // config objects and secrets are in use until the tasks of the services that mount them are gone
  const configs = await observed(ctx, () => appConfigObjects(docker, config.app.name), []);
  const secrets = (await observed(ctx, () => docker.listSecrets({ filters: { label: [`${LABEL.app}=${config.app.name}`] } }), [])).map((x) => ({ id: x.ID, name: String(x.Spec?.Name) }));
  for (const [kind, path, items] of [['config object', 'configs', configs], ['Swarm secret', 'secrets', secrets]] as const) {
    for (const x of items) {
      actions.push(dockerCall(`remove the ${kind} ${x.name}`, { method: 'DELETE', path: `/${path}/${x.id}`, ok: [404], retry: { when: 'in use', times: 120, pauseMs: 500 } }));
      removed.push(x.name);
    }
  }
  const volume = redisVolumeName(config.app.name);
  if (services.some((s) => s.Spec.Name === redisServiceName(config.app.name))) ctx.log.info(`the volume ${volume} keeps Redis's data (the flags) on the manager; \`docker volume rm ${volume}\` there drops it`);
  const net = networkName(config);
  const network = await observed(ctx, () => docker.getNetwork(net).inspect().catch(() => null), null);
  if (network && network.Labels?.[LABEL.app] === config.app.name) {
    // Swarm removes a service's tasks after the call returns; the network is free once they are gone
    actions.push(dockerCall(`remove the overlay network ${net}`, { method: 'DELETE', path: `/networks/${network.Id}`, ok: [404], retry: { when: 'active endpoints|in use', times: 120, pauseMs: 500 } }));
    removed.push(net);
  }
  const others = (await observed(ctx, () => docker.listServices({ filters: { label: [LABEL.app] } }), [])).filter((s) => s.Spec?.Labels?.[LABEL.app] !== config.app.name);
  const registry = await observed(ctx, () => readService(docker, REGISTRY_SERVICE), null);
  if (registry && !others.length && !config.images.registry) {
    actions.push(dockerCall(`remove slipway's registry ${REGISTRY_SERVICE} (no app of slipway is left on the swarm)`, { method: 'DELETE', path: `/services/${registry.ID}`, ok: [404] }));
    removed.push(REGISTRY_SERVICE);
  }
  await ctx.executor.execute(actions);
  return { removed, dryRun: ctx.dryRun };
}

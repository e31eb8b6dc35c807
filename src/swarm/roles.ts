// Rollback and promote with deploy.target "swarm": the same moves as on one host, with the role's image read from
// its service's labels and the canary's service removed after a promote.
import type { Context } from '../core/context';
import type { Role } from '../core/config';
import type { PromoteResult } from '../deploy/promote';
import { dockerCall } from '../core/actions';
import { StepFailed } from '../core/errors';
import { LABEL } from '../core/labels';
import { deployRole, observed } from '../deploy/deploy';
import { readService, serviceName } from './cluster';
import { proxyControl } from '../proxy/proxy-control';
import { roleTarget } from './proxy-service';

/** The image id the role's service runs now, as the host path reads it from its running container. */
export async function runningImageIds(ctx: Context, role: Role): Promise<{ imageId: string }[]> {
  const svc = await observed(ctx, () => readService(ctx.docker(), serviceName(ctx.config, role)), null);
  const id = svc?.Spec.Labels[LABEL.imageId];
  return id ? [{ imageId: id }] : [];
}

export async function promoteService(ctx: Context): Promise<PromoteResult> {
  const { config } = ctx;
  const name = serviceName(config, 'canary');
  const canary = await observed(ctx, () => readService(ctx.docker(), name), null);
  const imageId = canary?.Spec.Labels[LABEL.imageId];
  if (!canary || !imageId) throw new StepFailed(`no canary service (${name}) runs to promote`, 'deploy one first: slipway deploy --role canary --image IMG');
  const production = await deployRole(ctx, 'production', imageId, 'promote', canary.Spec.Labels[LABEL.image]);
  if (config.deploy.keepCanaryAfterPromote) return { production, canary: 'kept', message: `${production.message}; the canary service ${name} keeps running (deploy.keepCanaryAfterPromote)` };
  const control = proxyControl(config, ctx.secrets);
  const target = roleTarget(ctx, 'canary');
  const proxy = config.deploy.swarm.proxy
    ? [control.setBackend('canary', null, 'take the canary out of the proxy (all traffic to production)'), control.drained(target, config.deploy.drainTimeoutSec * 1000, `let in-flight requests on ${target} finish (up to ${config.deploy.drainTimeoutSec} s)`)]
    : [];
  await ctx.executor.execute([...proxy, dockerCall(`remove the canary service ${name} (promoted)`, { method: 'DELETE', path: `/services/${canary.ID}`, ok: [404] })]);
  return { production, canary: 'removed', message: `${production.message}; ${ctx.dryRun ? 'would remove' : 'removed'} the canary service ${name}` };
}

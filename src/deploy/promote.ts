// `slipway canary promote`: the canary's image becomes production through the same zero-downtime deploy;
// then the canary leaves the proxy and is removed (or kept, with deploy.keepCanaryAfterPromote).
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { StepFailed } from '../core/errors';
import { appContainers, targetUrl } from '../core/app-containers';
import { stopAndRemove } from '../core/actions';
import { deployRole, observed, type DeployResult } from './deploy';
import { proxyControl } from '../proxy/proxy-control';
import { promoteService } from '../swarm/roles';

export interface PromoteResult {
  production: DeployResult;
  canary: 'removed' | 'kept';
  message: string;
}

export const promoteCommand: SlipwayCommand = {
  command: 'promote',
  describe: "Make the canary's image production (zero downtime), then remove the canary (deploy.keepCanaryAfterPromote keeps it)",
  secrets: ['SLIPWAY_ADMIN_TOKEN', 'REDIS_URL'],
  changesState: true,
  run: (ctx) => promote(ctx),
  render: (r: PromoteResult) => r.message,
};

export async function promote(ctx: Context): Promise<PromoteResult> {
  const { config } = ctx;
  if (config.deploy.target === 'swarm') return promoteService(ctx);
  const canary = (await observed(ctx, () => appContainers(ctx.docker(), config.app.name, 'canary'), [])).find((c) => c.running);
  if (!canary) {
    if (ctx.dryRun) throw new StepFailed('no canary is running to promote (as far as a dry run can tell)');
    throw new StepFailed('no canary is running to promote', 'deploy one first: slipway deploy --role canary --image IMG');
  }
  const production = await deployRole(ctx, 'production', canary.imageId, 'promote', canary.image);
  if (config.deploy.keepCanaryAfterPromote) {
    return { production, canary: 'kept', message: `${production.message}; the canary ${canary.name} keeps running (deploy.keepCanaryAfterPromote)` };
  }
  const control = proxyControl(config, ctx.secrets);
  const proxyRuns = Boolean(await control.status());
  const canaryUrl = targetUrl(config.deploy.bindAddress, canary.port);
  const actions: Action[] = [];
  if (proxyRuns) {
    actions.push(
      control.setBackend('canary', null, 'take the canary out of the proxy (all traffic to production)'),
      control.drained(canaryUrl, config.deploy.drainTimeoutSec * 1000, `let in-flight requests on ${canary.name} finish (up to ${config.deploy.drainTimeoutSec} s)`),
    );
  }
  actions.push(...stopAndRemove(canary.name, config.deploy.drainTimeoutSec, 'promoted'));
  await ctx.executor.execute(actions);
  return { production, canary: 'removed', message: `${production.message}; ${ctx.dryRun ? 'would remove' : 'removed'} the canary ${canary.name}` };
}

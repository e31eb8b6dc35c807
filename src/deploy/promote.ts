// `slipway canary promote`: the canary's image becomes production through the same zero-downtime deploy;
// then the canary leaves the proxy and is removed (or kept, with deploy.keepCanaryAfterPromote).
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { StepFailed } from '../core/errors';
import { appContainers, targetUrl } from '../core/app-containers';
import { dockerCall, check } from '../core/actions';
import { deployRole, observed, type DeployResult } from './deploy';
import { removeContainer } from '../core/docker';
import { proxyControl } from '../proxy/proxy-control';

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
      { kind: 'http', summary: 'take the canary out of the proxy (all traffic to production)', detail: { method: 'PUT', url: `${control.adminUrl}/backends`, body: { canary: null } }, run: () => control.setBackend('canary', null) },
      check(`let in-flight requests on ${canary.name} finish`, () => control.waitDrained(canaryUrl, config.deploy.drainTimeoutSec * 1000)),
    );
  }
  actions.push(dockerCall(`stop and remove ${canary.name}`, { method: 'POST', path: `/containers/${canary.name}/stop` }, () => removeContainer(ctx.docker(), canary.id, config.deploy.drainTimeoutSec)));
  await ctx.executor.execute(actions);
  return { production, canary: 'removed', message: `${production.message}; ${ctx.dryRun ? 'would remove' : 'removed'} the canary ${canary.name}` };
}

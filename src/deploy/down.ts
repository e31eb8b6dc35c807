// `slipway down`: removes what slipway started for the app — its containers and services — and leaves data
// (Redis, images, the deploy history) alone.
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { stopAndRemove } from '../core/actions';
import { requireDocker } from '../core/docker';
import { observed } from './deploy';
import { LABEL } from '../core/labels';
import { listSlipwayContainers } from '../core/app-containers';
import { swarmDown } from '../swarm/swarm-down';

export interface DownResult {
  removed: string[];
  dryRun: boolean;
}

export const downCommand: SlipwayCommand = {
  command: 'down',
  describe: 'Remove what slipway started for the app (containers, proxy, toggle server, autoscaler), leaving data alone',
  changesState: true,
  run: (ctx) => down(ctx),
  render: (r: DownResult) => (r.removed.length ? `${r.dryRun ? 'would remove' : 'removed'}: ${r.removed.join(', ')}` : 'nothing of this app is running; nothing to do'),
};

export async function down(ctx: Context): Promise<DownResult> {
  if (ctx.config.deploy.target === 'swarm') return swarmDown(ctx);
  const docker = ctx.docker();
  if (!ctx.dryRun) await requireDocker(docker);
  const list = await observed(ctx, () => listSlipwayContainers(docker, { app: ctx.config.app.name }), []);
  // the proxy goes first, so no request is routed to an app container that is going away
  const order = (l: Record<string, string>) => (l[LABEL.service] === 'proxy' ? 0 : l[LABEL.role] ? 1 : 2);
  const sorted = [...list].sort((a, b) => order(a.Labels) - order(b.Labels));
  const actions: Action[] = sorted.flatMap((c) => stopAndRemove((c.Names[0] ?? c.Id).replace(/^\//, ''), ctx.config.deploy.drainTimeoutSec));
  await ctx.executor.execute(actions);
  return { removed: sorted.map((c) => (c.Names[0] ?? c.Id).replace(/^\//, '')), dryRun: ctx.dryRun };
}

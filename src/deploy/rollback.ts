// `slipway rollback --role R`: back to the image the role ran before, by image id, through the same zero-downtime deploy.
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Role } from '../core/config';
import { StepFailed } from '../core/errors';
import { appContainers } from '../core/app-containers';
import { previousDeployment, readHistory } from './deploy-history';
import { deployRole, observed, type DeployResult } from './deploy';
import { runningImageIds } from '../swarm/roles';

export const rollbackCommand: SlipwayCommand = {
  command: 'rollback',
  describe: 'Go back to the previous image of a role, with zero downtime',
  options: [{ name: 'role', type: 'string', choices: ['production', 'canary'], required: true, describe: 'Which role to roll back' }],
  secrets: ['SLIPWAY_ADMIN_TOKEN', 'REDIS_URL'],
  changesState: true,
  jenkins: {
    var: 'slipwayRollback',
    about: 'Puts the previous image of a role back, with the same zero-downtime replacement as a deploy.',
    example: "slipwayRollback(app: 'examples/climbing-grade', role: 'production', adminTokenId: 'slipway-admin-token', redisUrlId: 'slipway-redis-url')",
  },
  run: (ctx, a) => rollback(ctx, a.role as Role),
  render: (r: DeployResult) => r.message,
};

export async function rollback(ctx: Context, role: Role): Promise<DeployResult> {
  const { config } = ctx;
  const running = config.deploy.target === 'swarm' ? await runningImageIds(ctx, role) : (await observed(ctx, () => appContainers(ctx.docker(), config.app.name, role), [])).filter((c) => c.running);
  const history = readHistory(config.stateDir, config.app.name);
  const previous = previousDeployment(history, role, running[0]?.imageId);
  if (!previous) {
    throw new StepFailed(`${role} has no earlier image to go back to (history: ${history[role].length} deploy${history[role].length === 1 ? '' : 's'})`, '`slipway status` shows the history; deploy an image explicitly with `slipway deploy`');
  }
  return deployRole(ctx, role, previous.imageId, 'rollback', previous.image);
}

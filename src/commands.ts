// Every command of the slipway CLI, in the order `slipway --help` lists them.
import type { SlipwayCommand } from './core/command';
import { provisionCommand } from './provision/provision';
import { baseImageCommand } from './build/base-image';
import { buildCommand } from './build/build';
import { testCommand } from './verify/app-tests';
import { analyseCommand } from './verify/analyse';
import { deployCommand } from './deploy/deploy';
import { rollbackCommand } from './deploy/rollback';
import { proxyCommand } from './proxy/proxy';
import { canaryCommand } from './proxy/canary';
import { rolloutCommand } from './rollout/rollout';
import { flagsCommand } from './flags/flags';
import { monitorsCommand } from './monitors/monitors';
import { autoscalerCommand } from './autoscaler/autoscaler';
import { dashboardCommand } from './dashboard/dashboard';
import { pipelineCommand } from './pipeline/pipeline';
import { statusCommand } from './deploy/status';
import { downCommand } from './deploy/down';

export const commands: SlipwayCommand[] = [
  provisionCommand,
  baseImageCommand,
  buildCommand,
  testCommand,
  analyseCommand,
  deployCommand,
  rollbackCommand,
  proxyCommand,
  canaryCommand,
  rolloutCommand,
  flagsCommand,
  monitorsCommand,
  autoscalerCommand,
  dashboardCommand,
  pipelineCommand,
  statusCommand,
  downCommand,
];

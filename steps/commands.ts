// Every command of the slipway CLI, in the order `slipway --help` lists them.
import type { SlipwayCommand } from './command';
import { provisionCommand } from './provision';
import { baseImageCommand } from './base-image';
import { buildCommand } from './build';
import { testCommand } from './test';
import { analyseCommand } from './analyse';
import { deployCommand } from './deploy';
import { rollbackCommand } from './rollback';
import { proxyCommand } from './proxy';
import { canaryCommand } from './canary';
import { flagsCommand } from './flags';
import { monitorsCommand } from './monitors';
import { autoscalerCommand } from './autoscaler';
import { pipelineCommand } from './pipeline';
import { statusCommand } from './status';
import { downCommand } from './down';

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
  flagsCommand,
  monitorsCommand,
  autoscalerCommand,
  pipelineCommand,
  statusCommand,
  downCommand,
];

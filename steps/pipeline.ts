import { notBuiltYet } from './command';

export const pipelineCommand = notBuiltYet('pipeline', 'The whole path: provision, build, test, analyse, deploy, flags, monitors, autoscaler');

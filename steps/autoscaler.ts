import { notBuiltYet } from './command';

export const autoscalerCommand = notBuiltYet('autoscaler', 'The memory autoscaler: run, up, status');

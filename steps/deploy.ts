import { notBuiltYet } from './command';

export const deployCommand = notBuiltYet('deploy', 'Deploy a production or canary container with zero downtime');

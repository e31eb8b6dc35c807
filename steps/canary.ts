import { notBuiltYet } from './command';

export const canaryCommand = notBuiltYet('canary', 'Canary status, abort, resume, weights and promote');

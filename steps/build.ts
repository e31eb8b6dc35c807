import { notBuiltYet } from './command';

export const buildCommand = notBuiltYet('build', 'Build the app image through the Docker Engine API');

import { notBuiltYet } from './command';

export const baseImageCommand = notBuiltYet('base-image', 'Make the Node base image');

import { notBuiltYet } from './command';

export const statusCommand = notBuiltYet('status', 'One view of the running deployment');

import { notBuiltYet } from './command';

export const rollbackCommand = notBuiltYet('rollback', 'Go back to the previous image of a role');

import { notBuiltYet } from './command';

export const flagsCommand = notBuiltYet('flags', 'Feature flags: the toggle server and list/get/set/toggle/audit');

import { notBuiltYet } from './command';

export const downCommand = notBuiltYet('down', 'Remove what slipway started for the app (containers, proxy), leaving data alone');

import { notBuiltYet } from './command';

export const proxyCommand = notBuiltYet('proxy', 'Run or start the canary proxy (weighted routing, ejection on alert)');

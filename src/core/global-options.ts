// The options every slipway command takes, and how an option's CLI name becomes its key in the parsed arguments.
import type { OptionSpec } from './command';

/** Options every command takes (`--result-file` and `--params-from-env` are the runner's, hidden). */
export const GLOBAL_OPTIONS: OptionSpec[] = [
  { name: 'app', type: 'string', default: '.', describe: 'Directory of the app (its package.json, Dockerfile, slipway.json)' },
  { name: 'config', type: 'string', describe: 'Config file (default: <app>/slipway.json)' },
  { name: 'dry-run', type: 'boolean', describe: 'Print every action (Docker API calls, commands, HTTP requests, secrets masked) and change nothing' },
  { name: 'json', type: 'boolean', describe: 'Machine-readable result on stdout; logs stay on stderr' },
];

export const camelCase = (name: string): string => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

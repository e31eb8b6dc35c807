// The Jenkins steps pass the command, its positional arguments and its options as JSON in an env var (never on the
// command line): SLIPWAY_PARAMS='{"command":["flags","set"],"args":["myflag","a --b"],"options":{"app":"."}}'
// → argv ['flags','set','--app','.',<arg 0>,<arg 1>] and positionals ['myflag','a --b']. yargs sees a placeholder word
// for each argument and the command gets the value itself, so no argument is ever split or read as an option.
import { UsageError } from './errors';

const PLACEHOLDER = '\u0000slipway-arg-';

/** The placeholder word yargs parses in place of positional argument i. */
export const positionalPlaceholder = (i: number): string => `${PLACEHOLDER}${i}`;

/** The argument a placeholder stands for; any other value as it is. */
export function resolvePositional(value: unknown, positionals: string[]): unknown {
  if (typeof value !== 'string' || !value.startsWith(PLACEHOLDER)) return value;
  return positionals[Number(value.slice(PLACEHOLDER.length))];
}

export function argvFromParams(argv: string[], env: NodeJS.ProcessEnv): { argv: string[]; positionals: string[] } {
  const i = argv.findIndex((a) => a === '--params-from-env' || a.startsWith('--params-from-env='));
  if (i < 0) return { argv, positionals: [] };
  const name = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const rest = argv.filter((_, j) => j !== i && !(j === i + 1 && !argv[i].includes('=')));
  if (!name) throw new UsageError('--params-from-env: expected the name of an environment variable');
  const raw = env[name];
  if (!raw) throw new UsageError(`--params-from-env: ${name} is not set`);
  let params: { command?: unknown; args?: unknown; options?: unknown };
  try {
    params = JSON.parse(raw);
  } catch {
    throw new UsageError(`${name}: expected JSON like {"command":["deploy"],"options":{}}, got text that does not parse`);
  }
  const command = typeof params.command === 'string' ? params.command.split(' ') : params.command;
  if (!Array.isArray(command) || !command.every((c) => typeof c === 'string')) {
    throw new UsageError(`${name}.command: expected a command name or a list of words, got ${JSON.stringify(params.command)}`);
  }
  const args = params.args ?? [];
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) {
    throw new UsageError(`${name}.args: expected a list of strings (the positional arguments), got ${JSON.stringify(params.args)}`);
  }
  const options = params.options ?? {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new UsageError(`${name}.options: expected an object`);
  const words: string[] = [...command];
  for (const [key, value] of Object.entries(options as Record<string, unknown>)) {
    if (value === undefined || value === null || value === false) continue;
    const flag = `--${key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    if (value === true) words.push(flag);
    else if (Array.isArray(value)) for (const v of value) words.push(flag, String(v));
    else if (typeof value === 'object') words.push(flag, JSON.stringify(value));
    else words.push(flag, String(value));
  }
  return { argv: [...words, ...rest, ...args.map((_, j) => positionalPlaceholder(j))], positionals: args as string[] };
}

// The Jenkins steps pass the command and its options as JSON in an env var (never on the command line):
// SLIPWAY_PARAMS='{"command":["canary","abort"],"options":{"app":"."}}' → ['canary','abort','--app','.'].
import { UsageError } from './errors';

export function argvFromParams(argv: string[], env: NodeJS.ProcessEnv): string[] {
  const i = argv.findIndex((a) => a === '--params-from-env' || a.startsWith('--params-from-env='));
  if (i < 0) return argv;
  const name = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const rest = argv.filter((_, j) => j !== i && !(j === i + 1 && !argv[i].includes('=')));
  if (!name) throw new UsageError('--params-from-env: expected the name of an environment variable');
  const raw = env[name];
  if (!raw) throw new UsageError(`--params-from-env: ${name} is not set`);
  let params: { command?: unknown; options?: unknown };
  try {
    params = JSON.parse(raw);
  } catch {
    throw new UsageError(`${name}: expected JSON like {"command":["deploy"],"options":{}}, got text that does not parse`);
  }
  const command = typeof params.command === 'string' ? params.command.split(' ') : params.command;
  if (!Array.isArray(command) || !command.every((c) => typeof c === 'string')) {
    throw new UsageError(`${name}.command: expected a command name or a list of words, got ${JSON.stringify(params.command)}`);
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
  return [...words, ...rest];
}

#!/usr/bin/env node
// The autoscaler's own process (resources/slipway/autoscaler.cjs): `autoscaler run` and nothing else of the CLI, so the
// service that runs beside the app for months loads no yargs, dockerode or zx. `autoscaler up` starts its container
// with this bundle; `slipway autoscaler run` runs the same command in the full CLI.
import type { Args, OptionSpec } from '../core/command';
import type { Context } from '../core/context';
import { loadConfig } from '../core/config';
import { createLogger } from '../core/log';
import { checkTokens, secretsFromEnv } from '../core/secrets';
import { createExecutor, performerOf } from '../core/plan';
import { UsageError, describeError, exitCodeOf } from '../core/errors';
import { GLOBAL_OPTIONS, camelCase } from '../core/global-options';
import { run } from './run';

const COMMAND = ['autoscaler', 'run'];
const OPTIONS = [...GLOBAL_OPTIONS, ...(run.options ?? [])];
const USAGE = `usage: autoscaler.cjs autoscaler run [options]  (the autoscaler's own bundle; \`slipway --help\` for the rest)\n${OPTIONS.map((o) => `  --${o.name}  ${o.describe}`).join('\n')}`;

/** `autoscaler run` and its options, as the CLI takes them: --name value, --name=value, --flag, --no-flag. */
export function parseRunArgs(argv: string[]): Args | 'help' {
  const args: Args = { _: [] };
  for (const o of OPTIONS) if (o.default !== undefined) args[camelCase(o.name)] = o.default;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--help' || token === '-h') return 'help';
    if (!token.startsWith('--')) {
      args._.push(token);
      continue;
    }
    const [name, inline] = token.slice(2).split(/=(.*)/s, 2);
    const negated = name.startsWith('no-') && OPTIONS.some((o) => o.name === name.slice(3) && o.type === 'boolean');
    const spec = OPTIONS.find((o) => o.name === (negated ? name.slice(3) : name));
    if (!spec) throw new UsageError(`unknown option --${name} for autoscaler run`, 'see `slipway autoscaler run --help`');
    args[camelCase(spec.name)] = negated ? false : valueOf(spec, inline ?? (spec.type === 'boolean' ? undefined : argv[++i]));
  }
  if (args._.join(' ') !== COMMAND.join(' ')) throw new UsageError(`this bundle runs \`autoscaler run\` only, got \`${args._.join(' ')}\``, 'run the other commands with slipway (resources/slipway/slipway.cjs)');
  return args;
}

function valueOf(spec: OptionSpec, text: string | undefined): unknown {
  if (spec.type === 'boolean') {
    if (text === undefined || text === 'true') return true;
    if (text === 'false') return false;
    throw new UsageError(`--${spec.name}: expected true or false, got ${JSON.stringify(text)}`);
  }
  if (text === undefined) throw new UsageError(`--${spec.name}: expected a value`);
  if (spec.type !== 'number') return text;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${spec.name}: expected a number, got ${JSON.stringify(text)}`);
  return n;
}

/** The context a command gets (core/context.ts), with an executor for actions that perform themselves: the autoscaler's all do. */
function leanContext(args: Args, env: NodeJS.ProcessEnv): Context {
  const loaded = loadConfig({ appDir: args.app as string | undefined, configFile: args.config as string | undefined, env, flags: run.configFromArgs?.(args) });
  const secrets = secretsFromEnv(env);
  const log = createLogger(secrets);
  const dryRun = Boolean(args.dryRun);
  return {
    config: loaded.config,
    appDir: loaded.appDir,
    configFile: loaded.file,
    dryRun,
    json: Boolean(args.json),
    log,
    secrets,
    executor: createExecutor({ dryRun, log, secrets, json: Boolean(args.json), performer: performerOf() }),
    docker: () => {
      throw new Error('the autoscaler talks to dockerd through core/engine-api.ts, not dockerode');
    },
    env,
    flags: run.configFromArgs?.(args),
  };
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const args = parseRunArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const ctx = leanContext(args, env);
    checkTokens(ctx.secrets, run.secrets ?? []);
    const result = await run.run!(ctx, args);
    const outcome = { command: COMMAND.join(' '), dryRun: ctx.dryRun, result, ...(ctx.dryRun ? { actions: ctx.executor.printed() } : {}) };
    if (ctx.json) process.stdout.write(JSON.stringify(ctx.secrets.maskDeep(outcome), null, 2) + '\n');
    else if (run.render && result !== undefined) process.stdout.write(ctx.secrets.mask((run.render as (r: unknown) => string)(result)) + '\n');
    return 0;
  } catch (e) {
    process.stderr.write(secretsFromEnv(env).mask(`slipway: ${describeError(e)}`) + '\n');
    return exitCodeOf(e);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

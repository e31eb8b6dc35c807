// The shape of a slipway command, and the one wrapper that loads config, runs it and reports the outcome.
import type { Argv, CommandModule } from 'yargs';
import { createContext, type Context } from './context';
import { UsageError } from './errors';

export interface SlipwayCommand {
  /** yargs command string, e.g. 'deploy' or 'get <name>'. */
  command: string;
  describe: string;
  builder?: (y: Argv) => Argv;
  /** Config fields set by this command's flags, as dotted paths (flag > env > file > default). */
  configFromArgs?: (argv: Args) => Record<string, unknown>;
  /** Nested commands (`canary status`, `flags set`). */
  subcommands?: SlipwayCommand[];
  run?: (ctx: Context, argv: Args) => Promise<unknown>;
  /** Human output of the result (stdout); --json prints the result as JSON instead. */
  render?: (result: never) => string;
}

export type Args = Record<string, unknown> & { _: (string | number)[] };

export interface Outcome {
  command: string;
  dryRun: boolean;
  result?: unknown;
  actions?: unknown[];
}

/** Where the wrapper sends what it has to say; the CLI binds it to the process, tests to buffers. */
export interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  onOutcome(outcome: Outcome): void;
}

export function toYargs(def: SlipwayCommand, io: Io, parents: string[] = []): CommandModule {
  const name = def.command.split(' ')[0];
  const fullName = [...parents, name].join(' ');
  return {
    command: def.command,
    describe: def.describe,
    builder: (y: Argv) => {
      let b = def.builder ? def.builder(y) : y;
      for (const sub of def.subcommands ?? []) b = b.command(toYargs(sub, io, [...parents, name]));
      if (def.subcommands?.length && !def.run) b = b.demandCommand(1, `'slipway ${fullName}' needs a subcommand: ${def.subcommands.map((s) => s.command.split(' ')[0]).join(', ')}`);
      return b;
    },
    handler: async (argv) => {
      const args = argv as unknown as Args;
      if (!def.run) throw new UsageError(`'slipway ${fullName}' needs a subcommand`, `see \`slipway ${fullName} --help\``);
      const ctx = createContext({
        app: args.app as string | undefined,
        config: args.config as string | undefined,
        dryRun: Boolean(args.dryRun),
        json: Boolean(args.json),
        flags: def.configFromArgs?.(args),
        env: io.env,
        out: io.out,
        err: io.err,
      });
      const result = await def.run(ctx, args);
      const outcome: Outcome = { command: fullName, dryRun: ctx.dryRun, result };
      if (ctx.dryRun) outcome.actions = ctx.executor.printed();
      if (ctx.json) io.out.write(JSON.stringify(ctx.secrets.maskDeep(outcome), null, 2) + '\n');
      else if (def.render && result !== undefined) io.out.write(ctx.secrets.mask((def.render as (r: unknown) => string)(result)) + '\n');
      io.onOutcome(outcome);
    },
  };
}

// The shape of a slipway command — what it needs, declared once as data — and the one wrapper that turns a
// declaration into a yargs command, loads config, runs it and reports the outcome.
import type { Argv, CommandModule, Options } from 'yargs';
import { createContext, type Context } from './context';
import { UsageError } from './errors';
import { checkTokens, type SecretName } from './secrets';
import { resolvePositional } from './params';
import { takeStateLock, type HeldLock } from './lock';
import { GLOBAL_OPTIONS, camelCase } from './global-options';

export { STATE_LOCK_WAIT_MS } from './lock';

export interface OptionSpec {
  /** CLI name, kebab-case (`max-lint-errors`); the Jenkins steps pass it camelCase (`maxLintErrors`). */
  name: string;
  type: 'string' | 'number' | 'boolean' | 'array';
  describe: string;
  choices?: readonly string[];
  default?: string | number | boolean;
  required?: boolean;
}

/** A positional argument: always required, always taken as typed text (yargs would turn 007 into 7). */
export interface PositionalSpec {
  name: string;
  describe: string;
}

/** How a Jenkins step (vars/<var>.groovy) exposes a command; its subcommands become the step's `action`. */
export interface JenkinsStep {
  var: string;
  /** The step's help text (plain text). */
  about: string;
  /** One Groovy call that works. */
  example: string;
  /** Parameters only the step has (Jenkins triggers, node label), with their defaults. */
  params?: { name: string; default: string | number | boolean | null; describe: string }[];
}

export interface SlipwayCommand {
  /** The command word, e.g. 'deploy' or 'set'. */
  command: string;
  describe: string;
  positionals?: PositionalSpec[];
  options?: OptionSpec[];
  /** The secrets (env names) the command reads: the Jenkins runner binds exactly these. */
  secrets?: SecretName[];
  /** Whether a run changes anything (containers, files, Redis, Datadog); required on every command that runs. */
  changesState?: boolean;
  /** Runs until a signal (a service's foreground form): not a Jenkins step. */
  foreground?: boolean;
  examples?: [command: string, what: string][];
  jenkins?: JenkinsStep;
  /** Config fields set by this command's flags, as dotted paths (flag > env > file > default). */
  configFromArgs?: (argv: Args) => Record<string, unknown>;
  /** Nested commands (`canary status`, `flags set`). */
  subcommands?: SlipwayCommand[];
  run?: (ctx: Context, argv: Args) => Promise<unknown>;
  /** Human output of the result (stdout); --json prints the result as JSON instead. */
  render?: (result: never) => string;
}

export type Args = Record<string, unknown> & { _: (string | number)[] };

// in a module of their own, which the autoscaler's bundle (autoscaler/main.ts) reads without loading this one's imports
export { GLOBAL_OPTIONS, camelCase };

/** The Jenkins credential-id parameter that carries each secret, and what the secret is. */
export const CREDENTIAL_PARAMS: Record<SecretName, { param: string; what: string }> = {
  SLIPWAY_ADMIN_TOKEN: { param: 'adminTokenId', what: 'the canary proxy admin API token' },
  SLIPWAY_WEBHOOK_TOKEN: { param: 'webhookTokenId', what: 'the token Datadog\'s alert webhook sends to the canary proxy (POST /alerts/datadog only)' },
  SLIPWAY_FLAGS_TOKEN: { param: 'flagsTokenId', what: 'the toggle server write token' },
  SLIPWAY_FLAGS_READ_TOKEN: { param: 'flagsReadTokenId', what: 'the toggle server read token (GET /audit)' },
  DD_API_KEY: { param: 'datadogApiKeyId', what: 'the Datadog API key' },
  DD_APP_KEY: { param: 'datadogAppKeyId', what: 'the Datadog application key' },
  REDIS_URL: { param: 'redisUrlId', what: 'the Redis URL, with its password' },
  SLIPWAY_SMTP_PASSWORD: { param: 'smtpPasswordId', what: 'the SMTP password of monitors.local.smtpUser' },
  SLIPWAY_ROLLOUT_WEBHOOK_TOKEN: { param: 'rolloutWebhookTokenId', what: 'the bearer token the rollout sends to its canary.webhooks' },
};

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
  /** Positional arguments that came as JSON (params.ts): yargs parsed placeholders for them. */
  positionals?: string[];
  onOutcome(outcome: Outcome): void;
}

export function yargsOption(o: OptionSpec): Options {
  const base: Options = { describe: o.describe, type: o.type };
  if (o.type === 'array') base.string = true;
  if (o.choices) base.choices = [...o.choices];
  if (o.default !== undefined) base.default = o.default;
  if (o.required) base.demandOption = true;
  return base;
}

/** The yargs command string: the word and its positionals, e.g. 'set <name> <value>'. */
export const usageOf = (def: SlipwayCommand): string => [def.command, ...(def.positionals ?? []).map((p) => `<${p.name}>`)].join(' ');

export function toYargs(def: SlipwayCommand, io: Io, parents: string[] = []): CommandModule {
  const fullName = [...parents, def.command].join(' ');
  return {
    command: usageOf(def),
    describe: def.describe,
    builder: (y: Argv) => {
      let b = y;
      for (const p of def.positionals ?? []) b = b.positional(p.name, { type: 'string', describe: p.describe });
      for (const o of def.options ?? []) b = b.option(o.name, yargsOption(o));
      for (const [cmd, what] of def.examples ?? []) b = b.example(cmd, what);
      if (def.secrets?.length) b = b.epilogue(`Secrets it reads from the environment (never from argv or the config file): ${def.secrets.join(', ')}`);
      for (const sub of def.subcommands ?? []) b = b.command(toYargs(sub, io, [...parents, def.command]));
      if (def.subcommands?.length && !def.run) b = b.demandCommand(1, `'slipway ${fullName}' needs a subcommand: ${def.subcommands.map((s) => s.command).join(', ')}`);
      return b;
    },
    handler: async (argv) => {
      const args = argv as unknown as Args;
      for (const p of def.positionals ?? []) args[p.name] = resolvePositional(args[p.name], io.positionals ?? []);
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
      checkTokens(ctx.secrets, def.secrets ?? []);
      const lock = await stateLock(def, ctx, fullName);
      let result: unknown;
      try {
        result = await def.run(ctx, args);
      } finally {
        lock?.release();
      }
      const outcome: Outcome = { command: fullName, dryRun: ctx.dryRun, result };
      if (ctx.dryRun) outcome.actions = ctx.executor.printed();
      if (ctx.json) io.out.write(JSON.stringify(ctx.secrets.maskDeep(outcome), null, 2) + '\n');
      else if (def.render && result !== undefined) io.out.write(ctx.secrets.mask((def.render as (r: unknown) => string)(result)) + '\n');
      io.onOutcome(outcome);
    },
  };
}

/** Every state-changing command takes the app's one lock, here and nowhere else; a service in the foreground runs
 * until stopped, so it changes nothing that needs it, and a dry run changes nothing at all. */
function stateLock(def: SlipwayCommand, ctx: Context, fullName: string): Promise<HeldLock> | undefined {
  if (!def.changesState || def.foreground || ctx.dryRun) return undefined;
  return takeStateLock(ctx.config.stateDir, ctx.config.app.name, `slipway ${fullName}`, (line) => ctx.log.info(line));
}

/** Every runnable command with its full words, e.g. [['flags','set'], set]. */
export function leafCommands(defs: SlipwayCommand[], parents: string[] = []): { words: string[]; def: SlipwayCommand; parent?: SlipwayCommand }[] {
  const out: { words: string[]; def: SlipwayCommand; parent?: SlipwayCommand }[] = [];
  for (const def of defs) {
    const words = [...parents, def.command];
    if (def.run) out.push({ words, def });
    for (const leaf of leafCommands(def.subcommands ?? [], words)) out.push({ ...leaf, parent: leaf.parent ?? def });
  }
  return out;
}

/** The declaration at these words, e.g. ['canary', 'abort']. */
export function findCommand(defs: SlipwayCommand[], words: string[]): SlipwayCommand | undefined {
  let found: SlipwayCommand | undefined;
  let level = defs;
  for (const w of words) {
    found = level.find((d) => d.command === w);
    if (!found) return undefined;
    level = found.subcommands ?? [];
  }
  return found;
}

/** The argv a command's run gets when called without yargs (the pipeline's stages): defaults, then these options. */
export function argsOf(def: SlipwayCommand, options: Record<string, unknown>, positionals: string[] = []): Args {
  const args: Args = { _: [] };
  for (const o of def.options ?? []) if (o.default !== undefined) args[camelCase(o.name)] = o.default;
  for (const [k, v] of Object.entries(options)) args[camelCase(k)] = v;
  (def.positionals ?? []).forEach((p, i) => (args[p.name] = positionals[i]));
  return args;
}

// `slipway flags import FILE`, `export` and `rollout NAME --percent N`: flags in flagd's flag-definition format.
// An import is validated whole (flagd's schema, flag names, types) before its first write; each write is audited.
import * as fs from 'node:fs';
import type { Args, SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { UsageError } from '../core/errors';
import type { FlagStore } from '../../sdk/flags/store';
import { describeDefinition, storedValueOf, type FlagDefinition } from '../../sdk/flags/definitions';
import { RolloutError, rolloutDefinition } from '../../sdk/flags/rollout';
import { encodeValue, typeProblem, type FlagValue } from '../../sdk/flags/values';
import { FlagdFileError, parseFlagdFile, toFlagdFile } from './flagd-file';
import { actorOf, checkName, withStore } from './cli-store';

const ACTOR_OPTION = { name: 'actor', type: 'string', describe: 'Who, for the audit log (default: BUILD_TAG, else user@host)' } as const;

export interface DefineOutcome {
  namespace: string;
  changed: string[];
  unchanged: string[];
  dryRun: boolean;
}

/** Stored values of every flag (stored and defaults). */
async function currentValues(store: FlagStore): Promise<Map<string, FlagValue>> {
  const { flags } = await store.list();
  return new Map(flags.map((f) => [f.name, f.value]));
}

/** Plans one audited write per flag whose stored value changes, checks types first, and runs them. */
async function defineAll(ctx: Context, argv: Args, store: FlagStore, defs: Map<string, FlagDefinition>, source: string): Promise<DefineOutcome> {
  const current = await currentValues(store);
  const origin = { actor: actorOf(ctx, argv), source };
  const outcome: DefineOutcome = { namespace: store.namespace, changed: [], unchanged: [], dryRun: ctx.dryRun };
  const problems: string[] = [];
  const actions: Action[] = [];
  for (const [name, def] of defs) {
    const value = storedValueOf(def);
    const before = current.get(name);
    const problem = typeProblem(name, value, before);
    if (problem) problems.push(`flag ${name}, field variants: ${problem}`);
    if (before !== undefined && encodeValue(before) === encodeValue(value)) {
      outcome.unchanged.push(name);
      continue;
    }
    outcome.changed.push(name);
    actions.push({
      kind: 'redis',
      summary: `${source} ${name}: ${describeDefinition(def)} (namespace ${store.namespace}, audited as ${origin.actor})`,
      detail: { script: 'compare-and-set, version bump, audit, publish', key: store.keys.flags, field: name, value: encodeValue(value) },
      run: async () => void (await store.define(name, def, origin)),
    });
  }
  if (problems.length) throw new UsageError(`nothing written: ${problems.join('; ')}`, 'keep each flag\'s type, or remove the flag first');
  await ctx.executor.execute(actions);
  return outcome;
}

function readDefinitions(file: string): Map<string, FlagDefinition> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'give the path of a flagd flag-definition file (JSON)');
  }
  try {
    return parseFlagdFile(text);
  } catch (err) {
    if (err instanceof FlagdFileError) throw new UsageError(`${file} is not a valid flagd flag definition, nothing written: ${err.message}`, 'see https://flagd.dev/reference/flag-definitions/ (schema https://flagd.dev/schema/v0/flags.json)');
    throw err;
  }
}

export const importCommand: SlipwayCommand = {
  command: 'import',
  describe: 'Store the flags of a flagd flag-definition file (validated against flagd\'s schema first; nothing is written when any flag is wrong)',
  positionals: [{ name: 'file', describe: 'A flagd JSON file, e.g. flags.flagd.json' }],
  options: [ACTOR_OPTION],
  secrets: ['REDIS_URL'],
  changesState: true,
  run: (ctx, argv) => {
    const defs = readDefinitions(String(argv.file));
    return withStore(ctx, (store) => defineAll(ctx, argv, store, defs, 'import'));
  },
  render: (r: DefineOutcome) => `${r.dryRun ? 'would change' : 'changed'} ${r.changed.length} flag(s)${r.changed.length ? `: ${r.changed.join(', ')}` : ''}; ${r.unchanged.length} already as in the file (namespace ${r.namespace})`,
};

export const exportCommand: SlipwayCommand = {
  command: 'export',
  describe: 'Print every flag as a flagd flag-definition file (plain values as enabled flags with variants)',
  secrets: ['REDIS_URL'],
  changesState: false,
  run: (ctx) => withStore(ctx, async (store) => toFlagdFile(await currentValues(store))),
  render: (r: ReturnType<typeof toFlagdFile>) => JSON.stringify(r, null, 2),
};

export const rolloutCommand: SlipwayCommand = {
  command: 'rollout',
  describe: 'Roll a boolean or variant flag out to a percentage of users (flagd fractional rule on targetingKey); raising it only moves more users in',
  positionals: [{ name: 'name', describe: 'The flag, e.g. myflag' }],
  options: [
    { name: 'percent', type: 'number', required: true, describe: 'Share of users on the variant, 0-100 (0.01 steps)' },
    { name: 'variant', type: 'string', describe: 'The variant they get (default: the true one, or enable/on/yes; then the last rollout\'s)' },
    ACTOR_OPTION,
  ],
  secrets: ['REDIS_URL'],
  changesState: true,
  run: (ctx, argv) => {
    const name = checkName(argv.name);
    return withStore(ctx, async (store) => {
      const entry = await store.get(name);
      if (!entry) throw new UsageError(`no flag named ${name} in namespace ${store.namespace}`, '`slipway flags list` shows the flags');
      let def: FlagDefinition;
      try {
        def = rolloutDefinition(name, entry.value, Number(argv.percent), argv.variant === undefined ? undefined : String(argv.variant));
      } catch (err) {
        if (err instanceof RolloutError) throw new UsageError(err.message);
        throw err;
      }
      return { ...(await defineAll(ctx, argv, store, new Map([[name, def]]), 'rollout')), percent: Number(argv.percent), definition: def };
    });
  },
  render: (r: DefineOutcome & { percent: number; definition: FlagDefinition }) => `${r.changed.length ? (r.dryRun ? 'would roll out' : 'rolled out') : 'already at'} ${r.percent} %: ${describeDefinition(r.definition)}`,
};

// A percentage rollout of a flag as flagd's `fractional` rule: [[on, weight], [off, rest]] out of 10,000 (0.01 %
// steps). flagd buckets each user by hash(flagKey + targetingKey) into [0, total) and takes the first variant whose
// running sum passes the bucket, so with `on` first and the total fixed, raising the percentage only moves users in.
import { TOGGLE_PAIRS, type FlagValue } from './values';
import { definitionOf, type FlagDefinition } from './definitions';

export const ROLLOUT_TOTAL = 10_000;

export class RolloutError extends Error {}

/** The variants of a rollout this module wrote: undefined for a flag without targeting; an error for other targeting. */
function currentRollout(name: string, def: FlagDefinition): { on: string; off: string } | undefined {
  if (def.targeting === undefined) return undefined;
  const f = (def.targeting as { fractional?: FlagValue }).fractional;
  const ours = Object.keys(def.targeting).length === 1 && Array.isArray(f) && f.length === 2 && f.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'number');
  if (!ours) throw new RolloutError(`${name} has targeting of its own (${JSON.stringify(def.targeting).slice(0, 120)}): a rollout would replace it; edit it with \`slipway flags export\` / \`import\``);
  const [[on], [off]] = f as [string, number][];
  return { on, off };
}

/** Which variant a rollout turns on when none is named: the one that is true, or the "on" side of enable/disable. */
function onVariant(name: string, def: FlagDefinition): string {
  const names = Object.keys(def.variants);
  const yes = names.find((n) => def.variants[n] === true) ?? names.find((n) => TOGGLE_PAIRS.some(([a]) => def.variants[n] === a));
  if (yes === undefined) throw new RolloutError(`${name}: cannot tell which of its variants (${names.join(', ')}) the rollout turns on; name it with --variant`);
  return yes;
}

function offVariant(name: string, def: FlagDefinition, on: string): string {
  const others = Object.keys(def.variants).filter((n) => n !== on);
  if (others.length === 1) return others[0];
  if (typeof def.defaultVariant === 'string' && def.defaultVariant !== on) return def.defaultVariant;
  throw new RolloutError(`${name}: ${others.length ? `which of ${others.join(', ')} do the other users get? make it the defaultVariant` : `has only the variant ${on}: nothing to roll out from`}`);
}

/** The flag moved to `percent` % of users on `variant` (default: its "on" variant), the rest on the other one. */
export function rolloutDefinition(name: string, current: FlagValue, percent: number, variant?: string): FlagDefinition {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new RolloutError(`--percent: expected a number from 0 to 100, got ${percent}`);
  const def = definitionOf(current);
  const before = currentRollout(name, def);
  if (variant !== undefined && !(variant in def.variants)) throw new RolloutError(`${name} has no variant ${variant} (it has ${Object.keys(def.variants).join(', ')})`);
  const on = variant ?? before?.on ?? onVariant(name, def);
  const off = before && before.on === on ? before.off : offVariant(name, def, on);
  const weight = Math.round(percent * (ROLLOUT_TOTAL / 100));
  return {
    ...def,
    state: 'ENABLED',
    // without a targetingKey flagd cannot bucket a user: they get the default, which follows the majority at the ends
    defaultVariant: weight === ROLLOUT_TOTAL ? on : off,
    targeting: { fractional: [[on, weight], [off, ROLLOUT_TOTAL - weight]] },
  };
}

/** The percentage a flag is rolled out to, when its targeting is a rollout. */
export function rolloutPercent(def: FlagDefinition): number | undefined {
  const f = (def.targeting as { fractional?: [string, number][] } | undefined)?.fractional;
  if (!Array.isArray(f) || f.length !== 2 || typeof f[0]?.[1] !== 'number' || typeof f[1]?.[1] !== 'number') return undefined;
  const total = f[0][1] + f[1][1];
  return total > 0 ? Math.round((f[0][1] / total) * 10_000) / 100 : undefined;
}

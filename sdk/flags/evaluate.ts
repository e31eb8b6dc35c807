// Evaluation of one stored flag for one context, by flagd's own evaluator (@openfeature/flagd-core): the same
// targeting, fractional bucketing and reasons as flagd. A definition is compiled once per stored value (a new value
// from Redis is a new object), so an evaluation is a map lookup plus the compiled rule.
import { FeatureFlag } from '@openfeature/flagd-core';
import { definitionOf, isDefinition } from './definitions';
import type { FlagValue } from './values';

export type EvaluationContext = Record<string, unknown>;

export interface Evaluation {
  /** Absent for an error, a DISABLED flag, or a rule that chose no variant and no default: the caller's default applies. */
  value?: FlagValue;
  variant?: string;
  reason: 'STATIC' | 'TARGETING_MATCH' | 'DEFAULT' | 'DISABLED' | 'ERROR';
  errorCode?: 'FLAG_NOT_FOUND' | 'PARSE_ERROR' | 'GENERAL';
  errorMessage?: string;
  flagMetadata: Record<string, string | number | boolean>;
}

const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined };
const compiled = new WeakMap<object, FeatureFlag>();
const NO_METADATA = Object.freeze({}) as Record<string, never>;

function compiledFlag(name: string, stored: object, def: ReturnType<typeof definitionOf>): FeatureFlag {
  let flag = compiled.get(stored);
  if (!flag || flag.key !== name) {
    flag = new FeatureFlag(name, def as never, quiet);
    compiled.set(stored, flag);
  }
  return flag;
}

/** What flagd answers for this flag and context; a plain value is a flag without targeting (STATIC). */
export function evaluateStored(name: string, stored: FlagValue | undefined, context: EvaluationContext = {}): Evaluation {
  if (stored === undefined) return { reason: 'ERROR', errorCode: 'FLAG_NOT_FOUND', errorMessage: `flag '${name}' not found`, flagMetadata: NO_METADATA };
  if (!isDefinition(stored)) return { value: stored, variant: definitionOf(stored).defaultVariant as string, reason: 'STATIC', flagMetadata: NO_METADATA };
  const def = stored.$flagd;
  let flag: FeatureFlag;
  try {
    flag = compiledFlag(name, stored, def);
  } catch (err) {
    // refused on import; here only for a definition written into Redis by hand
    return { reason: 'ERROR', errorCode: 'PARSE_ERROR', errorMessage: `flag '${name}': ${(err as Error).message}`, flagMetadata: NO_METADATA };
  }
  if (def.state === 'DISABLED') return { reason: 'DISABLED', flagMetadata: flag.metadata };
  return flag.evaluate(context as never, quiet) as Evaluation;
}

const fractional = new WeakMap<object, boolean>();

/** Whether the flag's rule splits users with `fractional` (by targetingKey unless it names its own bucketing value). */
export function needsTargetingKey(stored: FlagValue | undefined): boolean {
  if (!isDefinition(stored) || stored.$flagd.targeting === undefined) return false;
  let found = fractional.get(stored);
  if (found === undefined) fractional.set(stored, (found = JSON.stringify(stored.$flagd.targeting).includes('"fractional"')));
  return found;
}

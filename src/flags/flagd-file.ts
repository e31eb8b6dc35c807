// flagd flag-definition files: validated against flagd's published schema (vendored in flagd-schema/), $evaluators
// inlined into each flag's targeting, and each flag built by flagd-core once, so an import is refused before any write.
import Ajv, { type ErrorObject } from 'ajv';
import { FeatureFlag } from '@openfeature/flagd-core';
import flagsSchema from './flagd-schema/flags.json';
import targetingSchema from './flagd-schema/targeting.json';
import { DEFINITION_KEY, definitionOf, type FlagDefinition } from '../../sdk/flags/definitions';
import { FLAG_NAME_RULE, isFlagName } from '../../sdk/flags/keys';
import type { FlagValue } from '../../sdk/flags/values';

export const FLAGD_SCHEMA_URL = 'https://flagd.dev/schema/v0/flags.json';

/** A file that is not a valid flagd definition: every problem, each naming the flag and the field. */
export class FlagdFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(doc: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(targetingSchema);
    validator = ajv.compile(flagsSchema);
  }
  return validator(doc) ? [] : (validator.errors ?? []);
}

/**
 * "flag X, field a.b: message": per flag, the error most branches of the schema agree on (a wrong state fails all four
 * flag types; a variant of the wrong type only three), the deepest of those.
 */
export function describeSchemaErrors(errors: ErrorObject[]): string[] {
  const counts = new Map<string, number>();
  const keyOf = (e: ErrorObject) => `${e.instancePath} ${e.message}`;
  for (const e of errors) counts.set(keyOf(e), (counts.get(keyOf(e)) ?? 0) + 1);
  const deepest = new Map<string, ErrorObject>();
  for (const e of errors) {
    if (['anyOf', 'oneOf', 'allOf', 'if'].includes(e.keyword)) continue;
    const path = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const owner = path[0] === 'flags' && path[1] !== undefined ? `flag ${path[1]}` : path[0] ?? '(top level)';
    const before = deepest.get(owner);
    const better = !before || counts.get(keyOf(e))! > counts.get(keyOf(before))! || (counts.get(keyOf(e)) === counts.get(keyOf(before)) && e.instancePath.length > before.instancePath.length);
    if (better) deepest.set(owner, e);
  }
  if (!deepest.size && errors.length) deepest.set('(top level)', errors[0]);
  return [...deepest].map(([owner, e]) => {
    const path = e.instancePath.split('/').slice(owner.startsWith('flag ') ? 3 : 2).join('.');
    const field = e.keyword === 'required' ? [path, (e.params as { missingProperty: string }).missingProperty].filter(Boolean).join('.') : e.keyword === 'additionalProperties' ? [path, (e.params as { additionalProperty: string }).additionalProperty].filter(Boolean).join('.') : path;
    const allowed = e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
    return `${owner}, field ${field || '(the flag itself)'}: ${e.message ?? e.keyword}${allowed}`;
  });
}

/** Replaces each {"$ref": "name"} by that evaluator, as flagd does when it loads a file. */
function inlineRefs(node: FlagValue, evaluators: Record<string, FlagValue>, seen: string[] = []): FlagValue {
  if (Array.isArray(node)) return node.map((n) => inlineRefs(n, evaluators, seen));
  if (!node || typeof node !== 'object') return node;
  const keys = Object.keys(node);
  if (keys.length === 1 && keys[0] === '$ref' && typeof node.$ref === 'string' && node.$ref in evaluators) {
    if (seen.includes(node.$ref)) throw new Error(`$evaluators.${node.$ref} refers to itself`);
    return inlineRefs(evaluators[node.$ref], evaluators, [...seen, node.$ref]);
  }
  return Object.fromEntries(keys.map((k) => [k, inlineRefs(node[k], evaluators, seen)]));
}

/** The flags of a flagd file, ready to store; throws FlagdFileError naming every flag and field that is wrong. */
export function parseFlagdFile(text: string): Map<string, FlagDefinition> {
  let doc: { flags?: Record<string, FlagDefinition>; $evaluators?: Record<string, FlagValue> };
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new FlagdFileError([`not JSON: ${(err as Error).message}`]);
  }
  const errors = validate(doc);
  if (errors.length) throw new FlagdFileError(describeSchemaErrors(errors));
  const problems: string[] = [];
  const flags = new Map<string, FlagDefinition>();
  for (const [name, raw] of Object.entries(doc.flags ?? {})) {
    if (!isFlagName(name)) {
      problems.push(`flag ${JSON.stringify(name)}, field (its key): slipway flag names are ${FLAG_NAME_RULE}`);
      continue;
    }
    try {
      const def = { ...raw, ...(raw.targeting ? { targeting: inlineRefs(raw.targeting, doc.$evaluators ?? {}) } : {}) } as FlagDefinition;
      problems.push(...flagdCoreProblems(name, def));
      flags.set(name, def);
    } catch (err) {
      problems.push(`flag ${name}, field targeting: ${(err as Error).message}`);
    }
  }
  if (problems.length) throw new FlagdFileError(problems);
  return flags;
}

/** What flagd-core itself refuses or cannot parse in a definition the schema let through. */
function flagdCoreProblems(name: string, def: FlagDefinition): string[] {
  if (typeof def.defaultVariant === 'string' && !(def.defaultVariant in def.variants)) return [`flag ${name}, field defaultVariant: ${def.defaultVariant} is not one of its variants (${Object.keys(def.variants).join(', ')})`];
  let warned = '';
  const logger = { error: () => undefined, warn: (m: string) => (warned = m), info: () => undefined, debug: () => undefined };
  const flag = new FeatureFlag(name, def as never, logger);
  const result = flag.evaluate({}, logger);
  if (result.errorCode === 'PARSE_ERROR') return [`flag ${name}, field targeting: flagd-core cannot parse it (${warned || result.errorMessage})`];
  return [];
}

/** The flags as a flagd file: plain values as enabled flags with variants, definitions as they are stored. */
export function toFlagdFile(values: Map<string, FlagValue>): { $schema: string; flags: Record<string, FlagDefinition> } {
  const flags: Record<string, FlagDefinition> = {};
  for (const name of [...values.keys()].sort()) flags[name] = definitionOf(values.get(name)!);
  return { $schema: FLAGD_SCHEMA_URL, flags };
}

export { DEFINITION_KEY };

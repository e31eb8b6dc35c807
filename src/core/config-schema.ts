// The config schema: validation with defaults, and the messages a person can act on.
import type { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from '../../resources/slipway/slipway.schema.json';
import { CONTROL_CHARACTERS, FORMATS } from './config-formats';
import { SECRET_ENV } from './secrets';

export const schema = schemaJson as JsonSchema;

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  default?: unknown;
  description?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  format?: string;
  propertyNames?: JsonSchema;
}

// generated from the schema by `npm run bundle` (ajv standalone, with defaults and all errors): nothing compiles at start
// eslint-disable-next-line @typescript-eslint/no-var-requires
const validate = require('../../resources/slipway/config-validate.cjs') as ValidateFunction;

/** Validates in place (filling defaults) and returns one message per problem. */
export function schemaProblems(config: unknown, sourceOf: (path: string) => string | undefined): string[] {
  const controls = controlCharacterFields(config, []);
  const problems = controls.map(({ field, value }) =>
    `${label(field, sourceOf)}: expected no control characters (CR, LF, tab, NUL...), got ${show(value)} (one at character ${String(value).search(CONTROL_CHARACTERS) + 1})`);
  if (!validate(config)) {
    // a field already refused for its control characters is not reported again for its format
    const rest = (validate.errors ?? []).filter((e) => !controls.some((c) => e.instancePath === c.pointer));
    problems.push(...rest.map((e) => describeProblem(e, config, sourceOf)));
  }
  return dedupe(problems);
}

/** Every string (and object key) holding a control character; flags.defaults are data stored as JSON, not fields. */
function controlCharacterFields(value: unknown, at: string[]): { field: string; pointer: string; value: unknown }[] {
  const here = { field: at.join('.'), pointer: at.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join(''), value };
  if (typeof value === 'string') return CONTROL_CHARACTERS.test(value) ? [here] : [];
  if (!value || typeof value !== 'object' || at.join('.') === 'flags.defaults') return [];
  const out: { field: string; pointer: string; value: unknown }[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (CONTROL_CHARACTERS.test(k)) out.push({ ...here, value: k });
    else out.push(...controlCharacterFields(v, [...at, k]));
  }
  return out;
}

function describeProblem(e: ErrorObject, root: unknown, sourceOf: (path: string) => string | undefined): string {
  const segments = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let field = segments.join('.');
  let value = valueAt(root, segments);
  let expected: string;
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      field = field ? `${field}.${extra}` : extra;
      const known = Object.keys(subschemaAt(segments)?.properties ?? {}).filter((k) => k !== '$schema');
      const secretHint = /key|token|password|secret/i.test(extra)
        ? ` — secrets are never read from the file: set ${SECRET_ENV.join(', ')} in the environment`
        : '';
      return `${label(field, sourceOf)}: unknown field; expected one of ${known.join(', ')}${secretHint}`;
    }
    case 'type':
      expected = typeWords((e.params as { type: string }).type);
      break;
    case 'enum':
      expected = `one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'pattern': {
      const sub = subschemaAt(segments);
      expected = sub?.description ? `a value matching ${e.params.pattern} (${sub.description})` : `a value matching ${e.params.pattern}`;
      break;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      expected = `a number ${(e.params as { comparison: string }).comparison} ${(e.params as { limit: number }).limit}`;
      break;
    case 'minLength':
      expected = 'a non-empty string';
      break;
    case 'format': {
      const name = (e.params as { format: string }).format;
      expected = FORMATS[name]?.expected ?? `a valid ${name}`;
      break;
    }
    case 'propertyNames':
      return `${label(field, sourceOf)}: expected names matching ${subschemaAt(segments)?.propertyNames?.pattern ?? 'the schema'}, got ${show((e.params as { propertyName: string }).propertyName)}`;
    case 'required':
      field = field ? `${field}.${(e.params as { missingProperty: string }).missingProperty}` : (e.params as { missingProperty: string }).missingProperty;
      value = undefined;
      return `${label(field, sourceOf)}: is required`;
    default:
      expected = e.message ?? 'a valid value';
  }
  return `${label(field || '(top level)', sourceOf)}: expected ${expected}, got ${show(value)}`;
}

function label(field: string, sourceOf: (path: string) => string | undefined): string {
  const source = sourceOf(field);
  return source ? `${field} (from ${source})` : field;
}

function typeWords(type: string): string {
  const words: Record<string, string> = {
    object: 'an object', array: 'an array', string: 'a string', integer: 'a whole number',
    number: 'a number', boolean: 'true or false', null: 'null',
  };
  return type.split(',').map((t) => words[t] ?? t).join(' or ');
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON escapes C0 controls; DEL, C1 and the line separators are escaped here so no control character is printed
  const text = JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(root: unknown, segments: string[]): unknown {
  let v: unknown = root;
  for (const s of segments) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

export function subschemaAt(segments: string[]): JsonSchema | undefined {
  let s: JsonSchema | undefined = schema;
  for (const seg of segments) {
    if (!s) return undefined;
    if (s.properties?.[seg]) s = s.properties[seg];
    else if (s.items) s = s.items;
    else if (typeof s.additionalProperties === 'object') s = s.additionalProperties;
    else return undefined;
  }
  return s;
}

function dedupe(lines: string[]): string[] {
  return [...new Set(lines)];
}

/** Every leaf field of the schema with its dotted path, for env mapping and the README reference. */
export function leafFields(s: JsonSchema = schema, prefix: string[] = []): { path: string[]; schema: JsonSchema }[] {
  const out: { path: string[]; schema: JsonSchema }[] = [];
  for (const [key, sub] of Object.entries(s.properties ?? {})) {
    if (key === '$schema') continue;
    if (sub.type === 'object' && sub.properties) out.push(...leafFields(sub, [...prefix, key]));
    else out.push({ path: [...prefix, key], schema: sub });
  }
  return out;
}

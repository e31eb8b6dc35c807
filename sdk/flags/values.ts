// Flag values: their types, their encoding in Redis (JSON text), and what a toggle turns each into.

export type FlagValue = boolean | string | number | FlagValue[] | { [key: string]: FlagValue } | null;
export type FlagType = 'boolean' | 'string' | 'number' | 'json';

/** The key that marks a stored value as a flagd definition (sdk/flags/definitions.ts); a plain object value may not use it. */
export const DEFINITION_KEY = '$flagd';

/** A definition's type is that of its variants (flagd's schema holds them to one). */
export function typeOf(value: unknown): FlagType {
  if (typeof value === 'object' && value !== null && DEFINITION_KEY in value) {
    const variants = (value as Record<string, { variants?: Record<string, unknown> }>)[DEFINITION_KEY]?.variants ?? {};
    return typeOf(Object.values(variants)[0] ?? null);
  }
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  return 'json';
}

export function encodeValue(value: FlagValue): string {
  return JSON.stringify(value);
}

/** A value somebody set by hand without JSON quotes (HSET … myflag enable) reads as that plain string. */
export function decodeValue(text: string): FlagValue {
  try {
    return JSON.parse(text) as FlagValue;
  } catch {
    return text;
  }
}

/** Why a value cannot be a flag value, or undefined when it can. */
export function valueProblem(value: unknown, depth = 0): string | undefined {
  if (depth > 32) return 'nested too deeply (more than 32 levels)';
  if (depth === 0 && typeof value === 'object' && value !== null && DEFINITION_KEY in value) return `an object with the key "${DEFINITION_KEY}" is a flagd definition: use \`slipway flags import\``;
  if (value === undefined) return 'missing';
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : 'not a finite number';
  if (Array.isArray(value)) {
    for (const v of value) {
      const p = valueProblem(v, depth + 1);
      if (p) return p;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    for (const v of Object.values(value as object)) {
      const p = valueProblem(v, depth + 1);
      if (p) return p;
    }
    return undefined;
  }
  return `a ${typeof value} is not JSON`;
}

/** A new value must keep the flag's type (from its stored value, else its default), so readers never see a surprise. */
export function typeProblem(name: string, value: FlagValue, current: FlagValue | undefined): string | undefined {
  if (current === undefined) return undefined;
  const want = typeOf(current);
  const got = typeOf(value);
  return want === got ? undefined : `${name} is a ${want} flag (now ${JSON.stringify(current)}), got a ${got}: ${JSON.stringify(value)}`;
}

// Pairs a toggle flips between; the seed's myflag is enable ⇄ disable.
export const TOGGLE_PAIRS: [string, string][] = [
  ['enable', 'disable'],
  ['enabled', 'disabled'],
  ['on', 'off'],
  ['true', 'false'],
  ['yes', 'no'],
];

/** What a toggle turns a value into, or undefined when the value has no opposite. */
export function toggled(value: FlagValue): FlagValue | undefined {
  if (typeof value === 'boolean') return !value;
  if (typeof value !== 'string') return undefined;
  for (const [a, b] of TOGGLE_PAIRS) {
    if (value === a) return b;
    if (value === b) return a;
  }
  return undefined;
}

export const TOGGLE_RULE = `a boolean, or one of ${TOGGLE_PAIRS.map(([a, b]) => `${a}/${b}`).join(', ')}`;

export function sameValue(a: FlagValue | undefined, b: FlagValue | undefined): boolean {
  return a === undefined || b === undefined ? a === b : encodeValue(a) === encodeValue(b);
}

// Flags in flagd's flag-definition format. A flag with targeting, several variants or a state is stored as its definition
// wrapped as {"$flagd": {...}}; a plain value (myflag = "enable") stays plain and reads as a definition with variants,
// so the toggle script, the audit and every existing reader keep working unchanged.
import { DEFINITION_KEY, TOGGLE_PAIRS, sameValue, type FlagValue } from './values';

export { DEFINITION_KEY };

export type FlagDefinition = {
  state: 'ENABLED' | 'DISABLED';
  variants: Record<string, FlagValue>;
  defaultVariant?: string | null;
  targeting?: { [key: string]: FlagValue };
  metadata?: Record<string, string | number | boolean>;
};

export type StoredDefinition = { [DEFINITION_KEY]: FlagDefinition };

/** A wrapper whose content is no definition (written into Redis by hand) reads as the plain object it is. */
export function isDefinition(value: FlagValue | undefined): value is StoredDefinition {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !(DEFINITION_KEY in value)) return false;
  const def = value[DEFINITION_KEY] as { variants?: unknown } | null;
  return typeof def === 'object' && def !== null && typeof def.variants === 'object' && def.variants !== null && !Array.isArray(def.variants);
}

/** The variant names a plain value reads as: on/off for booleans, the toggle pair for enable/disable and its kin. */
function plainVariants(value: FlagValue): { variants: Record<string, FlagValue>; defaultVariant: string } {
  if (typeof value === 'boolean') return { variants: { on: true, off: false }, defaultVariant: value ? 'on' : 'off' };
  if (typeof value === 'string') {
    const pair = TOGGLE_PAIRS.find(([a, b]) => value === a || value === b);
    if (pair) return { variants: { [pair[0]]: pair[0], [pair[1]]: pair[1] }, defaultVariant: value };
  }
  return { variants: { default: value }, defaultVariant: 'default' };
}

/** Any stored value as a flagd definition: a definition as it is, a plain value as an enabled flag without targeting. */
export function definitionOf(value: FlagValue): FlagDefinition {
  if (isDefinition(value)) return value[DEFINITION_KEY];
  return { state: 'ENABLED', ...plainVariants(value) };
}

/** What to store for a definition: the plain value when the definition says nothing more than one, else the wrapper. */
export function storedValueOf(def: FlagDefinition): FlagValue {
  const hasMore = def.state !== 'ENABLED' || def.targeting !== undefined || def.metadata !== undefined || typeof def.defaultVariant !== 'string';
  if (!hasMore) {
    const value = def.variants[def.defaultVariant as string];
    if (value !== undefined && value !== null && !Array.isArray(value)) {
      const plain = plainVariants(value);
      if (plain.defaultVariant === def.defaultVariant && sameVariants(plain.variants, def.variants)) return value;
    }
  }
  return { [DEFINITION_KEY]: def as unknown as FlagValue };
}

function sameVariants(a: Record<string, FlagValue>, b: Record<string, FlagValue>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((n) => n in b && sameValue(a[n], b[n]));
}

/** What a toggle does to a definition: turns it off (DISABLED: every reader gets its own default) or back on. */
export function toggledDefinition(def: FlagDefinition): FlagDefinition {
  return { ...def, state: def.state === 'ENABLED' ? 'DISABLED' : 'ENABLED' };
}

/** One line for people: state, default variant, variant names, and whether it has targeting. */
export function describeDefinition(def: FlagDefinition): string {
  const parts = [def.state, `default ${def.defaultVariant ?? '(code default)'}`, `variants ${Object.keys(def.variants).join('/')}`];
  if (def.targeting) parts.push(`targeting ${Object.keys(def.targeting).join(', ') || '{}'}`);
  return parts.join(', ');
}

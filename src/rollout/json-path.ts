// The JSON path of a web metric (Argo's web provider jsonPath), the simple kind only: $, then .name, [index] or
// ["name"] steps. Read through own properties alone, so "__proto__" or "constructor" find only what the answer holds.

export type PathStep = string | number;

export const MAX_PATH_LENGTH = 500;
export const MAX_PATH_STEPS = 32;

export class JsonPathSyntaxError extends Error {}

const STEP = /\.([A-Za-z_$][\w$-]*)|\[(\d{1,9})\]|\[\s*("(?:[^"\\]|\\["\\])*"|'(?:[^'\\]|\\['\\])*')\s*\]/y;

export function parseJsonPath(text: string): PathStep[] {
  if (text.length > MAX_PATH_LENGTH) throw new JsonPathSyntaxError(`longer than ${MAX_PATH_LENGTH} characters`);
  if (!text.startsWith('$')) throw new JsonPathSyntaxError('must start with $ (the whole answer), e.g. $.data.ok');
  const steps: PathStep[] = [];
  STEP.lastIndex = 1;
  while (STEP.lastIndex < text.length) {
    const at = STEP.lastIndex;
    const m = STEP.exec(text);
    if (!m) throw new JsonPathSyntaxError(`cannot read ${JSON.stringify(text.slice(at, at + 20))} at character ${at + 1}: expected .name, [index] or ["name"]`);
    steps.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3].slice(1, -1).replace(/\\(.)/g, '$1')));
    if (steps.length > MAX_PATH_STEPS) throw new JsonPathSyntaxError(`more than ${MAX_PATH_STEPS} steps`);
  }
  return steps;
}

/** The value at the path, or `found: false` with the step that led nowhere. */
export function readJsonPath(value: unknown, steps: readonly PathStep[]): { found: true; value: unknown } | { found: false; missing: string } {
  let here = value;
  let at = '$';
  for (const step of steps) {
    const next = typeof step === 'number' ? `${at}[${step}]` : `${at}.${step}`;
    if (typeof step === 'number') {
      if (!Array.isArray(here) || step >= here.length) return { found: false, missing: next };
      here = here[step];
    } else {
      if (!here || typeof here !== 'object' || Array.isArray(here) || !Object.prototype.hasOwnProperty.call(here, step)) return { found: false, missing: next };
      here = (here as Record<string, unknown>)[step];
    }
    at = next;
  }
  return { found: true, value: here };
}

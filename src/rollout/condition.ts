// The success and failure conditions of a rollout metric (Argo's successCondition/failureCondition), in a grammar
// small enough to read whole: `result <op> literal`, joined by && and || (&& binds tighter). Parsed once at config
// load, evaluated by comparison only: nothing in a condition or an answer is ever run as code.

export type Op = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type Literal = number | boolean | string;

interface Comparison {
  op: Op;
  literal: Literal;
}

/** Alternatives (||) of conjunctions (&&) of comparisons. */
export type Condition = Comparison[][];

export const MAX_CONDITION_LENGTH = 500;

/** A condition that cannot be read; the message says where and what was expected. */
export class ConditionSyntaxError extends Error {}

/** The answer cannot be compared as the condition asks (a string against `<`): an Error measurement, not a verdict. */
export class ConditionTypeError extends Error {}

const TOKEN = /\s*(?:(result)\b|(<=|>=|==|!=|<|>)|(&&|\|\|)|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(true|false)\b|("(?:[^"\\]|\\["\\])*"|'(?:[^'\\]|\\['\\])*'))/y;

type Token = { kind: 'result' | 'op' | 'join' | 'literal'; text: string; value?: Literal; at: number };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    if (/^\s*$/.test(text.slice(at))) break;
    const m = TOKEN.exec(text);
    if (!m) throw new ConditionSyntaxError(`cannot read ${JSON.stringify(text.slice(at, at + 20).trim())} at character ${at + 1}`);
    const [, result, op, join, number, bool, quoted] = m;
    if (result) out.push({ kind: 'result', text: result, at });
    else if (op) out.push({ kind: 'op', text: op, at });
    else if (join) out.push({ kind: 'join', text: join, at });
    else if (number !== undefined) out.push({ kind: 'literal', text: number, value: Number(number), at });
    else if (bool) out.push({ kind: 'literal', text: bool, value: bool === 'true', at });
    else out.push({ kind: 'literal', text: quoted, value: quoted.slice(1, -1).replace(/\\(.)/g, '$1'), at });
  }
  return out;
}

export function parseCondition(text: string): Condition {
  if (text.length > MAX_CONDITION_LENGTH) throw new ConditionSyntaxError(`longer than ${MAX_CONDITION_LENGTH} characters`);
  const list = tokens(text);
  if (!list.length) throw new ConditionSyntaxError('empty');
  const alternatives: Condition = [[]];
  for (let i = 0; ; i += 4) {
    const [subject, op, literal, join] = list.slice(i, i + 4);
    const where = (t: Token | undefined) => (t ? `${JSON.stringify(t.text)} at character ${t.at + 1}` : 'the end');
    if (subject?.kind !== 'result') throw new ConditionSyntaxError(`expected "result", found ${where(subject)}`);
    if (op?.kind !== 'op') throw new ConditionSyntaxError(`expected one of < <= > >= == != after "result", found ${where(op)}`);
    if (literal?.kind !== 'literal') throw new ConditionSyntaxError(`expected a number, true, false or a quoted string after ${op.text}, found ${where(literal)}`);
    if ('<>'.includes(op.text[0]) && typeof literal.value !== 'number') throw new ConditionSyntaxError(`${op.text} compares numbers, not ${literal.text}`);
    alternatives[alternatives.length - 1].push({ op: op.text as Op, literal: literal.value! });
    if (!join) return alternatives;
    if (join.kind !== 'join') throw new ConditionSyntaxError(`expected && or || or the end, found ${where(join)}`);
    if (join.text === '||') alternatives.push([]);
  }
}

/** Does `result` meet the condition? Throws ConditionTypeError when an order is asked of something that is not a number. */
export function holds(condition: Condition, result: unknown): boolean {
  // every comparison is made, so a wrongly typed answer is reported whatever the order of the terms
  const outcomes = condition.map((all) => all.map((c) => compare(c, result)));
  return outcomes.some((all) => all.every(Boolean));
}

function compare({ op, literal }: Comparison, result: unknown): boolean {
  if (op === '==') return result === literal;
  if (op === '!=') return result !== literal;
  if (typeof result !== 'number' || !Number.isFinite(result)) throw new ConditionTypeError(`result ${describe(result)} is not a number, so "${op} ${literal}" cannot be judged`);
  const n = literal as number;
  return op === '<' ? result < n : op === '<=' ? result <= n : op === '>' ? result > n : result >= n;
}

export function describe(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

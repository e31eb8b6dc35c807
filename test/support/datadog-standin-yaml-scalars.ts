// Scalars of the stand-in's YAML loader: comments, quoted and plain scalars with YAML's core types, flow [] and {}.

export function closesQuote(text: string, q: string): boolean {
  for (let j = 1; j < text.length; j++) {
    if (q === '"' && text[j] === '\\') j++;
    else if (q === "'" && text[j] === "'" && text[j + 1] === "'") j++;
    else if (text[j] === q) return true;
  }
  return false;
}

export function balanced(text: string): boolean {
  let depth = 0;
  let quote = '';
  for (let j = 0; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (quote === '"' && c === '\\') j++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth === 0;
}

/** Drops a " # comment" that is outside quotes. */
export function stripComment(text: string): string {
  let quote = '';
  for (let j = 0; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (quote === '"' && c === '\\') j++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (j === 0 || /[\s[{,:]/.test(text[j - 1])) quote = c;
    } else if (c === '#' && (j === 0 || /\s/.test(text[j - 1]))) return text.slice(0, j).trimEnd();
  }
  return text.trim();
}

export function plainScalar(text: string): unknown {
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?\d+$/.test(text)) return Number(text);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text, 16);
  if (/^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

/** Flow values: quoted scalars, [a, b], {k: v}, and plain scalars inside them. */
export function parseFlow(text: string, no: number): unknown {
  let j = 0;
  const ws = () => {
    while (j < text.length && /\s/.test(text[j])) j++;
  };
  const value = (): unknown => {
    ws();
    const c = text[j];
    if (c === '[') {
      j++;
      const arr: unknown[] = [];
      ws();
      if (text[j] === ']') return j++, arr;
      for (;;) {
        arr.push(value());
        ws();
        if (text[j] === ',') {
          j++;
          ws();
          if (text[j] === ']') return j++, arr;
          continue;
        }
        if (text[j] === ']') return j++, arr;
        throw new Error(`yaml line ${no}: expected , or ] in ${JSON.stringify(text)}`);
      }
    }
    if (c === '{') {
      j++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[j] === '}') return j++, obj;
      for (;;) {
        const key = String(scalarUntil(/[:,}]/));
        ws();
        if (text[j] !== ':') throw new Error(`yaml line ${no}: expected : in ${JSON.stringify(text)}`);
        j++;
        obj[key] = value();
        ws();
        if (text[j] === ',') {
          j++;
          ws();
          if (text[j] === '}') return j++, obj;
          continue;
        }
        if (text[j] === '}') return j++, obj;
        throw new Error(`yaml line ${no}: expected , or } in ${JSON.stringify(text)}`);
      }
    }
    return scalarUntil(/[,\]}]/);
  };
  const scalarUntil = (stop: RegExp): unknown => {
    ws();
    const c = text[j];
    if (c === '"') {
      let out = '';
      for (j++; j < text.length && text[j] !== '"'; j++) {
        if (text[j] !== '\\') {
          out += text[j];
          continue;
        }
        const e = text[++j];
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', '0': '\0', b: '\b', f: '\f', ' ': ' ', e: '\x1b' };
        if (e === 'u' || e === 'x' || e === 'U') {
          const len = e === 'u' ? 4 : e === 'x' ? 2 : 8;
          out += String.fromCodePoint(parseInt(text.slice(j + 1, j + 1 + len), 16));
          j += len;
        } else if (e in map) out += map[e];
        else throw new Error(`yaml line ${no}: unknown escape \\${e}`);
      }
      j++;
      return out;
    }
    if (c === "'") {
      let out = '';
      for (j++; j < text.length; j++) {
        if (text[j] === "'" && text[j + 1] === "'") {
          out += "'";
          j++;
        } else if (text[j] === "'") break;
        else out += text[j];
      }
      j++;
      return out;
    }
    const start = j;
    while (j < text.length && !stop.test(text[j])) j++;
    return plainScalar(text.slice(start, j).trim());
  };
  const v = value();
  ws();
  if (j < text.length) throw new Error(`yaml line ${no}: unexpected ${JSON.stringify(text.slice(j))} after a value`);
  return v;
}

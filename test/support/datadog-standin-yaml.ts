// A loader for the block-style YAML subset OpenAPI documents use (Node has no YAML parser, and no package is added):
// mappings, sequences, block scalars (| |- > >-), quoted and plain scalars (multi-line too), flow [] and {}, comments.
// Anchors, aliases, tags and multi-document streams are refused with the line number.
import { balanced, closesQuote, parseFlow, plainScalar, stripComment } from './datadog-standin-yaml-scalars';

interface Line {
  no: number;
  indent: number;
  text: string; // without the indentation
}

export function parseYaml(source: string): unknown {
  const lines: Line[] = source.split(/\r?\n/).map((raw, i) => {
    const text = raw.replace(/\s+$/, '');
    const indent = text.length - text.trimStart().length;
    if (/^\t/.test(raw.slice(indent))) throw new Error(`yaml line ${i + 1}: tabs are not allowed for indentation`);
    return { no: i + 1, indent, text: text.slice(indent) };
  });
  const p = new Parser(lines);
  const value = p.block(0);
  p.skipBlank();
  if (p.i < lines.length) throw new Error(`yaml line ${lines[p.i].no}: unexpected content at indent ${lines[p.i].indent}`);
  return value;
}

function isBlank(l: Line): boolean {
  return l.text === '' || l.text.startsWith('#');
}

class Parser {
  i = 0;
  constructor(private readonly lines: Line[]) {}

  skipBlank(): void {
    while (this.i < this.lines.length && isBlank(this.lines[this.i])) this.i++;
  }

  /** The node that starts at the next content line, if it is indented at least `min`. */
  block(min: number): unknown {
    this.skipBlank();
    const l = this.lines[this.i];
    if (!l || l.indent < min) return null;
    if (l.text === '---' || l.text.startsWith('--- ')) throw new Error(`yaml line ${l.no}: multi-document streams are not supported`);
    if (l.text === '-' || l.text.startsWith('- ')) return this.sequence(l.indent);
    if (keyOf(l.text)) return this.mapping(l.indent);
    this.i++;
    return this.scalarWithContinuation(l.text, l.indent - 1, l.no);
  }

  mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      this.skipBlank();
      const l = this.lines[this.i];
      if (!l || l.indent < indent) return out;
      if (l.indent > indent) throw new Error(`yaml line ${l.no}: unexpected indentation`);
      if (l.text.startsWith('- ') || l.text === '-') return out; // a sequence at the parent's indent ends this mapping
      const kv = keyOf(l.text);
      if (!kv) throw new Error(`yaml line ${l.no}: expected "key: value", got ${JSON.stringify(l.text)}`);
      if (kv.key in out) throw new Error(`yaml line ${l.no}: duplicate key ${JSON.stringify(kv.key)}`);
      this.i++;
      out[kv.key] = this.valueAfterKey(kv.rest, indent, l.no);
    }
  }

  sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      this.skipBlank();
      const l = this.lines[this.i];
      if (!l || l.indent !== indent || !(l.text === '-' || l.text.startsWith('- '))) return out;
      const rest = l.text === '-' ? '' : l.text.slice(2).trimStart();
      if (!rest || rest.startsWith('#')) {
        this.i++;
        out.push(this.block(indent + 1));
      } else if (keyOf(rest) && !/^["'[{]/.test(rest)) {
        // "- key: value" opens a mapping whose keys line up with "key"
        const col = indent + (l.text.length - rest.length);
        this.lines[this.i] = { no: l.no, indent: col, text: rest };
        out.push(this.mapping(col));
      } else {
        this.i++;
        out.push(this.scalarWithContinuation(rest, indent, l.no));
      }
    }
  }

  valueAfterKey(rest: string, indent: number, no: number): unknown {
    const value = stripComment(rest);
    if (value === '') {
      this.skipBlank();
      const next = this.lines[this.i];
      if (!next) return null;
      if (next.indent > indent) return this.block(indent + 1);
      // "key:" followed by "- item" at the same indent is a sequence value
      if (next.indent === indent && (next.text === '-' || next.text.startsWith('- '))) return this.sequence(indent);
      return null;
    }
    if (/^[|>][-+]?\d*$/.test(value)) return this.blockScalar(value, indent);
    if (/^[&*!]/.test(value)) throw new Error(`yaml line ${no}: anchors, aliases and tags are not supported`);
    return this.scalarWithContinuation(rest, indent, no);
  }

  blockScalar(header: string, parentIndent: number): string {
    const folded = header.startsWith('>');
    const chomp = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip';
    const body: string[] = [];
    let contentIndent = -1;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i];
      if (l.text === '') {
        body.push('');
        this.i++;
        continue;
      }
      if (l.indent <= parentIndent) break;
      if (contentIndent < 0) contentIndent = l.indent;
      if (l.indent < contentIndent) break;
      body.push(' '.repeat(l.indent - contentIndent) + l.text);
      this.i++;
    }
    let trailing = 0;
    while (body.length && body[body.length - 1] === '') {
      body.pop();
      trailing++;
    }
    let text = folded ? foldLines(body) : body.join('\n');
    if (chomp === 'clip' && body.length) text += '\n';
    if (chomp === 'keep') text += '\n'.repeat(trailing + 1);
    return text;
  }

  /** A scalar that may continue on more-indented lines (plain) or until its closing quote (quoted). */
  scalarWithContinuation(first: string, parentIndent: number, no: number): unknown {
    let text = first.trim();
    if (text.startsWith('"') || text.startsWith("'")) {
      const q = text[0];
      while (!closesQuote(text, q)) {
        const l = this.lines[this.i];
        if (!l) throw new Error(`yaml line ${no}: unterminated ${q === '"' ? 'double' : 'single'}-quoted string`);
        text += l.text === '' ? '\n' : ` ${l.text}`;
        this.i++;
      }
      return parseFlow(text.replace(/ \n /g, '\n'), no);
    }
    if (text.startsWith('[') || text.startsWith('{')) {
      while (!balanced(text)) {
        const l = this.lines[this.i];
        if (!l) throw new Error(`yaml line ${no}: unterminated flow collection`);
        text += ` ${l.text}`;
        this.i++;
      }
      return parseFlow(stripComment(text), no);
    }
    text = stripComment(text);
    const parts = [text];
    for (;;) {
      const l = this.lines[this.i];
      if (!l || isBlank(l) || l.indent <= parentIndent || keyOf(l.text) || l.text.startsWith('- ')) break;
      parts.push(stripComment(l.text));
      this.i++;
    }
    return plainScalar(parts.join(' '));
  }
}

function foldLines(lines: string[]): string {
  let out = '';
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (k === 0) out = l;
    else if (l === '') out += '\n'; // an empty line is the line break that folding keeps
    else if (lines[k - 1] === '') out += l;
    else if (/^\s/.test(l) || /^\s/.test(lines[k - 1])) out += `\n${l}`;
    else out += ` ${l}`;
  }
  return out;
}

/** "key: rest" with a plain or quoted key; undefined when the line is not a mapping entry. */
function keyOf(text: string): { key: string; rest: string } | undefined {
  if (text.startsWith('"') || text.startsWith("'")) {
    const q = text[0];
    let j = 1;
    for (; j < text.length; j++) {
      if (q === "'" && text[j] === "'" && text[j + 1] === "'") j++;
      else if (q === '"' && text[j] === '\\') j++;
      else if (text[j] === q) break;
    }
    const after = text.slice(j + 1);
    if (!/^:(\s|$)/.test(after)) return undefined;
    return { key: String(parseFlow(text.slice(0, j + 1), 0)), rest: after.slice(1).trim() };
  }
  const m = /^([^\s#"'[\]{},][^#]*?|[^\s#"'[\]{},]):(\s+|$)(.*)$/.exec(text);
  if (!m || m[1].includes(': ')) return undefined;
  return { key: m[1].trim(), rest: m[3] };
}

// What one fuzz case is (the bytes a raw socket sends, and what a correct server may do with them), the servers it
// aims at, and the builder of request bytes that the shapes bend.
import type { Rng } from './prng';

export type ServerName = 'proxy' | 'admin' | 'flags' | 'autoscaler' | 'dashboard';
export const SERVER_NAMES: ServerName[] = ['proxy', 'admin', 'flags', 'autoscaler', 'dashboard'];

/** Where a case goes and what it may carry: the valid token lets some cases reach handlers past the auth check. */
export interface Aim {
  server: ServerName;
  port: number;
  token?: string;
}

export interface Case {
  seed: number;
  index: number;
  server: ServerName;
  /** family/variant, e.g. framing/cl-and-te */
  shape: string;
  /** Written in order, gapMs apart (a slow sender has many). */
  pieces: Buffer[];
  gapMs: number;
  /** After the last piece: keep reading, half-close (FIN) or reset (RST) the socket. */
  after: 'wait' | 'half-close' | 'reset';
  /** Methods of the requests a strict server would answer, in order (HEAD answers have no body). */
  methods: string[];
  /** Data plane: slipway must answer it itself; none of it may reach a backend. */
  local: boolean;
  /** The bytes never complete a request: the server must cut the connection within its own timeouts. */
  stall: boolean;
  /** Sent once the first answer arrived: tunnel bytes after a 101, or (isRequest) a request that must be answered as HTTP. */
  followUp?: { bytes: Buffer; isRequest: boolean };
}

export type CaseDraft = Partial<Omit<Case, 'seed' | 'index' | 'server' | 'shape'>> & { pieces: Buffer[]; methods: string[] };

export interface Route {
  method: string;
  path: string;
  /** needs the token; 'write' changes state */
  kind: 'open' | 'read' | 'write';
  /** a write the fuzz may send with the valid token (its bodies are never a valid change) */
  tokenOk?: boolean;
}

export const ROUTES: Record<ServerName, Route[]> = {
  proxy: [
    { method: 'GET', path: '/', kind: 'open' },
    { method: 'GET', path: '/a/b?c=d&e', kind: 'open' },
    { method: 'POST', path: '/upload', kind: 'open' },
    { method: 'PUT', path: '/items/7', kind: 'open' },
    { method: 'HEAD', path: '/', kind: 'open' },
    { method: 'DELETE', path: '/items/7', kind: 'open' },
  ],
  admin: [
    { method: 'GET', path: '/healthz', kind: 'open' },
    { method: 'GET', path: '/status', kind: 'read' },
    { method: 'GET', path: '/metrics', kind: 'read' },
    { method: 'PUT', path: '/weights', kind: 'write', tokenOk: true },
    { method: 'PUT', path: '/backends', kind: 'write', tokenOk: true },
    { method: 'POST', path: '/canary/resume', kind: 'write', tokenOk: true },
    { method: 'POST', path: '/canary/abort', kind: 'write' },
    { method: 'POST', path: '/alerts/datadog', kind: 'write' },
  ],
  flags: [
    { method: 'GET', path: '/health', kind: 'open' },
    { method: 'GET', path: '/flags', kind: 'open' },
    { method: 'GET', path: '/flags/myflag', kind: 'open' },
    { method: 'GET', path: '/audit?limit=5', kind: 'open' },
    { method: 'GET', path: '/newfeature', kind: 'open' },
    { method: 'PUT', path: '/flags/fuzz', kind: 'write', tokenOk: true },
    { method: 'POST', path: '/flags/fuzz/toggle', kind: 'write', tokenOk: true },
    { method: 'DELETE', path: '/flags/fuzz', kind: 'write', tokenOk: true },
    { method: 'POST', path: '/newfeature', kind: 'write', tokenOk: true },
  ],
  autoscaler: [
    { method: 'GET', path: '/health', kind: 'open' },
    { method: 'GET', path: '/status', kind: 'open' },
    { method: 'GET', path: '/metrics', kind: 'open' },
  ],
  // signed in by a session cookie, never a bearer token: every hostile request comes without one
  dashboard: [
    { method: 'GET', path: '/healthz', kind: 'open' },
    { method: 'GET', path: '/', kind: 'open' },
    { method: 'GET', path: '/assets/dashboard.css', kind: 'open' },
    { method: 'GET', path: '/assets/dashboard.js', kind: 'open' },
    { method: 'GET', path: '/api/state', kind: 'open' },
    { method: 'GET', path: '/api/events', kind: 'open' },
    { method: 'POST', path: '/api/session', kind: 'open' },
    { method: 'POST', path: '/api/actions/canary-abort', kind: 'open' },
  ],
};

/** Bodies a write may carry with the valid token: never a well-formed change (an admin write could eject the canary). */
const TOKEN_BODIES = ['{"production":', '{"weights": {"production": 2, "canary": ', '\xff\xfe{}', '[1,2', '{"reason": "x"'];
const FLAG_BODIES = ['{"value":"enable"}', '{"value":{"__proto__":{"polluted":1}}}', '{"value":"' + 'x'.repeat(300) + '"}', 'null', '{"value":[[[[[]]]]]}', '{"constructor":{"prototype":{}}}'];

/** A plain request line and headers for one route of the aimed server, before a shape bends it. */
export interface Request {
  method: string;
  target: string;
  version: string;
  headers: [string, string][];
  body: Buffer;
  eol: string;
}

export function marker(seed: number, index: number): string {
  return `${seed}.${index}`;
}

export function baseRequest(rng: Rng, aim: Aim, id: string): Request {
  const route = rng.pick(ROUTES[aim.server]);
  const headers: [string, string][] = [['Host', `127.0.0.1:${aim.port}`], ['X-Fuzz-Case', id], ['Connection', 'close']];
  let body = '';
  if (route.kind !== 'open' && aim.token) {
    const valid = route.kind === 'read' || (route.tokenOk && rng.chance(0.6));
    headers.push(['Authorization', valid ? `Bearer ${aim.token}` : rng.pick(['Bearer wrong-token-0123456789abcdef', 'Bearer', `Basic ${Buffer.from('admin:admin').toString('base64')}`, 'Bearer  ' + 'A'.repeat(2000)])]);
    if (route.kind === 'write') body = valid && aim.server === 'admin' ? rng.pick(TOKEN_BODIES) : rng.pick(aim.server === 'flags' ? FLAG_BODIES : TOKEN_BODIES);
  } else if (route.method === 'POST' || route.method === 'PUT') {
    body = rng.pick(['{"a":1}', 'hello', '', 'x'.repeat(rng.between(1, 4000))]);
  }
  if (body) headers.push(['Content-Type', 'application/json']);
  if (rng.chance(0.5)) headers.reverse();
  return { method: route.method, target: route.path, version: 'HTTP/1.1', headers, body: Buffer.from(body, 'latin1'), eol: '\r\n' };
}

/** The request's head (and body framed by Content-Length unless the shape set its own framing). */
export function encode(r: Request, opts: { framing?: boolean } = {}): Buffer {
  const headers = [...r.headers];
  const framed = headers.some(([n]) => /^(content-length|transfer-encoding)$/i.test(n));
  if (opts.framing !== false && !framed && (r.body.length || r.method === 'POST' || r.method === 'PUT')) headers.push(['Content-Length', String(r.body.length)]);
  const head = `${r.method} ${r.target} ${r.version}${r.eol}${headers.map(([n, v]) => `${n}: ${v}${r.eol}`).join('')}${r.eol}`;
  return Buffer.concat([Buffer.from(head, 'latin1'), r.body]);
}

export function setHeader(r: Request, name: string, value: string | undefined): void {
  r.headers = r.headers.filter(([n]) => n.toLowerCase() !== name.toLowerCase());
  if (value !== undefined) r.headers.push([name, value]);
}

export function chunked(parts: string[], last = '0\r\n\r\n'): Buffer {
  return Buffer.from(parts.map((p) => `${Buffer.byteLength(p, 'latin1').toString(16)}\r\n${p}\r\n`).join('') + last, 'latin1');
}

/** The case as one JSON-escaped line, with tokens named instead of shown, for a finding's report. */
export function describeBytes(c: Case, secrets: Record<string, string>, max = 400): string {
  let text = Buffer.concat(c.pieces).toString('latin1');
  for (const [name, value] of Object.entries(secrets)) text = text.split(value).join(`<${name}>`);
  const shown = text.length > max ? `${text.slice(0, max)}…(+${text.length - max} bytes)` : text;
  return JSON.stringify(shown) + (c.pieces.length > 1 ? ` in ${c.pieces.length} pieces ${c.gapMs} ms apart` : '') + (c.after !== 'wait' ? `, then ${c.after}` : '');
}

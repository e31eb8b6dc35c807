// Shapes that bend one request message: its request line, its target, its header names and values, and its framing
// (the request-smuggling family). `local` marks what must never reach a backend: syntax the RFCs say a server rejects.
// What the RFCs allow an intermediary to forward (repaired or re-framed) is left to the backends' own arrival checks.
import { baseRequest, chunked, encode, setHeader, type Aim, type CaseDraft, type Request } from './cases';
import type { Rng } from './prng';

export type Variant = [name: string, make: (rng: Rng, aim: Aim, id: string) => CaseDraft];

const one = (r: Request, local = false, extra: Partial<CaseDraft> = {}): CaseDraft => ({ pieces: [encode(r)], methods: [r.method], local, ...extra });

/** A variant that changes the base request, then sends it as one piece. */
const bend = (change: (r: Request, rng: Rng, aim: Aim) => void, local = false): Variant[1] => (rng, aim, id) => {
  const r = baseRequest(rng, aim, id);
  change(r, rng, aim);
  return one(r, local);
};

const pathOf = (r: Request) => r.target;

export const REQUEST_LINE: Variant[] = [
  ['lowercase-method', bend((r) => void (r.method = r.method.toLowerCase()))],
  ['unknown-method', bend((r, rng) => void (r.method = rng.pick(['FUZZ', 'PROPFIND', 'M-SEARCH', 'BREW', 'QUERY'])))],
  ['method-with-space', bend((r) => void (r.method = 'G ET'), true)],
  ['long-method', bend((r) => void (r.method = 'X'.repeat(5000)))],
  ['connect', bend((r, _rng, aim) => Object.assign(r, { method: 'CONNECT', target: `127.0.0.1:${aim.port}` }), true)],
  ['trace', bend((r) => void (r.method = 'TRACE'))],
  ['no-version', bend((r) => void (r.version = ''), true)],
  ['http2-version', bend((r) => void (r.version = 'HTTP/2.0'))], // well-formed; 505 is a MAY (RFC 9110 §15.6.6)
  ['http10', bend((r) => void (r.version = 'HTTP/1.0'))],
  ['http99', bend((r) => void (r.version = 'HTTP/9.9'))],
  ['lowercase-version', bend((r) => void (r.version = 'http/1.1'), true)],
  ['extra-spaces', bend((r) => void (r.target = ` ${r.target} `))], // RFC 9112 §3: a recipient MAY split on any whitespace
  ['tab-separated', bend((r) => void (r.method = `${r.method}\t${r.target}\t${r.version}`), true)],
  ['nul-in-line', bend((r) => void (r.target = `${r.target}\x00`), true)],
  ['bare-lf', bend((r) => void (r.eol = '\n'))],
  ['bare-cr', bend((r) => void (r.eol = '\r'), true)],
  ['leading-empty-lines', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    return { pieces: [Buffer.concat([Buffer.from('\r\n\r\n'), encode(r)])], methods: [r.method] };
  }],
  ['long-target', bend((r) => void (r.target = `/${'a'.repeat(20_000)}`))],
  ['h2-preface', () => ({ pieces: [Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n')], methods: [], local: true })],
];

export const TARGET: Variant[] = [
  ['asterisk-not-options', bend((r) => void (r.target = '*'), true)],
  ['options-asterisk', bend((r) => Object.assign(r, { method: 'OPTIONS', target: '*', body: Buffer.alloc(0) }), true)],
  ['absolute-form', bend((r, _rng, aim) => void (r.target = `http://127.0.0.1:${aim.port}${pathOf(r)}`))],
  ['absolute-https', bend((r) => void (r.target = `https://127.0.0.1${pathOf(r)}`))],
  ['absolute-other-host', bend((r) => void (r.target = `http://evil.example${pathOf(r)}`))],
  ['absolute-userinfo', bend((r) => void (r.target = `http://user:pw@127.0.0.1${pathOf(r)}`))],
  ['absolute-no-path', bend((r, _rng, aim) => void (r.target = `http://127.0.0.1:${aim.port}`))],
  ['absolute-uppercase-scheme', bend((r) => void (r.target = `HTTP://127.0.0.1${pathOf(r)}`))],
  ['absolute-malformed', bend((r) => void (r.target = `http://[::1${pathOf(r)}`), true)],
  ['absolute-bad-port', bend((r) => void (r.target = `http://127.0.0.1:99999${pathOf(r)}`), true)],
  ['other-scheme', bend((r, rng) => void (r.target = `${rng.pick(['ftp', 'file', 'javascript', 'ws', 'gopher'])}://x${pathOf(r)}`), true)],
  ['authority-form', bend((r, _rng, aim) => void (r.target = `127.0.0.1:${aim.port}`), true)],
  ['fragment', bend((r) => void (r.target = `${pathOf(r)}#frag`), true)],
  ['no-leading-slash', bend((r) => void (r.target = pathOf(r).slice(1) || 'x'), true)],
  ['empty-target', bend((r) => void (r.target = ''), true)],
  ['double-slash', bend((r) => void (r.target = `//evil.example${pathOf(r)}`))],
  ['dot-segments', bend((r) => void (r.target = `/../../..${pathOf(r)}/./..`))],
  ['bad-percent', bend((r, rng) => void (r.target = `${pathOf(r)}${rng.pick(['%', '%zz', '%e9%', '/%ff%fe', '%00', '%2e%2e%2f'])}`))],
  ['percent-in-param', bend((r, rng) => void (r.target = pathOf(r).replace(/\/([a-z]+)($|\/|\?)/, `/${rng.pick(['%', '%zz', '%00', '%2F', '%C0%AE', '%uFFFF'])}$2`)))],
  ['backslash', bend((r) => void (r.target = `${pathOf(r)}\\..\\x`))],
  ['raw-non-ascii', bend((r) => void (r.target = `${pathOf(r)}caf\xc3\xa9`), true)],
  ['raw-del', bend((r) => void (r.target = `${pathOf(r)}\x7f`), true)],
  ['brackets-and-pipes', bend((r) => void (r.target = `${pathOf(r)}?a=[1]{2}|"3"`))],
  ['huge-query', bend((r) => void (r.target = `${pathOf(r)}?${'q=1&'.repeat(3000)}`))],
  ['deep-path', bend((r) => void (r.target = '/a'.repeat(2000)))],
];

const extraHeader = (line: string, local: boolean): Variant[1] => (rng, aim, id) => {
  const r = baseRequest(rng, aim, id);
  const head = encode(r);
  const at = head.indexOf('\r\n') + 2; // right after the request line, before the marker can be lost
  return { pieces: [Buffer.concat([head.subarray(0, at), Buffer.from(`${line}\r\n`, 'latin1'), head.subarray(at)])], methods: [r.method], local };
};

export const HEADER_NAME: Variant[] = [
  ['space-before-colon', extraHeader('X-Fuzz-Extra : 1', true)],
  ['space-in-name', extraHeader('X Fuzz: 1', true)],
  ['empty-name', extraHeader(': 1', true)],
  ['nul-in-name', extraHeader('X-Fu\x00zz: 1', true)],
  ['separator-in-name', (rng, aim, id) => extraHeader(`X${rng.pick(['(', ')', '"', '/', '[', ']', '{', '}', '@', ',', ';', '='])}Fuzz: 1`, true)(rng, aim, id)],
  ['non-ascii-name', extraHeader('X-Caf\xe9: 1', true)],
  ['no-colon', extraHeader('XFuzzLineWithoutColon', true)],
  ['long-name', extraHeader(`X-${'n'.repeat(20_000)}: 1`, false)],
  ['many-headers', (rng, aim, id) => extraHeader(Array.from({ length: rng.between(100, 2000) }, (_, i) => `X-Many-${i}: ${i}`).join('\r\n'), false)(rng, aim, id)],
  ['duplicate-host', extraHeader('Host: evil.example', true)],
  ['missing-host', bend((r) => setHeader(r, 'Host', undefined), true)],
  ['host-with-path', bend((r) => setHeader(r, 'Host', 'evil.example/steer?x'))],
  ['leading-whitespace-line', extraHeader(' X-Leading: 1', true)],
];

export const HEADER_VALUE: Variant[] = [
  ['cr-in-value', extraHeader('X-Fuzz: a\rb', true)],
  ['nul-in-value', extraHeader('X-Fuzz: a\x00b', true)],
  ['ctl-in-value', extraHeader('X-Fuzz: a\x01\x1bb', true)],
  ['obs-fold', extraHeader('X-Fuzz: a\r\n  folded', false)],
  ['obs-text', extraHeader('X-Fuzz: caf\xe9 \xff', false)],
  ['long-value', (rng, aim, id) => extraHeader(`X-Fuzz: ${'v'.repeat(rng.pick([8000, 17_000, 70_000]))}`, false)(rng, aim, id)],
  ['whitespace-value', extraHeader('X-Fuzz: \t  padded \t ', false)],
  ['bare-lf-headers', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    r.eol = '\n';
    return one(r);
  }],
  ['forwarded-spoof', (rng, aim, id) => extraHeader(rng.pick(['X-Forwarded-For: 6.6.6.6', 'X-Forwarded-Proto: https', 'X-Forwarded-Host: evil.example', 'Forwarded: for=6.6.6.6;proto=https', 'X-Forwarded-For: 127.0.0.1, 6.6.6.6']), false)(rng, aim, id)],
  ['hop-by-hop', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    setHeader(r, 'Connection', 'close, X-Hop');
    r.headers.push(['X-Hop', 'must-not-pass'], ['Proxy-Authorization', 'Basic eDp5'], ['Keep-Alive', 'timeout=999']);
    return one(r);
  }],
  ['expect-continue', bend((r) => r.headers.push(['Expect', '100-continue']))],
  ['expect-unknown', bend((r) => r.headers.push(['Expect', 'fuzz-expectation']))],
  ['sticky-cookie', bend((r, rng) => r.headers.push(['Cookie', rng.pick(['slipway=canary', 'slipway=production; slipway=canary', 'slipway=../../x', `${'c=1; '.repeat(2000)}`, 'slipway'])]))],
  ['te-trailers', bend((r) => r.headers.push(['TE', 'trailers']))],
  ['authorization-odd', bend((r, rng) => setHeader(r, 'Authorization', rng.pick(['Bearer', 'Bearer ', 'bearer x y', 'Bearer \xff\xfe', `Bearer ${'t'.repeat(9000)}`, 'Digest x', 'Bearer\ttab'])))],
  ['content-type-odd', bend((r, rng) => setHeader(r, 'Content-Type', rng.pick(['application/json; charset=utf-16', 'multipart/form-data; boundary=', 'text/plain', '\xff'])))],
];

/** A request framed by the headers and body given, in place of Content-Length from encode(). */
export const framed = (headers: [string, string][], body: string, local: boolean, opts: { version?: string; stall?: boolean; tail?: (id: string, port: number) => string } = {}): Variant[1] => (rng, aim, id) => {
  const r = baseRequest(rng, aim, id);
  if (r.method === 'GET' || r.method === 'HEAD' || r.method === 'DELETE') r.method = 'POST';
  r.headers = r.headers.filter(([n]) => !/^content-length$/i.test(n)).concat(headers);
  if (opts.version) r.version = opts.version;
  const tail = opts.tail?.(id, aim.port) ?? '';
  r.body = Buffer.from(body + tail, 'latin1');
  return { pieces: [encode(r, { framing: false })], methods: tail ? [r.method, 'GET'] : [r.method], local, stall: opts.stall };
};

export const TE: [string, string] = ['Transfer-Encoding', 'chunked'];
const smuggled = (id: string, port: number) => `GET /smuggled HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Fuzz-Case: ${id}\r\nConnection: close\r\n\r\n`;

export const FRAMING: Variant[] = [
  ['cl-and-te', framed([['Content-Length', '6'], TE], '0\r\n\r\nG', false)],
  ['te-and-cl', framed([TE, ['Content-Length', '3']], '5\r\nhello\r\n0\r\n\r\n', false)],
  ['duplicate-cl-same', framed([['Content-Length', '5'], ['Content-Length', '5']], 'hello', false)],
  ['duplicate-cl-differ', framed([['Content-Length', '5'], ['Content-Length', '6']], 'hello!', true)],
  ['cl-list', framed([['Content-Length', '5, 6']], 'hello!', true)],
  ['cl-plus', framed([['Content-Length', '+5']], 'hello', true)],
  ['cl-negative', framed([['Content-Length', '-1']], 'hello', true)],
  ['cl-hex', framed([['Content-Length', '0x5']], 'hello', true)],
  ['cl-inner-space', framed([['Content-Length', '1 0']], 'helloworld', true)],
  ['cl-overflow', framed([['Content-Length', '99999999999999999999999']], 'hello', true)],
  ['cl-short-pipelined', framed([['Content-Length', '5']], 'hello', false, { tail: smuggled })],
  ['te-twice', framed([['Transfer-Encoding', 'chunked'], ['Transfer-Encoding', 'chunked']], '5\r\nhello\r\n0\r\n\r\n', true)],
  ['te-chunked-chunked', framed([['Transfer-Encoding', 'chunked, chunked']], '5\r\nhello\r\n0\r\n\r\n', true)],
  ['te-not-final', framed([['Transfer-Encoding', 'chunked, gzip']], '5\r\nhello\r\n0\r\n\r\n', true)],
  ['te-identity', framed([['Transfer-Encoding', 'identity']], 'hello', true)],
  ['te-unknown', framed([['Transfer-Encoding', 'xchunked']], '5\r\nhello\r\n0\r\n\r\n', true)],
  ['te-gzip-chunked', framed([['Transfer-Encoding', 'gzip, chunked']], '5\r\nhello\r\n0\r\n\r\n', false)],
  ['te-case', framed([['Transfer-Encoding', 'ChUnKeD']], '5\r\nhello\r\n0\r\n\r\n', false)],
  ['te-padded', framed([['Transfer-Encoding', ' chunked ']], '5\r\nhello\r\n0\r\n\r\n', false)],
  ['te-obs-fold', framed([['Transfer-Encoding', '\r\n chunked']], '5\r\nhello\r\n0\r\n\r\n', false)],
  ['te-in-http10', framed([TE], '5\r\nhello\r\n0\r\n\r\n', true, { version: 'HTTP/1.0' })],
  ['chunk-size-overflow', framed([TE], 'fffffffffffffffffffff\r\nhello\r\n0\r\n\r\n', true)],
  ['chunk-size-negative', framed([TE], '-5\r\nhello\r\n0\r\n\r\n', true)],
  ['chunk-size-space', framed([TE], '5 \r\nhello\r\n0\r\n\r\n', true)],
  ['chunk-size-prefix', framed([TE], '0x5\r\nhello\r\n0\r\n\r\n', true)],
  ['chunk-ext-valid', framed([TE], '5;name=value;q="x y"\r\nhello\r\n0\r\n\r\n', false)],
  ['chunk-ext-nul', framed([TE], '5;a\x00b\r\nhello\r\n0\r\n\r\n', true)],
  ['chunk-ext-quote', framed([TE], '5;a="unterminated\r\nhello\r\n0\r\n\r\n', true)],
  ['chunk-ext-bare-lf', framed([TE], '5;a\nhello\r\n0\r\n\r\n', true)],
  ['chunk-bare-lf', framed([TE], '5\nhello\n0\n\n', true)],
  ['chunk-data-longer', framed([TE], '3\r\nhello\r\n0\r\n\r\n', true)],
  ['chunk-no-crlf-after-data', framed([TE], '5\r\nhelloXX0\r\n\r\n', true)],
  ['chunk-trailer-valid', framed([TE], '5\r\nhello\r\n0\r\nX-Trailer: 1\r\n\r\n', false)],
  ['chunk-trailer-invalid', framed([TE], '5\r\nhello\r\n0\r\nX Bad: 1\r\n\r\n', true)],
  ['chunk-trailer-framing', framed([TE], '5\r\nhello\r\n0\r\nContent-Length: 50\r\n\r\n', false)],
  ['chunked-pipelined', framed([TE], chunked(['hello', 'world']).toString('latin1'), false, { tail: smuggled })],
  ['get-with-body', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    Object.assign(r, { method: 'GET', body: Buffer.from('{"body":"on a GET"}') });
    setHeader(r, 'Content-Length', String(r.body.length));
    return one(r);
  }],
];

// Shapes about the connection rather than one message: upgrades, slow senders, huge bodies, pipelining,
// half-closed and reset sockets, bytes that are not HTTP at all, and (bench only) senders that stall for good.
import { baseRequest, chunked, encode, setHeader, type Request } from './cases';
import { framed, TE, type Variant } from './shapes-message';

const WS_HEADERS: [string, string][] = [['Connection', 'Upgrade'], ['Upgrade', 'websocket'], ['Sec-WebSocket-Key', 'dGhlIHNhbXBsZSBub25jZQ=='], ['Sec-WebSocket-Version', '13']];
// a masked WebSocket text frame "hello": what a client sends once the tunnel is open
const WS_FRAME = Buffer.from([0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58]);

const upgrade = (method: string, path: string | undefined, headers: [string, string][], local = false, followUp?: (id: string, port: number) => Buffer): Variant[1] => (rng, aim, id) => {
  const r = baseRequest(rng, aim, id);
  Object.assign(r, { method, body: Buffer.alloc(0) });
  if (path) r.target = path;
  r.headers = r.headers.filter(([n]) => !/^(connection|content-length|content-type)$/i.test(n)).concat(headers);
  return { pieces: [encode(r)], methods: [method], local, followUp: followUp ? { bytes: followUp(id, aim.port), isRequest: true } : { bytes: WS_FRAME, isRequest: false } };
};

/** What a client sends after a refused upgrade: a plain request, which must reach a backend as HTTP with the proxy's headers. */
const afterRefusal = (id: string, port: number) => Buffer.from(`GET /after-refused-upgrade HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Fuzz-Case: ${id}\r\nConnection: close\r\n\r\n`);

export const UPGRADE: Variant[] = [
  ['websocket', upgrade('GET', '/ws', WS_HEADERS)],
  ['websocket-refused-by-backend', upgrade('GET', '/no-upgrade', WS_HEADERS, false, afterRefusal)],
  ['websocket-post', upgrade('POST', '/ws', WS_HEADERS)],
  ['websocket-with-head-bytes', (rng, aim, id) => {
    const d = upgrade('GET', '/ws', WS_HEADERS)(rng, aim, id);
    return { ...d, pieces: [Buffer.concat([d.pieces[0], WS_FRAME])] };
  }],
  ['h2c', upgrade('GET', undefined, [['Connection', 'Upgrade, HTTP2-Settings'], ['Upgrade', 'h2c'], ['HTTP2-Settings', 'AAMAAABkAARAAAAAAAIAAAAA']])],
  ['unknown-protocol', upgrade('GET', undefined, [['Connection', 'Upgrade'], ['Upgrade', 'fuzz/1, websocket']])],
  ['upgrade-without-connection', upgrade('GET', '/ws', [['Upgrade', 'websocket']])],
  ['connection-upgrade-only', upgrade('GET', '/ws', [['Connection', 'Upgrade']])],
  ['upgrade-odd-target', upgrade('GET', 'http://evil.example/ws', WS_HEADERS)],
  ['upgrade-bad-target', upgrade('GET', '/ws#x', WS_HEADERS, true)],
];

/** Splits bytes into pieces of `size`, so a slow sender drips them. */
function drip(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

export const SLOW: Variant[] = [
  ['drip', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    const bytes = encode(r);
    return { pieces: drip(bytes, Math.max(rng.between(1, 8), Math.ceil(bytes.length / 120))), gapMs: rng.between(1, 8), methods: [r.method] };
  }],
  ['split-crlf', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    const bytes = encode(r);
    const cuts = [...bytes.toString('latin1').matchAll(/\r/g)].map((m) => m.index! + 1);
    const at = [rng.pick(cuts), rng.pick(cuts)].sort((a, b) => a - b);
    return { pieces: [bytes.subarray(0, at[0]), bytes.subarray(at[0], at[1]), bytes.subarray(at[1])].filter((p) => p.length), gapMs: 40, methods: [r.method] };
  }],
  ['slow-chunked-body', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    Object.assign(r, { method: 'POST', body: Buffer.alloc(0) });
    setHeader(r, 'Content-Length', undefined);
    r.headers.push(['Transfer-Encoding', 'chunked']);
    const head = encode(r, { framing: false });
    return { pieces: [head, ...drip(chunked(['a', 'bb', 'ccc', 'dddd']), 4)], gapMs: 20, methods: ['POST'] };
  }],
];

export const STALL: Variant[] = [
  ['stall-in-head', (rng, aim, id) => {
    const bytes = encode(baseRequest(rng, aim, id));
    return { pieces: [bytes.subarray(0, rng.between(1, bytes.indexOf('\r\n\r\n')))], methods: [], stall: true };
  }],
  ['stall-in-body', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    Object.assign(r, { method: 'POST', body: Buffer.from('partial') });
    setHeader(r, 'Content-Length', '100000');
    return { pieces: [encode(r, { framing: false })], methods: ['POST'], stall: true };
  }],
  ['content-length-never-met', framed([['Content-Length', '1000']], 'hello', false, { stall: true })],
  ['last-chunk-never-ended', framed([TE], '5\r\nhello\r\n0\r\n', false, { stall: true })],
  ['silent-connection', () => ({ pieces: [], methods: [], stall: true })],
  ['idle-tunnel', (rng, aim, id) => ({ ...upgrade('GET', '/ws', WS_HEADERS)(rng, aim, id), stall: true })],
];

const huge = (r: Request, size: number): Buffer => {
  Object.assign(r, { method: r.method === 'PUT' ? 'PUT' : 'POST', body: Buffer.alloc(size, 0x61) });
  setHeader(r, 'Content-Length', String(size));
  return encode(r, { framing: false });
};
// the proxy forwards bodies (its backends count them); the JSON servers cap theirs at 64 KiB
const bigFor = (server: string) => (server === 'proxy' ? 1_500_000 : 150_000);

export const HUGE: Variant[] = [
  ['content-length-body', (rng, aim, id) => ({ pieces: drip(huge(baseRequest(rng, aim, id), bigFor(aim.server)), 256 * 1024), methods: ['POST'] })],
  ['chunked-body', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    Object.assign(r, { method: 'POST', body: Buffer.alloc(0) });
    setHeader(r, 'Content-Length', undefined);
    r.headers.push(['Transfer-Encoding', 'chunked']);
    const part = 'b'.repeat(16 * 1024);
    return { pieces: [encode(r, { framing: false }), chunked(Array.from({ length: Math.ceil(bigFor(aim.server) / part.length) }, () => part))], methods: ['POST'] };
  }],
  ['many-tiny-chunks', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    Object.assign(r, { method: 'POST', body: Buffer.alloc(0) });
    setHeader(r, 'Content-Length', undefined);
    r.headers.push(['Transfer-Encoding', 'chunked']);
    return { pieces: [encode(r, { framing: false }), chunked(Array.from({ length: 5000 }, () => 'x'))], methods: ['POST'] };
  }],
  ['declared-huge-then-abort', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    Object.assign(r, { method: 'POST', body: Buffer.alloc(64 * 1024, 0x62) });
    setHeader(r, 'Content-Length', '1000000000000');
    return { pieces: [encode(r, { framing: false })], methods: ['POST'], after: 'reset' };
  }],
];

const keepAlive = (r: Request) => setHeader(r, 'Connection', 'keep-alive');

export const PIPELINE: Variant[] = [
  ['pipelined', (rng, aim, id) => {
    const rs = Array.from({ length: rng.between(2, 12) }, () => baseRequest(rng, aim, id));
    rs.slice(0, -1).forEach(keepAlive);
    return { pieces: [Buffer.concat(rs.map((r) => encode(r)))], methods: rs.map((r) => r.method) };
  }],
  ['pipelined-then-malformed', (rng, aim, id) => {
    const rs = Array.from({ length: rng.between(1, 5) }, () => baseRequest(rng, aim, id));
    rs.forEach(keepAlive);
    const bad = Buffer.from(`GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\nX Bad Name: 1\r\nX-Fuzz-Case: ${id}\r\n\r\n`);
    return { pieces: [Buffer.concat([...rs.map((r) => encode(r)), bad])], methods: rs.map((r) => r.method) };
  }],
  ['pipelined-head-then-get', (rng, aim, id) => {
    const [a, b] = [baseRequest(rng, aim, id), baseRequest(rng, aim, id)];
    Object.assign(a, { method: 'HEAD', body: Buffer.alloc(0) });
    Object.assign(b, { method: 'GET', body: Buffer.alloc(0) });
    keepAlive(a);
    return { pieces: [Buffer.concat([encode(a), encode(b)])], methods: ['HEAD', 'GET'] };
  }],
  ['pipelined-many', (rng, aim, id) => {
    const rs = Array.from({ length: 60 }, () => baseRequest(rng, aim, id));
    rs.slice(0, -1).forEach(keepAlive);
    return { pieces: [Buffer.concat(rs.map((r) => encode(r)))], methods: rs.map((r) => r.method) };
  }],
];

export const HALF_CLOSE: Variant[] = [
  ['fin-after-request', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    keepAlive(r);
    return { pieces: [encode(r)], methods: [r.method], after: 'half-close' };
  }],
  ['fin-mid-head', (rng, aim, id) => {
    const bytes = encode(baseRequest(rng, aim, id));
    return { pieces: [bytes.subarray(0, rng.between(1, bytes.indexOf('\r\n\r\n')))], methods: [], after: 'half-close' };
  }],
  ['fin-mid-body', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    Object.assign(r, { method: 'POST', body: Buffer.from('0123456789') });
    setHeader(r, 'Content-Length', '100');
    return { pieces: [encode(r, { framing: false })], methods: [], after: 'half-close' };
  }],
  ['reset-after-request', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    return { pieces: [encode(r)], methods: [], after: 'reset' };
  }],
  ['reset-after-slow-request', (rng, aim, id) => {
    const r = baseRequest(rng, aim, id);
    r.target = aim.server === 'proxy' ? '/slow' : r.target;
    return { pieces: [encode(r), Buffer.alloc(0)], gapMs: 30, methods: [], after: 'reset' };
  }],
];

export const GARBAGE: Variant[] = [
  ['random-bytes', (rng) => ({ pieces: [Buffer.from(Array.from({ length: rng.between(1, 3000) }, () => rng.int(256)))], methods: [], local: true })],
  ['tls-client-hello', () => ({ pieces: [Buffer.from('160301020001000100fc0303' + '00'.repeat(64), 'hex')], methods: [], local: true })],
  ['empty-connection', () => ({ pieces: [], methods: [], local: true, after: 'half-close' })],
  ['only-crlf', (rng) => ({ pieces: [Buffer.from('\r\n'.repeat(rng.between(1, 5000)))], methods: [], local: true, after: 'half-close' })],
  ['nul-flood', () => ({ pieces: [Buffer.alloc(20_000)], methods: [], local: true })],
  ['prose', () => ({ pieces: [Buffer.from('hello, is anyone there?\r\n\r\n')], methods: [], local: true })],
  ['response-as-request', () => ({ pieces: [Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n')], methods: [], local: true })],
];

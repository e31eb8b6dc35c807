// Header rewriting on the data path: hop-by-hop headers stay on their own hop; X-Forwarded-* tell the app who asked,
// set by the proxy itself unless the peer is a trusted front proxy (a client could otherwise claim any address).
import type { IncomingMessage } from 'node:http';

/** What scanRequest reads of a request: Node's IncomingMessage or the fast path's own. */
export interface RequestHead {
  rawHeaders: string[];
  httpVersionMajor: number;
  httpVersionMinor: number;
  socket: { remoteAddress?: string };
}

/** RFC 9110 §7.6.1 hop-by-hop headers, plus `expect` (the proxy answers 100-continue itself) and proxy-only ones. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect', 'http2-settings']);
/** Lengths of those names: a response header of another length is kept without being lowercased first. */
const HOP_BY_HOP_LENGTHS = new Set([...HOP_BY_HOP].map((n) => n.length));

export interface ScannedRequest {
  /** Flat [name, value, …] for the upstream request. */
  headers: string[];
  /** A body follows the headers (content-length > 0 or chunked): such a request cannot be sent twice. */
  hasBody: boolean;
  cookie: string | undefined;
  /** Why the request's framing or Host is ambiguous (RFC 9112 §3.2, §6.1): slipway answers 400 and sends nothing on. */
  malformed?: string;
  /** The client's connection is already gone (no peer address): nobody to answer, nothing to send on. */
  clientGone?: true;
}

const NO_TRUSTED_PEERS: ReadonlySet<string> = new Set();

/** proxy.trustedProxies as the set a peer address is looked up in (IPv4-mapped IPv6 read as IPv4). */
export function trustedPeers(addresses: string[] | undefined): ReadonlySet<string> {
  return addresses?.length ? new Set(addresses.map(plainAddress)) : NO_TRUSTED_PEERS;
}

function plainAddress(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** The client as the proxy sees it, and whether its own X-Forwarded-* may be believed. */
function peerOf(req: RequestHead, trusted: ReadonlySet<string>): { client: string; trusted: boolean } {
  const client = plainAddress(req.socket.remoteAddress ?? '');
  return { client, trusted: trusted.size > 0 && trusted.has(client) };
}

/** One pass over the raw headers (no lowercase header object is built): filter, detect a body, add X-Forwarded-*. */
export function scanRequest(req: RequestHead, trusted: ReadonlySet<string> = NO_TRUSTED_PEERS): ScannedRequest {
  const raw = req.rawHeaders;
  const peer = peerOf(req, trusted);
  const headers: string[] = [];
  let hasBody = false;
  let cookie: string | undefined;
  let forwardedFor: string | undefined;
  let host: string | undefined;
  let hasProto = false;
  let hasForwardedHost = false;
  let connectionTokens: string | undefined;
  let malformed: string | undefined;
  let sawChunked = false;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    const value = raw[i + 1];
    const lower = name.length === 4 && (name === 'Host' || name === 'host') ? 'host' : name.toLowerCase();
    if (HOP_BY_HOP.has(lower)) {
      if (lower === 'transfer-encoding') {
        hasBody = true;
        if (req.httpVersionMinor === 0 && req.httpVersionMajor === 1) malformed = 'Transfer-Encoding in an HTTP/1.0 request';
        // the body is re-framed upstream as chunked; any other coding would reach the app as something it is not
        else if (value.trim().toLowerCase() !== 'chunked' || sawChunked) malformed = 'a Transfer-Encoding other than one "chunked"';
        sawChunked = true;
      } else if (lower === 'connection') connectionTokens = connectionTokens ? `${connectionTokens},${value}` : value;
      continue;
    }
    switch (lower) {
      case 'host':
        if (host !== undefined) {
          malformed = 'more than one Host header';
          continue;
        }
        host = value;
        break;
      case 'content-length':
        if (value !== '0') hasBody = true;
        break;
      case 'cookie':
        cookie = cookie === undefined ? value : `${cookie}; ${value}`;
        break;
      case 'x-forwarded-for':
        if (peer.trusted) forwardedFor = forwardedFor === undefined ? value : `${forwardedFor}, ${value}`;
        continue;
      case 'x-forwarded-proto':
      case 'x-forwarded-host':
      case 'forwarded':
        if (!peer.trusted) continue;
        if (lower === 'x-forwarded-proto') hasProto = true;
        if (lower === 'x-forwarded-host') hasForwardedHost = true;
        break;
    }
    headers.push(name, value);
  }
  if (connectionTokens) dropConnectionTokens(headers, connectionTokens);
  const { client } = peer;
  headers.push('x-forwarded-for', forwardedFor === undefined ? client : `${forwardedFor}, ${client}`);
  if (!hasProto) headers.push('x-forwarded-proto', 'http');
  if (!hasForwardedHost && host !== undefined) headers.push('x-forwarded-host', host);
  if (!client) return { headers, hasBody, cookie, clientGone: true };
  return malformed ? { headers, hasBody, cookie, malformed } : { headers, hasBody, cookie };
}

/** The first value of a header (`lower`: its name in lowercase), or undefined when it is absent or empty. */
export function headerValue(raw: string[], lower: string): string | undefined {
  for (let i = 0; i < raw.length; i += 2) if (raw[i].length === lower.length && raw[i].toLowerCase() === lower) return raw[i + 1] || undefined;
  return undefined;
}

/** Headers named in Connection (other than the usual keep-alive/close/upgrade) are hop-by-hop too. */
function dropConnectionTokens(headers: string[], tokens: string): void {
  if (/^\s*(?:keep-alive|close)\s*$/i.test(tokens)) return; // nearly every message: nothing named
  const named = tokens.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t && t !== 'keep-alive' && t !== 'close' && t !== 'upgrade');
  if (!named.length) return;
  for (let i = headers.length - 2; i >= 0; i -= 2) if (named.includes(headers[i].toLowerCase())) headers.splice(i, 2);
}

/** The backend's raw response headers → a flat list for writeHead, hop-by-hop ones left out. */
export function responseHeaders(raw: string[]): string[] {
  const out: string[] = [];
  let connectionTokens: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    if (HOP_BY_HOP_LENGTHS.has(name.length)) {
      const lower = name.toLowerCase();
      if (HOP_BY_HOP.has(lower)) {
        if (lower === 'connection') connectionTokens = raw[i + 1];
        continue;
      }
    }
    out.push(name, raw[i + 1]);
  }
  if (connectionTokens) dropConnectionTokens(out, connectionTokens);
  return out;
}

/** The protocol a request asks to switch to (its Upgrade header, lowercased), or undefined when it asks for none. */
export function upgradeProtocol(req: IncomingMessage): string | undefined {
  const value = req.headers.upgrade;
  return value ? value.trim().toLowerCase() : undefined;
}

/** The backend's 101 as the client gets it: Connection and Upgrade pass this time, other hop-by-hop headers do not. */
export function switchingProtocolsHead(raw: string[]): string {
  let head = 'HTTP/1.1 101 Switching Protocols\r\n';
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    const lower = name.toLowerCase();
    if (lower !== 'connection' && lower !== 'upgrade' && HOP_BY_HOP.has(lower)) continue;
    head += `${name}: ${raw[i + 1]}\r\n`;
  }
  return head + '\r\n';
}

// Header rewriting on the data path: hop-by-hop headers stay on their own hop; X-Forwarded-* tell the app who asked.
import type { IncomingMessage } from 'node:http';

/** RFC 9110 §7.6.1 hop-by-hop headers, plus `expect` (the proxy answers 100-continue itself) and proxy-only ones. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect', 'http2-settings']);

export interface ScannedRequest {
  /** Flat [name, value, …] for undici. */
  headers: string[];
  /** A body follows the headers (content-length > 0 or chunked): such a request cannot be sent twice. */
  hasBody: boolean;
  cookie: string | undefined;
}

/** One pass over the raw headers (no lowercase header object is built): filter, detect a body, add X-Forwarded-*. */
export function scanRequest(req: IncomingMessage): ScannedRequest {
  const raw = req.rawHeaders;
  const headers: string[] = [];
  let hasBody = false;
  let cookie: string | undefined;
  let forwardedFor: string | undefined;
  let host: string | undefined;
  let hasProto = false;
  let hasForwardedHost = false;
  let connectionTokens: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    const value = raw[i + 1];
    const lower = name.length === 4 && (name === 'Host' || name === 'host') ? 'host' : name.toLowerCase();
    if (HOP_BY_HOP.has(lower)) {
      if (lower === 'transfer-encoding') hasBody = true;
      else if (lower === 'connection') connectionTokens = connectionTokens ? `${connectionTokens},${value}` : value;
      continue;
    }
    switch (lower) {
      case 'host':
        if (host !== undefined) continue; // undici refuses a second Host
        host = value;
        break;
      case 'content-length':
        if (value !== '0') hasBody = true;
        break;
      case 'cookie':
        cookie = cookie === undefined ? value : `${cookie}; ${value}`;
        break;
      case 'x-forwarded-for':
        forwardedFor = forwardedFor === undefined ? value : `${forwardedFor}, ${value}`;
        continue;
      case 'x-forwarded-proto':
        hasProto = true;
        break;
      case 'x-forwarded-host':
        hasForwardedHost = true;
        break;
    }
    headers.push(name, value);
  }
  if (connectionTokens) dropConnectionTokens(headers, connectionTokens);
  const client = req.socket.remoteAddress ?? '';
  headers.push('x-forwarded-for', forwardedFor === undefined ? client : `${forwardedFor}, ${client}`);
  if (!hasProto) headers.push('x-forwarded-proto', 'http');
  if (!hasForwardedHost && host !== undefined) headers.push('x-forwarded-host', host);
  return { headers, hasBody, cookie };
}

/** Headers named in Connection (other than the usual keep-alive/close/upgrade) are hop-by-hop too. */
function dropConnectionTokens(headers: string[], tokens: string): void {
  const named = tokens.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t && t !== 'keep-alive' && t !== 'close' && t !== 'upgrade');
  if (!named.length) return;
  for (let i = headers.length - 2; i >= 0; i -= 2) if (named.includes(headers[i].toLowerCase())) headers.splice(i, 2);
}

/** undici's raw response headers → a flat list for writeHead, hop-by-hop ones left out. */
export function responseHeaders(raw: Buffer[]): string[] {
  const out: string[] = [];
  let connectionTokens: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toString('latin1');
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower)) {
      if (lower === 'connection') connectionTokens = raw[i + 1].toString('latin1');
      continue;
    }
    out.push(name, raw[i + 1].toString('latin1'));
  }
  if (connectionTokens) dropConnectionTokens(out, connectionTokens);
  return out;
}

/** Headers for a WebSocket (or other Upgrade) handshake: Connection and Upgrade must pass this time. */
export function upgradeRequestHead(req: IncomingMessage): string {
  const raw = req.rawHeaders;
  let head = `${req.method} ${req.url} HTTP/1.1\r\n`;
  let forwardedFor: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const lower = raw[i].toLowerCase();
    if (lower === 'x-forwarded-for') {
      forwardedFor = forwardedFor === undefined ? raw[i + 1] : `${forwardedFor}, ${raw[i + 1]}`;
      continue;
    }
    if (lower !== 'connection' && lower !== 'upgrade' && HOP_BY_HOP.has(lower)) continue;
    head += `${raw[i]}: ${raw[i + 1]}\r\n`;
  }
  const client = req.socket.remoteAddress ?? '';
  head += `x-forwarded-for: ${forwardedFor === undefined ? client : `${forwardedFor}, ${client}`}\r\n`;
  return head + '\r\n';
}

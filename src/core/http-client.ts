// The one HTTP client slipway uses outside the proxy's data plane: node:http(s), a deadline on every request,
// JSON in and out, a fresh connection each time (a CLI must not wait on an idle keep-alive socket to exit),
// and the printable form of a request with its credentials masked.
import * as http from 'node:http';
import * as https from 'node:https';
import { isSecretKey, MASK } from './secrets';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  timeoutMs?: number;
  /** A longer answer is cut off and refused (code ETOOBIG): for answers from URLs a config names. */
  maxBytes?: number;
}

export interface HttpAnswer<T = unknown> {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: T;
}

/** A request that got no answer: `code` is the socket's (ECONNREFUSED, ETIMEDOUT, …). */
export class HttpUnreachable extends Error {
  constructor(readonly url: string, readonly code: string) {
    super(`${url} does not answer (${code})`);
  }
}

export const DEFAULT_TIMEOUT_MS = 5000;

export function send<T = unknown>(req: HttpRequest): Promise<HttpAnswer<T>> {
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const payload = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body));
  const headers: Record<string, string | number> = { ...req.headers };
  if (payload) {
    headers['content-type'] ??= 'application/json';
    headers['content-length'] = payload.length;
  }
  const url = new URL(req.url);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const r = transport.request(url, { method: req.method, headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (c: Buffer) => {
        bytes += c.length;
        if (req.maxBytes !== undefined && bytes > req.maxBytes) return void r.destroy(Object.assign(new Error(`answer longer than ${req.maxBytes} bytes`), { code: 'ETOOBIG' }));
        chunks.push(c);
      });
      res.on('error', (err) => reject(new HttpUnreachable(req.url, (err as NodeJS.ErrnoException).code ?? err.message)));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: parseJson<T>(text) });
      });
    });
    const deadline = setTimeout(() => r.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), timeoutMs);
    r.on('close', () => clearTimeout(deadline));
    r.on('timeout', () => r.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    r.on('error', (err) => reject(new HttpUnreachable(req.url, (err as NodeJS.ErrnoException).code ?? err.message)));
    r.end(payload);
  });
}

/** For probes: did it answer this status (200 by default)? Never throws. */
export async function answers(req: HttpRequest, status = 200): Promise<boolean> {
  try {
    return (await send(req)).status === status;
  } catch {
    return false;
  }
}

function parseJson<T>(text: string): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The headers that carry a bearer token; none without one. */
export function bearerAuth(token: string | undefined): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** The request as a dry run prints it: a credential header keeps its scheme (`Bearer ***`), loses its value. */
export function maskedHeaders(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!headers) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    const scheme = /^(Bearer|Basic|Token)\s+/i.exec(v)?.[1];
    out[k] = isSecretKey(k) ? (scheme ? `${scheme} ${MASK}` : MASK) : v;
  }
  return out;
}

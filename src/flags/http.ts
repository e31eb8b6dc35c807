// Small HTTP pieces of the toggle server: JSON replies, bounded JSON bodies, bearer tokens, loopback checks.
import type * as http from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body, null, 2) + '\n';
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

const MAX_BODY_BYTES = 64 * 1024;

export async function readJsonBody(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw new HttpError(400, 'empty body: send JSON like {"value": "enable"}');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new HttpError(400, `body is not valid JSON (${(err as Error).message}): send JSON like {"value": "enable"}`);
  }
}

/** Constant-time comparison of the bearer token (hashes first, so lengths do not leak either). */
export function hasBearer(req: http.IncomingMessage, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!m) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(m[1]), digest(token));
}


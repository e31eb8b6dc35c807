// The one bearer-token check of every slipway server: which tokens a route accepts, and a constant-time comparison.
import type * as http from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import { isLoopbackAddress } from './listen-address';

/** A bearer token a route accepts: its value (unset: not configured) and the env var it comes from, for messages. */
export interface Credential {
  name: string;
  value?: string;
}

export interface Refusal {
  status: 401 | 403;
  message: string;
  headers: Record<string, string>;
}

/** Why this request may not use a route that accepts these tokens; undefined when it may. None set: loopback only. */
export function refusal(req: http.IncomingMessage, accepted: Credential[]): Refusal | undefined {
  const set = accepted.filter((c) => c.value);
  if (!set.length) {
    if (isLoopbackAddress(req.socket.remoteAddress)) return undefined;
    return { status: 403, message: `no ${accepted.map((c) => c.name).join(' or ')} is set, so only loopback clients may ${req.method} ${req.url}`, headers: {} };
  }
  const header = req.headers.authorization;
  const challenge = `Bearer realm="slipway"`;
  if (!header || !/^Bearer\s/i.test(header)) {
    return { status: 401, message: `missing Authorization: Bearer <${set.map((c) => c.name).join(' or ')}>`, headers: { 'www-authenticate': challenge } };
  }
  // every accepted token is compared, so the time taken does not tell which one (or whether any) came close
  let matched = false;
  for (const c of set) matched = bearerMatches(header, c.value!) || matched;
  return matched ? undefined : { status: 401, message: 'wrong token', headers: { 'www-authenticate': `${challenge}, error="invalid_token"` } };
}

/** Constant time: both sides are hashed first, so neither the content nor the length of the token leaks. */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!m) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(m[1]), digest(token));
}

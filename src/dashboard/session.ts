// Who may see the dashboard: a sign-in with SLIPWAY_ADMIN_TOKEN (the project's one constant-time check) gives a
// random session cookie (HttpOnly, SameSite=Strict); a write also needs the session's CSRF token in a header and an
// Origin that is the dashboard's own.
import type * as http from 'node:http';
import { randomBytes, createHash } from 'node:crypto';
import { bearerMatches, HttpError } from '../core/http-server';

export const SESSION_COOKIE = 'slipway_dashboard';
export const CSRF_HEADER = 'x-slipway-csrf';
/** Sessions held at once; signing in beyond that ends the oldest. */
const MAX_SESSIONS = 64;
/** Failed sign-ins allowed per window and client address: guessing stays slow, and a stranger locks out only itself. */
const MAX_FAILURES = 10;
const FAILURE_WINDOW_MS = 10_000;
/** Client addresses remembered at once; beyond that the oldest is forgotten (memory stays bounded under a flood). */
const MAX_CLIENTS = 1024;

interface Session {
  csrf: string;
  expiresAt: number;
}

export class Sessions {
  private readonly sessions = new Map<string, Session>();
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly token: string, private sessionMs: number, private readonly now = () => Date.now()) {}

  setLifetime(ms: number): void {
    this.sessionMs = ms;
  }

  /** A new session for the right token: its Set-Cookie header and CSRF token. A wrong one is a 401 (429 when guessed at). */
  signIn(given: unknown, client: string): { cookie: string; csrf: string } {
    const now = this.now();
    const failures = (this.failures.get(client) ?? []).filter((t) => now - t < FAILURE_WINDOW_MS);
    if (failures.length >= MAX_FAILURES) throw new HttpError(429, 'too many failed sign-ins from this address; wait a few seconds', { 'retry-after': String(FAILURE_WINDOW_MS / 1000) });
    if (typeof given !== 'string' || !bearerMatches(`Bearer ${given}`, this.token)) {
      this.failures.delete(client);
      this.failures.set(client, [...failures, now]);
      if (this.failures.size > MAX_CLIENTS) this.failures.delete(this.failures.keys().next().value as string);
      throw new HttpError(401, 'wrong token: give the SLIPWAY_ADMIN_TOKEN the dashboard was started with');
    }
    this.expire(now);
    while (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
    const id = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    this.sessions.set(digest(id), { csrf, expiresAt: now + this.sessionMs });
    return { cookie: `${SESSION_COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${Math.floor(this.sessionMs / 1000)}`, csrf };
  }

  signOut(req: http.IncomingMessage): string {
    const id = cookieOf(req);
    if (id) this.sessions.delete(digest(id));
    return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
  }

  /** The request's live session, or undefined. */
  of(req: http.IncomingMessage): Session | undefined {
    const id = cookieOf(req);
    if (!id) return undefined;
    const s = this.sessions.get(digest(id));
    if (!s) return undefined;
    if (s.expiresAt <= this.now()) return void this.sessions.delete(digest(id));
    return s;
  }

  /** For reads: the session, or a 401 the page turns into the sign-in form. */
  require(req: http.IncomingMessage): Session {
    const s = this.of(req);
    if (!s) throw new HttpError(401, 'sign in first (POST /api/session with the admin token)');
    return s;
  }

  /** For writes: a session, its CSRF token in the header, and the dashboard's own Origin. */
  requireWrite(req: http.IncomingMessage): Session {
    const s = this.require(req);
    const header = req.headers[CSRF_HEADER];
    if (typeof header !== 'string' || !bearerMatches(`Bearer ${header}`, s.csrf)) throw new HttpError(403, `missing or wrong ${CSRF_HEADER} header: the page sends the token GET /api/session gives`);
    checkOrigin(req);
    return s;
  }

  private expire(now: number): void {
    for (const [k, s] of this.sessions) if (s.expiresAt <= now) this.sessions.delete(k);
  }
}

/** A write must come from a page of this very host and port (browsers send Origin on every POST). */
export function checkOrigin(req: http.IncomingMessage): void {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (!origin || !host || origin !== `http://${host}`) throw new HttpError(403, `Origin ${JSON.stringify(origin ?? null)} is not this dashboard's (http://${host ?? '?'})`);
}

function cookieOf(req: http.IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

// the map is keyed by a digest, so a lookup's timing says nothing about the cookie values it holds
const digest = (s: string) => createHash('sha256').update(s).digest('base64url');

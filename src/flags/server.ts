// The toggle server (the seed's server.js on port 8000): read and change flags over HTTP, every change audited.
// Writes need `Authorization: Bearer $SLIPWAY_FLAGS_TOKEN`; without a token it serves loopback clients only.
// The audit (who changed what, from which address) is paged and needs SLIPWAY_FLAGS_READ_TOKEN or the write token
// when either is set; so does OFREP evaluation (ofrep.ts) when the read token is set.
import type * as http from 'node:http';
import { FlagInputError, type AuditEntry, type ChangeOrigin, type FlagStore } from '../../sdk/flags/store';
import { createJsonServer, HttpError, json, type Credential, type Route, type RouteRequest } from '../core/http-server';
import { ofrepRoutes, type OfrepOptions } from './ofrep';
import { RolloutError, rolloutDefinition } from '../../sdk/flags/rollout';

export const SEED_FLAG = 'myflag';

export interface ToggleServerOptions {
  store: FlagStore;
  /** SLIPWAY_FLAGS_TOKEN; when absent only loopback clients may write. */
  token?: string;
  /** SLIPWAY_FLAGS_READ_TOKEN: reads the audit (so does the write token). */
  readToken?: string;
  /** A GET /newfeature toggles myflag, as the seed's server did. */
  legacyGetToggle?: boolean;
  /** OFREP evaluation and its change stream, from the server's in-memory flags. */
  ofrep?: Pick<OfrepOptions, 'flags' | 'events'>;
  /** Whether Redis answers right now, for /health. */
  redisReady(): boolean;
  log?: (line: string) => void;
}

export function createToggleServer(opts: ToggleServerOptions): http.Server {
  return createJsonServer({
    name: 'flags',
    routes: [...readRoutes(opts), ...writeRoutes(opts), ...(opts.ofrep ? ofrepRoutes({ ...opts.ofrep, token: opts.token, readToken: opts.readToken }) : [])],
    requestTimeoutMs: 30_000,
    log: opts.log,
    mapError: storeError,
  });
}

const writer = (token: string | undefined): Credential => ({ name: 'SLIPWAY_FLAGS_TOKEN', value: token });

function readRoutes({ store, redisReady, legacyGetToggle, token, readToken }: ToggleServerOptions): Route[] {
  const health = () => (redisReady() ? json({ ok: true, redis: 'up', namespace: store.namespace }) : json({ ok: false, redis: 'down', namespace: store.namespace }, 503));
  const routes: Route[] = [
    { method: 'GET', path: '/health', handle: health },
    { method: 'GET', path: '/flags', handle: async () => json({ namespace: store.namespace, ...(await store.list()) }) },
    { method: 'GET', path: '/flags/:name', handle: async ({ params }) => json(await existing(store, params.name)) },
    { method: 'GET', path: '/audit', auth: [{ name: 'SLIPWAY_FLAGS_READ_TOKEN', value: readToken }, writer(token)], handle: async ({ query }) => json(await auditPage(store, query)) },
  ];
  if (!legacyGetToggle) {
    const note = 'POST /newfeature toggles it (a GET toggles only with flags.legacyGetToggle)';
    routes.push({ method: 'GET', path: '/newfeature', handle: async () => json({ ...(await store.get(SEED_FLAG)), note }) });
  }
  return routes;
}

function writeRoutes({ store, token, legacyGetToggle }: ToggleServerOptions): Route[] {
  const auth = [writer(token)];
  const origin = (r: RouteRequest, source: string) => originOf(r.req, source, Boolean(token));
  const toggleSeedFlag = async (r: RouteRequest) => json(await store.toggle(SEED_FLAG, origin(r, 'http /newfeature')));
  const routes: Route[] = [
    { method: 'PUT', path: '/flags/:name', auth, handle: async (r) => json(await store.set(r.params.name, newValue(await r.body()), origin(r, 'http'))) },
    { method: 'DELETE', path: '/flags/:name', auth, handle: async (r) => json(await store.remove(r.params.name, origin(r, 'http'))) },
    { method: 'POST', path: '/flags/:name/toggle', auth, handle: async (r) => json(await store.toggle(r.params.name, origin(r, 'http'))) },
    { method: 'POST', path: '/flags/:name/rollout', auth, handle: async (r) => json(await rollout(store, r.params.name, await r.body(), origin(r, 'http rollout'))) },
    { method: 'POST', path: '/newfeature', auth, handle: toggleSeedFlag },
  ];
  if (legacyGetToggle) routes.push({ method: 'GET', path: '/newfeature', auth, handle: toggleSeedFlag });
  return routes;
}

async function existing(store: FlagStore, name: string) {
  const entry = await store.get(name);
  if (!entry) throw new HttpError(404, `no flag named ${name} (nothing stored, no default)`);
  return entry;
}

/** `slipway flags rollout` over HTTP: {"percent": 10, "variant": "on"} moves the flag to a fractional rule. */
async function rollout(store: FlagStore, name: string, body: unknown, origin: ChangeOrigin) {
  const { percent, variant } = (body ?? {}) as { percent?: unknown; variant?: unknown };
  if (typeof percent !== 'number' || (variant !== undefined && typeof variant !== 'string')) throw new HttpError(400, 'expected a JSON object like {"percent": 10} or {"percent": 10, "variant": "on"}');
  const entry = await existing(store, name);
  let def;
  try {
    def = rolloutDefinition(name, entry.value, percent, variant);
  } catch (err) {
    if (err instanceof RolloutError) throw new HttpError(400, err.message);
    throw err;
  }
  return { ...(await store.define(name, def, origin)), percent, definition: def };
}

function newValue(body: unknown): unknown {
  if (body === undefined) throw new HttpError(400, 'empty body: send JSON like {"value": "enable"}');
  if (!body || typeof body !== 'object' || Array.isArray(body) || !('value' in body)) {
    throw new HttpError(400, 'expected a JSON object with the new value: {"value": "enable"}');
  }
  return (body as { value: unknown }).value;
}

export const AUDIT_PAGE = { defaultLimit: 50, maxLimit: 200, maxBytes: 1024 * 1024 };

/**
 * One page of the audit, newest first, at most maxLimit entries and about maxBytes of JSON (at least one entry);
 * `next` is the `before` of the following page, present while there may be more.
 */
async function auditPage(store: FlagStore, query: URLSearchParams): Promise<{ namespace: string; entries: AuditEntry[]; next?: string }> {
  const limitText = query.get('limit');
  if (limitText !== null && !/^\d{1,4}$/.test(limitText)) throw new HttpError(400, `limit=${limitText}: expected a whole number from 1 to ${AUDIT_PAGE.maxLimit}`);
  const limit = Math.max(1, Math.min(limitText ? Number(limitText) : AUDIT_PAGE.defaultLimit, AUDIT_PAGE.maxLimit));
  const before = query.get('before') ?? undefined;
  if (before !== undefined && !/^\d{1,20}-\d{1,20}$/.test(before)) throw new HttpError(400, `before=${before.slice(0, 40)}: expected an entry id such as 1764170000000-0 (the "next" of the previous page)`);
  const found = await store.audit({ flag: query.get('flag') ?? undefined, limit, before });
  const entries: AuditEntry[] = [];
  let bytes = 0;
  for (const e of found) {
    bytes += JSON.stringify(e).length;
    if (entries.length && bytes > AUDIT_PAGE.maxBytes) break;
    entries.push(e);
  }
  const more = entries.length < found.length || found.length === limit;
  return { namespace: store.namespace, entries, ...(more && entries.length ? { next: entries[entries.length - 1].id } : {}) };
}

function originOf(req: http.IncomingMessage, source: string, hasToken: boolean): ChangeOrigin {
  const who = String(req.headers['x-slipway-actor'] ?? '').replace(/[^\w.@+:/ -]/g, '').slice(0, 100) || (hasToken ? 'token' : 'anonymous');
  return { actor: `${who} from ${req.socket.remoteAddress ?? 'unknown'}`, source };
}

const BUGS = [TypeError, RangeError, ReferenceError, SyntaxError];

/** Bad input is the client's to fix; a bug is a 500 (logged by the kit); the rest is Redis failing, worth a retry. */
function storeError(err: unknown): HttpError | undefined {
  if (err instanceof FlagInputError) return new HttpError(err.status, err.message);
  if (BUGS.some((bug) => err instanceof bug)) return undefined;
  return new HttpError(503, `flag store unavailable: ${(err as Error).message}`, { 'retry-after': '1' });
}

// The toggle server (the seed's server.js on port 8000): read and change flags over HTTP, every change audited.
// Writes need `Authorization: Bearer $SLIPWAY_FLAGS_TOKEN`; without a token it serves loopback clients only.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FlagInputError, type ChangeOrigin, type FlagStore } from '../../sdk/flags/store';
import { HttpError, hasBearer, readJsonBody, sendJson } from './http';
import { isLoopbackAddress } from '../core/listen-address';

export const SEED_FLAG = 'myflag';

export interface ToggleServerOptions {
  store: FlagStore;
  /** SLIPWAY_FLAGS_TOKEN; when absent only loopback clients may write. */
  token?: string;
  /** A GET /newfeature toggles myflag, as the seed's server did. */
  legacyGetToggle?: boolean;
  /** Whether Redis answers right now, for /health. */
  redisReady(): boolean;
  log?: (line: string) => void;
}

export interface ToggleServer {
  server: http.Server;
  listen(host: string, port: number): Promise<{ url: string }>;
  close(): Promise<void>;
}

type Handler = (req: http.IncomingMessage, params: string[], url: URL) => Promise<[number, unknown]>;
interface Route { method: string; path: RegExp; handle: Handler; write?: boolean }

export function createToggleServer(opts: ToggleServerOptions): ToggleServer {
  const { store } = opts;
  const log = opts.log ?? (() => undefined);

  const originOf = (req: http.IncomingMessage, source: string): ChangeOrigin => {
    const who = String(req.headers['x-slipway-actor'] ?? '').replace(/[^\w.@+:/ -]/g, '').slice(0, 100) || (opts.token ? 'token' : 'anonymous');
    return { actor: `${who} from ${req.socket.remoteAddress ?? 'unknown'}`, source };
  };

  const toggleSeedFlag: Handler = async (req) => [200, await store.toggle(SEED_FLAG, originOf(req, 'http /newfeature'))];

  const routes: Route[] = [
    { method: 'GET', path: /^\/health$/, handle: async () => (opts.redisReady() ? [200, { ok: true, redis: 'up', namespace: store.namespace }] : [503, { ok: false, redis: 'down', namespace: store.namespace }]) },
    { method: 'GET', path: /^\/flags$/, handle: async () => [200, { namespace: store.namespace, ...(await store.list()) }] },
    {
      method: 'GET', path: /^\/flags\/([^/]+)$/,
      handle: async (_req, [name]) => {
        const entry = await store.get(name);
        if (!entry) throw new HttpError(404, `no flag named ${name} (nothing stored, no default)`);
        return [200, entry];
      },
    },
    {
      method: 'PUT', path: /^\/flags\/([^/]+)$/, write: true,
      handle: async (req, [name]) => {
        const body = await readJsonBody(req);
        if (!body || typeof body !== 'object' || Array.isArray(body) || !('value' in body)) {
          throw new HttpError(400, 'expected a JSON object with the new value: {"value": "enable"}');
        }
        return [200, await store.set(name, (body as { value: unknown }).value, originOf(req, 'http'))];
      },
    },
    { method: 'DELETE', path: /^\/flags\/([^/]+)$/, write: true, handle: async (req, [name]) => [200, await store.remove(name, originOf(req, 'http'))] },
    { method: 'POST', path: /^\/flags\/([^/]+)\/toggle$/, write: true, handle: async (req, [name]) => [200, await store.toggle(name, originOf(req, 'http'))] },
    {
      method: 'GET', path: /^\/audit$/,
      handle: async (_req, _p, url) => {
        const limit = url.searchParams.get('limit');
        if (limit !== null && !/^\d{1,4}$/.test(limit)) throw new HttpError(400, `limit=${limit}: expected a whole number from 1 to 1000`);
        const flag = url.searchParams.get('flag') ?? undefined;
        return [200, { namespace: store.namespace, entries: await store.audit({ flag, limit: limit ? Number(limit) : 100 }) }];
      },
    },
    { method: 'POST', path: /^\/newfeature$/, write: true, handle: toggleSeedFlag },
    {
      method: 'GET', path: /^\/newfeature$/, write: Boolean(opts.legacyGetToggle),
      handle: opts.legacyGetToggle
        ? toggleSeedFlag
        : async () => [200, { ...(await store.get(SEED_FLAG)), note: 'POST /newfeature toggles it (a GET toggles only with flags.legacyGetToggle)' }],
    },
  ];

  const authorize = (req: http.IncomingMessage) => {
    if (opts.token) {
      if (!hasBearer(req, opts.token)) throw new HttpError(401, 'writes need Authorization: Bearer $SLIPWAY_FLAGS_TOKEN', { 'www-authenticate': 'Bearer realm="slipway-flags"' });
    } else if (!isLoopbackAddress(req.socket.remoteAddress)) {
      throw new HttpError(403, 'no SLIPWAY_FLAGS_TOKEN is set, so only loopback clients may write');
    }
  };

  const answer = async (req: http.IncomingMessage, url: URL): Promise<[number, unknown, Record<string, string>?]> => {
    const allowed: string[] = [];
    for (const route of routes) {
      const m = route.path.exec(url.pathname);
      if (!m) continue;
      if (route.method !== req.method) {
        allowed.push(route.method);
        continue;
      }
      let params: string[];
      try {
        params = m.slice(1).map(decodeURIComponent);
      } catch {
        throw new HttpError(400, `malformed path ${url.pathname}`);
      }
      if (route.write) authorize(req);
      return route.handle(req, params, url);
    }
    if (allowed.length) throw new HttpError(405, `${req.method} is not allowed on ${url.pathname}`, { allow: allowed.join(', ') });
    throw new HttpError(404, `no such endpoint: ${url.pathname} (see GET /flags, GET /audit, POST /newfeature)`);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    answer(req, url).then(
      ([status, body, headers]) => sendJson(res, status, body, headers),
      (err: unknown) => {
        if (err instanceof HttpError) return sendJson(res, err.status, { error: err.message }, err.headers);
        if (err instanceof FlagInputError) return sendJson(res, err.status, { error: err.message });
        // anything else is Redis being away or failing: the caller may retry
        log(`flags: ${req.method} ${url.pathname} failed: ${(err as Error).message}`);
        sendJson(res, 503, { error: `flag store unavailable: ${(err as Error).message}` }, { 'retry-after': '1' });
      },
    ).finally(() => {
      // a body we did not read must not stall the connection
      if (!req.complete) req.resume();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  return {
    server,
    listen: (host, port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const a = server.address() as AddressInfo;
          resolve({ url: `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}` });
        });
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

// The admin API on its own port: status, weights, backends, abort/resume, the Datadog webhook and metrics.
// Every route but /healthz needs `Authorization: Bearer $SLIPWAY_ADMIN_TOKEN` when a token is set; a malformed
// request gets 400 with the reason, and nothing is changed before the whole request has been validated.
import * as crypto from 'node:crypto';
import * as http from 'node:http';
import type { Role } from '../core/config';
import { UsageError } from '../core/errors';
import { parseTarget } from './address';
import type { ProxyCore } from './core';

const MAX_BODY_BYTES = 64 * 1024;

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

type Handler = (core: ProxyCore, body: unknown) => unknown;

const ROUTES: Record<string, Partial<Record<string, { body: boolean; run: Handler }>>> = {
  '/status': { GET: { body: false, run: (core) => core.status() } },
  '/weights': { PUT: { body: true, run: (core, body) => ({ weights: core.setWeights(body) }) } },
  '/backends': { PUT: { body: true, run: setBackends } },
  '/canary/abort': { POST: { body: true, run: (core, body) => core.abort(reasonOf(body)) } },
  '/canary/resume': { POST: { body: true, run: (core, body) => core.resume(reasonOf(body) || undefined) } },
  '/alerts/datadog': { POST: { body: true, run: (core, body) => core.applyDatadogAlert(body) } },
};

export function createAdminServer(core: ProxyCore, token: string | undefined): http.Server {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  return http.createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 10_000, headersTimeout: 10_000 }, (req, res) => {
    void handle(core, expected, req, res).catch((err) => {
      const e = err instanceof HttpError ? err : err instanceof UsageError ? new HttpError(400, err.message) : new HttpError(500, (err as Error).message);
      send(res, e.status, { error: e.message }, e.headers);
    });
  });
}

async function handle(core: ProxyCore, expected: Buffer | undefined, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/healthz' && req.method === 'GET') return send(res, 200, { ok: true });
  if (expected) {
    const given = req.headers.authorization;
    if (!given) throw new HttpError(401, 'missing Authorization: Bearer <SLIPWAY_ADMIN_TOKEN>', { 'www-authenticate': 'Bearer' });
    const g = Buffer.from(given);
    if (g.length !== expected.length || !crypto.timingSafeEqual(g, expected)) throw new HttpError(401, 'wrong token', { 'www-authenticate': 'Bearer error="invalid_token"' });
  }
  if (path === '/metrics' && req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
    res.end(core.renderMetrics());
    return;
  }
  const methods = ROUTES[path];
  if (!methods) throw new HttpError(404, `no route ${path}; routes: GET /status, PUT /weights, PUT /backends, POST /canary/abort, POST /canary/resume, POST /alerts/datadog, GET /metrics`);
  const route = methods[req.method ?? ''];
  if (!route) throw new HttpError(405, `${req.method} is not allowed on ${path}; use ${Object.keys(methods).join(' or ')}`, { allow: Object.keys(methods).join(', ') });
  const body = route.body ? await readJson(req) : undefined;
  send(res, 200, route.run(core, body));
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, `body larger than ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (!text) return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch (err) {
        reject(new HttpError(400, `body is not valid JSON: ${(err as Error).message}`));
      }
    });
  });
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.destroy();
  const text = JSON.stringify(body, null, 2) + '\n';
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function objectBody(body: unknown, what: string): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new UsageError(`${what}: expected a JSON object, got ${JSON.stringify(body)}`);
  return body as Record<string, unknown>;
}

function reasonOf(body: unknown): string {
  const b = objectBody(body, 'body');
  for (const key of Object.keys(b)) if (key !== 'reason') throw new UsageError(`${key}: unknown field; the only field is "reason"`);
  if (b.reason === undefined) return '';
  if (typeof b.reason !== 'string' || b.reason.length > 500) throw new UsageError(`reason: expected a text of at most 500 characters, got ${JSON.stringify(b.reason).slice(0, 60)}`);
  return b.reason.trim();
}

/** {"production": "http://127.0.0.1:3101"} / {"canary": null}: every entry is checked before any is applied. */
function setBackends(core: ProxyCore, body: unknown): unknown {
  const b = objectBody(body, 'body');
  const entries = Object.entries(b);
  if (!entries.length) throw new UsageError('expected at least one of "production", "canary"');
  for (const [role, url] of entries) {
    if (role !== 'production' && role !== 'canary') throw new UsageError(`${role}: unknown role; expected production or canary`);
    if (url === null) {
      if (role === 'production') throw new UsageError('production: cannot be null; production is where every request falls back to');
      continue;
    }
    if (typeof url !== 'string') throw new UsageError(`${role}: expected a URL string or null, got ${JSON.stringify(url)}`);
    parseTarget(url, role);
  }
  const changed: Partial<Record<Role, boolean>> = {};
  for (const [role, url] of entries) changed[role as Role] = core.setBackend(role as Role, url as string | null);
  return { changed, status: core.status() };
}

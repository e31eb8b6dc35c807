// The admin API on its own port: status, weights, backends, abort/resume, the Datadog webhook and metrics.
// Every route but /healthz needs `Authorization: Bearer $SLIPWAY_ADMIN_TOKEN` (a loopback client when none is set);
// a malformed request gets 400 with the reason, and nothing is changed before the whole request has been validated.
import type * as http from 'node:http';
import type { Role } from '../core/config';
import { UsageError } from '../core/errors';
import { createJsonServer, HttpError, json, type Route } from '../core/http-server';
import { parseTarget } from './address';
import type { ProxyCore } from './core';

export function createAdminServer(core: ProxyCore, token: string | undefined, log?: (line: string) => void): http.Server {
  return createJsonServer({
    name: 'proxy admin',
    routes: adminRoutes(core),
    token,
    tokenName: 'SLIPWAY_ADMIN_TOKEN',
    log,
    mapError: (err) => (err instanceof UsageError ? new HttpError(400, err.message) : undefined),
  });
}

function adminRoutes(core: ProxyCore): Route[] {
  const withBody = (method: Route['method'], path: string, run: (body: unknown) => unknown): Route => ({
    method, path, auth: true, handle: async (r) => json(run((await r.body()) ?? {})),
  });
  return [
    { method: 'GET', path: '/healthz', handle: () => json({ ok: true }) },
    { method: 'GET', path: '/status', auth: true, handle: () => json(core.status()) },
    { method: 'GET', path: '/metrics', auth: true, handle: () => ({ text: core.renderMetrics(), contentType: 'text/plain; version=0.0.4; charset=utf-8' }) },
    withBody('PUT', '/weights', (body) => ({ weights: core.setWeights(body) })),
    withBody('PUT', '/backends', (body) => setBackends(core, body)),
    withBody('POST', '/canary/abort', (body) => core.abort(reasonOf(body))),
    withBody('POST', '/canary/resume', (body) => core.resume(reasonOf(body) || undefined)),
    withBody('POST', '/alerts/datadog', (body) => core.applyDatadogAlert(body)),
  ];
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

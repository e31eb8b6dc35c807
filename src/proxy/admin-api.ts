// The admin API on its own port: status, weights, backends, abort/resume, the Datadog webhook, metrics and samples.
// Every route but /healthz needs `Authorization: Bearer $SLIPWAY_ADMIN_TOKEN` (a loopback client when none is set);
// POST /alerts/datadog also takes SLIPWAY_WEBHOOK_TOKEN, the only token Datadog holds, which can do nothing else.
// A malformed request gets 400 with the reason, and nothing is changed before the whole request has been validated.
import type * as http from 'node:http';
import type { Role } from '../core/config';
import { UsageError } from '../core/errors';
import { createJsonServer, HttpError, json, type Credential, type Route } from '../core/http-server';
import { parseTarget } from './address';
import type { ProxyCore } from './core';
import { sequenceOf, type SampleBatch } from './samples';
import type { ProxyStatus } from './status';

export interface AdminAccess {
  /** SLIPWAY_ADMIN_TOKEN: every route. */
  adminToken?: string;
  /** SLIPWAY_WEBHOOK_TOKEN: POST /alerts/datadog only. */
  webhookToken?: string;
  /** Origins (http://HOST:PORT) that PUT /backends may point a role at. */
  allowedBackends: string[];
}

/** What the admin API reads: one process's own figures, or (cluster-primary.ts) all its workers' added up. */
export interface ProxyReadout {
  status(): ProxyStatus | Promise<ProxyStatus>;
  metrics(): string | Promise<string>;
  samples(production: number, canary: number): { production: SampleBatch; canary: SampleBatch } | Promise<{ production: SampleBatch; canary: SampleBatch }>;
}

export function coreReadout(core: ProxyCore): ProxyReadout {
  return { status: () => core.status(), metrics: () => core.renderMetrics(), samples: (p, c) => ({ production: core.samples[0].since(p), canary: core.samples[1].since(c) }) };
}

export function createAdminServer(core: ProxyCore, access: AdminAccess, log?: (line: string) => void, readout = coreReadout(core)): http.Server {
  return createJsonServer({
    name: 'proxy admin',
    routes: adminRoutes(core, access, readout),
    log,
    mapError: (err) => (err instanceof UsageError ? new HttpError(400, err.message) : undefined),
  });
}

function adminRoutes(core: ProxyCore, access: AdminAccess, readout: ProxyReadout): Route[] {
  const admin: Credential = { name: 'SLIPWAY_ADMIN_TOKEN', value: access.adminToken };
  const withBody = (method: Route['method'], path: string, run: (body: unknown) => unknown, auth = [admin]): Route => ({
    method, path, auth, handle: async (r) => json(run((await r.body()) ?? {})),
  });
  const allowed = new Set(access.allowedBackends.map((url) => parseTarget(url, 'proxy.allowedBackends').origin));
  return [
    { method: 'GET', path: '/healthz', handle: () => json({ ok: true }) },
    { method: 'GET', path: '/status', auth: [admin], handle: async () => json(await readout.status()) },
    { method: 'GET', path: '/metrics', auth: [admin], handle: async () => ({ text: await readout.metrics(), contentType: 'text/plain; version=0.0.4; charset=utf-8' }) },
    // the rollout judge's input: each role's answers since the sequence numbers it read up to
    { method: 'GET', path: '/samples', auth: [admin], handle: async (r) => json(await readout.samples(sequenceOf(r.query.get('production'), 'production'), sequenceOf(r.query.get('canary'), 'canary'))) },
    withBody('PUT', '/weights', (body) => ({ weights: core.setWeights(body) })),
    { method: 'PUT', path: '/backends', auth: [admin], handle: async (r) => json({ changed: setBackends(core, (await r.body()) ?? {}, allowed), status: await readout.status() }) },
    withBody('POST', '/canary/abort', (body) => core.abort(reasonOf(body))),
    withBody('POST', '/canary/resume', (body) => core.resume(reasonOf(body) || undefined)),
    withBody('POST', '/alerts/datadog', (body) => core.applyDatadogAlert(body), [admin, { name: 'SLIPWAY_WEBHOOK_TOKEN', value: access.webhookToken }]),
  ];
}

function objectBody(body: unknown, what: string): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new UsageError(`${what}: expected a JSON object, got ${JSON.stringify(body)}`);
  return body as Record<string, unknown>;
}

export function reasonOf(body: unknown): string {
  const b = objectBody(body, 'body');
  for (const key of Object.keys(b)) if (key !== 'reason') throw new UsageError(`${key}: unknown field; the only field is "reason"`);
  if (b.reason === undefined) return '';
  if (typeof b.reason !== 'string' || b.reason.length > 500) throw new UsageError(`reason: expected a text of at most 500 characters, got ${JSON.stringify(b.reason).slice(0, 60)}`);
  return b.reason.trim();
}

/**
 * {"production": "http://127.0.0.1:3101"} / {"canary": null}: every entry is checked before any is applied, and a
 * target must be one the config allows, so a stolen admin token cannot send production's users elsewhere.
 */
function setBackends(core: ProxyCore, body: unknown, allowed: Set<string>): Partial<Record<Role, boolean>> {
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
    const { origin } = parseTarget(url, role);
    if (!allowed.has(origin)) {
      throw new HttpError(403, `${role}: ${origin} is not an allowed backend (allowed: ${[...allowed].join(', ')}); add it to proxy.allowedBackends and restart the proxy`);
    }
  }
  const changed: Partial<Record<Role, boolean>> = {};
  for (const [role, url] of entries) changed[role as Role] = core.setBackend(role as Role, url as string | null);
  return changed;
}

// The rollout controller's API on canary.controllerListen: GET /status and /metrics, POST /pause, /resume, /continue
// and /retry — each needs SLIPWAY_ADMIN_TOKEN (a loopback client when none is set). /healthz answers anyone.
import type * as http from 'node:http';
import { UsageError } from '../core/errors';
import { createJsonServer, HttpError, json, type Credential, type Route } from '../core/http-server';
import { reasonOf } from '../proxy/admin-api';
import type { RolloutController } from './controller';
import { rolloutStatus, rolloutMetrics } from './report';

export function createControllerServer(controller: RolloutController, adminToken: string | undefined, log?: (line: string) => void): http.Server {
  const admin: Credential[] = [{ name: 'SLIPWAY_ADMIN_TOKEN', value: adminToken }];
  const change = (path: string, run: (reason: string) => string | Promise<string>): Route => ({
    method: 'POST', path, auth: admin,
    handle: async (r) => {
      const outcome = await run(reasonOf((await r.body()) ?? {}));
      return json({ outcome, status: rolloutStatus(controller) });
    },
  });
  return createJsonServer({
    name: 'rollout',
    routes: [
      { method: 'GET', path: '/healthz', handle: () => json({ ok: true }) },
      { method: 'GET', path: '/status', auth: admin, handle: () => json(rolloutStatus(controller)) },
      { method: 'GET', path: '/metrics', auth: admin, handle: () => ({ text: rolloutMetrics(controller), contentType: 'text/plain; version=0.0.4; charset=utf-8' }) },
      change('/pause', (reason) => controller.pause(reason)),
      change('/resume', (reason) => controller.resume(reason)),
      change('/continue', () => controller.continueGate()),
      change('/retry', () => controller.retry()),
    ],
    log,
    mapError: (err) => (err instanceof UsageError ? new HttpError(400, err.message) : undefined),
  });
}

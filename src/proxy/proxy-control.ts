// What deploy needs from a running canary proxy, over its admin client: is it there, re-point a role, wait until
// the old target has drained — each change a plan action carrying its exact request.
import type { Config, Role } from '../core/config';
import type { Secrets } from '../core/secrets';
import type { Action } from '../core/plan';
import { check } from '../core/actions';
import { ProxyAdminClient, type ProxyStatus } from './admin-client';

export type ProxyView = ProxyStatus;

export interface ProxyControl {
  adminUrl: string;
  client: ProxyAdminClient;
  /** The proxy's status, or null when no proxy answers on the admin address (a wrong token still fails). */
  status(): Promise<ProxyView | null>;
  /** Re-points a role (null takes the canary out); in-flight requests on the old target finish. */
  setBackend(role: Role, target: string | null, summary: string): Action;
  /** Waits until no request is in flight to `target` (or the proxy is gone); a timeout only warns. */
  drained(target: string, timeoutMs: number, summary: string): Action;
}

export function proxyControl(config: Config, secrets: Secrets): ProxyControl {
  const client = ProxyAdminClient.fromConfig(config, secrets);
  return {
    adminUrl: client.adminUrl,
    client,
    status: async () => ((await client.healthy()) ? client.status() : null),
    setBackend: (role, target, summary) => client.action(summary, 'PUT', '/backends', { [role]: target }),
    drained: (target, timeoutMs, summary) =>
      check(summary, { probe: client.request('GET', '/status'), until: `no request in flight to ${target}`, timeoutMs, intervalMs: 100, onTimeout: 'continue' }, {
        ready: (answer) => {
          const a = answer as { status: number; json?: ProxyView };
          return a.status !== 200 || !a.json?.draining.some((d) => d.target === target && d.inFlight > 0);
        },
      }),
  };
}

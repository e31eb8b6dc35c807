// What deploy needs from a running canary proxy, over its admin client: is it there, re-point a role,
// wait until the old target has drained, re-admit the canary a new deploy replaced.
import type { Config, Role } from '../core/config';
import type { Secrets } from '../core/secrets';
import { ProxyAdminClient, type ProxyStatus } from './admin-client';
import { sleep } from '../core/deadline';

export type ProxyView = ProxyStatus;

export interface ProxyControl {
  adminUrl: string;
  client: ProxyAdminClient;
  /** The proxy's status, or null when no proxy answers on the admin address (a wrong token still fails). */
  status(): Promise<ProxyView | null>;
  setBackend(role: Role, target: string | null): Promise<void>;
  waitDrained(target: string, timeoutMs: number): Promise<boolean>;
}

export function proxyControl(config: Config, secrets: Secrets): ProxyControl {
  const client = ProxyAdminClient.fromConfig(config, secrets);
  const status = async () => ((await client.healthy()) ? client.status() : null);
  return {
    adminUrl: client.adminUrl,
    client,
    status,
    async setBackend(role, target) {
      await client.setBackend(role, target);
    },
    async waitDrained(target, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const s = await status();
        if (!s || !s.draining.some((d) => d.target === target && d.inFlight > 0)) return true;
        if (Date.now() > deadline) return false;
        await sleep(100);
      }
    },
  };
}

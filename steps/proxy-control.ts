// What deploy needs from a running canary proxy: is it there, re-point a role, wait for the old target to drain.
import axios, { type AxiosInstance } from 'axios';
import type { Config, Role } from './config';
import type { Secrets } from './secrets';
import { StepFailed } from './errors';
import { sleep } from './wait';

export interface ProxyView {
  backends: { role: Role; target: string | null; weight: number; state: string; inFlight: number; ejectedSince: string | null }[];
  draining: { role: Role; target: string; inFlight: number }[];
  canary: { state: string; reason?: string };
  weights: { production: number; canary: number };
}

export interface ProxyControl {
  adminUrl: string;
  /** The proxy's status, or null when no proxy answers on the admin address. */
  status(): Promise<ProxyView | null>;
  setBackend(role: Role, target: string | null): Promise<void>;
  waitDrained(target: string, timeoutMs: number): Promise<boolean>;
}

export function proxyControl(config: Config, secrets: Secrets): ProxyControl {
  const adminUrl = `http://${config.proxy.admin}`;
  const token = secrets.get('SLIPWAY_ADMIN_TOKEN');
  const client: AxiosInstance = axios.create({
    baseURL: adminUrl,
    timeout: 5000,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    validateStatus: () => true,
  });
  const refuse = (status: number, what: string) => {
    if (status === 401) throw new StepFailed(`the proxy at ${adminUrl} refused ${what}: SLIPWAY_ADMIN_TOKEN is missing or wrong`, 'export the token the proxy was started with');
    throw new StepFailed(`the proxy at ${adminUrl} answered ${status} to ${what}`);
  };
  const status = async (): Promise<ProxyView | null> => {
    try {
      const r = await client.get('/status');
      if (r.status !== 200) refuse(r.status, 'GET /status');
      return r.data as ProxyView;
    } catch (err) {
      if (err instanceof StepFailed) throw err;
      return null;
    }
  };
  return {
    adminUrl,
    status,
    async setBackend(role, target) {
      const r = await client.put('/backends', { [role]: target });
      if (r.status !== 200) refuse(r.status, `PUT /backends (${role} → ${target})`);
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

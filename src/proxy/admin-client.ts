// A typed client of the proxy's admin API, for `slipway canary` and for deploy. The token comes from
// SLIPWAY_ADMIN_TOKEN; every call can also be had as a plan Action (printed with the token masked under --dry-run).
import { request } from 'undici';
import type { Config, Role } from '../core/config';
import type { Action } from '../core/plan';
import type { Secrets } from '../core/secrets';
import { StepFailed, UsageError } from '../core/errors';
import type { AlertOutcome, CanaryChange, ProxyStatus } from './core';
import type { Weights } from './weights';

export type { AlertOutcome, CanaryChange, ProxyStatus } from './core';

export interface SetBackendsResult {
  changed: Partial<Record<Role, boolean>>;
  status: ProxyStatus;
}

export class ProxyAdminClient {
  constructor(readonly adminUrl: string, private readonly token?: string, private readonly timeoutMs = 5000) {}

  static fromConfig(config: Config, secrets: Secrets): ProxyAdminClient {
    return new ProxyAdminClient(`http://${config.proxy.admin}`, secrets.get('SLIPWAY_ADMIN_TOKEN'));
  }

  status(): Promise<ProxyStatus> {
    return this.call('GET', '/status');
  }

  setWeights(weights: Weights): Promise<{ weights: Weights }> {
    return this.call('PUT', '/weights', weights);
  }

  /** Re-points a role (null removes the canary); in-flight requests on the old target finish. */
  setBackend(role: Role, url: string | null): Promise<SetBackendsResult> {
    return this.call('PUT', '/backends', { [role]: url });
  }

  abort(reason?: string): Promise<CanaryChange> {
    return this.call('POST', '/canary/abort', reason ? { reason } : {});
  }

  resume(reason?: string): Promise<CanaryChange> {
    return this.call('POST', '/canary/resume', reason ? { reason } : {});
  }

  /** Answers when the admin API is up (no token needed). */
  async healthy(): Promise<boolean> {
    try {
      const r = await request(`${this.adminUrl}/healthz`, { reset: true, headersTimeout: this.timeoutMs });
      await r.body.dump();
      return r.statusCode === 200;
    } catch {
      return false;
    }
  }

  /** The same call as a plan action: `detail` is the exact HTTP request, with the Authorization header masked when printed. */
  action<T>(summary: string, method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown, id?: string): Action<T> {
    return {
      kind: 'http',
      summary,
      id,
      detail: { method, url: `${this.adminUrl}${path}`, ...(this.token ? { headers: { authorization: `Bearer ${this.token}` } } : {}), ...(body !== undefined ? { body } : {}) },
      run: () => this.call<T>(method, path, body),
    };
  }

  async call<T>(method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown): Promise<T> {
    const url = `${this.adminUrl}${path}`;
    let r;
    try {
      r = await request(url, {
        method,
        reset: true, // one-shot connection: a CLI must not wait for an idle keep-alive socket to exit
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
        headers: { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
    } catch (err) {
      throw new StepFailed(`the canary proxy's admin API at ${this.adminUrl} does not answer (${(err as { code?: string }).code ?? (err as Error).message})`, 'start the proxy with `slipway proxy up`, or point proxy.admin (--admin) at where it listens');
    }
    const text = await r.body.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const reason = (json as { error?: string } | undefined)?.error ?? text.slice(0, 200);
    if (r.statusCode === 200) return json as T;
    if (r.statusCode === 401) {
      throw new StepFailed(`the canary proxy refused ${method} ${path}: ${reason}`, this.token ? 'SLIPWAY_ADMIN_TOKEN differs from the one the proxy was started with; export that one' : 'export SLIPWAY_ADMIN_TOKEN (the token the proxy was started with)');
    }
    if (r.statusCode === 400) throw new UsageError(`the canary proxy rejected ${method} ${path}: ${reason}`);
    throw new StepFailed(`the canary proxy answered ${r.statusCode} to ${method} ${path}: ${reason}`);
  }
}

// A typed client of the proxy's admin API, for `slipway canary` and for deploy, over the one HTTP client. The token
// comes from SLIPWAY_ADMIN_TOKEN; every call is also a plan action whose detail is the very request it sends.
import type { Config, Role } from '../core/config';
import type { Action } from '../core/plan';
import type { Secrets } from '../core/secrets';
import { httpCall } from '../core/actions';
import { answers, bearerAuth, send, HttpUnreachable, type HttpAnswer, type HttpMethod, type HttpRequest } from '../core/http-client';
import { StepFailed, UsageError } from '../core/errors';
import type { CanaryChange, ProxyStatus } from './status';
import type { Weights } from './weights';
import type { SampleBatch } from './samples';

export type { AlertOutcome, CanaryChange, ProxyStatus } from './status';

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

  /** Each role's answers since the given sequence numbers (samples.ts). */
  samples(since: Record<Role, number>): Promise<Record<Role, SampleBatch>> {
    return this.call('GET', `/samples?production=${since.production}&canary=${since.canary}`);
  }

  abort(reason?: string): Promise<CanaryChange> {
    return this.call('POST', '/canary/abort', reason ? { reason } : {});
  }

  resume(reason?: string): Promise<CanaryChange> {
    return this.call('POST', '/canary/resume', reason ? { reason } : {});
  }

  /** The health request: answers 200 when the admin API is up (no token needed). */
  healthRequest(timeoutMs = this.timeoutMs): HttpRequest {
    return { method: 'GET', url: `${this.adminUrl}/healthz`, timeoutMs };
  }

  healthy(): Promise<boolean> {
    return answers(this.healthRequest());
  }

  /** The exact HTTP request of a call, token included (printed masked). */
  request(method: HttpMethod, path: string, body?: unknown): HttpRequest {
    return {
      method,
      url: `${this.adminUrl}${path}`,
      headers: bearerAuth(this.token),
      ...(body !== undefined ? { body } : {}),
      timeoutMs: this.timeoutMs,
    };
  }

  /** The same call as a plan action: its detail is the request above. */
  action<T>(summary: string, method: HttpMethod, path: string, body?: unknown, id?: string): Action<T> {
    return httpCall<T>(summary, this.request(method, path, body), { id, read: (answer) => this.answerOf<T>(method, path, answer as HttpAnswer) });
  }

  async call<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
    let answer: HttpAnswer;
    try {
      answer = await send(this.request(method, path, body));
    } catch (err) {
      const code = err instanceof HttpUnreachable ? err.code : (err as Error).message;
      throw new StepFailed(`the canary proxy's admin API at ${this.adminUrl} does not answer (${code})`, 'start the proxy with `slipway proxy up`, or point proxy.admin (--admin) at where it listens');
    }
    return this.answerOf<T>(method, path, answer);
  }

  answerOf<T>(method: string, path: string, answer: HttpAnswer): T {
    const json = answer.json;
    const reason = (json as { error?: string } | undefined)?.error ?? answer.text.slice(0, 200);
    if (answer.status === 200) return json as T;
    if (answer.status === 401) {
      throw new StepFailed(`the canary proxy refused ${method} ${path}: ${reason}`, this.token ? 'SLIPWAY_ADMIN_TOKEN differs from the one the proxy was started with; export that one' : 'export SLIPWAY_ADMIN_TOKEN (the token the proxy was started with)');
    }
    if (answer.status === 400) throw new UsageError(`the canary proxy rejected ${method} ${path}: ${reason}`);
    if (answer.status === 403) throw new UsageError(`the canary proxy refused ${method} ${path}: ${reason}`, 'a proxy bound beyond loopback needs SLIPWAY_ADMIN_TOKEN; a backend must be in proxy.allowedBackends of the config the proxy started with');
    throw new StepFailed(`the canary proxy answered ${answer.status} to ${method} ${path}: ${reason}`);
  }
}

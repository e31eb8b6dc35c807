// The rollout controller's API as `slipway canary pause|continue|retry|wait|status` call it, with the admin token.
import type { Config } from '../core/config';
import type { Secrets } from '../core/secrets';
import type { Action } from '../core/plan';
import { httpCall } from '../core/actions';
import { bearerAuth, send, HttpUnreachable, type HttpAnswer, type HttpMethod, type HttpRequest } from '../core/http-client';
import { localUrlOf } from '../core/listen-address';
import { StepFailed } from '../core/errors';
import type { RolloutStatus } from './report';

export function controllerUrl(config: Config): string {
  return localUrlOf(config.canary.controllerListen, 'canary.controllerListen');
}

export class RolloutClient {
  readonly url: string;
  private readonly token: string | undefined;

  constructor(config: Config, secrets: Secrets) {
    this.url = controllerUrl(config);
    this.token = secrets.get('SLIPWAY_ADMIN_TOKEN');
  }

  request(method: HttpMethod, path: string, body?: unknown): HttpRequest {
    return { method, url: `${this.url}${path}`, headers: bearerAuth(this.token), ...(body !== undefined ? { body } : {}), timeoutMs: 5000 };
  }

  /** The controller's status, or null when none answers (strategy static, or not started). */
  async statusOrNull(): Promise<RolloutStatus | null> {
    let answer: HttpAnswer;
    try {
      answer = await send(this.request('GET', '/status'));
    } catch (err) {
      if (err instanceof HttpUnreachable) return null;
      throw err;
    }
    return this.answerOf<RolloutStatus>('GET', '/status', answer);
  }

  async status(): Promise<RolloutStatus> {
    const s = await this.statusOrNull();
    if (!s) throw new StepFailed(`no rollout controller answers on ${this.url}`, 'start it with `slipway rollout up` (canary.strategy must be "progressive")');
    return s;
  }

  action(summary: string, path: string, body: unknown): Action<{ outcome: string; status: RolloutStatus }> {
    return httpCall(summary, this.request('POST', path, body), { id: 'call', read: (answer) => this.answerOf('POST', path, answer as HttpAnswer) });
  }

  private answerOf<T>(method: string, path: string, answer: HttpAnswer): T {
    if (answer.status === 200) return answer.json as T;
    const reason = (answer.json as { error?: string } | undefined)?.error ?? answer.text.slice(0, 200);
    const hint = answer.status === 401 ? 'export SLIPWAY_ADMIN_TOKEN (the token the controller was started with)' : undefined;
    throw new StepFailed(`the rollout controller refused ${method} ${path}: HTTP ${answer.status} ${reason}`, hint);
  }
}

// The rollout's webhooks (canary.webhooks), shaped as Flagger's: the same types and the same JSON payload, so a hook
// written for Flagger (its load tester, a Slack approval bot) answers slipway too. A 2xx answer advances; anything else
// (another status, no answer in timeoutSec) holds or fails, as each type says.
import { bearerAuth, send, HttpUnreachable } from '../core/http-client';

export type WebhookType = 'confirm-rollout' | 'pre-rollout' | 'rollout' | 'confirm-promotion' | 'rollback';

export interface WebhookConfig {
  name: string;
  type: WebhookType;
  url: string;
  timeoutSec?: number;
  metadata?: Record<string, string>;
}

export const DEFAULT_WEBHOOK_TIMEOUT_SEC = 10;

/** Flagger's canary phases, as its payload names them. */
export type FlaggerPhase = 'Waiting' | 'Progressing' | 'WaitingPromotion' | 'Promoting';

/** Flagger's webhook payload; it carries no secret (a token, when set, goes in the Authorization header). */
export interface WebhookPayload {
  name: string;
  namespace: string;
  phase: FlaggerPhase;
  checksum: string;
  type: WebhookType;
  metadata: Record<string, string>;
}

export const WEBHOOK_NAMESPACE = 'slipway';

export interface WebhookAnswer {
  webhook: string;
  ok: boolean;
  detail: string;
}

export function payloadOf(hook: WebhookConfig, app: string, deployId: string, phase: FlaggerPhase): WebhookPayload {
  return { name: app, namespace: WEBHOOK_NAMESPACE, phase, checksum: deployId, type: hook.type, metadata: hook.metadata ?? {} };
}

/** POSTs the payload; never throws: no answer is a failed call like a non-2xx one. */
export async function callWebhook(hook: WebhookConfig, payload: WebhookPayload, token: string | undefined): Promise<WebhookAnswer> {
  try {
    const res = await send({ method: 'POST', url: hook.url, headers: bearerAuth(token), body: payload, timeoutMs: (hook.timeoutSec ?? DEFAULT_WEBHOOK_TIMEOUT_SEC) * 1000, maxBytes: 64 * 1024 });
    const ok = res.status >= 200 && res.status <= 299;
    return { webhook: hook.name, ok, detail: `${hook.type} webhook ${hook.name} answered HTTP ${res.status}` };
  } catch (err) {
    const code = err instanceof HttpUnreachable ? err.code : (err as Error).message;
    return { webhook: hook.name, ok: false, detail: `${hook.type} webhook ${hook.name} did not answer (${code})` };
  }
}

/** Calls every webhook of a type, in config order, all of them (Flagger calls each); the first refusal is the one named. */
export async function callAll(hooks: WebhookConfig[], type: WebhookType, payloadFor: (hook: WebhookConfig) => WebhookPayload, token: string | undefined): Promise<WebhookAnswer[]> {
  const answers: WebhookAnswer[] = [];
  for (const hook of hooks.filter((h) => h.type === type)) answers.push(await callWebhook(hook, payloadFor(hook), token));
  return answers;
}

// What the rollout asks beyond the proxy's own samples, each at its moment: confirm-rollout and pre-rollout webhooks
// before the first step, rollout and rollback webhooks and the metric providers every analysis window, confirm-promotion
// webhooks before the promotion. The controller decides what an answer does; this calls and folds the answers.
import type { Config } from '../core/config';
import { UsageError } from '../core/errors';
import type { DatadogClient } from '../monitors/datadog-client';
import type { Judgment, Measurement } from './judge';
import { checkMetrics, measure, type GateCheck } from './metrics';
import { callAll, payloadOf, type FlaggerPhase, type WebhookAnswer, type WebhookType } from './webhooks';

/** Where a rollout waits on webhooks (kept in its state): before its first step, or before its promotion. */
export interface GateState {
  stage: 'confirm-rollout' | 'pre-rollout' | 'confirm-promotion';
  /** The webhook that refused last, and what it answered. */
  heldBy?: string;
  detail?: string;
}

export interface GatesDeps {
  datadog?: DatadogClient;
  /** SLIPWAY_ROLLOUT_WEBHOOK_TOKEN, sent as a bearer token to every webhook when set. */
  webhookToken?: string;
}

/** Refuses (exit 2) metrics and webhooks that cannot work: called at config load. */
export function checkGates(canary: Config['canary']): void {
  checkMetrics(canary.analysis.metrics);
  const seen = new Set<string>();
  canary.webhooks.forEach((hook, i) => {
    if (seen.has(hook.name)) throw new UsageError(`canary.webhooks[${i}].name: "${hook.name}" names another webhook too`, 'give each webhook its own name');
    seen.add(hook.name);
  });
}

/** Datadog metrics need both keys: refused before the controller starts, not found out at the first window. */
export function requireDatadogFor(canary: Config['canary'], datadog: unknown): void {
  const metric = canary.analysis.metrics.find((m) => m.provider === 'datadog');
  if (metric && !datadog) throw new UsageError(`canary.analysis.metrics: "${metric.name}" queries Datadog, but DD_API_KEY and DD_APP_KEY are not set`, 'set both keys in the environment (the Jenkins credentials datadogApiKeyId and datadogAppKeyId), or remove the Datadog metric');
}

export class RolloutGates {
  constructor(private readonly config: Config, private readonly deps: GatesDeps) {}

  has(type: WebhookType): boolean {
    return this.config.canary.webhooks.some((h) => h.type === type);
  }

  /** The webhooks of a holding type: the first that refused, or undefined when every one answered 2xx. */
  async confirm(type: WebhookType, deployId: string, phase: FlaggerPhase): Promise<WebhookAnswer | undefined> {
    return (await this.call(type, deployId, phase)).find((a) => !a.ok);
  }

  /** The first rollback webhook that answered 2xx (Flagger: roll back now), or undefined. */
  async rollback(deployId: string, phase: FlaggerPhase): Promise<WebhookAnswer | undefined> {
    return (await this.call('rollback', deployId, phase)).find((a) => a.ok);
  }

  /** One window's checks beside the proxy's: rollout webhooks and metrics; and a rollback webhook that said 2xx, if any. */
  async analyse(deployId: string, phase: FlaggerPhase, windowStartMs: number): Promise<{ checks: GateCheck[]; rollback?: WebhookAnswer }> {
    const [rollback, rollout, metrics] = await Promise.all([
      this.rollback(deployId, phase),
      this.call('rollout', deployId, phase),
      Promise.all(this.config.canary.analysis.metrics.map((m) => measure(m, { datadog: this.deps.datadog }, windowStartMs))),
    ]);
    const hooks: GateCheck[] = rollout.map((a) => ({ name: `webhook ${a.webhook}`, verdict: a.ok ? 'Passed' : 'Failed', detail: a.detail }));
    return { checks: [...hooks, ...metrics], rollback };
  }

  private call(type: WebhookType, deployId: string, phase: FlaggerPhase): Promise<WebhookAnswer[]> {
    const app = this.config.app.name;
    return callAll(this.config.canary.webhooks, type, (hook) => payloadOf(hook, app, deployId, phase), this.deps.webhookToken);
  }
}

export type GatedJudgment = Omit<Judgment, 'verdict' | 'checks'> & { verdict: Measurement; checks: GateCheck[] };

const ORDER: Measurement[] = ['Failed', 'Error', 'Inconclusive', 'Passed'];

/**
 * The proxy's judgment with the providers' and webhooks' checks folded in: Failed over Error (a measurement that could
 * not be taken, counted by the consecutive-error limit) over Inconclusive over Passed.
 */
export function withGateChecks(j: Judgment, extra: GateCheck[]): GatedJudgment {
  if (!extra.length) return j;
  const checks: GateCheck[] = [...j.checks, ...extra];
  const verdict = ORDER.find((v) => checks.some((c) => c.verdict === v))!;
  const reason = verdict === 'Passed'
    ? [j.reason, ...extra.map((c) => c.detail)].join('; ')
    : [...new Set(checks.filter((c) => c.verdict === verdict).map((c) => c.detail))].join('; ');
  return { ...j, verdict, checks, reason };
}

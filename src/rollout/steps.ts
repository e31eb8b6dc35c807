// The progressive rollout's steps (canary.steps) and analysis settings: their types and the checks the schema
// cannot make alone (a step is a weight with a hold time, or a manual gate; weights only rise).
import { UsageError } from '../core/errors';
import type { MetricConfig } from './metrics';
import type { WebhookConfig } from './webhooks';

export type RolloutStep = { weight: number; holdSec: number; gate?: undefined } | { gate: 'manual'; weight?: undefined; holdSec?: undefined };

export interface AnalysisConfig {
  intervalSec: number;
  confidence: number;
  minRequests: number;
  successRateMin: number;
  p99MaxMs: number;
  errorMargin: number;
  latencyTolerance: number;
  latencyToleranceMs: number;
  failureLimit: number;
  inconclusiveLimit: number;
  consecutiveErrorLimit: number;
  metrics: MetricConfig[];
}

export function checkSteps(steps: RolloutStep[]): void {
  let last = 0;
  steps.forEach((step, i) => {
    const field = `canary.steps[${i}]`;
    if (step.gate !== undefined) {
      if (step.weight !== undefined || step.holdSec !== undefined) throw new UsageError(`${field}: a manual gate has no weight or holdSec, got ${JSON.stringify(step)}`, 'write a gate as {"gate": "manual"} and the weight it follows as its own step');
      return;
    }
    if (step.weight === undefined || step.holdSec === undefined) throw new UsageError(`${field}: expected {"weight": PERCENT, "holdSec": SECONDS} or {"gate": "manual"}, got ${JSON.stringify(step)}`, 'e.g. {"weight": 20, "holdSec": 60}');
    if (step.weight < last) throw new UsageError(`${field}.weight: ${step.weight} is below the step before it (${last})`, 'a rollout only moves users to the canary: give the steps rising weights');
    last = step.weight;
  });
}

/** The canary's share before any step has run: its first weight step's (0 when a manual gate or a webhook comes first). */
export function firstStepWeight(steps: RolloutStep[], webhooks: WebhookConfig[] = []): number {
  if (webhooks.some((h) => h.type === 'confirm-rollout' || h.type === 'pre-rollout')) return 0;
  const first = steps[0];
  return first && first.weight !== undefined ? first.weight : 0;
}

/** The proxy's weights for a canary percentage (whole numbers the proxy takes). */
export function weightsFor(percent: number): { production: number; canary: number } {
  return { production: 100 - percent, canary: percent };
}

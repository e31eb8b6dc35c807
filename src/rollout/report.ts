// What the rollout controller reports: its status (for `slipway canary status|wait` and the dashboard) and metrics.
import type { RolloutController } from './controller';
import type { JudgmentRecord, Phase, RolloutState } from './state';

export interface RolloutStatus {
  app: string;
  phase: Phase;
  reason: string;
  since: string;
  canary: RolloutState['canary'];
  /** 1-based step for people; 0 before the first. */
  step: number;
  steps: number;
  stepKind: 'weight' | 'gate' | 'done';
  weight: number;
  stepStartedAt: string;
  /** Seconds left of the step's hold time (a step also waits for a Passed judgment). */
  holdLeftSec: number | null;
  lastJudgment: JudgmentRecord | null;
  judgments: JudgmentRecord[];
  events: RolloutState['events'];
  removeAt?: string;
  /** Waiting on webhooks (canary.webhooks) before the first step or the promotion, and which one refused last. */
  gate?: RolloutState['gate'];
}

export function rolloutStatus(c: RolloutController): RolloutStatus {
  const s = c.state;
  const step = c.steps[s.step];
  const holdLeftSec = step && !step.gate ? Math.max(0, Math.ceil(step.holdSec - (Date.now() - Date.parse(s.stepStartedAt)) / 1000)) : null;
  return {
    app: s.app, phase: s.phase, reason: s.reason, since: s.since, canary: s.canary,
    step: Math.min(s.step + 1, c.steps.length), steps: c.steps.length, stepKind: !step ? 'done' : step.gate ? 'gate' : 'weight',
    weight: s.weight, stepStartedAt: s.stepStartedAt, holdLeftSec,
    lastJudgment: s.judgments[s.judgments.length - 1] ?? null, judgments: s.judgments.slice(-10), events: s.events.slice(-10),
    ...(s.removeAt ? { removeAt: s.removeAt } : {}),
    ...(s.gate ? { gate: s.gate } : {}),
  };
}

const PHASES: Phase[] = ['idle', 'progressing', 'paused', 'promoting', 'promoted', 'aborted'];

export function rolloutMetrics(c: RolloutController): string {
  const s = c.state;
  const lines: string[] = [];
  const family = (name: string, help: string) => lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
  family('slipway_rollout_phase', 'The rollout phase: 1 for the current one.');
  for (const p of PHASES) lines.push(`slipway_rollout_phase{phase="${p}"} ${s.phase === p ? 1 : 0}`);
  family('slipway_rollout_step', 'The current step, 1-based (0: none).');
  lines.push(`slipway_rollout_step ${s.phase === 'idle' ? 0 : Math.min(s.step + 1, c.steps.length)}`);
  family('slipway_rollout_canary_weight_percent', "The canary's share of traffic the rollout set.");
  lines.push(`slipway_rollout_canary_weight_percent ${s.weight}`);
  family('slipway_rollout_judgments', 'Judgments of the current rollout, by verdict.');
  for (const v of ['Passed', 'Failed', 'Inconclusive', 'Error']) lines.push(`slipway_rollout_judgments{verdict="${v}"} ${s.verdicts.filter((x) => x === v).length}`);
  const last = s.judgments[s.judgments.length - 1];
  if (last) {
    family('slipway_rollout_last_judgment_p_value', 'p-values of the last judgment, by check.');
    for (const check of last.checks) if (check.pValue !== undefined) lines.push(`slipway_rollout_last_judgment_p_value{check="${check.name}"} ${check.pValue}`);
    family('slipway_rollout_last_judgment_error_rate', 'Error rates of the last judgment window, by role.');
    lines.push(`slipway_rollout_last_judgment_error_rate{role="canary"} ${last.canary.errorRate}`, `slipway_rollout_last_judgment_error_rate{role="production"} ${last.production.errorRate}`);
  }
  return lines.join('\n') + '\n';
}

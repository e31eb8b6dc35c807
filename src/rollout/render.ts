// `slipway canary status` for a progressive rollout: the step, the weight, time left, the last judgment's numbers.
import type { RolloutStatus } from './report';

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const ms = (x: number | null) => (x === null ? '-' : `${x.toFixed(1)} ms`);

export function renderRollout(s: RolloutStatus): string {
  const where = s.stepKind === 'gate' ? `step ${s.step}/${s.steps}: manual gate (\`slipway canary continue\`)`
    : s.stepKind === 'done' ? 'all steps done'
      : `step ${s.step}/${s.steps}: canary ${s.weight} %${s.holdLeftSec !== null ? `, ${s.holdLeftSec} s of its hold left` : ''}`;
  const lines = [`rollout: ${s.phase.toUpperCase()} since ${s.since} — ${s.reason}`];
  if (s.canary) lines.push(`  canary ${s.canary.image} (${s.canary.container}); ${where}`);
  if (s.gate && s.phase === 'progressing') {
    const waits = s.gate.stage === 'confirm-promotion' ? 'the promotion waits' : 'the first step waits';
    lines.push(`  ${waits} for its ${s.gate.stage} webhooks${s.gate.heldBy ? `: held by webhook ${s.gate.heldBy} (${s.gate.detail})` : ''}`);
  }
  if (s.removeAt) lines.push(`  the aborted canary is kept until ${s.removeAt}, then removed`);
  const j = s.lastJudgment;
  if (j) {
    lines.push(`  last judgment ${j.at}: ${j.verdict} — ${j.reason}`);
    lines.push(`    canary:     ${j.canary.requests} requests, ${j.canary.errors} errors (${pct(j.canary.errorRate)}), median ${ms(j.canary.medianMs)}, p99 ${ms(j.canary.p99Ms)}`);
    lines.push(`    production: ${j.production.requests} requests, ${j.production.errors} errors (${pct(j.production.errorRate)}), median ${ms(j.production.medianMs)}, p99 ${ms(j.production.p99Ms)}`);
    for (const c of j.checks) lines.push(`    ${c.name}: ${c.verdict}${c.pValue !== undefined ? ` (p=${c.pValue.toPrecision(3)})` : ''} ${c.detail}`);
  }
  return lines.join('\n');
}

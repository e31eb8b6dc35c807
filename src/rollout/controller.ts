// The progressive rollout's owner: every second it looks at the proxy and the canary container, moves the canary
// through canary.steps, judges each window against production (judge.ts) and by its optional metrics and webhooks
// (gates.ts), and promotes, pauses or aborts. Its state is on disk (state.ts), so a restart continues where it stood.
import type { Config } from '../core/config';
import type { ProxyAdminClient, ProxyStatus } from '../proxy/admin-client';
import { StateWriter } from '../proxy/state-file';
import { judge, consecutiveErrorLimitReached, failureLimitReached, inconclusiveLimitReached } from './judge';
import { withGateChecks, type GateState, type RolloutGates } from './gates';
import type { WebhookAnswer } from './webhooks';
import { readRolloutState, withEvent, withJudgment, type CanaryRef, type Phase, type RolloutState } from './state';
import { SampleWindow } from './window';
import { weightsFor, type RolloutStep } from './steps';

export interface ControllerDeps {
  config: Config;
  client: ProxyAdminClient;
  stateFile: string;
  /** The running canary container the proxy routes to, or null. */
  findCanary(status: ProxyStatus): Promise<(CanaryRef & { imageId: string }) | null>;
  /** The image id production runs now (to tell a promotion by hand from a removal). */
  productionImageId(): Promise<string | undefined>;
  /** The existing promote, under the app's lock; returns what it did. */
  promote(): Promise<string>;
  /** Takes the canary out of the proxy and removes its container, under the app's lock. */
  removeCanary(ref: CanaryRef): Promise<void>;
  /** The optional metric providers and webhooks (canary.analysis.metrics, canary.webhooks). */
  gates: RolloutGates;
  log(message: string, level?: 'info' | 'warn'): void;
}

export class RolloutController {
  state: RolloutState;
  private readonly writer: StateWriter<RolloutState>;
  private readonly window = new SampleWindow();
  private canaryImageId: string | undefined;
  private busy = false;
  /** When the webhooks a rollout waits on are asked again (once per analysis interval). */
  private gateDueAt = 0;

  constructor(private readonly deps: ControllerDeps) {
    this.state = readRolloutState(deps.stateFile, deps.config.app.name);
    this.writer = new StateWriter<RolloutState>(deps.stateFile, (err) => deps.log(`rollout: cannot write ${deps.stateFile}: ${err.message}`, 'warn'));
  }

  get steps(): RolloutStep[] {
    return this.deps.config.canary.steps;
  }

  /** One look at the world and at most one move; overlapping ticks are skipped (a promotion takes minutes). */
  async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.step();
    } finally {
      this.busy = false;
    }
  }

  private async step(): Promise<void> {
    const status = await this.deps.client.status();
    const canary = await this.deps.findCanary(status);
    const s = this.state;
    if (!canary) return this.canaryGone();
    this.canaryImageId = canary.imageId;
    if (s.canary?.deployId !== canary.deployId) return this.begin(canary, status);
    if (s.phase === 'aborted') return this.removeWhenDue();
    if (s.phase === 'promoting') return this.promote();
    if (s.phase !== 'progressing' && s.phase !== 'paused') return;
    if (status.canary.state === 'ejected') return this.abort(`the proxy ejected the canary (${status.canary.source}: ${status.canary.reason})`, false);
    await this.window.pull(this.deps.client);
    if (s.phase === 'paused') return;
    const want = weightsFor(s.weight);
    if (status.weights.production !== want.production || status.weights.canary !== want.canary) await this.applyWeight(s.weight, "the proxy's weights differed from the rollout's step");
    if (s.gate && s.gate.stage !== 'confirm-promotion') return this.beforeFirstStep();
    const step = this.steps[s.step];
    // judged at a manual gate and while the promotion waits for its webhooks too: a canary that fails there is aborted
    if (Date.now() - this.window.startedAt >= this.deps.config.canary.analysis.intervalSec * 1000) await this.judgeWindow();
    if (this.state.phase !== 'progressing') return;
    if (!step) return this.confirmPromotion();
    if (step.gate) return;
    if (s.passedInStep && Date.now() - Date.parse(s.stepStartedAt) >= step.holdSec * 1000) await this.advance();
  }

  /** A new canary (a first deploy, or a new image mid-rollout): the analysis starts over at the first step. */
  private async begin(canary: CanaryRef, status: ProxyStatus): Promise<void> {
    const restarted = this.state.canary && ['progressing', 'paused'].includes(this.state.phase);
    Object.assign(this.state, { canary: { deployId: canary.deployId, image: canary.image, container: canary.container, target: canary.target }, verdicts: [], judgments: [], removeAt: undefined });
    this.enter('progressing', restarted ? `a new canary ${canary.image} replaced the one in rollout: starting over` : `rollout of ${canary.image} started`);
    if (status.canary.state === 'ejected') await this.deps.client.resume(`rollout of ${canary.image} started`);
    await this.start();
  }

  /** The first step, after the confirm-rollout and pre-rollout webhooks when there are any (no traffic until then). */
  private async start(): Promise<void> {
    const { gates } = this.deps;
    const first: GateState['stage'] | undefined = gates.has('confirm-rollout') ? 'confirm-rollout' : gates.has('pre-rollout') ? 'pre-rollout' : undefined;
    Object.assign(this.state, { step: 0, stepStartedAt: new Date().toISOString(), passedInStep: false, gate: first && { stage: first } });
    if (first || this.steps[0]?.gate) await this.applyWeight(0, first ? `the ${first} webhooks come before the first step` : 'a manual gate comes first');
    if (!first) return this.enterStep(0);
    this.gateDueAt = 0;
    this.window.restart();
    this.save();
  }

  /** Asked once per interval: a rollback webhook's 2xx aborts; confirm-rollout's refusal holds; pre-rollout's is a Failed measurement. */
  private async beforeFirstStep(): Promise<void> {
    if (Date.now() < this.gateDueAt) return;
    const s = this.state;
    const { gates, config } = this.deps;
    const deployId = s.canary!.deployId;
    this.gateDueAt = Date.now() + config.canary.analysis.intervalSec * 1000;
    const rollback = await gates.rollback(deployId, 'Waiting');
    if (rollback) return this.abort(`rolled back by webhook ${rollback.webhook} (${rollback.detail})`, true);
    if (s.gate!.stage === 'confirm-rollout') {
      const refused = await gates.confirm('confirm-rollout', deployId, 'Waiting');
      if (refused) return this.hold('confirm-rollout', refused);
      s.gate = { stage: 'pre-rollout' };
      this.event('every confirm-rollout webhook answered 2xx');
    }
    const failed = await gates.confirm('pre-rollout', deployId, 'Progressing');
    if (failed) {
      s.verdicts.push('Failed');
      if (failureLimitReached(s.verdicts, config.canary.analysis.failureLimit)) return this.abort(failed.detail, true);
      return this.hold('pre-rollout', failed);
    }
    s.gate = undefined;
    await this.enterStep(0);
  }

  /** The promotion, after every confirm-promotion webhook answered 2xx; until then the canary holds its last weight. */
  private async confirmPromotion(): Promise<void> {
    const s = this.state;
    if (this.deps.gates.has('confirm-promotion')) {
      if (Date.now() < this.gateDueAt) return;
      this.gateDueAt = Date.now() + this.deps.config.canary.analysis.intervalSec * 1000;
      const refused = await this.deps.gates.confirm('confirm-promotion', s.canary!.deployId, 'WaitingPromotion');
      if (refused) return this.hold('confirm-promotion', refused);
      s.gate = undefined;
    }
    this.enter('promoting', `every step passed; promoting ${s.canary?.image}`);
  }

  /** Said once per change of who holds the rollout and why, not every interval. */
  private hold(stage: GateState['stage'], refused: WebhookAnswer): void {
    const before = this.state.gate;
    this.state.gate = { stage, heldBy: refused.webhook, detail: refused.detail };
    if (before?.stage !== stage || before.heldBy !== refused.webhook || before.detail !== refused.detail) {
      this.event(`held by the ${stage} webhook ${refused.webhook}: ${refused.detail}; asked again every ${this.deps.config.canary.analysis.intervalSec} s`, 'warn');
    }
    this.save();
  }

  private async enterStep(index: number): Promise<void> {
    const s = this.state;
    s.step = index;
    s.stepStartedAt = new Date().toISOString();
    s.passedInStep = false;
    this.gateDueAt = 0;
    const step = this.steps[index];
    if (!step) return this.confirmPromotion();
    if (step.gate) {
      this.event(`step ${index + 1}/${this.steps.length}: manual gate at ${s.weight} %; \`slipway canary continue\` goes on`);
    } else {
      await this.applyWeight(step.weight, `step ${index + 1}/${this.steps.length}: ${step.weight} % for at least ${step.holdSec} s`);
    }
    this.window.restart();
    this.save();
  }

  private async applyWeight(percent: number, why: string): Promise<void> {
    await this.deps.client.setWeights(weightsFor(percent));
    this.state.weight = percent;
    this.event(`${why}: canary weight ${percent} %`);
  }

  private async judgeWindow(): Promise<void> {
    const s = this.state;
    const { analysis } = this.deps.config.canary;
    const startedAt = this.window.startedAt;
    const base = judge(this.window.role('canary'), this.window.role('production'), analysis);
    const lost = this.window.lost ? ` (${this.window.lost} samples were lost: the controller fell behind)` : '';
    this.window.restart();
    const gated = await this.deps.gates.analyse(s.canary!.deployId, s.gate ? 'WaitingPromotion' : 'Progressing', startedAt);
    // an operator may have paused, aborted or retried while the providers answered
    if (s.phase !== 'progressing') return;
    if (gated.rollback) return this.abort(`rolled back by webhook ${gated.rollback.webhook} (${gated.rollback.detail})`, true);
    const j = withGateChecks(base, gated.checks);
    withJudgment(s, { ...j, at: new Date().toISOString(), step: s.step, weight: s.weight });
    this.event(`judgment at ${s.weight} %: ${j.verdict} — ${j.reason}${lost}`, j.verdict === 'Failed' || j.verdict === 'Error' ? 'warn' : 'info');
    if (j.verdict === 'Passed') s.passedInStep = true;
    if (failureLimitReached(s.verdicts, analysis.failureLimit)) return this.abort(`analysis failed: ${j.reason}`, true);
    if (consecutiveErrorLimitReached(s.verdicts, analysis.consecutiveErrorLimit)) return this.abort(`more than ${analysis.consecutiveErrorLimit} windows in a row could not be measured: ${j.reason}`, true);
    if (j.verdict === 'Inconclusive' && inconclusiveLimitReached(s.verdicts, analysis.inconclusiveLimit)) {
      this.enter('paused', `more than ${analysis.inconclusiveLimit} inconclusive judgments (${j.reason}); a person decides: \`slipway canary resume\`, \`promote\` or \`abort\``);
    }
    this.save();
  }

  private async advance(): Promise<void> {
    await this.enterStep(this.state.step + 1);
  }

  /** The canary gets no traffic at once; its container stays for canary.abortKeepSec, for a look at what went wrong. */
  private async abort(reason: string, eject: boolean): Promise<void> {
    if (eject) await this.deps.client.abort(`rollout aborted: ${reason}`);
    await this.deps.client.setWeights(weightsFor(0));
    this.state.weight = 0;
    this.state.removeAt = new Date(Date.now() + this.deps.config.canary.abortKeepSec * 1000).toISOString();
    this.enter('aborted', reason, 'warn');
  }

  private async removeWhenDue(): Promise<void> {
    const { removeAt, canary } = this.state;
    if (!removeAt || !canary || Date.now() < Date.parse(removeAt)) return;
    await this.deps.removeCanary(canary);
    this.state.removeAt = undefined;
    this.event(`removed the aborted canary ${canary.container} (kept ${this.deps.config.canary.abortKeepSec} s for inspection)`);
    this.save();
  }

  private async promote(): Promise<void> {
    try {
      const message = await this.deps.promote();
      this.enter('promoted', message);
    } catch (err) {
      this.enter('paused', `the promotion failed: ${(err as Error).message}; fix it, then \`slipway canary promote\` or \`retry\``, 'warn');
    }
  }

  /** No canary runs: it was promoted (by hand or by us), or removed. */
  private async canaryGone(): Promise<void> {
    const s = this.state;
    if (s.phase === 'idle' || s.phase === 'promoted' || (s.phase === 'aborted' && !s.removeAt)) return;
    const production = await this.deps.productionImageId();
    if (this.canaryImageId && production === this.canaryImageId) this.enter('promoted', `${s.canary?.image} is production now (promoted outside the rollout)`);
    else if (s.phase === 'aborted') Object.assign(s, { removeAt: undefined });
    else this.enter('idle', `the canary ${s.canary?.container ?? ''} is gone; nothing to roll out`);
    this.save();
  }

  // ---- what people ask for (the controller's API) ----

  pause(reason: string): string {
    if (this.state.phase !== 'progressing') return `nothing to pause: the rollout is ${this.state.phase}`;
    this.enter('paused', reason || 'paused by an operator');
    return 'paused';
  }

  resume(reason: string): string {
    if (this.state.phase !== 'paused') return `nothing to resume: the rollout is ${this.state.phase}`;
    if (!this.state.canary) return 'nothing to resume: no canary; deploy one';
    this.state.verdicts = this.state.verdicts.filter((v) => v !== 'Inconclusive');
    this.window.restart();
    this.enter('progressing', reason || 'resumed by an operator');
    return 'resumed';
  }

  async continueGate(): Promise<string> {
    const step = this.steps[this.state.step];
    if (this.state.phase !== 'progressing' || !step?.gate || this.state.gate) return `no manual gate is waiting (the rollout is ${this.state.phase}${this.state.phase === 'progressing' ? ` at step ${this.state.step + 1}` : ''})`;
    this.event(`manual gate at step ${this.state.step + 1} passed`);
    await this.advance();
    return 'continued';
  }

  /** A failed rollout again, same canary, from the first step (no new commit needed). */
  async retry(): Promise<string> {
    const s = this.state;
    if (s.phase !== 'aborted' && s.phase !== 'paused') return `nothing to retry: the rollout is ${s.phase}`;
    if (!s.canary || (s.phase === 'aborted' && !s.removeAt)) return 'nothing to retry: the canary was removed; deploy it again';
    await this.deps.client.resume('rollout retried');
    Object.assign(s, { verdicts: [], judgments: [], removeAt: undefined });
    this.enter('progressing', `retrying the rollout of ${s.canary.image}`);
    await this.start();
    return 'retried';
  }

  private enter(phase: Phase, reason: string, level: 'info' | 'warn' = 'info'): void {
    Object.assign(this.state, { phase, reason, since: new Date().toISOString() });
    this.event(`${phase}: ${reason}`, level);
    this.save();
  }

  private event(message: string, level: 'info' | 'warn' = 'info'): void {
    withEvent(this.state, message);
    this.deps.log(`rollout: ${message}`, level);
  }

  private save(): void {
    this.writer.save(this.state);
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }
}

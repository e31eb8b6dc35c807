// Runs the policy for each watched container on its samples and OOM kills, and carries out what it decides through
// the executor, one update at a time per container: no decision while an update is in flight, an OOM kill that
// arrives meanwhile is handled when it is done, and a refused OOM bump is tried again when the container starts.
import type { EngineApi } from '../core/engine-api';
import type { Logger } from '../core/log';
import type { Executor } from '../core/plan';
import { toMb } from '../core/docker-stats';
import { OOM_DEDUPE_MS, afterUpdateAttempt, decide, decideOnOom, type AutoscalerPolicy, type Decision, type MemorySample } from './policy';
import { limitsFor, memoryUpdateAction, refusalOf } from './updater';
import { taskMemoryAction } from '../swarm/service-memory';
import { containerLabels, type Counters, type LastAction } from './report';
import { logAbout, type OomKill, type Watched } from './watched';

type Change = Exclude<Decision, { action: 'hold' }>;

export interface ScalerOptions {
  engine: EngineApi;
  policy: AutoscalerPolicy;
  log: Logger;
  executor: Executor;
  counters: Counters;
  now: () => number;
  /** False once the container was forgotten (removed, replaced): a late OOM of it is not acted on. */
  isWatched: (w: Watched) => boolean;
}

export class MemoryScaler {
  constructor(private readonly opts: ScalerOptions) {}

  /** A reloaded config: the next sample and the next OOM kill are decided by it. */
  setPolicy(policy: AutoscalerPolicy): void {
    this.opts.policy = policy;
  }

  onSample(w: Watched, sample: MemorySample, periodMs: number): void {
    if (w.updating) return;
    const decided = decide(sample, w.policy, this.opts.policy, periodMs);
    w.policy = decided.state;
    void this.act(w, decided.decision, sample.at);
  }

  onOom(w: Watched, at: number, source: string): void {
    // the cgroup's count and Docker's event report the same kill: counted and logged once
    const last = w.pendingOom?.at ?? w.policy.lastOomAt;
    if (last !== undefined && Math.abs(at - last) < OOM_DEDUPE_MS) return;
    this.opts.counters.ooms.inc(containerLabels(w.container));
    logAbout(this.opts.log, w, `OOM kill (${source}) at a limit of ${toMb(w.limitBytes)} MB`);
    const oom = { at, killedAtBytes: w.limitBytes, source };
    if (w.updating) w.pendingOom = oom;
    else this.handleOom(w, oom);
  }

  /** The container started again: an OOM bump Docker refused while it was down goes through now. */
  retryRefusedOomBump(w: Watched): void {
    const bump = w.refusedOomBump;
    w.refusedOomBump = undefined;
    if (bump && !w.updating && w.limitBytes < bump.toBytes) void this.act(w, { ...bump, fromBytes: w.limitBytes, reason: `${bump.reason} (tried again now that it started)` }, this.opts.now());
  }

  private handleOom(w: Watched, oom: OomKill): void {
    const decided = decideOnOom(this.opts.now(), oom.killedAtBytes, w.limitBytes, w.policy, this.opts.policy);
    w.policy = decided.state;
    void this.act(w, decided.decision, oom.at);
  }

  private async act(w: Watched, decision: Decision, at: number): Promise<void> {
    if (decision.action === 'hold') return this.hold(w, decision, at);
    const labels = containerLabels(w.container);
    this.opts.counters.decisions.inc({ ...labels, action: decision.action, reason: decision.action });
    w.lastDecision = { at: new Date(at).toISOString(), action: decision.action, reason: decision.reason };
    logAbout(this.opts.log, w, `${decision.action} ${toMb(decision.fromBytes)} → ${toMb(decision.toBytes)} MB — ${decision.reason}`);
    w.updating = true;
    try {
      w.lastAction = await this.update(w, decision);
    } finally {
      w.policy = afterUpdateAttempt(w.policy, at);
      w.updating = false;
    }
    const oom = w.pendingOom;
    w.pendingOom = undefined;
    if (oom && this.opts.isWatched(w)) this.handleOom(w, oom);
  }

  private hold(w: Watched, decision: Extract<Decision, { action: 'hold' }>, at: number): void {
    if (decision.hold === 'not-due') return;
    this.opts.counters.decisions.inc({ ...containerLabels(w.container), action: 'hold', reason: decision.hold });
    // a hold repeats every interval: logged when its reason changes, counted every time
    if (w.lastDecision?.hold !== decision.hold) logAbout(this.opts.log, w, `hold — ${decision.reason}`);
    w.lastDecision = { at: new Date(at).toISOString(), action: 'hold', hold: decision.hold, reason: decision.reason };
  }

  /** Sends the update; a refusal is recorded and logged, never thrown. */
  private async update(w: Watched, decision: Change): Promise<LastAction> {
    const { engine, executor, counters, now, log, policy } = this.opts;
    const labels = containerLabels(w.container);
    const limits = limitsFor(decision.toBytes, w.container);
    const record: LastAction = { at: new Date(now()).toISOString(), action: decision.action, fromBytes: decision.fromBytes, toBytes: decision.toBytes, reason: decision.reason, result: 'done' };
    try {
      const swarm = w.container.swarmService;
      await executor.execute([swarm ? await taskMemoryAction(engine, swarm, decision.toBytes, policy.cooldownSec, (l) => log.warn(l)) : memoryUpdateAction(engine, w.container, decision.fromBytes, limits)]);
      if (executor.dryRun) {
        record.result = 'dry-run';
      } else {
        w.limitBytes = limits.Memory;
        w.container = { ...w.container, memoryBytes: limits.Memory, memorySwapBytes: limits.MemorySwap };
        counters.lastChange.set(labels, Math.round(now() / 1000));
      }
      counters.updates.inc({ ...labels, action: decision.action, result: record.result });
      w.refusedOomBump = undefined;
    } catch (err) {
      if (decision.action === 'oom-bump') w.refusedOomBump = decision;
      record.result = 'refused';
      record.error = refusalOf(err);
      counters.updates.inc({ ...labels, action: decision.action, result: 'refused' });
      log.warn(`autoscaler: ${w.container.name}: Docker refused the ${decision.action} to ${toMb(decision.toBytes)} MB: ${record.error}; keeping ${toMb(decision.fromBytes)} MB, next try after the ${policy.cooldownSec} s cooldown`);
    }
    return record;
  }
}

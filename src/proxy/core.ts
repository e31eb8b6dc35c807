// The proxy's routing state and every change to it: which backend gets a request, weights, targets, canary
// ejection and re-admission, Datadog alerts. The data plane and the admin API both go through here.
import type { Role } from '../core/config';
import { UsageError } from '../core/errors';
import { parseTarget } from './address';
import { Backend, type PoolOptions } from './backends';
import { CanaryEjection, admittedState, type EjectionRules } from './ejection';
import { decideAlert, parseDatadogAlert } from './datadog';
import { ProxyMetrics, type Gauges } from './metrics';
import { SampleRing } from './samples';
import { roleOfBucket } from './sticky';
import { startState, StateWriter, type PersistedState, type Routing } from './state-file';
import { WeightedPicker, checkWeights, type Weights } from './weights';
import { proxyStatus, type AlertOutcome, type CanaryChange, type ProxyStatus } from './status';
import { LocalStateBus, RevisionGate, type CanaryStateBus, type SequencedChange, type StateChange } from './state-bus';

export interface CoreOptions {
  app: string;
  /** The routing from config and flags; a state file from an earlier run with the same config overrides it. */
  routing: Routing;
  stickyCookie: string;
  /** A request header whose value (a user id) fixes the user's bucket (proxy.stickyHeader); empty: off. */
  stickyHeader?: string;
  /** Peers whose X-Forwarded-* headers are kept (proxy.trustedProxies); from any other client they are replaced. */
  trustedProxies?: string[];
  /** Upgrade protocols passed to a backend (proxy.upgrades, lowercase); default websocket. */
  upgrades?: string[];
  /** An upgraded connection with no traffic either way for this long is closed (proxy.tunnelIdleTimeoutMs). */
  tunnelIdleTimeoutMs?: number;
  retryIdempotent: boolean;
  requestTimeoutMs: number;
  /** How a backend named by a host name finds its addresses (default: the system resolver). */
  lookup?: PoolOptions['lookup'];
  drainTimeoutSec: number;
  rules: EjectionRules;
  stateFile: string;
  /** A worker of a multi-process proxy: its state comes from the primary, which alone writes the state file and
   *  runs the probation timer. */
  follower?: boolean;
  log: (message: string) => void;
}

const MAX_DELIVERIES = 200;

export class ProxyCore {
  readonly metrics = new ProxyMetrics();
  /** Each role's answers (latency, failed or not), indexed like the metrics: production 0, canary 1. */
  readonly samples = [new SampleRing(), new SampleRing()];
  readonly picker: WeightedPicker;
  ejection: CanaryEjection;
  production: Backend;
  canary: Backend | undefined;
  readonly draining = new Set<Backend>();
  weights: Weights;
  /** Client requests in progress (all roles). */
  inFlight = 0;
  /** Shutting down: responses ask clients to close their connection. */
  closing = false;
  readonly startNotes: string[] = [];
  private configured: Routing;
  private deliveries: string[] = [];
  private readonly writer: StateWriter | undefined;
  private probationTimer: NodeJS.Timeout | undefined;
  readonly startedAt = new Date().toISOString();
  /** How this process's state changes reach the other proxy processes, and theirs reach it (state-bus.ts). */
  private bus: CanaryStateBus = new LocalStateBus();
  private readonly gate = new RevisionGate();

  constructor(readonly opts: CoreOptions) {
    this.configured = { ...opts.routing, weights: checkWeights(opts.routing.weights, 'proxy.weights') };
    const start = opts.follower ? { routing: this.configured, canary: admittedState(), deliveries: [], notes: [] } : startState(opts.stateFile, this.configured);
    const { routing } = start;
    this.deliveries = start.deliveries.slice(-MAX_DELIVERIES);
    this.startNotes.push(...start.notes);
    this.weights = routing.weights;
    this.picker = new WeightedPicker(this.weights);
    this.ejection = new CanaryEjection(opts.rules, start.canary);
    this.production = this.newBackend('production', routing.production);
    this.canary = routing.canary ? this.newBackend('canary', routing.canary) : undefined;
    this.writer = opts.follower ? undefined : new StateWriter(opts.stateFile, (err) => opts.log(`warning: cannot write ${opts.stateFile}: ${err.message}`));
    this.persist();
    this.scheduleProbation();
  }

  private newBackend(role: Role, url: string): Backend {
    return new Backend(role, parseTarget(url, `${role} target`), { requestTimeoutMs: this.opts.requestTimeoutMs, lookup: this.opts.lookup });
  }

  canaryAvailable(): boolean {
    return this.canary !== undefined && this.ejection.admitted;
  }

  /** The hot path: one role per request, by weight (smooth round-robin). */
  choose(): Backend {
    return this.picker.pick(this.canaryAvailable()) === 'canary' ? this.canary! : this.production;
  }

  /** A sticky user's request: its bucket decides (sticky.ts); an ejected or absent canary sends it to production. */
  chooseBucket(bucket: number): Backend {
    return this.canaryAvailable() && roleOfBucket(bucket, this.weights) === 'canary' ? this.canary! : this.production;
  }

  /** Every backend answer or failure passes here: sampled for the rollout judge; on the canary, a tripped rule ejects at once. */
  recordOutcome(role: 0 | 1, failed: boolean, ms: number): void {
    this.samples[role].record(ms, failed);
    if (role === 1 && this.ejection.recordOutcome(failed)) this.ejected('passive');
  }

  private ejected(source: string): void {
    this.metrics.count(this.metrics.ejections, source);
    this.ejectionTaken(`canary ejected (${this.ejection.state.source})`);
    this.bus.publish({ field: 'admission', canary: this.ejection.state });
  }

  private ejectionTaken(what: string): void {
    // an ejected canary gets no traffic, open WebSockets included (on a target it was re-pointed from, too)
    for (const b of [this.canary, ...this.draining]) if (b?.role === 'canary') b.closeTunnels();
    this.opts.log(`${what}: ${this.ejection.state.reason}; all traffic goes to production until \`slipway canary resume\``);
    this.persist();
    this.scheduleProbation();
  }

  setWeights(body: unknown): Weights {
    const weights = checkWeights(body, 'weights');
    this.takeWeights(weights, '');
    this.bus.publish({ field: 'weights', weights });
    return weights;
  }

  private takeWeights(weights: Weights, by: string): void {
    this.weights = weights;
    this.picker.setWeights(weights);
    this.opts.log(`weights set to production=${weights.production},canary=${weights.canary}${by}`);
    this.persist();
  }

  /** Re-points a role: new requests go to the new target at once; the old one finishes what it has in flight. */
  setBackend(role: Role, url: string | null): boolean {
    if (role === 'production' && url === null) throw new UsageError('production: cannot be removed; every request falls back to production', 'give production a URL like http://127.0.0.1:3101');
    const changed = this.moveBackend(role, url, '');
    if (changed) this.bus.publish({ field: 'target', role, url: url === null ? null : parseTarget(url, role).origin });
    return changed;
  }

  private moveBackend(role: Role, url: string | null, by: string): boolean {
    const current = role === 'production' ? this.production : this.canary;
    if (url !== null && current?.target.origin === parseTarget(url, role).origin) return false;
    if (url === null && !current) return false;
    const next = url === null ? undefined : this.newBackend(role, url);
    if (role === 'production') this.production = next!;
    else this.canary = next;
    if (current) {
      this.draining.add(current);
      void current.retire(this.opts.drainTimeoutSec * 1000).finally(() => this.draining.delete(current));
    }
    this.opts.log(`${role} ${next ? `now routes to ${next.target.origin}` : 'removed'}${current ? ` (was ${current.target.origin}, draining ${current.inFlight} in flight)` : ''}${by}`);
    this.persist();
    return true;
  }

  abort(reason: string): CanaryChange {
    const changed = this.ejection.eject('manual', reason || 'aborted by an operator');
    if (changed) this.ejected('manual');
    return { changed, canary: this.ejection.state };
  }

  resume(reason = 'resumed by an operator'): CanaryChange {
    const changed = this.ejection.resume('resume', reason);
    if (changed) {
      this.metrics.count(this.metrics.readmissions, 'resume');
      this.readmissionTaken(`canary re-admitted: ${reason}`);
    }
    return { changed, canary: this.ejection.state };
  }

  applyDatadogAlert(body: unknown): AlertOutcome {
    const alert = parseDatadogAlert(body);
    const reply = (action: AlertOutcome['action'], reason: string): AlertOutcome => {
      this.metrics.count(this.metrics.webhooks, action);
      return { action, reason, canary: this.ejection.state };
    };
    if (this.deliveries.includes(alert.deliveryKey)) return reply('duplicate', `delivery ${alert.deliveryKey} was already handled`);
    this.deliveries.push(alert.deliveryKey);
    if (this.deliveries.length > MAX_DELIVERIES) this.deliveries.splice(0, this.deliveries.length - MAX_DELIVERIES);
    const decision = decideAlert(alert, this.opts.app);
    let outcome: AlertOutcome;
    if (decision.action === 'eject') {
      const changed = this.ejection.eject('webhook', decision.reason, Date.now(), alert.alertId);
      if (changed) this.ejected('webhook');
      outcome = reply(changed ? 'ejected' : 'already-ejected', decision.reason);
    } else {
      outcome = reply(decision.action === 'note' ? 'noted' : 'ignored', decision.reason);
      this.opts.log(`Datadog alert ${decision.action === 'note' ? 'noted' : 'ignored'}: ${decision.reason}`);
    }
    this.persist();
    return outcome;
  }

  private readmissionTaken(message: string, share = true): void {
    this.opts.log(message);
    this.persist();
    this.scheduleProbation();
    if (share) this.bus.publish({ field: 'admission', canary: this.ejection.state });
  }

  private scheduleProbation(): void {
    clearTimeout(this.probationTimer);
    if (this.opts.follower) return;
    const due = this.ejection.probationDueAt();
    if (due === undefined) return;
    this.probationTimer = setTimeout(() => {
      if (this.ejection.resume('probation', `probation: re-admitted ${this.opts.rules.probationSec}s after a passive ejection (canary.probationSec)`)) {
        this.metrics.count(this.metrics.readmissions, 'probation');
        this.readmissionTaken(`canary re-admitted on probation after ${this.opts.rules.probationSec}s; it is ejected again at the next tripped rule`);
      }
    }, Math.max(0, due - Date.now()));
    this.probationTimer.unref();
  }

  routing(): Routing {
    return { weights: this.weights, production: this.production.target.origin, canary: this.canary?.target.origin ?? null };
  }

  private persist(): void {
    const state: PersistedState = { version: 1, configured: this.configured, current: this.routing(), canary: this.ejection.state, deliveries: this.deliveries };
    this.writer?.save(state);
  }

  status(): ProxyStatus {
    return proxyStatus(this);
  }

  stateFileError(): string | undefined {
    return this.writer?.lastError?.message;
  }

  renderMetrics(): string {
    return this.metrics.render(this.gauges());
  }

  gauges(): Gauges {
    const inFlight = (role: Role) => [this.production, this.canary, ...this.draining].reduce((n, b) => n + (b?.role === role ? b.inFlight : 0), 0);
    return { inFlight, weight: (role) => this.weights[role], up: (role) => (role === 'production' ? 1 : this.canaryAvailable() ? 1 : 0) };
  }

  /** Joins a group of proxy processes: the group's state is taken first (when it has none, this process's state
   *  becomes it), then every change as it comes. */
  async join(bus: CanaryStateBus): Promise<void> {
    this.bus = bus;
    bus.subscribe((c) => this.applyShared(c));
    const snapshot = await bus.snapshot();
    if (snapshot.length) for (const c of snapshot) this.applyShared(c);
    else if (!this.opts.follower) for (const change of this.sharedState()) bus.publish(change);
  }

  sharedState(): StateChange[] {
    const target = (role: Role, b: Backend | undefined): StateChange => ({ field: 'target', role, url: b?.target.origin ?? null });
    return [{ field: 'admission', canary: this.ejection.state }, { field: 'weights', weights: this.weights }, target('production', this.production), target('canary', this.canary)];
  }

  /** Another process's change (or this one's own, echoed): taken when it is newer and differs from what is here. */
  private applyShared(c: SequencedChange): void {
    if (!this.gate.admit(c)) return;
    const change = c.change;
    const by = ' (by another proxy process)';
    if (change.field === 'weights') {
      if (change.weights.production !== this.weights.production || change.weights.canary !== this.weights.canary) this.takeWeights(change.weights, by);
    } else if (change.field === 'target') {
      if (change.role === 'production' && change.url === null) return;
      this.moveBackend(change.role, change.url, by);
    } else if (JSON.stringify(change.canary) !== JSON.stringify(this.ejection.state)) {
      this.ejection.adopt(change.canary);
      const why = `${change.canary.source}, by another proxy process`;
      if (change.canary.ejected) this.ejectionTaken(`canary ejected (${why})`);
      else this.readmissionTaken(`canary re-admitted (${why}): ${change.canary.reason}`, false);
    }
  }

  /** Waits for pending state writes and closes every pool. */
  async close(): Promise<void> {
    clearTimeout(this.probationTimer);
    await this.bus.close();
    await this.writer?.flush();
    const all = [this.production, this.canary, ...this.draining].filter((b): b is Backend => Boolean(b));
    for (const b of all) b.closeTunnels();
    await Promise.all(all.map((b) => b.destroy()));
  }

  /** A reloaded config (SIGHUP): rules, retries and the configured routing; reload.ts moves weights and targets. */
  reconfigure(opts: CoreOptions): void {
    if (JSON.stringify(opts.rules) !== JSON.stringify(this.opts.rules)) this.ejection = new CanaryEjection({ ...opts.rules }, this.ejection.state);
    Object.assign(this.opts, { retryIdempotent: opts.retryIdempotent, drainTimeoutSec: opts.drainTimeoutSec, rules: { ...opts.rules } });
    this.configured = opts.routing;
    this.scheduleProbation();
    this.persist();
  }
}

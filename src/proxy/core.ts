// The proxy's routing state and every change to it: which backend gets a request, weights, targets, canary
// ejection and re-admission, Datadog alerts. The data plane and the admin API both go through here.
import type { Role } from '../core/config';
import { UsageError } from '../core/errors';
import { parseTarget } from './address';
import { Backend } from './backends';
import { CanaryEjection, admittedState, type CanaryState, type EjectionRules } from './ejection';
import { decideAlert, parseDatadogAlert } from './datadog';
import { ProxyMetrics } from './metrics';
import { SampleRing } from './samples';
import { roleOfBucket } from './sticky';
import { readState, sameRouting, StateWriter, type PersistedState, type Routing } from './state-file';
import { WeightedPicker, checkWeights, type Weights } from './weights';
import type { AlertOutcome, BackendStatus, CanaryChange, ProxyStatus } from './status';

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
  drainTimeoutSec: number;
  rules: EjectionRules;
  stateFile: string;
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
  private readonly writer: StateWriter;
  private probationTimer: NodeJS.Timeout | undefined;
  private readonly startedAt = new Date().toISOString();

  constructor(readonly opts: CoreOptions) {
    this.configured = { ...opts.routing, weights: checkWeights(opts.routing.weights, 'proxy.weights') };
    let routing = this.configured;
    let canaryState: CanaryState = admittedState();
    const loaded = readState(opts.stateFile);
    if (loaded.kind === 'ok') {
      canaryState = loaded.state.canary;
      this.deliveries = loaded.state.deliveries.slice(-MAX_DELIVERIES);
      if (sameRouting(loaded.state.configured, this.configured)) {
        routing = loaded.state.current;
        if (!sameRouting(routing, this.configured)) this.startNotes.push(`kept the routing set at run time (${describeRouting(routing)}) from ${opts.stateFile}`);
      } else {
        this.startNotes.push(`the configuration changed since the last run: routing ${describeRouting(this.configured)}`);
      }
      if (canaryState.ejected) this.startNotes.push(`the canary stays ejected since ${canaryState.since} (${canaryState.source}: ${canaryState.reason}); \`slipway canary resume\` re-admits it`);
    } else if (loaded.kind === 'unreadable') {
      // fail safe: a lost ejection must not turn into a silent re-admission
      canaryState = { ejected: true, since: new Date().toISOString(), source: 'manual', reason: `state file unreadable (${loaded.error}); resume to re-admit the canary` };
      this.startNotes.push(`${opts.stateFile} could not be read (${loaded.error})${loaded.movedTo ? `, kept as ${loaded.movedTo}` : ''}; the canary starts ejected`);
    }
    this.weights = routing.weights;
    this.picker = new WeightedPicker(this.weights);
    this.ejection = new CanaryEjection(opts.rules, canaryState);
    this.production = this.newBackend('production', routing.production);
    this.canary = routing.canary ? this.newBackend('canary', routing.canary) : undefined;
    this.writer = new StateWriter(opts.stateFile, (err) => opts.log(`warning: cannot write ${opts.stateFile}: ${err.message}`));
    this.persist();
    this.scheduleProbation();
  }

  private newBackend(role: Role, url: string): Backend {
    return new Backend(role, parseTarget(url, `${role} target`), { requestTimeoutMs: this.opts.requestTimeoutMs });
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
    // an ejected canary gets no traffic, open WebSockets included (on a target it was re-pointed from, too)
    for (const b of [this.canary, ...this.draining]) if (b?.role === 'canary') b.closeTunnels();
    const s = this.ejection.state;
    this.opts.log(`canary ejected (${s.source}): ${s.reason}; all traffic goes to production until \`slipway canary resume\``);
    this.persist();
    this.scheduleProbation();
  }

  setWeights(body: unknown): Weights {
    const weights = checkWeights(body, 'weights');
    this.weights = weights;
    this.picker.setWeights(weights);
    this.opts.log(`weights set to production=${weights.production},canary=${weights.canary}`);
    this.persist();
    return weights;
  }

  /** Re-points a role: new requests go to the new target at once; the old one finishes what it has in flight. */
  setBackend(role: Role, url: string | null): boolean {
    if (role === 'production' && url === null) throw new UsageError('production: cannot be removed; every request falls back to production', 'give production a URL like http://127.0.0.1:3101');
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
    this.opts.log(`${role} ${next ? `now routes to ${next.target.origin}` : 'removed'}${current ? ` (was ${current.target.origin}, draining ${current.inFlight} in flight)` : ''}`);
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
      this.opts.log(`canary re-admitted: ${reason}`);
      this.persist();
      this.scheduleProbation();
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

  private scheduleProbation(): void {
    clearTimeout(this.probationTimer);
    const due = this.ejection.probationDueAt();
    if (due === undefined) return;
    this.probationTimer = setTimeout(() => {
      if (this.ejection.resume('probation', `probation: re-admitted ${this.opts.rules.probationSec}s after a passive ejection (canary.probationSec)`)) {
        this.metrics.count(this.metrics.readmissions, 'probation');
        this.opts.log(`canary re-admitted on probation after ${this.opts.rules.probationSec}s; it is ejected again at the next tripped rule`);
        this.persist();
      }
    }, Math.max(0, due - Date.now()));
    this.probationTimer.unref();
  }

  routing(): Routing {
    return { weights: this.weights, production: this.production.target.origin, canary: this.canary?.target.origin ?? null };
  }

  private persist(): void {
    const state: PersistedState = { version: 1, configured: this.configured, current: this.routing(), canary: this.ejection.state, deliveries: this.deliveries };
    this.writer.save(state);
  }

  roleInFlight(role: Role): number {
    let n = (role === 'production' ? this.production : this.canary)?.inFlight ?? 0;
    for (const b of this.draining) if (b.role === role) n += b.inFlight;
    return n;
  }

  status(): ProxyStatus {
    const m = this.metrics;
    const backend = (role: Role, b: Backend | undefined): BackendStatus => {
      const ejected = role === 'canary' && this.ejection.state.ejected;
      return {
        role,
        target: b?.target.origin ?? null,
        weight: this.weights[role],
        state: !b ? 'absent' : ejected ? 'ejected' : 'active',
        requests: m.requests(role),
        '5xx': m.upstreamResponses[role === 'production' ? 0 : 1][4],
        failures: m.failures(role),
        inFlight: b?.inFlight ?? 0,
        ejectedSince: ejected ? this.ejection.state.since : null,
      };
    };
    const due = this.ejection.probationDueAt();
    return {
      app: this.opts.app,
      weights: this.weights,
      stickyCookie: this.opts.stickyCookie,
      retryIdempotent: this.opts.retryIdempotent,
      backends: [backend('production', this.production), backend('canary', this.canary)],
      draining: [...this.draining].map((b) => ({ role: b.role, target: b.target.origin, inFlight: b.inFlight })),
      canary: { state: this.ejection.state.ejected ? 'ejected' : this.canary ? 'admitted' : 'absent', ...this.ejection.state, ...(due !== undefined ? { probationUntil: new Date(due).toISOString() } : {}) },
      retries: m.retries,
      inFlight: this.inFlight,
      startedAt: this.startedAt,
      stateFile: this.opts.stateFile,
      ...(this.writer.lastError ? { stateFileError: this.writer.lastError.message } : {}),
    };
  }

  renderMetrics(): string {
    return this.metrics.render({
      inFlight: (role) => this.roleInFlight(role),
      weight: (role) => this.weights[role],
      up: (role) => (role === 'production' ? 1 : this.canaryAvailable() ? 1 : 0),
    });
  }

  /** Waits for pending state writes and closes every pool. */
  async close(): Promise<void> {
    clearTimeout(this.probationTimer);
    await this.writer.flush();
    const all = [this.production, this.canary, ...this.draining].filter((b): b is Backend => Boolean(b));
    for (const b of all) b.closeTunnels();
    await Promise.all(all.map((b) => b.pool.destroy().catch(() => undefined)));
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

function describeRouting(r: Routing): string {
  return `production ${r.production}, canary ${r.canary ?? 'none'}, weights production=${r.weights.production},canary=${r.weights.canary}`;
}

// Alerting without Datadog: the CPU and memory monitors evaluated from Docker stats samples, with Datadog's semantics —
// avg(window) > threshold per container, one alert on the transition, re-notify while unresolved, a recovery notice.
// Docker stats carry no HTTP status, so the canary 5xx rule stays with the proxy's own passive ejection.
import type { Config, Role } from '../core/config';
import { MANAGED_TAG, MIB, appTag, monitorName, windowSeconds } from './definitions';

export interface ContainerSample {
  containerId: string;
  name: string;
  role: 'production' | 'canary';
  at: number;
  cpuPercent: number;
  memoryUsedBytes: number;
  memoryLimitBytes: number;
}

export type LocalRuleKind = 'cpu' | 'memory';
export type Transition = 'Triggered' | 'Re-Triggered' | 'Recovered';

export interface AlertNotification {
  app: string;
  /** The same name the Datadog monitor has. */
  monitor: string;
  rule: LocalRuleKind;
  transition: Transition;
  containerId: string;
  containerName: string;
  role: Role;
  /** Average over the window, in the rule's unit (percent of one core, or bytes). */
  value: number;
  threshold: number;
  unit: '%' | 'bytes';
  windowSec: number;
  at: number;
  /** When the alert began. */
  since: number;
  tags: string[];
}

export interface Notifier {
  notify(n: AlertNotification): Promise<void>;
}

interface Rule {
  kind: LocalRuleKind;
  threshold: number;
  unit: '%' | 'bytes';
  valueOf(s: ContainerSample): number;
}

interface RuleState {
  status: 'OK' | 'ALERT';
  value?: number;
  since?: number;
  /** When the last alert notice went out; undefined while the first one has not been delivered. */
  lastNotifiedAt?: number;
  lastError?: string;
}

interface ContainerState {
  containerId: string;
  name: string;
  role: Role;
  samples: ContainerSample[];
  rules: Record<LocalRuleKind, RuleState>;
}

export interface LocalAlertingOptions {
  app: string;
  monitors: Config['monitors'];
  notify: Notifier;
  now?: () => number;
  /** A notice that could not be delivered; the alerting goes on (an alert notice is retried at the next sample). */
  onNotifyError?: (err: unknown, n: AlertNotification) => void;
}

export interface LocalAlerting {
  observe(sample: ContainerSample): Promise<void>;
  state(): unknown;
}

export function localAlertingSettings(monitors: Config['monitors']): { windowMs: number; renotifyMs: number } {
  return {
    windowMs: (monitors.local.windowSec ?? windowSeconds(monitors.evaluationWindow)) * 1000,
    renotifyMs: (monitors.local.renotifySec ?? monitors.renotifyMinutes * 60) * 1000,
  };
}

export function createLocalAlerting(opts: LocalAlertingOptions): LocalAlerting {
  return new LocalAlertEvaluator(opts);
}

class LocalAlertEvaluator implements LocalAlerting {
  private readonly now: () => number;
  private readonly windowMs: number;
  private readonly renotifyMs: number;
  private readonly rules: Rule[];
  private readonly containers = new Map<string, ContainerState>();
  // one sample at a time, whoever feeds them: two overlapping evaluations could send the same alert twice
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly opts: LocalAlertingOptions) {
    this.now = opts.now ?? Date.now;
    const settings = localAlertingSettings(opts.monitors);
    this.windowMs = settings.windowMs;
    this.renotifyMs = settings.renotifyMs;
    this.rules = [
      { kind: 'cpu', threshold: opts.monitors.cpuPercent, unit: '%', valueOf: (s) => s.cpuPercent },
      { kind: 'memory', threshold: Math.round(opts.monitors.memoryMb * MIB), unit: 'bytes', valueOf: (s) => s.memoryUsedBytes },
    ];
  }

  observe(sample: ContainerSample): Promise<void> {
    const run = this.queue.then(() => this.observeNow(sample));
    this.queue = run.catch(() => undefined);
    return run;
  }

  state(): unknown {
    return {
      app: this.opts.app,
      windowSec: this.windowMs / 1000,
      renotifySec: this.renotifyMs / 1000,
      rules: this.rules.map((r) => ({ rule: r.kind, threshold: r.threshold, unit: r.unit })),
      containers: [...this.containers.values()].map((c) => ({
        containerId: c.containerId,
        name: c.name,
        role: c.role,
        samples: c.samples.length,
        rules: c.rules,
      })),
    };
  }

  private async observeNow(sample: ContainerSample): Promise<void> {
    const at = this.now();
    const c = this.containerOf(sample);
    c.samples.push(sample);
    // the window is avg(last_Nm): samples older than it no longer count
    c.samples = c.samples.filter((s) => s.at > at - this.windowMs);
    for (const rule of this.rules) await this.evaluate(c, rule, at);
    // a container gone for two windows (replaced by a deploy) is forgotten, so state stays bounded
    for (const [id, other] of this.containers) {
      const last = other.samples[other.samples.length - 1]?.at ?? 0;
      if (id !== sample.containerId && last < at - 2 * this.windowMs) this.containers.delete(id);
    }
  }

  private containerOf(sample: ContainerSample): ContainerState {
    let c = this.containers.get(sample.containerId);
    if (!c) {
      c = { containerId: sample.containerId, name: sample.name, role: sample.role, samples: [], rules: { cpu: { status: 'OK' }, memory: { status: 'OK' } } };
      this.containers.set(sample.containerId, c);
    }
    c.name = sample.name;
    c.role = sample.role;
    return c;
  }

  private async evaluate(c: ContainerState, rule: Rule, at: number): Promise<void> {
    const st = c.rules[rule.kind];
    const values = c.samples.map(rule.valueOf).filter((v) => Number.isFinite(v));
    if (!values.length) return;
    st.value = values.reduce((a, b) => a + b, 0) / values.length;
    const breached = st.value > rule.threshold;
    if (st.status === 'OK' && breached) {
      st.status = 'ALERT';
      st.since = at;
      st.lastNotifiedAt = undefined;
    }
    if (st.status === 'ALERT' && !breached) {
      const delivered = st.lastNotifiedAt !== undefined;
      st.status = 'OK';
      // a recovery for an alert nobody heard of would only confuse
      if (delivered) await this.send(this.notice(c, rule, st, 'Recovered', at), st);
      st.since = undefined;
      st.lastNotifiedAt = undefined;
      return;
    }
    if (st.status !== 'ALERT') return;
    if (st.lastNotifiedAt === undefined) {
      if (await this.send(this.notice(c, rule, st, 'Triggered', at), st)) st.lastNotifiedAt = at;
    } else if (this.renotifyMs > 0 && at - st.lastNotifiedAt >= this.renotifyMs) {
      if (await this.send(this.notice(c, rule, st, 'Re-Triggered', at), st)) st.lastNotifiedAt = at;
    }
  }

  private notice(c: ContainerState, rule: Rule, st: RuleState, transition: Transition, at: number): AlertNotification {
    const { app, monitors } = this.opts;
    return {
      app,
      monitor: monitorName(app, c.role, rule.kind),
      rule: rule.kind,
      transition,
      containerId: c.containerId,
      containerName: c.name,
      role: c.role,
      value: st.value ?? 0,
      threshold: rule.threshold,
      unit: rule.unit,
      windowSec: this.windowMs / 1000,
      at,
      since: st.since ?? at,
      tags: [MANAGED_TAG, appTag(app), `role:${c.role}`, `slipway-monitor:${rule.kind}`, ...monitors.tags],
    };
  }

  /** True when delivered; a failure is kept on the rule's state and reported, never thrown. */
  private async send(n: AlertNotification, st: RuleState): Promise<boolean> {
    try {
      await this.opts.notify.notify(n);
      st.lastError = undefined;
      return true;
    } catch (err) {
      st.lastError = (err as Error).message;
      this.opts.onNotifyError?.(err, n);
      return false;
    }
  }
}

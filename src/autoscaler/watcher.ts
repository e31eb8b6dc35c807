// The running autoscaler: discovery, and each container's memory read from its cgroup files every tickMs (a stats
// stream per container only where those files are out of reach); the samples feed the scaler and local alerting.
// Whatever Docker does (containers removed, restarted, dockerd gone, an update refused) is logged and survived.
import type { EngineApi } from '../core/engine-api';
import type { Logger } from '../core/log';
import type { Executor } from '../core/plan';
import type { ContainerSample } from '../monitors/local-alerting';
import { watchAppContainers, type AppContainer, type Discovery } from './discovery';
import { openStatsStream } from './stats-stream';
import { cpuPercent, isLiveSample, memoryUsedBytes, toMb, type DockerStats } from '../core/docker-stats';
import { STREAM_PERIOD_MS, type AutoscalerPolicy } from './policy';
import { CgroupSampler, type CgroupSample } from './cgroup-sampler';
import { containerLabels, createCounters, renderMetrics, type AutoscalerStatus } from './report';
import { MemoryScaler } from './scaler';
import { containerStatus, firstSeen, logAbout, type Watched } from './watched';
import { readingOf, takeReading, type ContainerReading, type NodeReadings } from './peers';

// local alerting's sample type: the autoscaler's stats streams feed it, so the two read Docker once
export type { ContainerSample };

export interface AutoscalerOptions {
  /** The Docker engine, through the small Engine API client (engine-api.ts). */
  engine: EngineApi;
  app: string;
  policy: AutoscalerPolicy;
  log: Logger;
  executor: Executor;
  now?: () => number;
  /** Backoff for reconnecting to dockerd and reopening streams. */
  retryMs?: number;
  /** Where cgroup trees are mounted, first match wins (default: the host's, mounted by `up`, then /sys/fs/cgroup). */
  cgroupRoots?: string[];
  /** False: read and serve the samples, decide nothing (a swarm task off the leader; default true). */
  deciding?: boolean;
}

export interface MemoryAutoscaler {
  /** Resolves once the app's containers have been listed the first time. */
  listed(): Promise<void>;
  status(): AutoscalerStatus;
  metrics(): string;
  /** Every live sample of every watched container; returns the unsubscribe. */
  onSample(subscriber: (sample: ContainerSample) => void): () => void;
  /** A reloaded config's policy, applied to the running autoscaler (thresholds, intervals, tick) without a restart. */
  setPolicy(policy: AutoscalerPolicy): void;
  /** On a swarm: whether this task decides (the leader's), and the node its own containers run on. */
  setDeciding(deciding: boolean, node?: string): void;
  /** This node's containers with their last samples, for the deciding task. */
  readings(): ContainerReading[];
  /** Another node's readings: its containers watched and decided on here, as if local. */
  onPeerReadings(peer: string, readings: NodeReadings, receivedAt: number): void;
  forgetPeer(peer: string, why: string): void;
  stop(): void;
}

export function startMemoryAutoscaler(opts: AutoscalerOptions): MemoryAutoscaler {
  return new RunningAutoscaler(opts);
}

class RunningAutoscaler implements MemoryAutoscaler {
  private readonly watched = new Map<string, Watched>();
  private readonly subscribers = new Set<(s: ContainerSample) => void>();
  private readonly counters = createCounters();
  private readonly now: () => number;
  private readonly retryMs: number;
  private readonly startedAt: string;
  private readonly dockerState: AutoscalerStatus['docker'];
  private readonly scaler: MemoryScaler;
  private readonly discovery: Discovery;
  private readonly sampler: CgroupSampler<Watched>;
  private readonly firstListing: Promise<void>;
  private markListed: () => void = () => undefined;
  private stopped = false;
  private deciding: boolean;
  private node?: string;

  constructor(private readonly opts: AutoscalerOptions) {
    this.now = opts.now ?? Date.now;
    this.retryMs = opts.retryMs ?? 1000;
    this.startedAt = new Date(this.now()).toISOString();
    this.dockerState = { connected: false, since: this.startedAt };
    this.firstListing = new Promise<void>((resolve) => (this.markListed = resolve));
    this.deciding = opts.deciding ?? true;
    const { engine, policy, log, executor } = opts;
    this.scaler = new MemoryScaler({ engine, policy, log, executor, counters: this.counters, now: this.now, isWatched: (w) => this.watched.get(w.container.id) === w });
    this.sampler = new CgroupSampler<Watched>(policy.tickMs, {
      onSample: (w, s) => this.onMemorySample(w, s, this.sampler.periodMs),
      onOomKill: (w, at, kills) => this.oom(w, at, `cgroup oom_kill +${kills}`),
      onLost: (w) => this.retrySource(w),
    }, this.now, opts.cgroupRoots);
    this.discovery = watchAppContainers(engine, opts.app, {
      onContainer: (c, why) => this.onContainer(c, why),
      onGone: (id) => this.forget(id, 'it was removed'),
      onOom: (id, at) => this.watched.has(id) && this.oom(this.watched.get(id)!, at, 'oom event'),
      onListed: (ids) => this.onListed(ids),
      onConnection: (connected, error) => this.onConnection(connected, error),
    }, { retryMs: this.retryMs });
  }

  listed(): Promise<void> {
    return this.firstListing;
  }

  status(): AutoscalerStatus {
    const { app, policy } = this.opts;
    return {
      app,
      pid: process.pid,
      startedAt: this.startedAt,
      docker: { ...this.dockerState },
      policy: { ...policy, scaleDown: { ...policy.scaleDown } },
      containers: [...this.watched.values()].map((w) => ({ ...containerStatus(w), ...(w.node ?? this.node ? { node: w.node ?? this.node } : {}) })),
    };
  }

  metrics(): string {
    return renderMetrics(this.status(), this.counters);
  }

  setPolicy(policy: AutoscalerPolicy): void {
    this.opts.policy = policy;
    this.scaler.setPolicy(policy);
    this.sampler.setTick(policy.tickMs);
  }

  setDeciding(deciding: boolean, node?: string): void {
    this.node = node ?? this.node;
    if (deciding === this.deciding) return;
    this.deciding = deciding;
    this.opts.log.info(`autoscaler: ${deciding ? 'this task decides for every node of the swarm' : 'this task reads its node\'s containers for the deciding task'}`);
  }

  readings(): ContainerReading[] {
    return [...this.watched.values()].filter((w) => !w.peer).map((w) => readingOf(w, this.now()));
  }

  onPeerReadings(peer: string, r: NodeReadings, receivedAt: number): void {
    const present = new Set(r.containers.map((c) => c.container.id));
    for (const reading of r.containers) {
      let w = this.watched.get(reading.container.id);
      if (!w) {
        w = { ...firstSeen(reading.container), peer, node: r.node };
        this.watched.set(reading.container.id, w);
        logAbout(this.opts.log, w, `watching on node ${r.node} (limit ${toMb(reading.container.memoryBytes)} MB, read by its node's autoscaler task)`);
      }
      const heard = takeReading(w, reading, receivedAt, this.opts.policy.tickMs);
      if (heard.oom) this.scaler.onOom(w, heard.oom.at, `${heard.oom.source} on ${r.node}`);
      if (heard.sample) this.onMemorySample(w, heard.sample, heard.periodMs, false);
    }
    for (const w of [...this.watched.values()]) if (w.peer === peer && !present.has(w.container.id)) this.forget(w.container.id, `it left node ${r.node}`);
  }

  forgetPeer(peer: string, why: string): void {
    for (const w of [...this.watched.values()]) if (w.peer === peer) this.forget(w.container.id, `its node's autoscaler task is out of reach (${why})`);
  }

  /** An OOM kill of a container of this node: counted for the deciding task, decided on here when this task decides. */
  private oom(w: Watched, at: number, source: string): void {
    w.oomSeen = { seq: (w.oomSeen?.seq ?? 0) + 1, at, source };
    if (this.deciding) this.scaler.onOom(w, at, source);
  }

  onSample(subscriber: (sample: ContainerSample) => void): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  stop(): void {
    this.stopped = true;
    this.discovery.stop();
    this.sampler.stop();
    for (const w of this.watched.values()) {
      w.stream?.close();
      if (w.reopenTimer) clearTimeout(w.reopenTimer);
    }
    this.watched.clear();
  }

  private onContainer(c: AppContainer, why: 'listed' | 'start' | 'die' | 'update'): void {
    let w = this.watched.get(c.id);
    if (!w) {
      w = firstSeen(c);
      this.watched.set(c.id, w);
      logAbout(this.opts.log, w, `watching (limit ${c.memoryBytes ? `${toMb(c.memoryBytes)} MB` : 'none'}, starting limit ${toMb(w.policy.startLimitBytes)} MB${c.startLimitLabelBytes ? '' : ', as first seen'})`);
    }
    const restarted = w.container.pid !== c.pid;
    w.container = c;
    if (!w.updating) w.limitBytes = c.memoryBytes;
    // a missed oom event still leaves State.OOMKilled on the run that died
    if (why === 'die' && c.oomKilled && !(w.policy.lastOomAt !== undefined && w.policy.lastOomAt >= c.startedAt)) this.oom(w, this.now(), 'State.OOMKilled');
    if (why === 'start') {
      logAbout(this.opts.log, w, 'started');
      if (this.deciding) this.scaler.retryRefusedOomBump(w);
    }
    // a new run has a new cgroup; a stopped one has none
    if (!c.running || why === 'start' || restarted) this.sampler.detach(w);
    if (c.running) this.openSource(w);
  }

  private onListed(ids: string[]): void {
    for (const [id, w] of [...this.watched]) if (!w.peer && !ids.includes(id)) this.forget(id, 'it was removed while dockerd was out of reach');
    this.markListed();
  }

  private onConnection(connected: boolean, error?: string): void {
    const { log, app } = this.opts;
    this.dockerState.connected = connected;
    this.dockerState.since = new Date(this.now()).toISOString();
    this.dockerState.lastError = error ?? this.dockerState.lastError;
    if (connected) log.info(`autoscaler: connected to dockerd; watching containers labelled slipway.app=${app}`);
    else {
      this.counters.disconnects.inc();
      log.warn(`autoscaler: lost dockerd (${error}); retrying, the containers are left as they are`);
    }
  }

  /** The cgroup files when they are reachable from here, else Docker's stats stream. */
  private openSource(w: Watched): void {
    if (this.stopped || w.stream || w.reopenTimer || this.sampler.isAttached(w)) return;
    const c = w.container;
    const viaCgroup = this.sampler.attach(w, { id: c.id, pid: c.pid, parent: c.cgroupParent });
    const source = viaCgroup ? 'cgroup' : 'stats';
    if (w.source !== source) logAbout(this.opts.log, w, viaCgroup ? `reading its cgroup every ${this.sampler.periodMs} ms` : 'its cgroup files are not reachable here: reading Docker stats (one sample a second)');
    w.source = source;
    if (!viaCgroup) this.openStream(w);
  }

  /** The cgroup files went away under a running container (replaced by a restart): find them again after a pause. */
  private retrySource(w: Watched): void {
    if (this.stopped || this.watched.get(w.container.id) !== w || !w.container.running || w.reopenTimer) return;
    w.reopenTimer = setTimeout(() => {
      w.reopenTimer = undefined;
      if (w.container.running) this.openSource(w);
    }, this.retryMs);
  }

  private openStream(w: Watched): void {
    if (this.stopped || w.stream || w.reopenTimer) return;
    const id = w.container.id;
    w.stream = openStatsStream(this.opts.engine, id, {
      onStats: (stats) => {
        w.streamFailures = 0;
        this.onStats(w, stats);
      },
      onEnd: (err) => {
        w.stream = undefined;
        if (this.stopped || this.watched.get(id) !== w) return;
        if ((err as { statusCode?: number } | undefined)?.statusCode === 404) return this.forget(id, 'it no longer exists');
        if (!w.container.running) return; // reopened on its next 'start'
        w.streamFailures += 1;
        this.counters.streamRestarts.inc(containerLabels(w.container));
        w.reopenTimer = setTimeout(() => {
          w.reopenTimer = undefined;
          this.openSource(w);
        }, Math.min(this.retryMs * w.streamFailures, 5 * this.retryMs));
      },
    });
  }

  private onStats(w: Watched, stats: DockerStats): void {
    if (!isLiveSample(stats)) return;
    const at = this.now();
    const limitBytes = stats.memory_stats?.limit ?? w.limitBytes;
    this.onMemorySample(w, { at, usedBytes: memoryUsedBytes(stats.memory_stats), limitBytes, cpuPercent: cpuPercent(stats) }, STREAM_PERIOD_MS);
  }

  /** One sample, from the cgroup, the stats stream or a peer: recorded, published to local alerting (this node's only), decided on. */
  private onMemorySample(w: Watched, s: CgroupSample, periodMs: number, publish = true): void {
    if (w.container.memoryBytes <= 0) s.limitBytes = 0; // no limit set: Docker's stats report the host's memory
    else if (s.limitBytes > 0 && !w.updating) w.limitBytes = s.limitBytes;
    w.latest = { at: s.at, usedBytes: s.usedBytes, cpuPercent: s.cpuPercent };
    if (publish) this.publish({ containerId: w.container.id, name: w.container.name, role: w.container.role, at: s.at, cpuPercent: s.cpuPercent, memoryUsedBytes: s.usedBytes, memoryLimitBytes: s.limitBytes });
    if (this.deciding) this.scaler.onSample(w, { at: s.at, usedBytes: s.usedBytes, limitBytes: s.limitBytes }, periodMs);
  }

  private publish(sample: ContainerSample): void {
    for (const s of this.subscribers) {
      try {
        s(sample);
      } catch (err) {
        this.opts.log.warn(`autoscaler: a sample subscriber failed: ${(err as Error).message}`);
      }
    }
  }

  private forget(id: string, why: string): void {
    const w = this.watched.get(id);
    if (!w) return;
    w.stream?.close();
    this.sampler.detach(w);
    if (w.reopenTimer) clearTimeout(w.reopenTimer);
    this.watched.delete(id);
    // a replaced container's series would otherwise stay in every scrape for as long as the autoscaler runs
    for (const family of Object.values(this.counters)) family.forget(containerLabels(w.container));
    logAbout(this.opts.log, w, `no longer watched: ${why}`);
  }
}

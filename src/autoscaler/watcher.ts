// The running autoscaler: discovery + one stats stream per container + the policy + the updater.
// Whatever Docker does (containers removed, restarted, dockerd gone, an update refused) is logged and survived.
import type Docker from 'dockerode';
import type { Logger } from '../core/log';
import type { Executor } from '../core/plan';
import type { ContainerSample } from '../monitors/local-alerting';
import { watchAppContainers, type AppContainer, type Discovery } from './discovery';
import { openStatsStream, type StatsStream } from './stats-stream';
import { cpuPercent, isLiveSample, memoryUsedBytes, toMb, type DockerStats } from '../core/docker-stats';
import { afterUpdateAttempt, decide, decideOnOom, type AutoscalerPolicy, type Decision, type PolicyState } from './policy';
import { limitsFor, memoryUpdateAction, refusalOf } from './updater';
import { containerLabels, createCounters, renderMetrics, type AutoscalerStatus, type ContainerStatus, type LastAction, type LastDecision } from './report';

// local alerting's sample type: the autoscaler's stats streams feed it, so the two read Docker once
export type { ContainerSample };

export interface AutoscalerOptions {
  docker: Docker;
  app: string;
  policy: AutoscalerPolicy;
  log: Logger;
  executor: Executor;
  now?: () => number;
  /** Backoff for reconnecting to dockerd and reopening streams. */
  retryMs?: number;
}

export interface MemoryAutoscaler {
  /** Resolves once the app's containers have been listed the first time. */
  listed(): Promise<void>;
  status(): AutoscalerStatus;
  metrics(): string;
  /** Every live sample of every watched container; returns the unsubscribe. */
  onSample(subscriber: (sample: ContainerSample) => void): () => void;
  stop(): void;
}

interface Watched {
  container: AppContainer;
  policy: PolicyState;
  limitBytes: number;
  latest?: { at: number; usedBytes: number; cpuPercent: number };
  lastDecision?: LastDecision;
  lastAction?: LastAction;
  stream?: StatsStream;
  reopenTimer?: NodeJS.Timeout;
  streamFailures: number;
  updating: boolean;
  /** An OOM kill that came while an update was in flight: handled when it is done. */
  pendingOom?: { at: number; killedAtBytes: number; source: string };
  /** An OOM bump Docker refused while the container was down: tried again when it starts. */
  refusedOomBump?: Exclude<Decision, { action: 'hold' }>;
}

export function startMemoryAutoscaler(opts: AutoscalerOptions): MemoryAutoscaler {
  const { docker, app, policy, log, executor } = opts;
  const now = opts.now ?? Date.now;
  const retryMs = opts.retryMs ?? 1000;
  const watched = new Map<string, Watched>();
  const subscribers = new Set<(s: ContainerSample) => void>();
  const counters = createCounters();
  const startedAt = new Date(now()).toISOString();
  const dockerState: AutoscalerStatus['docker'] = { connected: false, since: startedAt };
  let stopped = false;
  let markListed: () => void = () => undefined;
  const firstListing = new Promise<void>((resolve) => (markListed = resolve));

  const say = (w: Watched, text: string) => log.info(`autoscaler: ${w.container.name} (${w.container.role}): ${text}`);

  const openStream = (w: Watched) => {
    if (stopped || w.stream || w.reopenTimer) return;
    const id = w.container.id;
    w.stream = openStatsStream(docker, id, {
      onStats: (stats) => {
        w.streamFailures = 0;
        onStats(w, stats);
      },
      onEnd: (err) => {
        w.stream = undefined;
        if (stopped || watched.get(id) !== w) return;
        if ((err as { statusCode?: number } | undefined)?.statusCode === 404) return forget(id, 'it no longer exists');
        if (!w.container.running) return; // reopened on its next 'start'
        w.streamFailures += 1;
        counters.streamRestarts.inc(containerLabels(w.container));
        w.reopenTimer = setTimeout(() => {
          w.reopenTimer = undefined;
          openStream(w);
        }, Math.min(retryMs * w.streamFailures, 5 * retryMs));
      },
    });
  };

  const onStats = (w: Watched, stats: DockerStats) => {
    if (!isLiveSample(stats)) return;
    const at = now();
    const usedBytes = memoryUsedBytes(stats.memory_stats);
    const limitBytes = w.container.memoryBytes > 0 ? (stats.memory_stats?.limit ?? w.limitBytes) : 0;
    if (limitBytes > 0) w.limitBytes = limitBytes;
    w.latest = { at, usedBytes, cpuPercent: cpuPercent(stats) };
    const sample: ContainerSample = { containerId: w.container.id, name: w.container.name, role: w.container.role, at, cpuPercent: w.latest.cpuPercent, memoryUsedBytes: usedBytes, memoryLimitBytes: limitBytes };
    for (const s of subscribers) {
      try {
        s(sample);
      } catch (err) {
        log.warn(`autoscaler: a sample subscriber failed: ${(err as Error).message}`);
      }
    }
    if (w.updating) return;
    const decided = decide({ at, usedBytes, limitBytes }, w.policy, policy);
    w.policy = decided.state;
    void act(w, decided.decision, at);
  };

  const onOom = (w: Watched, at: number, source: string) => {
    counters.ooms.inc(containerLabels(w.container));
    say(w, `OOM kill (${source}) at a limit of ${toMb(w.limitBytes)} MB`);
    const oom = { at, killedAtBytes: w.limitBytes, source };
    if (w.updating) w.pendingOom = oom;
    else handleOom(w, oom);
  };

  const handleOom = (w: Watched, oom: NonNullable<Watched['pendingOom']>) => {
    const decided = decideOnOom(now(), oom.killedAtBytes, w.limitBytes, w.policy, policy);
    w.policy = decided.state;
    void act(w, decided.decision, oom.at);
  };

  const act = async (w: Watched, decision: Decision, at: number) => {
    if (decision.action === 'hold') {
      if (decision.hold === 'not-due') return;
      counters.decisions.inc({ ...containerLabels(w.container), action: 'hold', reason: decision.hold });
      // a hold repeats every interval: logged when its reason changes, counted every time
      if (w.lastDecision?.hold !== decision.hold) say(w, `hold — ${decision.reason}`);
      w.lastDecision = { at: new Date(at).toISOString(), action: 'hold', hold: decision.hold, reason: decision.reason };
      return;
    }
    const labels = containerLabels(w.container);
    counters.decisions.inc({ ...labels, action: decision.action, reason: decision.action });
    w.lastDecision = { at: new Date(at).toISOString(), action: decision.action, reason: decision.reason };
    say(w, `${decision.action} ${toMb(decision.fromBytes)} → ${toMb(decision.toBytes)} MB — ${decision.reason}`);
    w.updating = true;
    const limits = limitsFor(decision.toBytes, w.container);
    const record: LastAction = { at: new Date(now()).toISOString(), action: decision.action, fromBytes: decision.fromBytes, toBytes: decision.toBytes, reason: decision.reason, result: 'done' };
    try {
      await executor.execute([memoryUpdateAction(docker, w.container, decision.fromBytes, limits)]);
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
    } finally {
      w.policy = afterUpdateAttempt(w.policy, at);
      w.updating = false;
      w.lastAction = record;
    }
    const oom = w.pendingOom;
    w.pendingOom = undefined;
    if (oom && watched.get(w.container.id) === w) handleOom(w, oom);
  };

  const forget = (id: string, why: string) => {
    const w = watched.get(id);
    if (!w) return;
    w.stream?.close();
    if (w.reopenTimer) clearTimeout(w.reopenTimer);
    watched.delete(id);
    // a replaced container's series would otherwise stay in every scrape for as long as the autoscaler runs
    for (const family of Object.values(counters)) family.forget(containerLabels(w.container));
    say(w, `no longer watched: ${why}`);
  };

  const discovery: Discovery = watchAppContainers(
    docker,
    app,
    {
      onContainer(c, why) {
        let w = watched.get(c.id);
        if (!w) {
          const startLimitBytes = c.startLimitLabelBytes ?? c.memoryBytes;
          w = { container: c, policy: { startLimitBytes }, limitBytes: c.memoryBytes, streamFailures: 0, updating: false };
          watched.set(c.id, w);
          say(w, `watching (limit ${c.memoryBytes ? `${toMb(c.memoryBytes)} MB` : 'none'}, starting limit ${toMb(startLimitBytes)} MB${c.startLimitLabelBytes ? '' : ', as first seen'})`);
        }
        w.container = c;
        if (!w.updating) w.limitBytes = c.memoryBytes;
        // a missed oom event still leaves State.OOMKilled on the run that died
        if (why === 'die' && c.oomKilled && !(w.policy.lastOomAt !== undefined && w.policy.lastOomAt >= c.startedAt)) onOom(w, now(), 'State.OOMKilled');
        if (why === 'start') {
          say(w, 'started');
          const bump = w.refusedOomBump;
          w.refusedOomBump = undefined;
          if (bump && !w.updating && w.limitBytes < bump.toBytes) void act(w, { ...bump, fromBytes: w.limitBytes, reason: `${bump.reason} (tried again now that it started)` }, now());
        }
        if (c.running) openStream(w);
      },
      onGone: (id) => forget(id, 'it was removed'),
      onOom(id, at) {
        const w = watched.get(id);
        if (w) onOom(w, at, 'oom event');
      },
      onListed(ids) {
        for (const id of [...watched.keys()]) if (!ids.includes(id)) forget(id, 'it was removed while dockerd was out of reach');
        markListed();
      },
      onConnection(connected, error) {
        dockerState.connected = connected;
        dockerState.since = new Date(now()).toISOString();
        dockerState.lastError = error ?? dockerState.lastError;
        if (connected) log.info(`autoscaler: connected to dockerd; watching containers labelled slipway.app=${app}`);
        else {
          counters.disconnects.inc();
          log.warn(`autoscaler: lost dockerd (${error}); retrying, the containers are left as they are`);
        }
      },
    },
    { retryMs },
  );

  const status = (): AutoscalerStatus => ({
    app,
    pid: process.pid,
    startedAt,
    docker: { ...dockerState },
    policy: { ...policy, scaleDown: { ...policy.scaleDown } },
    containers: [...watched.values()].map(containerStatus),
  });

  return {
    listed: () => firstListing,
    status,
    metrics: () => renderMetrics(status(), counters),
    onSample(subscriber) {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
    stop() {
      stopped = true;
      discovery.stop();
      for (const id of [...watched.keys()]) {
        const w = watched.get(id)!;
        w.stream?.close();
        if (w.reopenTimer) clearTimeout(w.reopenTimer);
      }
      watched.clear();
    },
  };
}

function containerStatus(w: Watched): ContainerStatus {
  const { container: c, latest } = w;
  return {
    id: c.id.slice(0, 12),
    name: c.name,
    role: c.role,
    running: c.running,
    limitBytes: w.limitBytes,
    startLimitBytes: w.policy.startLimitBytes,
    ...(latest && {
      usedBytes: latest.usedBytes,
      usedPercent: w.limitBytes > 0 ? Math.round((latest.usedBytes / w.limitBytes) * 1000) / 10 : undefined,
      cpuPercent: Math.round(latest.cpuPercent * 10) / 10,
      sampledAt: new Date(latest.at).toISOString(),
    }),
    ...(w.lastDecision && { lastDecision: w.lastDecision }),
    ...(w.lastAction && { lastAction: w.lastAction }),
  };
}

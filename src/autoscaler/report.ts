// What the running autoscaler tells: the status JSON behind `slipway autoscaler status`, and its Prometheus metrics.
import type { Role } from '../core/config';
import type { AutoscalerPolicy, ChangeAction, HoldReason } from './policy';
import { MetricFamily, renderFamilies, type Labels } from './metrics';
import type { PeerView } from './peers';

export interface LastDecision {
  at: string;
  action: ChangeAction | 'hold';
  hold?: HoldReason;
  reason: string;
}

export interface LastAction {
  at: string;
  action: ChangeAction;
  fromBytes: number;
  toBytes: number;
  reason: string;
  result: 'done' | 'refused' | 'dry-run';
  error?: string;
}

export interface ContainerStatus {
  id: string;
  name: string;
  role: Role;
  running: boolean;
  /** Where its samples come from: its cgroup files, or Docker's stats stream where those are out of reach. */
  source?: 'cgroup' | 'stats';
  usedBytes?: number;
  limitBytes: number;
  startLimitBytes: number;
  usedPercent?: number;
  cpuPercent?: number;
  sampledAt?: string;
  lastDecision?: LastDecision;
  lastAction?: LastAction;
  /** On a swarm: the node it runs on. */
  node?: string;
}

export interface AutoscalerStatus {
  app: string;
  pid: number;
  startedAt: string;
  docker: { connected: boolean; since: string; lastError?: string };
  policy: AutoscalerPolicy;
  containers: ContainerStatus[];
  /** On a swarm: whether this task decides, and the other nodes' tasks it reads from. */
  swarm?: { node?: string; deciding: boolean; peers: PeerView[] };
}

/** Counters the autoscaler bumps as it goes; they live as long as the process. */
export function createCounters() {
  return {
    decisions: new MetricFamily('slipway_autoscaler_decisions_total', 'counter', 'Policy evaluations by outcome: raise, lower, oom-bump, or hold with its reason.'),
    updates: new MetricFamily('slipway_autoscaler_updates_total', 'counter', 'Memory limit updates sent to Docker, by action and result (done or refused).'),
    ooms: new MetricFamily('slipway_autoscaler_oom_kills_total', 'counter', 'OOM kills seen (Docker oom event or State.OOMKilled).'),
    lastChange: new MetricFamily('slipway_autoscaler_last_change_timestamp_seconds', 'gauge', 'When the memory limit was last changed.'),
    disconnects: new MetricFamily('slipway_autoscaler_docker_disconnects_total', 'counter', 'Times the connection to dockerd was lost.'),
    streamRestarts: new MetricFamily('slipway_autoscaler_stats_stream_restarts_total', 'counter', 'Stats streams reopened after they ended.'),
  };
}

export type Counters = ReturnType<typeof createCounters>;

export function containerLabels(c: { name: string; role: Role }): Labels {
  return { container: c.name, role: c.role };
}

export function renderMetrics(status: AutoscalerStatus, counters: Counters): string {
  const used = new MetricFamily('slipway_autoscaler_memory_used_bytes', 'gauge', 'Memory used (usage minus inactive file cache, as docker stats shows it).');
  const limit = new MetricFamily('slipway_autoscaler_memory_limit_bytes', 'gauge', 'Current memory limit.');
  const start = new MetricFamily('slipway_autoscaler_memory_start_limit_bytes', 'gauge', 'Starting memory limit: never scaled below it.');
  const cpu = new MetricFamily('slipway_autoscaler_cpu_percent', 'gauge', 'CPU use in percent of one core, as docker stats shows it.');
  const running = new MetricFamily('slipway_autoscaler_container_running', 'gauge', '1 while the watched container runs.');
  for (const c of status.containers) {
    const labels = containerLabels(c);
    if (c.usedBytes !== undefined) used.set(labels, c.usedBytes);
    limit.set(labels, c.limitBytes);
    start.set(labels, c.startLimitBytes);
    if (c.cpuPercent !== undefined) cpu.set(labels, Math.round(c.cpuPercent * 100) / 100);
    running.set(labels, c.running ? 1 : 0);
  }
  const watched = new MetricFamily('slipway_autoscaler_watched_containers', 'gauge', 'Containers of the app being watched.');
  watched.set({}, status.containers.length);
  const connected = new MetricFamily('slipway_autoscaler_docker_connected', 'gauge', '1 while dockerd answers.');
  connected.set({}, status.docker.connected ? 1 : 0);
  const usage = process.cpuUsage();
  const processCpu = new MetricFamily('process_cpu_seconds_total', 'counter', 'CPU time of the autoscaler process.');
  processCpu.set({}, (usage.user + usage.system) / 1e6);
  const rss = new MetricFamily('process_resident_memory_bytes', 'gauge', 'Resident memory of the autoscaler process.');
  rss.set({}, process.memoryUsage.rss());
  return renderFamilies([used, limit, start, cpu, running, watched, connected, ...Object.values(counters), processCpu, rss]);
}

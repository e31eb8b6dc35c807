// One container the autoscaler follows: its facts from Docker, its policy state, its stats stream, what it last
// decided and did, and how that reads in `slipway autoscaler status`.
import type { Logger } from '../core/log';
import type { AppContainer } from './discovery';
import type { StatsStream } from './stats-stream';
import type { Decision, PolicyState } from './policy';
import type { ContainerStatus, LastAction, LastDecision } from './report';

export interface OomKill {
  at: number;
  killedAtBytes: number;
  source: string;
}

export interface Watched {
  container: AppContainer;
  policy: PolicyState;
  limitBytes: number;
  latest?: { at: number; usedBytes: number; cpuPercent: number };
  lastDecision?: LastDecision;
  lastAction?: LastAction;
  stream?: StatsStream;
  /** Where its samples come from: its cgroup files, or (where they are out of reach) Docker's stats stream. */
  source?: 'cgroup' | 'stats';
  reopenTimer?: NodeJS.Timeout;
  streamFailures: number;
  updating: boolean;
  /** An OOM kill that came while an update was in flight: handled when it is done. */
  pendingOom?: OomKill;
  /** An OOM bump Docker refused while the container was down: tried again when it starts. */
  refusedOomBump?: Exclude<Decision, { action: 'hold' }>;
  /** OOM kills seen of it (here, or as its node's task counted them) and the last one. */
  oomSeen?: { seq: number; at: number; source: string };
  /** On a swarm, a container of another node: the address of that node's autoscaler task, the node, its last sample's time there. */
  peer?: string;
  node?: string;
  remoteSampleAt?: number;
}

/** A container seen for the first time: it never goes below the limit it was deployed with (or first seen with). */
export function firstSeen(c: AppContainer): Watched {
  return { container: c, policy: { startLimitBytes: c.startLimitLabelBytes ?? c.memoryBytes }, limitBytes: c.memoryBytes, streamFailures: 0, updating: false };
}

export function logAbout(log: Logger, w: Watched, text: string): void {
  log.info(`autoscaler: ${w.container.name} (${w.container.role}): ${text}`);
}

export function containerStatus(w: Watched): ContainerStatus {
  const { container: c, latest } = w;
  return {
    id: c.id.slice(0, 12),
    name: c.name,
    role: c.role,
    running: c.running,
    source: w.source,
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

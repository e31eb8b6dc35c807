// Finds the app's production and canary containers by label and follows them through Docker events, so
// containers deployed after the autoscaler started are picked up. When dockerd goes away (restart, socket
// gone) it says so, retries, and on reconnecting lists again so nothing that changed meanwhile is missed.
import type Docker from 'dockerode';
import type { Role } from '../core/config';
import { ROLES } from '../core/config';
import { isNotFound, type EngineApi, type EngineStream } from '../core/engine-api';
import { LABEL } from '../core/labels';
import { listSlipwayContainers } from '../core/app-containers';
import { jsonLines } from './json-lines';

export interface AppContainer {
  id: string;
  name: string;
  role: Role;
  running: boolean;
  /** HostConfig.Memory: 0 when the container has no limit. */
  memoryBytes: number;
  /** HostConfig.MemorySwap: memory + swap, -1 unlimited, 0 unset. */
  memorySwapBytes: number;
  /** From the LABEL.memoryStart label, when the deploy set it. */
  startLimitLabelBytes?: number;
  startedAt: number;
  oomKilled: boolean;
  /** State.Pid and HostConfig.CgroupParent: where its cgroup files are. */
  pid: number;
  cgroupParent: string;
  /** A Swarm task's service: its limit is changed on the service (src/swarm/service-memory.ts). */
  swarmService?: string;
}

export interface DiscoveryHandlers {
  /** Found, started, stopped or updated: the current facts about one container. */
  onContainer(container: AppContainer, why: 'listed' | 'start' | 'die' | 'update'): void;
  onGone(id: string): void;
  onOom(id: string, at: number): void;
  /** After each (re)connection: the ids present now; anything else is gone. */
  onListed(ids: string[]): void;
  onConnection(connected: boolean, error?: string): void;
}

export interface Discovery {
  stop(): void;
}

interface DockerEvent {
  Type?: string;
  Action?: string;
  id?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  timeNano?: number;
  time?: number;
}

const WATCHED_EVENTS = ['start', 'die', 'destroy', 'oom', 'update'];

export function watchAppContainers(engine: EngineApi, app: string, handlers: DiscoveryHandlers, opts: { retryMs?: number; maxRetryMs?: number } = {}): Discovery {
  const watch = new ContainerWatch(engine, app, handlers, opts.retryMs ?? 1000, opts.maxRetryMs ?? 5000);
  void watch.connect();
  return { stop: () => watch.stop() };
}

/** One subscription to dockerd's events at a time; losing it reports once and retries with a growing pause. */
class ContainerWatch {
  private stopped = false;
  private events?: EngineStream;
  private timer?: NodeJS.Timeout;
  private failures = 0;
  private connected = false;
  // events are handled one at a time, in order, so a 'destroy' cannot overtake the inspect of its 'start'
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly engine: EngineApi,
    private readonly app: string,
    private readonly handlers: DiscoveryHandlers,
    private readonly retryMs: number,
    private readonly maxRetryMs: number,
  ) {}

  async connect(): Promise<void> {
    this.timer = undefined;
    if (this.stopped) return;
    try {
      // events first, then the list: whatever happens in between is seen by one or the other
      if (!(await this.subscribe())) return;
      const found = await this.listNow();
      if (this.stopped) return;
      this.failures = 0;
      this.connected = true;
      this.handlers.onConnection(true);
      this.handlers.onListed(found.map((c) => c.id));
      for (const c of found) this.handlers.onContainer(c, 'listed');
    } catch (err) {
      this.lost(err as Error);
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.events?.destroy();
  }

  private async subscribe(): Promise<boolean> {
    const stream = await this.engine.stream('/events', {
      filters: { type: ['container'], label: [`${LABEL.app}=${this.app}`], event: WATCHED_EVENTS },
    });
    if (this.stopped) {
      stream.destroy();
      return false;
    }
    this.events = stream;
    stream.on('end', () => this.lost(new Error('the Docker event stream ended')));
    stream.on('error', (err: Error) => this.lost(err));
    jsonLines<DockerEvent>(stream, (e) => {
      this.queue = this.queue.then(() => this.handleEvent(e)).catch((err) => this.lost(err as Error));
    });
    return true;
  }

  private async listNow(): Promise<AppContainer[]> {
    const found: AppContainer[] = [];
    for (const entry of await listSlipwayContainers(this.engine, { app: this.app, roles: ROLES })) {
      const c = await this.inspect(entry.Id);
      if (c) found.push(c);
    }
    return found;
  }

  private async handleEvent(e: DockerEvent): Promise<void> {
    const id = e.Actor?.ID ?? e.id;
    if (!id || e.Type !== 'container' || !isWatchedRole(e.Actor?.Attributes?.[LABEL.role])) return;
    const at = e.timeNano ? Math.round(e.timeNano / 1e6) : (e.time ?? 0) * 1000;
    const action = (e.Action ?? '').split(':')[0];
    if (action === 'destroy') return this.handlers.onGone(id);
    if (action === 'oom') return this.handlers.onOom(id, at);
    const c = await this.inspect(id);
    if (c) this.handlers.onContainer(c, action as 'start' | 'die' | 'update');
  }

  private async inspect(id: string): Promise<AppContainer | undefined> {
    try {
      return appContainerOf(await this.engine.inspect(id));
    } catch (err) {
      if (!isNotFound(err)) throw err;
      this.handlers.onGone(id);
      return undefined;
    }
  }

  private lost(err: Error): void {
    if (this.stopped || this.timer) return;
    this.events?.destroy();
    this.events = undefined;
    if (this.connected || this.failures === 0) this.handlers.onConnection(false, err.message);
    this.connected = false;
    this.failures += 1;
    this.timer = setTimeout(() => void this.connect(), Math.min(this.retryMs * this.failures, this.maxRetryMs));
  }
}

function isWatchedRole(role: string | undefined): role is Role {
  return ROLES.includes(role as Role);
}

export function appContainerOf(info: Docker.ContainerInspectInfo): AppContainer | undefined {
  const role = info.Config.Labels?.[LABEL.role];
  if (!isWatchedRole(role)) return undefined;
  const label = Number(info.Config.Labels?.[LABEL.memoryStart]);
  return {
    id: info.Id,
    name: info.Name.replace(/^\//, ''),
    role,
    running: info.State.Running,
    memoryBytes: info.HostConfig.Memory ?? 0,
    memorySwapBytes: info.HostConfig.MemorySwap ?? 0,
    startLimitLabelBytes: Number.isFinite(label) && label > 0 ? label : undefined,
    startedAt: Date.parse(info.State.StartedAt) || 0,
    oomKilled: Boolean(info.State.OOMKilled),
    pid: info.State.Pid ?? 0,
    cgroupParent: info.HostConfig.CgroupParent ?? '',
    ...(info.Config.Labels?.['com.docker.swarm.service.id'] ? { swarmService: info.Config.Labels['com.docker.swarm.service.id'] } : {}),
  };
}

// Finds the app's production and canary containers by label and follows them through Docker events, so
// containers deployed after the autoscaler started are picked up. When dockerd goes away (restart, socket
// gone) it says so, retries, and on reconnecting lists again so nothing that changed meanwhile is missed.
import type Docker from 'dockerode';
import type { Role } from '../core/config';
import { ROLES } from '../core/config';
import { isNotFound } from '../core/docker';
import { jsonLines } from './json-lines';

export const LABEL_APP = 'slipway.app';
export const LABEL_ROLE = 'slipway.role';
export const LABEL_START_MEMORY = 'slipway.memory.start';

export interface AppContainer {
  id: string;
  name: string;
  role: Role;
  running: boolean;
  /** HostConfig.Memory: 0 when the container has no limit. */
  memoryBytes: number;
  /** HostConfig.MemorySwap: memory + swap, -1 unlimited, 0 unset. */
  memorySwapBytes: number;
  /** From the slipway.memory.start label, when the deploy set it. */
  startLimitLabelBytes?: number;
  startedAt: number;
  oomKilled: boolean;
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

export function watchAppContainers(docker: Docker, app: string, handlers: DiscoveryHandlers, opts: { retryMs?: number; maxRetryMs?: number } = {}): Discovery {
  const retryMs = opts.retryMs ?? 1000;
  const maxRetryMs = opts.maxRetryMs ?? 5000;
  let stopped = false;
  let events: (NodeJS.ReadableStream & { destroy?: () => void }) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;
  let connected = false;
  // events are handled one at a time, in order, so a 'destroy' cannot overtake the inspect of its 'start'
  let queue: Promise<void> = Promise.resolve();

  const inspect = async (id: string): Promise<AppContainer | undefined> => {
    try {
      return appContainerOf(await docker.getContainer(id).inspect());
    } catch (err) {
      if (isNotFound(err)) {
        handlers.onGone(id);
        return undefined;
      }
      throw err;
    }
  };

  const handleEvent = async (e: DockerEvent) => {
    const id = e.Actor?.ID ?? e.id;
    if (!id || e.Type !== 'container' || !isWatchedRole(e.Actor?.Attributes?.[LABEL_ROLE])) return;
    const at = e.timeNano ? Math.round(e.timeNano / 1e6) : (e.time ?? 0) * 1000;
    const action = (e.Action ?? '').split(':')[0];
    if (action === 'destroy') return handlers.onGone(id);
    if (action === 'oom') return handlers.onOom(id, at);
    const c = await inspect(id);
    if (c) handlers.onContainer(c, action as 'start' | 'die' | 'update');
  };

  const connect = async () => {
    timer = undefined;
    if (stopped) return;
    try {
      // events first, then the list: whatever happens in between is seen by one or the other
      const stream = (await docker.getEvents({
        filters: { type: ['container'], label: [`${LABEL_APP}=${app}`], event: WATCHED_EVENTS },
      })) as NodeJS.ReadableStream & { destroy?: () => void };
      if (stopped) return stream.destroy?.();
      events = stream;
      stream.on('end', () => lost(new Error('the Docker event stream ended')));
      stream.on('error', (err: Error) => lost(err));
      jsonLines<DockerEvent>(stream, (e) => {
        queue = queue.then(() => handleEvent(e)).catch((err) => lost(err as Error));
      });
      const listed = await docker.listContainers({ all: true, filters: { label: [`${LABEL_APP}=${app}`, LABEL_ROLE] } });
      const found: AppContainer[] = [];
      for (const entry of listed) {
        if (!isWatchedRole(entry.Labels?.[LABEL_ROLE])) continue;
        const c = await inspect(entry.Id);
        if (c) found.push(c);
      }
      if (stopped) return;
      failures = 0;
      connected = true;
      handlers.onConnection(true);
      handlers.onListed(found.map((c) => c.id));
      for (const c of found) handlers.onContainer(c, 'listed');
    } catch (err) {
      lost(err as Error);
    }
  };

  const lost = (err: Error) => {
    if (stopped || timer) return;
    events?.destroy?.();
    events = undefined;
    if (connected || failures === 0) handlers.onConnection(false, err.message);
    connected = false;
    failures += 1;
    timer = setTimeout(connect, Math.min(retryMs * failures, maxRetryMs));
  };

  void connect();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      events?.destroy?.();
    },
  };
}

function isWatchedRole(role: string | undefined): role is Role {
  return ROLES.includes(role as Role);
}

export function appContainerOf(info: Docker.ContainerInspectInfo): AppContainer | undefined {
  const role = info.Config.Labels?.[LABEL_ROLE];
  if (!isWatchedRole(role)) return undefined;
  const label = Number(info.Config.Labels?.[LABEL_START_MEMORY]);
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
  };
}

// Asks every source on its own beat (traffic, proxy and rollout each second; flags and deploys every 2 s; containers
// every 3 s), keeps the 30-minute history, and hands each tick's state and new points to the event stream.
import type { Context } from '../core/context';
import type { Role } from '../core/config';
import { ProxyAdminClient, type ProxyStatus } from '../proxy/admin-client';
import type { RolloutStatus } from '../rollout/report';
import type { History as DeployHistory } from '../deploy/deploy-history';
import { History, type LimitRaise, type MemoryPoint, type TrafficPoint } from './history';
import * as source from './sources';

export type SourceName = 'traffic' | 'proxy' | 'rollout' | 'containers' | 'flags' | 'deploys';

export interface LiveState {
  app: string;
  at: string;
  proxy: ProxyStatus | null;
  rollout: RolloutStatus | null;
  containers: source.ContainerView[];
  flags: source.FlagsView | null;
  deploys: DeployHistory;
  /** Why a source has nothing to show now (not running, refused, unreachable). */
  problems: Partial<Record<SourceName, string>>;
}

/** What a tick added to the history; the page appends it to its charts. */
export interface Delta {
  traffic: Partial<Record<Role, TrafficPoint>>;
  memory: Record<string, MemoryPoint>;
  raises: LimitRaise[];
}

const TICK_MS = 1000;
const FLAGS_EVERY = 2;
const CONTAINERS_EVERY = 3;

export class Collector {
  readonly history = new History();
  state: LiveState;
  private timer?: NodeJS.Timeout;
  private ticks = 0;
  /** Found since the last tick was sent. */
  private pending: Delta = { traffic: {}, memory: {}, raises: [] };
  private busy = new Set<string>();
  private traffic: source.TrafficReader;
  private proxyClient: ProxyAdminClient;

  constructor(private ctx: Context, private readonly onTick: (state: LiveState, delta: Delta) => void) {
    this.proxyClient = ProxyAdminClient.fromConfig(ctx.config, ctx.secrets);
    this.traffic = new source.TrafficReader(this.proxyClient);
    this.state = { app: ctx.config.app.name, at: new Date().toISOString(), proxy: null, rollout: null, containers: [], flags: null, deploys: { production: [], canary: [] }, problems: {} };
  }

  /** A reloaded config (SIGHUP): the sources are asked where it now says. */
  reconfigure(ctx: Context): void {
    this.ctx = ctx;
    this.proxyClient = ProxyAdminClient.fromConfig(ctx.config, ctx.secrets);
    this.traffic = new source.TrafficReader(this.proxyClient);
  }

  start(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), TICK_MS);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Asks now instead of at the next beat (after an action), so the page shows its effect at once. */
  refresh(): Promise<void> {
    return this.tick(true);
  }

  /**
   * The fast sources are awaited; the slow ones (Docker's stats take a second) run on and land in a later tick. What
   * a tick found enters the history when it is sent, so points reach every page once and in time order.
   */
  private async tick(all = false): Promise<void> {
    const n = this.ticks++;
    if (all || n % FLAGS_EVERY === 0) {
      void this.once('flags', async () => void (this.state.flags = await source.flags(this.ctx)), () => (this.state.flags = null));
      void this.once('deploys', async () => void (this.state.deploys = source.deploys(this.ctx)));
    }
    if (all || n % CONTAINERS_EVERY === 0) void this.once('containers', () => this.readContainers());
    await Promise.all([
      this.once('traffic', async () => {
        const points = await this.traffic.read();
        if (points) Object.assign(this.pending.traffic, points);
      }),
      this.once('proxy', async () => void (this.state.proxy = await source.proxyStatus(this.proxyClient)), () => (this.state.proxy = null)),
      this.once('rollout', async () => void (this.state.rollout = await source.rolloutStatus(this.ctx))),
    ]);
    const delta = this.pending;
    this.pending = { traffic: {}, memory: {}, raises: [] };
    for (const role of ['production', 'canary'] as const) if (delta.traffic[role]) this.history.traffic[role].push(delta.traffic[role]!);
    for (const [name, p] of Object.entries(delta.memory)) {
      const raise = this.history.addMemory(name, p);
      if (raise) delta.raises.push(raise);
    }
    this.history.forgetOld(Math.floor(Date.now() / 1000));
    this.state.at = new Date().toISOString();
    this.onTick(this.state, delta);
  }

  private async readContainers(): Promise<void> {
    const views = await source.containers(this.ctx, await source.autoscalerStatus(this.ctx));
    const t = Math.floor(Date.now() / 1000);
    for (const v of views) {
      if (v.usedBytes === undefined || v.limitBytes === undefined) continue;
      this.pending.memory[v.name] = { t, usedBytes: v.usedBytes, limitBytes: v.limitBytes, cpuPercent: v.cpuPercent ?? null };
    }
    this.state.containers = views;
  }

  /** One read of a source at a time (a slow one skips its beats); a failure is shown as the source's problem. */
  private async once(name: SourceName, read: () => Promise<void>, onFailure?: () => void): Promise<void> {
    if (this.busy.has(name)) return;
    this.busy.add(name);
    try {
      await read();
      delete this.state.problems[name];
    } catch (err) {
      this.state.problems[name] = (err as Error).message ?? String(err);
      onFailure?.();
    } finally {
      this.busy.delete(name);
    }
  }
}

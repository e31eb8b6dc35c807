// Where the dashboard's figures come from, each through the API its owner already serves: the proxy's admin API,
// the rollout controller's, the autoscaler's status, Docker, the flag store and the deploy history file.
import type { Context } from '../core/context';
import { ROLES, type Role } from '../core/config';
import { appContainers, targetUrl } from '../core/app-containers';
import { cpuPercent, memoryUsedBytes, type DockerStats } from '../core/docker-stats';
import { send } from '../core/http-client';
import { ProxyAdminClient, type ProxyStatus } from '../proxy/admin-client';
import { RolloutClient } from '../rollout/client';
import type { RolloutStatus } from '../rollout/report';
import { baseUrlOf } from '../autoscaler/http';
import type { AutoscalerStatus } from '../autoscaler/report';
import { withStore } from '../flags/cli-store';
import type { AuditEntry, FlagEntry } from '../../sdk/flags/store';
import { readHistory, type History as DeployHistory } from '../deploy/deploy-history';
import { trafficPoint, type TrafficPoint } from './history';

export interface ContainerView {
  name: string;
  role: Role;
  image: string;
  revision?: string;
  state: string;
  /** The app's health path answered 200 (null: not running, nothing asked). */
  healthy: boolean | null;
  usedBytes?: number;
  limitBytes?: number;
  cpuPercent?: number;
  /** The autoscaler's last change of this container, when one runs. */
  lastAction?: { at: string; action: string; fromBytes: number; toBytes: number; result: string };
}

export interface FlagsView {
  namespace: string;
  flags: FlagEntry[];
  audit: AuditEntry[];
}

/** Reads each role's new samples since the last call: one chart point per role per call. */
export class TrafficReader {
  private since: Record<Role, number> | undefined;
  private lastAt = 0;

  constructor(private readonly client: ProxyAdminClient) {}

  async read(now = Date.now()): Promise<Record<Role, TrafficPoint> | undefined> {
    const latencies: Record<Role, number[]> = { production: [], canary: [] };
    const errors: Record<Role, number> = { production: 0, canary: 0 };
    let cursor = this.since ?? { production: 0, canary: 0 };
    // a proxy answers at most 50,000 samples a call: a few calls catch up with a busy second
    for (let i = 0; i < 4; i++) {
      const batch = await this.client.samples(cursor);
      for (const role of ROLES) {
        if (this.since) for (const ms of batch[role].latenciesMs) latencies[role].push(ms);
        if (this.since) errors[role] += batch[role].errors;
      }
      // the first read only finds where the ring ends: samples before now have no time to chart them at
      cursor = this.since ? { production: batch.production.next, canary: batch.canary.next } : { production: batch.production.end, canary: batch.canary.end };
      if (!this.since || ROLES.every((r) => batch[r].next >= batch[r].end)) break;
    }
    const first = !this.since;
    this.since = cursor;
    const seconds = (now - this.lastAt) / 1000;
    this.lastAt = now;
    if (first) return undefined;
    const t = Math.floor(now / 1000);
    return { production: trafficPoint(t, seconds, latencies.production, errors.production), canary: trafficPoint(t, seconds, latencies.canary, errors.canary) };
  }
}

export const proxyStatus = (client: ProxyAdminClient): Promise<ProxyStatus> => client.status();

export const rolloutStatus = (ctx: Context): Promise<RolloutStatus | null> => new RolloutClient(ctx.config, ctx.secrets).statusOrNull();

/** The autoscaler's view, or null when none answers (it is optional). */
export async function autoscalerStatus(ctx: Context): Promise<AutoscalerStatus | null> {
  try {
    const r = await send<AutoscalerStatus>({ method: 'GET', url: `${baseUrlOf(ctx.config.autoscaler.metricsListen)}/status`, timeoutMs: 1500 });
    return r.status === 200 && r.json?.app === ctx.config.app.name ? r.json : null;
  } catch {
    return null;
  }
}

/** The app's containers with their health, memory against the limit and CPU (Docker's stats, as `docker stats`). */
export async function containers(ctx: Context, autoscaler: AutoscalerStatus | null): Promise<ContainerView[]> {
  const docker = ctx.docker();
  const list = await appContainers(docker, ctx.config.app.name);
  return Promise.all(list.map(async (c): Promise<ContainerView> => {
    const view: ContainerView = { name: c.name, role: c.role, image: c.image, revision: c.revision, state: c.state, healthy: null };
    const last = autoscaler?.containers.find((x) => x.name === c.name)?.lastAction;
    if (last) view.lastAction = { at: last.at, action: last.action, fromBytes: last.fromBytes, toBytes: last.toBytes, result: last.result };
    if (!c.running) return view;
    const [health, stats] = await Promise.all([
      send({ method: 'GET', url: `${targetUrl(ctx.config.deploy.bindAddress, c.port)}${ctx.config.app.healthPath}`, timeoutMs: 1500 }).then((r) => r.status === 200, () => false),
      (docker.getContainer(c.id).stats({ stream: false }) as Promise<unknown>).then((s) => s as DockerStats, () => undefined),
    ]);
    view.healthy = health;
    if (stats?.memory_stats?.usage) {
      view.usedBytes = memoryUsedBytes(stats.memory_stats);
      view.limitBytes = stats.memory_stats.limit ?? 0;
      view.cpuPercent = Math.round(cpuPercent(stats) * 10) / 10;
    }
    return view;
  }));
}

export function flags(ctx: Context): Promise<FlagsView> {
  return withStore(ctx, async (store) => ({ namespace: store.namespace, flags: (await store.list()).flags, audit: await store.audit({ limit: 30 }) }));
}

export const deploys = (ctx: Context): DeployHistory => readHistory(ctx.config.stateDir, ctx.config.app.name);

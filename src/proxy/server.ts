// Starts the proxy (data plane + admin API) and stops it gracefully: stop accepting, let in-flight requests
// finish for up to drainTimeoutSec, then close what is left and flush the state file.
import { UsageError } from '../core/errors';
import { pollUntil } from '../core/deadline';
import { closeServer } from '../core/http-server';
import { listenTakingOver } from '../core/handover';
import { parseTarget } from './address';
import { formatHostPort, isLoopbackHost, type HostPort } from '../core/listen-address';
import cluster from 'node:cluster';
import { createAdminServer, type AdminAccess } from './admin-api';
import { ProxyCore, type CoreOptions } from './core';
import { createDataPlane, type DataPlane } from './data-plane';
import { LocalStateBus, type CanaryStateBus } from './state-bus';
import { RedisStateBus } from './redis-state-bus';
import { startProxyPrimary } from './cluster-primary';
import { startProxyWorker } from './cluster-worker';

export interface ProxyOptions extends CoreOptions {
  listen: HostPort;
  admin: HostPort;
  /** SLIPWAY_ADMIN_TOKEN; without it the admin API only binds a loopback address. */
  adminToken?: string;
  /** SLIPWAY_WEBHOOK_TOKEN: Datadog's token, good for POST /alerts/datadog only. */
  webhookToken?: string;
  /** Where PUT /backends may point a role (proxy.allowedBackends); the start targets always may. */
  allowedBackends?: string[];
  maxHeaderBytes: number;
  idleTimeoutMs: number;
  /** Data-plane processes (proxy.workers, resolved: 0 became the number of cores); 1 or absent: this process alone. */
  workers?: number;
  /** Where proxy instances share the canary's state (proxy.sharedState); absent: this host's processes only. */
  sharedState?: { url: string; key: string };
}

export interface RunningProxy {
  core: ProxyCore;
  /** The bound addresses (port 0 in the options becomes the real port here). */
  listen: HostPort;
  admin: HostPort;
  /** Graceful: resolves when every request has finished (or the drain timeout passed) and state is on disk. */
  stop(): Promise<void>;
  /** A worker stops when its primary says so (or goes away), not on a signal: this resolves then, with why. */
  stopRequested?: Promise<string>;
  /** After a reload (SIGHUP) changed the core's options: the workers of a multi-process proxy take them too. */
  reconfigured?: (opts: ProxyOptions) => void;
}

/** Every check that needs no side effect, so a bad option fails before anything listens. */
export function checkProxyOptions(opts: ProxyOptions): void {
  if (!opts.adminToken && !isLoopbackHost(opts.admin.host)) {
    throw new UsageError(
      `proxy.admin: ${formatHostPort(opts.admin)} is not a loopback address and SLIPWAY_ADMIN_TOKEN is not set, so anyone who reaches it could eject the canary or re-point production`,
      'set SLIPWAY_ADMIN_TOKEN in the environment, or bind the admin API to 127.0.0.1',
    );
  }
  parseTarget(opts.routing.production, 'production');
  if (opts.routing.canary) parseTarget(opts.routing.canary, 'canary');
  for (const url of opts.allowedBackends ?? []) parseTarget(url, 'proxy.allowedBackends');
}

export function adminAccess(opts: ProxyOptions): AdminAccess {
  const start = [opts.routing.production, ...(opts.routing.canary ? [opts.routing.canary] : [])];
  return { adminToken: opts.adminToken, webhookToken: opts.webhookToken, allowedBackends: [...start, ...(opts.allowedBackends ?? [])] };
}

/** The bus this proxy shares the canary's state on: Redis when proxy.sharedState says so, else its own. */
export async function stateBusFor(opts: ProxyOptions): Promise<CanaryStateBus> {
  if (!opts.sharedState) return new LocalStateBus();
  const bus = new RedisStateBus({ ...opts.sharedState, log: opts.log });
  await bus.start();
  return bus;
}

/** One process, or with proxy.workers > 1 a primary (admin API, state file, shared state) and its data-plane workers. */
export async function startProxy(opts: ProxyOptions): Promise<RunningProxy> {
  checkProxyOptions(opts);
  if (cluster.isWorker) return startProxyWorker(opts);
  const bus = await stateBusFor(opts);
  if ((opts.workers ?? 1) > 1) return startProxyPrimary(opts, bus);
  const core = new ProxyCore(opts);
  const plane = createDataPlane(core, opts);
  const { server } = plane;
  const admin = createAdminServer(core, adminAccess(opts), opts.log);
  let listen: HostPort, adminAt: HostPort;
  try {
    await core.join(bus);
    listen = await listenTakingOver(server, opts.listen, 'proxy.listen', opts.log);
    adminAt = await listenTakingOver(admin, opts.admin, 'proxy.admin', opts.log);
  } catch (err) {
    server.close();
    plane.http.close();
    admin.close();
    await core.close();
    throw err;
  }
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await drainDataPlane(core, plane, opts);
      const adminClosed = closeServer(admin);
      admin.closeAllConnections();
      await adminClosed;
      await core.close();
    })());
  return { core, listen, admin: adminAt, stop };
}

/** Stops accepting, lets requests in flight finish for up to drainTimeoutSec, then closes what is left. */
export async function drainDataPlane(core: ProxyCore, plane: DataPlane, opts: ProxyOptions): Promise<void> {
  core.closing = true;
  plane.server.close();
  plane.http.close(); // closes its idle connections and stops its deadline checks
  for (const c of plane.connections) if (c.idle) c.socket.destroy();
  const drained = await pollUntil(() => core.inFlight === 0, opts.drainTimeoutSec * 1000, 20);
  if (!drained) opts.log(`drain timeout: closing ${core.inFlight} request(s) still in flight after ${opts.drainTimeoutSec}s`);
  plane.http.closeAllConnections();
  for (const c of plane.connections) c.socket.destroy();
  for (const t of plane.tunnels) t.destroy();
}

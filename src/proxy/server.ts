// Starts the proxy (data plane + admin API) and stops it gracefully: stop accepting, let in-flight requests
// finish for up to drainTimeoutSec, then close what is left and flush the state file.
import { UsageError } from '../core/errors';
import { pollUntil } from '../core/deadline';
import { closeServer } from '../core/http-server';
import { listenTakingOver } from '../core/handover';
import { parseTarget } from './address';
import { formatHostPort, isLoopbackHost, type HostPort } from '../core/listen-address';
import { createAdminServer, type AdminAccess } from './admin-api';
import { ProxyCore, type CoreOptions } from './core';
import { createDataPlane } from './data-plane';

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
}

export interface RunningProxy {
  core: ProxyCore;
  /** The bound addresses (port 0 in the options becomes the real port here). */
  listen: HostPort;
  admin: HostPort;
  /** Graceful: resolves when every request has finished (or the drain timeout passed) and state is on disk. */
  stop(): Promise<void>;
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

function adminAccess(opts: ProxyOptions): AdminAccess {
  const start = [opts.routing.production, ...(opts.routing.canary ? [opts.routing.canary] : [])];
  return { adminToken: opts.adminToken, webhookToken: opts.webhookToken, allowedBackends: [...start, ...(opts.allowedBackends ?? [])] };
}

export async function startProxy(opts: ProxyOptions): Promise<RunningProxy> {
  checkProxyOptions(opts);
  const core = new ProxyCore(opts);
  const { server, tunnels } = createDataPlane(core, opts);
  const admin = createAdminServer(core, adminAccess(opts), opts.log);
  let listen: HostPort, adminAt: HostPort;
  try {
    listen = await listenTakingOver(server, opts.listen, 'proxy.listen', opts.log);
    adminAt = await listenTakingOver(admin, opts.admin, 'proxy.admin', opts.log);
  } catch (err) {
    server.close();
    admin.close();
    await core.close();
    throw err;
  }
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      core.closing = true;
      server.close();
      server.closeIdleConnections();
      const drained = await pollUntil(() => core.inFlight === 0, opts.drainTimeoutSec * 1000, 20);
      if (!drained) opts.log(`drain timeout: closing ${core.inFlight} request(s) still in flight after ${opts.drainTimeoutSec}s`);
      server.closeAllConnections();
      for (const t of tunnels) t.destroy();
      const adminClosed = closeServer(admin);
      admin.closeAllConnections();
      await adminClosed;
      await core.close();
    })());
  return { core, listen, admin: adminAt, stop };
}

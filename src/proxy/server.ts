// Starts the proxy (data plane + admin API) and stops it gracefully: stop accepting, let in-flight requests
// finish for up to drainTimeoutSec, then close what is left and flush the state file.
import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { StepFailed, UsageError } from '../core/errors';
import { parseTarget } from './address';
import { formatHostPort, isLoopbackHost, type HostPort } from '../core/listen-address';
import { createAdminServer } from './admin-api';
import { ProxyCore, type CoreOptions } from './core';
import { createDataPlane } from './data-plane';

export interface ProxyOptions extends CoreOptions {
  listen: HostPort;
  admin: HostPort;
  /** SLIPWAY_ADMIN_TOKEN; without it the admin API only binds a loopback address. */
  adminToken?: string;
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
}

export async function startProxy(opts: ProxyOptions): Promise<RunningProxy> {
  checkProxyOptions(opts);
  const core = new ProxyCore(opts);
  const { server, tunnels } = createDataPlane(core, opts);
  const admin = createAdminServer(core, opts.adminToken);
  try {
    await listen(server, opts.listen, 'proxy.listen');
    await listen(admin, opts.admin, 'proxy.admin');
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
      const deadline = Date.now() + opts.drainTimeoutSec * 1000;
      while (core.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      if (core.inFlight > 0) opts.log(`drain timeout: closing ${core.inFlight} request(s) still in flight after ${opts.drainTimeoutSec}s`);
      server.closeAllConnections();
      for (const t of tunnels) t.destroy();
      admin.close();
      admin.closeAllConnections();
      await core.close();
    })());
  return { core, listen: bound(server, opts.listen), admin: bound(admin, opts.admin), stop };
}

function listen(server: http.Server, at: HostPort, field: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      const hint = err.code === 'EADDRINUSE' ? `another process listens on ${formatHostPort(at)}: stop it, or set ${field} to a free port` : `check ${field}`;
      reject(new StepFailed(`${field}: cannot listen on ${formatHostPort(at)} (${err.code ?? err.message})`, hint));
    };
    server.once('error', onError);
    server.listen(at.port, at.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function bound(server: http.Server, at: HostPort): HostPort {
  const addr = server.address() as AddressInfo;
  return { host: at.host, port: addr.port };
}

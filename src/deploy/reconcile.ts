// A deploy starts here: every container of the role against what the proxy routes to and what the history recorded.
// One container serves (the keeper); anything else is debris of an interrupted deploy, drained and removed before a
// new container starts — and the new container's port must be free, so only the new container can answer on it.
import * as fs from 'node:fs';
import * as net from 'node:net';
import type { Config, Role } from '../core/config';
import type { Action } from '../core/plan';
import type { ProxyView } from '../proxy/proxy-control';
import type { ProxyControl } from '../proxy/proxy-control';
import type { History } from './deploy-history';
import { targetUrl, type AppContainer } from '../core/app-containers';
import { dockerCall, dockerPath, inProcess, stopAndRemove } from '../core/actions';
import { pollUntil } from '../core/deadline';
import { StepFailed } from '../core/errors';

export interface Reconciled {
  /** The container that serves the role now: the proxy's target, else the last recorded deploy, else the newest. */
  keeper?: AppContainer;
  /** Every other container of the role: started by a deploy that never finished, or replaced and not yet removed. */
  leftovers: AppContainer[];
  /** The keeper's switch was verified (the proxy routes to it) but the history does not have it yet. */
  unrecorded: boolean;
}

export function reconcile(opts: { config: Config; role: Role; current: AppContainer[]; proxyView: ProxyView | null; history: History }): Reconciled {
  const { config, role, current, proxyView, history } = opts;
  const running = current.filter((c) => c.running);
  const url = (c: AppContainer) => targetUrl(config.deploy.bindAddress, c.port);
  const routed = proxyView?.backends.find((b) => b.role === role)?.target;
  const recorded = history[role][history[role].length - 1]?.deployId;
  const byProxy = routed ? running.find((c) => url(c) === routed) : undefined;
  const byHistory = running.find((c) => c.deployId === recorded);
  const everRecorded = running.find((c) => history[role].some((d) => d.deployId === c.deployId));
  // with nothing to go by, the oldest: the newest may be a deploy that was never verified
  const keeper = byProxy ?? byHistory ?? everRecorded ?? running[running.length - 1];
  return { keeper, leftovers: current.filter((c) => c !== keeper), unrecorded: Boolean(byProxy && byProxy.deployId !== recorded) };
}

/** Drain (when the proxy still finishes requests on it) and remove each leftover; stopped ones just go. */
export function leftoverActions(config: Config, leftovers: AppContainer[], control: ProxyControl, proxyView: ProxyView | null): Action[] {
  return leftovers.flatMap((c) => {
    if (!c.running) return [dockerCall(`remove ${c.name}, left ${c.state} by an earlier deploy`, { method: 'DELETE', path: dockerPath(`/containers/${c.name}`, { force: true }), ok: [404] })];
    const url = targetUrl(config.deploy.bindAddress, c.port);
    const draining = proxyView?.draining.some((d) => d.target === url && d.inFlight > 0);
    return [
      ...(draining ? [control.drained(url, config.deploy.drainTimeoutSec * 1000, `let in-flight requests on ${c.name} finish (up to ${config.deploy.drainTimeoutSec} s)`)] : []),
      ...stopAndRemove(c.name, config.deploy.drainTimeoutSec, 'not served by the proxy: left by an interrupted deploy'),
    ];
  });
}

/** Waits (briefly: a removed container's port frees at once) until nothing listens on host:port, else fails naming it. */
export function portFree(config: Config, port: number, role: Role): Action<void> {
  const host = config.deploy.bindAddress;
  return inProcess('check', `check that port ${port} on ${host} is free, so only the new container can answer there`, { host, port }, async () => {
    if (await pollUntil(() => canBind(host, port), 10_000, 200)) return;
    const range = ephemeralRange();
    const outgoing = range && port >= range[0] && port <= range[1]
      ? `; it is inside the kernel's ephemeral range ${range[0]}-${range[1]}, where any outgoing connection may take it, so move deploy.${role}.port below ${range[0]}`
      : '';
    throw new StepFailed(
      `port ${port} on ${host} is in use by a process that is not a container of ${config.app.name}'s ${role}`,
      `find it with \`ss -tanp 'sport = :${port}'\` and stop it, or give deploy.${role}.port (and deploy.standbyPortOffset) ports nothing else uses${outgoing}`,
    );
  });
}

/** The ports the kernel gives outgoing connections (net.ipv4.ip_local_port_range), when it can be read. */
function ephemeralRange(): [number, number] | undefined {
  try {
    const [low, high] = fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    return low > 0 && high >= low ? [low, high] : undefined;
  } catch {
    return undefined;
  }
}

/** Binding is what the app will do: refused here means refused there (EACCES: we cannot tell, so ask by connecting). */
function canBind(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EACCES' ? nobodyAnswers(host, port).then(resolve) : resolve(false)));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function nobodyAnswers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: host === '0.0.0.0' ? '127.0.0.1' : host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

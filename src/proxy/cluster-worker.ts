// A data-plane worker of a multi-process proxy (proxy.workers > 1): it serves the connections its primary deals it,
// takes the canary's state from its primary and sends its own decisions (a passive ejection) there,
// and answers the primary's questions (status, metrics, samples) so the admin API can add every worker up.
import type { Socket } from 'node:net';
import { DealtConnections } from './connection-dealer';
import { ProxyCore } from './core';
import { createDataPlane } from './data-plane';
import { parseChange, type CanaryStateBus, type SequencedChange, type StateChange } from './state-bus';
import { drainDataPlane, type ProxyOptions, type RunningProxy } from './server';
import type { ClusterMessage, Query, ReconfigurableOptions } from './cluster-primary';

/** The worker's end of the cluster IPC: proposals go up, the primary's numbered changes come down. */
class WorkerStateBus implements CanaryStateBus {
  private onChange: ((c: SequencedChange) => void) | undefined;
  private snapshotWaiting: ((changes: SequencedChange[]) => void) | undefined;

  publish(change: StateChange): void {
    send({ slipway: 'publish', change });
  }

  subscribe(onChange: (c: SequencedChange) => void): void {
    this.onChange = onChange;
  }

  snapshot(): Promise<SequencedChange[]> {
    return new Promise((resolve) => {
      this.snapshotWaiting = resolve;
      send({ slipway: 'snapshot' });
    });
  }

  receive(message: ClusterMessage): void {
    if (message.slipway === 'change') {
      const c = parseChange(message.c);
      if (c) this.onChange?.(c);
    } else if (message.slipway === 'snapshot' && message.changes) {
      this.snapshotWaiting?.(message.changes.map(parseChange).filter((c): c is SequencedChange => c !== undefined));
      this.snapshotWaiting = undefined;
    }
  }

  async close(): Promise<void> {
    this.onChange = undefined;
  }
}

function send(message: ClusterMessage): void {
  if (process.connected) process.send!(message);
}

function answer(core: ProxyCore, query: Query): unknown {
  if (query.what === 'status') return core.status();
  if (query.what === 'metrics') {
    const g = core.gauges();
    return { counters: core.metrics.counters(), inFlight: [g.inFlight('production'), g.inFlight('canary')] };
  }
  return { production: core.samples[0].withFlags(query.from[0]), canary: core.samples[1].withFlags(query.from[1]) };
}

export async function startProxyWorker(opts: ProxyOptions): Promise<RunningProxy> {
  // the primary decides when the workers stop: a terminal's Ctrl-C reaches the whole process group, the primary too
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => undefined);
  // the primary logs the state changes once for all; a worker logs what only it sees (its data plane's troubles)
  const primaryLog = opts.log;
  const log = (m: string) => m.includes('by another proxy process') || primaryLog(`worker ${process.pid}: ${m}`);
  opts = { ...opts, log };
  const core = new ProxyCore({ ...opts, follower: true });
  const bus = new WorkerStateBus();
  let stopRequested!: (why: string) => void;
  const stopping = new Promise<string>((resolve) => (stopRequested = resolve));
  const dealt = new DealtConnections(send);
  // connections come once the primary has our 'ready'
  const plane = createDataPlane(core, opts);
  const serve = (socket: Socket) => plane.server.emit('connection', socket);
  process.on('message', (message: ClusterMessage, socket?: Socket) => {
    if (message?.slipway === 'connection' && socket) dealt.take(socket, serve, !core.closing);
    else if (message?.slipway === 'query') send({ slipway: 'reply', id: message.id, value: answer(core, message.query) });
    else if (message?.slipway === 'reconfigure') core.reconfigure({ ...core.opts, ...(message.opts as ReconfigurableOptions) });
    else if (message?.slipway === 'stop') stopRequested('asked by the primary');
    else bus.receive(message);
  });
  process.once('disconnect', () => stopRequested('the primary went away'));
  await core.join(bus);
  send({ slipway: 'ready' });
  let stopped: Promise<void> | undefined;
  // once drained, the IPC channel is all that would keep the worker's process alive
  const stop = () => (stopped ??= drainDataPlane(core, plane, opts).then(() => core.close()).then(() => void (process.connected && process.disconnect())));
  return { core, listen: opts.listen, admin: opts.admin, stop, stopRequested: stopping };
}

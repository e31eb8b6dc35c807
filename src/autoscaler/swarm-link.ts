// On a swarm (`autoscaler run --swarm-peers tasks.<service>`, as the global service runs it) each task serves its
// node's readings on the overlay, and the task on the leader manager, which alone may update a service, gathers the
// other tasks' readings and decides for every node; the others decide nothing. Leadership is checked again every 5 s.
import type { EngineApi } from '../core/engine-api';
import type { Logger } from '../core/log';
import { closeServer, createJsonServer, json, listenOn } from '../core/http-server';
import { PEER_PORT, READINGS_PATH, PeerPoller, staleAfterMs, type NodeReadings } from './peers';
import type { AutoscalerStatus } from './report';
import type { MemoryAutoscaler } from './watcher';

const ROLE_CHECK_MS = 5000;

export interface SwarmLinkOptions {
  engine: EngineApi;
  autoscaler: MemoryAutoscaler;
  /** The DNS name of every autoscaler task: tasks.<service>. */
  peers: string;
  /** SLIPWAY_ADMIN_TOKEN: what a peer's request for readings must carry. */
  token: string;
  tickMs: () => number;
  log: Logger;
}

export interface SwarmLink {
  status(): NonNullable<AutoscalerStatus['swarm']>;
  stop(): Promise<void>;
}

interface EngineInfo {
  Name?: string;
  Swarm?: { NodeID?: string; NodeAddr?: string; ControlAvailable?: boolean; LocalNodeState?: string };
}

export async function startSwarmLink(o: SwarmLinkOptions): Promise<SwarmLink> {
  let node: string | undefined;
  let poller: PeerPoller | undefined;
  let complaint: string | undefined;
  const server = createJsonServer({
    name: 'autoscaler peers',
    routes: [{ method: 'GET', path: READINGS_PATH, auth: [{ name: 'SLIPWAY_ADMIN_TOKEN', value: o.token }], handle: () => json({ node: node ?? 'unknown', containers: o.autoscaler.readings() } satisfies NodeReadings) }],
  });
  await listenOn(server, { host: '0.0.0.0', port: PEER_PORT }, 'the autoscaler peer port', `port ${PEER_PORT} is taken in this task's network namespace`);

  const checkRole = async (): Promise<void> => {
    try {
      const info = (await o.engine.request({ method: 'GET', path: '/info' })) as EngineInfo;
      node = info.Swarm?.NodeAddr || info.Name;
      const self = info.Swarm?.ControlAvailable && info.Swarm.NodeID ? ((await o.engine.request({ method: 'GET', path: `/nodes/${info.Swarm.NodeID}` })) as { ManagerStatus?: { Leader?: boolean } }) : undefined;
      const leader = Boolean(self?.ManagerStatus?.Leader);
      if (leader && !poller) {
        poller = new PeerPoller({ name: o.peers, token: o.token, periodMs: o.tickMs(), ageOutMs: staleAfterMs(o.tickMs()), log: o.log, handlers: { onReadings: (p, r, at) => o.autoscaler.onPeerReadings(p, r, at), onLost: (p, why) => o.autoscaler.forgetPeer(p, why) } });
        poller.start();
      } else if (!leader && poller) {
        poller.stop();
        poller = undefined;
      }
      o.autoscaler.setDeciding(leader, node);
      complaint = undefined;
    } catch (err) {
      // dockerd out of reach: the role stays as it was until it answers again
      const why = (err as Error).message;
      if (complaint !== why) o.log.warn(`autoscaler: cannot tell whether this node leads the swarm: ${why}`);
      complaint = why;
    }
  };
  await checkRole();
  const timer = setInterval(() => void checkRole(), ROLE_CHECK_MS);
  return {
    status: () => ({ node, deciding: Boolean(poller), peers: poller?.view() ?? [] }),
    stop: async () => {
      clearInterval(timer);
      poller?.stop();
      await closeServer(server);
    },
  };
}

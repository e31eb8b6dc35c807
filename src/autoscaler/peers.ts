// The readings the autoscaler tasks of a swarm exchange on the overlay: each task reads its own node's app tasks and
// serves them; the deciding task (on the leader manager) polls every other task, which `tasks.<service>` names
// (Docker's DNS answers with every task's address), and forgets a peer's containers once it has not answered for a while.
import * as dns from 'node:dns/promises';
import * as os from 'node:os';
import type { Logger } from '../core/log';
import { bearerAuth, send } from '../core/http-client';
import type { AppContainer } from './discovery';
import type { CgroupSample } from './cgroup-sampler';
import type { Watched } from './watched';

/** Where each task serves its node's readings, on its own overlay address (never published on a host). */
export const PEER_PORT = 9465;
export const READINGS_PATH = '/readings';
/** An OOM kill older than this when first heard of is history (a restarted leader), not news. */
export const OOM_NEWS_MS = 60_000;
const RESOLVE_EVERY_MS = 2000;

export interface ContainerReading {
  container: AppContainer;
  /** Its last sample: `at` on the peer's clock (to tell a new one), `ageMs` old when the reading was served. */
  sample?: { at: number; ageMs: number; usedBytes: number; limitBytes: number; cpuPercent: number };
  source?: 'cgroup' | 'stats';
  /** OOM kills seen since the peer watched it: how many, and the last one's age and source. */
  oom?: { seq: number; ageMs: number; source: string };
}

export interface NodeReadings {
  /** The node's swarm address (its hostname where it has none). */
  node: string;
  containers: ContainerReading[];
}

/** A container of this node as the deciding task reads it. */
export function readingOf(w: Watched, now: number): ContainerReading {
  return {
    container: w.container,
    source: w.source,
    ...(w.latest && { sample: { at: w.latest.at, ageMs: now - w.latest.at, usedBytes: w.latest.usedBytes, limitBytes: w.limitBytes, cpuPercent: w.latest.cpuPercent } }),
    ...(w.oomSeen && { oom: { seq: w.oomSeen.seq, ageMs: now - w.oomSeen.at, source: w.oomSeen.source } }),
  };
}

/** A peer's reading of `w` taken in (times moved to this clock): the OOM kill and the sample that are news, if any. */
export function takeReading(w: Watched, r: ContainerReading, receivedAt: number, tickMs: number): { oom?: { at: number; source: string }; sample?: CgroupSample; periodMs: number } {
  w.container = r.container;
  w.source = r.source;
  if (!w.updating) w.limitBytes = r.container.memoryBytes;
  const out: ReturnType<typeof takeReading> = { periodMs: tickMs };
  // a kill counted before this task first heard of the container is news only when it is recent (a restarted leader)
  if (r.oom && r.oom.seq > (w.oomSeen?.seq ?? 0) && (w.oomSeen || r.oom.ageMs < OOM_NEWS_MS)) out.oom = { at: receivedAt - r.oom.ageMs, source: r.oom.source };
  if (r.oom) w.oomSeen = { seq: r.oom.seq, at: receivedAt - r.oom.ageMs, source: r.oom.source };
  const s = r.sample;
  // a stalled peer's old sample is not decided on
  if (s && r.container.running && s.at !== w.remoteSampleAt && s.ageMs < staleAfterMs(tickMs)) {
    out.periodMs = Math.max(tickMs, w.remoteSampleAt === undefined ? 0 : s.at - w.remoteSampleAt);
    w.remoteSampleAt = s.at;
    out.sample = { at: receivedAt - s.ageMs, usedBytes: s.usedBytes, limitBytes: s.limitBytes, cpuPercent: s.cpuPercent };
  }
  return out;
}

/** How long a peer may stay silent (or a sample stay unchanged) before its readings count as gone. */
export const staleAfterMs = (tickMs: number): number => Math.max(5000, 20 * tickMs);

export interface PeerHandlers {
  onReadings(peer: string, readings: NodeReadings, receivedAt: number): void;
  /** The peer's task is gone from the service, or has not answered for ageOutMs: its containers are no longer watched. */
  onLost(peer: string, why: string): void;
}

export interface PeerView {
  address: string;
  node?: string;
  lastHeard?: string;
  lost: boolean;
}

interface Peer {
  lastHeard: number;
  busy: boolean;
  lost: boolean;
  node?: string;
  complained?: string;
}

/** Polls every other task of the autoscaler service each periodMs, one request per peer at a time. */
export class PeerPoller {
  private readonly peers = new Map<string, Peer>();
  private readonly self: Set<string>;
  private pollTimer?: NodeJS.Timeout;
  private resolveTimer?: NodeJS.Timeout;

  constructor(private readonly o: { name: string; token: string; periodMs: number; ageOutMs: number; log: Logger; handlers: PeerHandlers; now?: () => number }) {
    this.self = new Set(Object.values(os.networkInterfaces()).flat().map((i) => i?.address ?? ''));
  }

  start(): void {
    void this.resolve();
    this.resolveTimer = setInterval(() => void this.resolve(), RESOLVE_EVERY_MS);
    this.pollTimer = setInterval(() => this.poll(), this.o.periodMs);
  }

  stop(): void {
    clearInterval(this.pollTimer);
    clearInterval(this.resolveTimer);
    for (const address of this.peers.keys()) this.o.handlers.onLost(address, 'this task no longer decides');
    this.peers.clear();
  }

  view(): PeerView[] {
    return [...this.peers].map(([address, p]) => ({ address, node: p.node, lost: p.lost, ...(p.lastHeard ? { lastHeard: new Date(p.lastHeard).toISOString() } : {}) }));
  }

  private now(): number {
    return (this.o.now ?? Date.now)();
  }

  private async resolve(): Promise<void> {
    let found: string[];
    try {
      found = (await dns.lookup(this.o.name, { all: true, family: 4 })).map((a) => a.address).filter((a) => !this.self.has(a));
    } catch {
      return; // DNS out of reach for a moment: the peers age out on their own if they are really gone
    }
    for (const address of found) if (!this.peers.has(address)) this.peers.set(address, { lastHeard: 0, busy: false, lost: false });
    for (const address of [...this.peers.keys()]) {
      if (found.includes(address)) continue;
      this.peers.delete(address);
      this.o.handlers.onLost(address, `its task left ${this.o.name}`);
    }
  }

  private poll(): void {
    for (const [address, peer] of this.peers) {
      if (peer.busy) continue;
      peer.busy = true;
      void this.pollOne(address, peer).finally(() => (peer.busy = false));
    }
  }

  private async pollOne(address: string, peer: Peer): Promise<void> {
    const since = peer.lastHeard || this.now();
    try {
      const res = await send<NodeReadings>({ method: 'GET', url: `http://${address}:${PEER_PORT}${READINGS_PATH}`, headers: bearerAuth(this.o.token), timeoutMs: Math.max(1000, this.o.ageOutMs / 2), maxBytes: 4 << 20 });
      if (res.status !== 200 || !Array.isArray(res.json?.containers)) throw new Error(`HTTP ${res.status}${res.json ? '' : ', not JSON'}`);
      if (!this.peers.has(address)) return;
      if (peer.lost || peer.complained) this.o.log.info(`autoscaler: the peer ${address} (node ${res.json.node}) answers again`);
      Object.assign(peer, { lastHeard: this.now(), lost: false, complained: undefined, node: String(res.json.node) });
      this.o.handlers.onReadings(address, res.json, peer.lastHeard);
    } catch (err) {
      const why = (err as Error).message;
      if (peer.complained !== why) this.o.log.warn(`autoscaler: no readings from the peer ${address}${peer.node ? ` (node ${peer.node})` : ''}: ${why}`);
      peer.complained = why;
      if (!peer.lost && this.now() - since > this.o.ageOutMs && this.peers.has(address)) {
        peer.lost = true;
        this.o.handlers.onLost(address, `no reading for ${Math.round(this.o.ageOutMs / 1000)} s`);
      }
    }
  }
}

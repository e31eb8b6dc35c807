// A backend is one role's current target with its keep-alive pools; re-pointing a role retires the old one, which
// finishes its in-flight requests before its connections close. A target named by a host name that resolves to
// several addresses (a Swarm service: one per task) gets a pool per address, so requests are spread over them and a
// retry can avoid the address that just failed.
import * as dns from 'node:dns';
import * as net from 'node:net';
import type { Role } from '../core/config';
import { pollUntil } from '../core/deadline';
import type { Target } from './address';
import { UpstreamPool } from './upstream';

/** An open upgraded connection to this backend (see tunnel.ts). */
export interface OpenTunnel {
  close(): void;
}

export interface PoolOptions {
  requestTimeoutMs: number;
  connectTimeoutMs?: number;
  /** How often a host name target is looked up again (its tasks come and go). */
  resolveEveryMs?: number;
  /** The name's addresses now (default: the system resolver, which on a Swarm overlay is Docker's DNS). */
  lookup?: (host: string) => Promise<string[]>;
}

const systemLookup = async (host: string): Promise<string[]> => (await dns.promises.lookup(host, { all: true })).map((a) => a.address);

/** How long an address whose connection was refused or reset is passed over while others remain. */
const SUSPECT_MS = 5_000;
/** A task that has gone leaves an address nothing answers at (no refusal on an overlay): with other tasks to try,
 *  a connection not made within this long is given up sooner than a lone backend's would be. */
const TASK_CONNECT_TIMEOUT_MS = 1_000;

export class Backend {
  /** Requests and open tunnels on this target. */
  inFlight = 0;
  readonly tunnels = new Set<OpenTunnel>();
  readonly roleIndex: 0 | 1;
  /** One pool per address; for an IP literal (or a name not resolved yet) the target itself. */
  private pools: UpstreamPool[];
  private byName: UpstreamPool | undefined;
  private readonly byAddress = new Map<string, UpstreamPool>();
  private readonly suspectUntil = new WeakMap<UpstreamPool, number>();
  private next = 0;
  private readonly resolver: NodeJS.Timeout | undefined;
  private closed = false;
  private resolving = false;

  constructor(readonly role: Role, readonly target: Target, private readonly opts: PoolOptions) {
    this.roleIndex = role === 'production' ? 0 : 1;
    this.pools = [this.newPool(target.host)];
    if (net.isIP(target.host)) return;
    this.byName = this.pools[0];
    void this.resolve();
    this.resolver = setInterval(() => void this.resolve(), opts.resolveEveryMs ?? 1_000).unref();
  }

  /** A pool with the timeout of a name that has one address; resolve() shortens it once the name has more. */
  private newPool(host: string): UpstreamPool {
    return new UpstreamPool(host, this.target.port, { connectTimeoutMs: this.connectTimeout(false), requestTimeoutMs: this.opts.requestTimeoutMs, keepAliveMs: 4_000 });
  }

  private connectTimeout(oneOfMany: boolean): number {
    return (oneOfMany ? TASK_CONNECT_TIMEOUT_MS : this.opts.connectTimeoutMs) ?? Math.min(5000, this.opts.requestTimeoutMs);
  }

  /** The hot path: the next address round-robin, passing over `avoid` and addresses that just failed while others remain. */
  pick(avoid?: UpstreamPool): UpstreamPool {
    const pools = this.pools;
    if (pools.length === 1) return pools[0];
    const now = Date.now();
    for (let i = 0; i < pools.length; i++) {
      const pool = pools[(this.next + i) % pools.length];
      if (pool === avoid || (this.suspectUntil.get(pool) ?? 0) > now) continue;
      this.next = (this.next + i + 1) % pools.length;
      return pool;
    }
    return pools.find((p) => p !== avoid) ?? pools[0];
  }

  /** A connection to this address failed: others take its requests for a while, and the name is looked up again now. */
  suspect(pool: UpstreamPool): void {
    if (this.pools.length < 2) return;
    this.suspectUntil.set(pool, Date.now() + SUSPECT_MS);
    void this.resolve();
  }

  /** The addresses the name has now; a failed lookup keeps the last ones (a retry of an unknown name fails as before). */
  private async resolve(): Promise<void> {
    if (this.resolving) return; // one lookup at a time, however many failures ask for one
    this.resolving = true;
    let found: string[];
    try {
      found = await (this.opts.lookup ?? systemLookup)(this.target.host);
    } catch {
      return;
    } finally {
      this.resolving = false;
    }
    if (this.closed || !found.length) return;
    const addresses = [...new Set(found)].sort();
    const pools = addresses.map((a) => this.byAddress.get(a) ?? this.byAddress.set(a, this.newPool(a)).get(a)!);
    // the name's count of addresses decides, now: a task that was alone gets the short timeout once a second one appears
    for (const pool of pools) pool.opts.connectTimeoutMs = this.connectTimeout(addresses.length > 1);
    const gone = [...this.byAddress].filter(([a]) => !addresses.includes(a));
    for (const [address, pool] of gone) {
      this.byAddress.delete(address);
      void pool.close().catch(() => undefined); // lets its in-flight requests finish
    }
    if (this.byName) void this.byName.close().catch(() => undefined); // the name's own pool, until the first answer
    this.byName = undefined;
    this.pools = pools;
  }

  /** Resolves when every request and tunnel on this target has finished (or after maxMs), then closes what is left. */
  async retire(maxMs: number): Promise<void> {
    await pollUntil(() => this.inFlight === 0, maxMs, 25);
    this.closeTunnels();
    await this.destroy();
  }

  async destroy(): Promise<void> {
    this.closed = true;
    clearInterval(this.resolver);
    const all = new Set([...this.pools, ...this.byAddress.values(), ...(this.byName ? [this.byName] : [])]);
    await Promise.all([...all].map((p) => p.destroy().catch(() => undefined)));
  }

  closeTunnels(): void {
    for (const t of [...this.tunnels]) t.close();
  }
}

// A backend is one role's current target with its own keep-alive pool; re-pointing a role retires the old one,
// which finishes its in-flight requests before its connections close.
import { Pool } from 'undici';
import type { Role } from '../core/config';
import { pollUntil } from '../core/deadline';
import type { Target } from './address';

/** An open upgraded connection to this backend (see tunnel.ts). */
export interface OpenTunnel {
  close(): void;
}

export interface PoolOptions {
  requestTimeoutMs: number;
  connectTimeoutMs?: number;
}

export class Backend {
  /** Requests and open tunnels on this target. */
  inFlight = 0;
  readonly tunnels = new Set<OpenTunnel>();
  readonly pool: Pool;
  readonly roleIndex: 0 | 1;

  constructor(readonly role: Role, readonly target: Target, opts: PoolOptions) {
    this.roleIndex = role === 'production' ? 0 : 1;
    this.pool = new Pool(target.origin, {
      pipelining: 1, // one request per connection at a time: a slow response never holds up another
      headersTimeout: opts.requestTimeoutMs,
      bodyTimeout: opts.requestTimeoutMs, // between body chunks, so a long stream that keeps moving is fine
      connectTimeout: opts.connectTimeoutMs ?? Math.min(5000, opts.requestTimeoutMs),
      keepAliveTimeout: 4_000,
      keepAliveMaxTimeout: 60_000,
    });
  }

  /** Resolves when every request and tunnel on this target has finished (or after maxMs), then closes what is left. */
  async retire(maxMs: number): Promise<void> {
    await pollUntil(() => this.inFlight === 0, maxMs, 25);
    this.closeTunnels();
    await this.pool.destroy().catch(() => undefined);
  }

  closeTunnels(): void {
    for (const t of [...this.tunnels]) t.close();
  }
}

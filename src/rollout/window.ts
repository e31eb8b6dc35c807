// One judgment window: each role's answers pulled from the proxy's samples (GET /samples) since the window began.
import type { Role } from '../core/config';
import type { ProxyAdminClient } from '../proxy/admin-client';
import type { RoleWindow } from './judge';

/** Per role and window: beyond this the window stops taking latencies (the counts still grow). */
const MAX_LATENCIES = 200_000;

interface Acc {
  requests: number;
  errors: number;
  latenciesMs: number[];
}

export class SampleWindow {
  private readonly cursor: Record<Role, number> = { production: 0, canary: 0 };
  private acc: Record<Role, Acc> = { production: empty(), canary: empty() };
  /** Samples the proxy no longer held when asked (the controller fell behind); the window says so. */
  lost = 0;
  startedAt = Date.now();
  /** The first pull only finds where the proxy stands: what it measured before (other weights, other canaries) is not ours. */
  private primed = false;

  /** Reads what the proxy measured since the last pull into this window. */
  async pull(client: ProxyAdminClient): Promise<void> {
    const batch = await client.samples(this.cursor);
    if (!this.primed) {
      this.primed = true;
      for (const role of ['production', 'canary'] as const) this.cursor[role] = batch[role].end;
      return;
    }
    for (const role of ['production', 'canary'] as const) {
      const b = batch[role];
      const a = this.acc[role];
      a.requests += b.latenciesMs.length;
      a.errors += b.errors;
      for (const ms of b.latenciesMs) if (a.latenciesMs.length < MAX_LATENCIES) a.latenciesMs.push(ms);
      this.lost += b.lost;
      this.cursor[role] = b.next;
    }
  }

  /** A new window from now on; what came before (another weight, a pause) is not judged with it. */
  restart(): void {
    this.acc = { production: empty(), canary: empty() };
    this.lost = 0;
    this.startedAt = Date.now();
  }

  role(role: Role): RoleWindow {
    return this.acc[role];
  }
}

function empty(): Acc {
  return { requests: 0, errors: 0, latenciesMs: [] };
}

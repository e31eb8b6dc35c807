// The last 30 minutes the page charts, kept by the server so a page opened now gets them at once: per role a point
// a second (requests/s, 5xx rate, p50/p99 latency from the proxy's samples), per container its memory and CPU.
import type { Role } from '../core/config';

export const HISTORY_MS = 30 * 60_000;

export interface TrafficPoint {
  /** Unix time in seconds (uPlot's x axis). */
  t: number;
  rps: number;
  /** Share of answers that were a 5xx or none at all, 0-1; null without requests. */
  errorRate: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
}

export interface MemoryPoint {
  t: number;
  usedBytes: number;
  limitBytes: number;
  cpuPercent: number | null;
}

/** A raise of a container's memory limit, seen as the limit going up (by the autoscaler or by hand). */
export interface LimitRaise {
  t: number;
  container: string;
  fromBytes: number;
  toBytes: number;
}

/** Points in time order, the oldest dropped once older than the window. */
export class TimeRing<T extends { t: number }> {
  private points: T[] = [];

  constructor(private readonly windowMs = HISTORY_MS) {}

  push(p: T): void {
    this.points.push(p);
    const oldest = p.t - this.windowMs / 1000;
    let drop = 0;
    while (drop < this.points.length && this.points[drop].t < oldest) drop++;
    if (drop) this.points = this.points.slice(drop);
  }

  all(): T[] {
    return this.points.slice();
  }

  last(): T | undefined {
    return this.points[this.points.length - 1];
  }
}

/** One second (or more) of one role's samples as a chart point. */
export function trafficPoint(t: number, seconds: number, latenciesMs: number[], errors: number): TrafficPoint {
  const n = latenciesMs.length;
  if (!n) return { t, rps: 0, errorRate: null, p50Ms: null, p99Ms: null };
  const sorted = Float64Array.from(latenciesMs).sort();
  const at = (q: number) => Math.round(sorted[Math.min(n - 1, Math.ceil(q * n) - 1)] * 10) / 10;
  return { t, rps: Math.round((n / Math.max(seconds, 0.001)) * 10) / 10, errorRate: Math.round((errors / n) * 10_000) / 10_000, p50Ms: at(0.5), p99Ms: at(0.99) };
}

export class History {
  readonly traffic: Record<Role, TimeRing<TrafficPoint>> = { production: new TimeRing(), canary: new TimeRing() };
  readonly memory = new Map<string, TimeRing<MemoryPoint>>();
  readonly raises = new TimeRing<LimitRaise>();

  /** Adds a container's reading; a limit above its previous one is a raise, which it answers. */
  addMemory(container: string, p: MemoryPoint): LimitRaise | undefined {
    let ring = this.memory.get(container);
    if (!ring) this.memory.set(container, (ring = new TimeRing()));
    const before = ring.last();
    ring.push(p);
    if (!before || p.limitBytes <= before.limitBytes) return undefined;
    const raise = { t: p.t, container, fromBytes: before.limitBytes, toBytes: p.limitBytes };
    this.raises.push(raise);
    return raise;
  }

  /** Containers gone for longer than the window leave no empty chart behind. */
  forgetOld(nowSec: number): void {
    for (const [name, ring] of this.memory) if ((ring.last()?.t ?? 0) < nowSec - HISTORY_MS / 1000) this.memory.delete(name);
  }

  snapshot(): { traffic: Record<Role, TrafficPoint[]>; memory: Record<string, MemoryPoint[]>; raises: LimitRaise[] } {
    return {
      traffic: { production: this.traffic.production.all(), canary: this.traffic.canary.all() },
      memory: Object.fromEntries([...this.memory].map(([k, r]) => [k, r.all()])),
      raises: this.raises.all(),
    };
  }
}

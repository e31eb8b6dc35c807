// Every backend answer's latency and outcome, per role, in a fixed ring: the rollout judge reads the canary's and
// production's requests of the same window from here (GET /samples), so the data path pays two array writes.
import { UsageError } from '../core/errors';

/** Per role: at a few hundred requests a second, minutes of history; a reader that falls further behind is told. */
export const SAMPLE_CAPACITY = 1 << 16;
const MASK = SAMPLE_CAPACITY - 1;
/** At most this many samples per answer, so one /samples reply stays under ~1 MB. */
const MAX_PER_READ = 50_000;

export interface SampleBatch {
  /** The sequence number of the first sample returned. */
  from: number;
  /** Ask for this next time. */
  next: number;
  /** The sequence the next sample will get: a reader that starts now, and wants nothing older, starts here. */
  end: number;
  /** Samples between the asked-for sequence and `from` that the ring no longer holds. */
  lost: number;
  /** Answers with a 5xx, plus requests that got no answer (refused, timed out, reset). */
  errors: number;
  latenciesMs: number[];
}

export class SampleRing {
  private readonly latency = new Float32Array(SAMPLE_CAPACITY);
  private readonly failed = new Uint8Array(SAMPLE_CAPACITY);
  /** The sequence number the next sample gets. */
  next = 0;

  record(ms: number, failed: boolean): void {
    const i = this.next & MASK;
    this.latency[i] = ms;
    this.failed[i] = failed ? 1 : 0;
    this.next++;
  }

  /** Samples from `seq` on (a sequence from before a restart of the proxy starts over at 0). */
  since(seq: number): SampleBatch {
    const { failed, ...batch } = this.withFlags(seq);
    return { ...batch, errors: failed.reduce((n, f) => n + f, 0) };
  }

  /** since(), with each sample's failed flag (1) instead of their count: what a worker hands the primary. */
  withFlags(seq: number): Omit<SampleBatch, 'errors'> & { failed: number[] } {
    const start = seq > this.next ? 0 : seq;
    const from = Math.max(start, this.next - SAMPLE_CAPACITY);
    const to = Math.min(this.next, from + MAX_PER_READ);
    const latenciesMs = new Array<number>(to - from);
    const failed = new Array<number>(to - from);
    for (let s = from; s < to; s++) {
      const i = s & MASK;
      latenciesMs[s - from] = Math.round(this.latency[i] * 1000) / 1000;
      failed[s - from] = this.failed[i];
    }
    return { from, next: to, end: this.next, lost: from - start, latenciesMs, failed };
  }
}

/** `?production=N&canary=M`: where the reader left off (0 at first). */
export function sequenceOf(value: string | null, field: string): number {
  if (value === null || value === '') return 0;
  if (!/^\d{1,15}$/.test(value)) throw new UsageError(`${field}: expected a sequence number (a whole number), got ${JSON.stringify(value.slice(0, 40))}`);
  return Number(value);
}

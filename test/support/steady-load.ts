// Steady load while something changes: workers send one request after another until stop() or `max` requests,
// and every request without an answer, or answered 5xx (with `only200`: anything but 200), counts as failed.
import { Pool } from 'undici';

export interface SteadyResult {
  sent: number;
  failed: number;
  /** What the failures were (status codes or error codes), for the message of a failed assertion. */
  failures: Record<string, number>;
  bodies: Record<string, number>;
}

export function steadyLoad(url: string, opts: { concurrency?: number; max?: number; method?: 'GET' | 'POST'; path?: string; body?: string; only200?: boolean } = {}): { stop(): Promise<SteadyResult>; sent(): number } {
  const pool = new Pool(url, { connections: opts.concurrency ?? 4, pipelining: 1 });
  const result: SteadyResult = { sent: 0, failed: 0, failures: {}, bodies: {} };
  const fail = (why: string) => {
    result.failed++;
    result.failures[why] = (result.failures[why] ?? 0) + 1;
  };
  let stopping = false;
  const worker = async () => {
    while (!stopping && result.sent < (opts.max ?? 100_000)) {
      result.sent++;
      try {
        const r = await pool.request({ path: opts.path ?? '/', method: opts.method ?? 'GET', body: opts.body, headersTimeout: 10_000, bodyTimeout: 10_000 });
        const text = (await r.body.text()).trim();
        if (opts.only200 ? r.statusCode !== 200 : r.statusCode >= 500) fail(String(r.statusCode));
        else result.bodies[text] = (result.bodies[text] ?? 0) + 1;
      } catch (err) {
        fail((err as NodeJS.ErrnoException).code ?? (err as Error).message);
      }
    }
  };
  const workers = Promise.all(Array.from({ length: opts.concurrency ?? 4 }, worker));
  return {
    sent: () => result.sent,
    async stop() {
      stopping = true;
      await workers;
      await pool.close();
      return result;
    },
  };
}

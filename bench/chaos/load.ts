// The steady load of bench:chaos: GETs and POSTs through the proxy at a fixed rate with a bound on requests in flight,
// half over kept-alive connections (an undici Pool), half each on a fresh connection (Connection: close), so both a
// dropped pooled socket and a refused new connection show. Every answer and failure is kept with the time it was seen.
import * as http from 'node:http';
import { Pool } from 'undici';

export type Outcome = 'ok' | '5xx' | 'refused' | 'reset' | 'timeout' | 'other';
export const FAILURES: Outcome[] = ['refused', 'reset', 'timeout', '5xx', 'other'];

export interface Failure {
  at: number;
  outcome: Outcome;
  method: string;
  fresh: boolean;
  detail: string;
}

export interface LoadOptions {
  url: string;
  ratePerSec: number;
  maxInFlight: number;
  timeoutMs: number;
  /** Hard bound on the run, whatever happens to the events. */
  maxSeconds: number;
  /** The GETs' paths, taken in turn (default: bench:chaos's mix, /health among them). */
  getPaths?: string[];
}

const GET_PATHS = ['/convert?grade=5.10a&from=yds&to=french', '/health', '/systems', '/grades/font'];
// the sample app has no POST route: it answers 405 — an answer from the app, which is what counts here
const POST_PATH = '/convert';
const POST_BODY = JSON.stringify({ grade: '6a', from: 'french', to: 'yds' });

export interface Load {
  /** Completion times of every answered request (any outcome), for the per-window totals. */
  done: number[];
  /** Requests done (any outcome), by method. */
  byMethod: Record<string, number>;
  failures: Failure[];
  /** Requests not sent because maxInFlight were still waiting: the client's backlog during a stall. */
  shed: number[];
  lastFailureAt(): number;
  lastOkAt(): number;
  stop(): Promise<void>;
}

export function startLoad(opts: LoadOptions): Load {
  const target = new URL(opts.url);
  const pool = new Pool(opts.url, { connections: 16, pipelining: 1, keepAliveTimeout: 30_000 });
  const done: number[] = [];
  const byMethod: Record<string, number> = { GET: 0, POST: 0 };
  const getPaths = opts.getPaths ?? GET_PATHS;
  const failures: Failure[] = [];
  const shed: number[] = [];
  const inFlight = new Set<Promise<void>>();
  let lastFailure = 0;
  let lastOk = 0;
  let issued = 0;
  let stopping: Promise<void> | undefined;

  const record = (method: string, fresh: boolean, status: number | undefined, err?: Error & { code?: string }) => {
    const at = Date.now();
    done.push(at);
    byMethod[method]++;
    const outcome: Outcome = err ? classify(err) : status! >= 500 ? '5xx' : 'ok';
    if (outcome === 'ok') lastOk = at;
    else {
      lastFailure = at;
      failures.push({ at, outcome, method, fresh, detail: err ? `${err.code ?? ''} ${err.message}`.trim() : `HTTP ${status}` });
    }
  };

  const fire = (n: number) => {
    if (inFlight.size >= opts.maxInFlight) return void shed.push(Date.now());
    const isPost = n % 5 === 0;
    const fresh = n % 2 === 1;
    const method = isPost ? 'POST' : 'GET';
    const path = isPost ? POST_PATH : getPaths[n % getPaths.length];
    const body = isPost ? POST_BODY : undefined;
    const p = (fresh ? freshRequest(target, method, path, body, opts.timeoutMs) : pooledRequest(pool, method, path, body, opts.timeoutMs))
      .then((status) => record(method, fresh, status), (err) => record(method, fresh, undefined, err))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };

  const started = Date.now();
  // catch up after a late tick, so the rate stays what was asked
  const timer = setInterval(() => {
    const elapsed = Date.now() - started;
    if (elapsed > opts.maxSeconds * 1000) return clearInterval(timer);
    const owed = Math.floor((elapsed / 1000) * opts.ratePerSec) - issued;
    for (let i = 0; i < owed; i++) fire(issued++);
  }, 10);

  return {
    done, byMethod, failures, shed,
    lastFailureAt: () => lastFailure,
    lastOkAt: () => lastOk,
    stop: () => (stopping ??= (async () => {
      clearInterval(timer);
      await Promise.all(inFlight);
      await pool.close();
    })()),
  };
}

async function pooledRequest(pool: Pool, method: string, path: string, body: string | undefined, timeoutMs: number): Promise<number> {
  const headers = body ? { 'content-type': 'application/json' } : undefined;
  const r = await pool.request({ method, path, body, headers, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, signal: AbortSignal.timeout(timeoutMs) });
  await r.body.dump();
  return r.statusCode;
}

function freshRequest(target: URL, method: string, path: string, body: string | undefined, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { connection: 'close', ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}) };
    const req = http.request({ host: target.hostname, port: target.port, method, path, headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
      res.on('close', () => res.complete || reject(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' })));
    });
    req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(body);
  });
}

function classify(err: Error & { code?: string; name?: string }): Outcome {
  const code = err.code ?? '';
  if (code === 'ECONNREFUSED') return 'refused';
  if (/TIMEOUT|ETIMEDOUT/.test(code) || err.name === 'TimeoutError' || err.name === 'AbortError') return 'timeout';
  if (['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'].includes(code) || /socket hang up|other side closed/i.test(err.message)) return 'reset';
  return 'other';
}

// The real proxy in the test's process, on free loopback ports with its own state file, and a bounded load client.
import * as path from 'node:path';
import { Agent, fetch, Pool } from 'undici';
import { startProxy, type ProxyOptions, type RunningProxy } from '../../src/proxy/server';
import { freePort } from './ports';
import { tmpDir } from './tmp';

export interface TestProxy extends RunningProxy {
  url: string;
  adminUrl: string;
  stateFile: string;
  options: ProxyOptions;
}

export const TEST_RULES = { consecutive5xx: 5, windowSec: 30, minRequests: 20, maxErrorRate: 0.2, probationSec: 0 };

export async function startTestProxy(routing: { production: string; canary: string | null; weights?: { production: number; canary: number } }, over: Partial<ProxyOptions> = {}): Promise<TestProxy> {
  const options: ProxyOptions = {
    app: 'demo',
    listen: { host: '127.0.0.1', port: await freePort() },
    admin: { host: '127.0.0.1', port: await freePort() },
    routing: { weights: routing.weights ?? { production: 2, canary: 1 }, production: routing.production, canary: routing.canary },
    stickyCookie: '', retryIdempotent: true, requestTimeoutMs: 10_000, idleTimeoutMs: 30_000, maxHeaderBytes: 16_384, drainTimeoutSec: 5,
    rules: TEST_RULES,
    stateFile: path.join(tmpDir('slipway-proxy-test-'), 'demo', 'proxy-state.json'),
    log: () => undefined,
    ...over,
  };
  const running = await startProxy(options);
  return { ...running, url: `http://127.0.0.1:${running.listen.port}`, adminUrl: `http://127.0.0.1:${running.admin.port}`, stateFile: options.stateFile, options };
}

/** What proxy.allowedBackends defaults to for a config with these role ports and standby offset, on 127.0.0.1. */
export function deployTargets(ports: number[], standbyOffset: number): string[] {
  return ports.flatMap((port) => [port, port + standbyOffset]).map((port) => `http://127.0.0.1:${port}`);
}

export interface LoadResult {
  statuses: Record<number, number>;
  /** Response bodies (trimmed) and how often each came back: the backends answer with their role. */
  bodies: Record<string, number>;
  /** Requests that got no HTTP response at all. */
  errors: number;
  sent: number;
}

/** `count` requests over `concurrency` keep-alive connections; bounded in count and (per request) in time. */
export async function load(url: string, opts: { count: number; concurrency?: number; method?: 'GET' | 'POST' | 'HEAD'; path?: string; body?: string; headers?: Record<string, string>; onEach?: (i: number) => void | Promise<void> }): Promise<LoadResult> {
  const pool = new Pool(url, { connections: opts.concurrency ?? 10, pipelining: 1 });
  const result: LoadResult = { statuses: {}, bodies: {}, errors: 0, sent: 0 };
  let next = 0;
  const worker = async () => {
    while (next < opts.count) {
      const i = next++;
      await opts.onEach?.(i);
      result.sent++;
      try {
        const r = await pool.request({ path: opts.path ?? '/', method: opts.method ?? 'GET', body: opts.body, headers: opts.headers, headersTimeout: 10_000, bodyTimeout: 10_000 });
        const text = (await r.body.text()).trim();
        result.statuses[r.statusCode] = (result.statuses[r.statusCode] ?? 0) + 1;
        result.bodies[text] = (result.bodies[text] ?? 0) + 1;
      } catch {
        result.errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency ?? 10 }, worker));
  await pool.close();
  return result;
}

export function count5xx(r: LoadResult): number {
  return Object.entries(r.statuses).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0);
}

/** Admin calls on a connection each: a test that restarts a proxy on the same port must not reuse one to the old one. */
const noKeepAlive = new Agent({ pipelining: 0 });

export async function admin<T = any>(proxy: { adminUrl: string }, method: string, p: string, body?: unknown, token?: string): Promise<{ status: number; json: T }> {
  const r = await fetch(`${proxy.adminUrl}${p}`, {
    method,
    dispatcher: noKeepAlive,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await r.text();
  let json: T;
  try {
    json = JSON.parse(text);
  } catch {
    json = text as unknown as T;
  }
  return { status: r.status, json };
}

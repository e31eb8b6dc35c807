// The Docker Engine API over Node's own http for the few calls a long-running watcher makes (list, inspect, a JSON
// request, the events and stats streams), so the autoscaler's process loads no dockerode; and what every Engine API
// client here shares: the time limit of a call, its clear timeout error, the not-found test, the retry of a refusal.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as path from 'node:path';
import type Docker from 'dockerode';
import type { DockerRequest } from './plan';
import { StepFailed } from './errors';
import { sleep } from './deadline';

export const DOCKER_CALL_TIMEOUT_MS = 60_000;
/** Builds, pulls, imports and loads move whole images; a wait lasts as long as the container runs. */
export const DOCKER_LONG_CALL_TIMEOUT_MS = 60 * 60_000;
const DEFAULT_SOCKET = '/var/run/docker.sock';

export interface DockerLimits {
  callMs: number;
  longMs: number;
}

const LIMITS: DockerLimits = { callMs: DOCKER_CALL_TIMEOUT_MS, longMs: DOCKER_LONG_CALL_TIMEOUT_MS };

/** The time limit of one Engine API call; undefined for the streams that last as long as what they watch. */
export function dockerCallTimeoutMs(o: { method: string; path: string; isStream?: boolean; options?: Record<string, unknown> }, limits: DockerLimits = LIMITS): number | undefined {
  const p = o.path.split('?')[0];
  if (/^\/?(build|images\/create|images\/load)\b/.test(p.replace(/^\/v[0-9.]+/, ''))) return limits.longMs;
  if (o.isStream) return undefined;
  if (/\/wait$/.test(p)) return limits.longMs;
  // a stop or restart waits up to t seconds for the process to go before Docker kills it
  const q = o.options as { t?: unknown; _query?: { t?: unknown } } | undefined;
  const t = Number(q?.t ?? q?._query?.t ?? /[?&]t=(\d+)/.exec(o.path)?.[1] ?? 0);
  return limits.callMs + (Number.isFinite(t) ? t * 1000 : 0);
}

export class DockerTimeout extends StepFailed {
  constructor(method: string, path: string, ms: number) {
    super(`the Docker engine did not finish ${method} ${path.replace(/\?$/, '')} within ${Math.round(ms / 1000)} s`, 'check that dockerd is healthy (`docker info`, `systemctl status docker`); a hung engine needs a restart');
  }
}

export async function requireDocker(docker: { ping(): Promise<unknown> }): Promise<void> {
  try {
    await docker.ping();
  } catch (err) {
    throw new StepFailed(
      `no Docker engine answers (${(err as Error).message})`,
      'run `slipway provision` as root to install and start one, or set DOCKER_HOST to a reachable engine',
    );
  }
}

export function isNotFound(err: unknown): boolean {
  return (err as { statusCode?: number })?.statusCode === 404;
}

/** The request again while Docker refuses it with words matching `retry.when`; dockerode's errors and ours carry them alike. */
export async function withRetries<T>(retry: DockerRequest['retry'], once: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once();
    } catch (err) {
      const words = (err as { json?: { message?: string }; message?: string }).json?.message ?? (err as Error).message ?? '';
      if (!retry || attempt >= retry.times || !new RegExp(retry.when, 'i').test(words)) throw err;
      await sleep(retry.pauseMs);
    }
  }
}

/** An answer other than 2xx: Docker's own words, with statusCode and json where dockerode's errors have them. */
export class EngineError extends Error {
  constructor(readonly statusCode: number, readonly json: { message?: string } | undefined, what: string) {
    super(`${what}: ${json?.message ?? 'no message'} (HTTP ${statusCode})`);
  }
}

export type EngineStream = http.IncomingMessage;

export interface EngineApi {
  ping(): Promise<unknown>;
  listContainers(options: { all?: boolean; filters?: Record<string, string[]> }): Promise<Docker.ContainerInfo[]>;
  inspect(id: string): Promise<Docker.ContainerInspectInfo>;
  /** A printed Docker request with a JSON (or empty) answer, retried as it says. */
  request(req: DockerRequest): Promise<unknown>;
  /** A streaming endpoint (events, stats): the open answer, read until it ends or is destroyed. */
  stream(path: string, query: Record<string, unknown>): Promise<EngineStream>;
}

interface Endpoint {
  agent: typeof http | typeof https;
  options: https.RequestOptions;
}

/** Where DOCKER_HOST points (unix://, tcp:// with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH as the docker CLI reads them), else the local socket. */
function endpointOf(env: NodeJS.ProcessEnv, socketPath?: string): Endpoint {
  const host = socketPath ? `unix://${socketPath}` : env.DOCKER_HOST || `unix://${DEFAULT_SOCKET}`;
  if (host.startsWith('unix://')) return { agent: http, options: { socketPath: host.slice('unix://'.length) } };
  const url = new URL(host.replace(/^tcp:/, 'http:'));
  if (!env.DOCKER_TLS_VERIFY) return { agent: http, options: { host: url.hostname, port: url.port || 2375 } };
  const certs = env.DOCKER_CERT_PATH || path.join(env.HOME ?? '', '.docker');
  const read = (f: string) => fs.readFileSync(path.join(certs, f));
  return { agent: https, options: { host: url.hostname, port: url.port || 2376, ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') } };
}

function pathWithQuery(p: string, query: Record<string, unknown>): string {
  const q = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'object' ? JSON.stringify(v) : String(v))}`);
  return q.length ? `${p}${p.includes('?') ? '&' : '?'}${q.join('&')}` : p;
}

/** The engine at DOCKER_HOST (or this socket); one connection per call, as the autoscaler makes few calls. */
export function engineApi(env: NodeJS.ProcessEnv = process.env, opts: { socketPath?: string; limits?: DockerLimits } = {}): EngineApi {
  const endpoint = endpointOf(env, opts.socketPath);
  const open = (method: string, p: string, body: unknown, isStream: boolean): Promise<http.IncomingMessage> =>
    new Promise((resolve, reject) => {
      const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const headers: http.OutgoingHttpHeaders = { host: 'docker', ...(data ? { 'content-type': 'application/json', 'content-length': data.length } : {}) };
      const req = endpoint.agent.request({ ...endpoint.options, method, path: p, headers }, (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) return resolve(res);
        readText(res).then((text) => reject(new EngineError(status, parseJson(text) ?? { message: text.trim() }, `${method} ${p.split('?')[0]}`)), reject);
      });
      // the whole call, answer included, within its limit, as docker.ts bounds dockerode's
      const ms = dockerCallTimeoutMs({ method, path: p, isStream }, opts.limits);
      const timer = ms === undefined ? undefined : setTimeout(() => req.destroy(new DockerTimeout(method, p, ms)), ms);
      timer?.unref();
      req.on('close', () => clearTimeout(timer));
      req.on('error', reject);
      req.end(data);
    });
  const call = async (method: string, p: string, body?: unknown): Promise<unknown> => {
    const res = await open(method, p, body, false);
    const text = await readText(res);
    return text ? parseJson(text) ?? text : undefined;
  };
  return {
    ping: () => call('GET', '/_ping'),
    listContainers: (o) => call('GET', pathWithQuery('/containers/json', { all: o.all ? 1 : undefined, filters: o.filters })) as Promise<Docker.ContainerInfo[]>,
    inspect: (id) => call('GET', `/containers/${encodeURIComponent(id)}/json`) as Promise<Docker.ContainerInspectInfo>,
    request: (req) => withRetries(req.retry, () => call(req.method, req.path, req.body)),
    stream: (p, query) => open('GET', pathWithQuery(p, query), undefined, true),
  };
}

function readText(res: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
  });
}

function parseJson(text: string): { message?: string } | undefined {
  try {
    return JSON.parse(text) as { message?: string };
  } catch {
    return undefined;
  }
}

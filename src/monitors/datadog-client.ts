// A Datadog API v1 client that holds up: every site, an overridable base URL, keys only from env,
// retries on 429 (as X-RateLimit-Reset asks) and on 5xx (with backoff), and Datadog's own error text on a 4xx.
import { send, HttpUnreachable, type HttpAnswer, type HttpMethod, type HttpRequest } from '../core/http-client';
import { StepFailed, UsageError } from '../core/errors';
import type { Logger } from '../core/log';
import type { Secrets } from '../core/secrets';
import { sleep } from '../core/deadline';

/** The sites Datadog runs today; another well-formed domain is accepted too, since Datadog adds sites. */
export const KNOWN_SITES = ['datadoghq.com', 'us3.datadoghq.com', 'us5.datadoghq.com', 'datadoghq.eu', 'ap1.datadoghq.com', 'ap2.datadoghq.com', 'uk1.datadoghq.com', 'ddog-gov.com', 'us2.ddog-gov.com'];

export interface DatadogAccess {
  baseUrl: string;
  site: string;
  apiKey: string;
  appKey: string;
}

/** Which Datadog to talk to, or undefined when no keys are set (local alerting then). Throws on half a setup. */
export function datadogAccess(env: NodeJS.ProcessEnv, secrets: Secrets): DatadogAccess | undefined {
  const apiKey = secrets.get('DD_API_KEY');
  const appKey = secrets.get('DD_APP_KEY');
  if (!apiKey && !appKey) return undefined;
  if (!apiKey || !appKey) {
    const missing = apiKey ? 'DD_APP_KEY' : 'DD_API_KEY';
    throw new UsageError(`${missing} is not set while ${apiKey ? 'DD_API_KEY' : 'DD_APP_KEY'} is`, `set both DD_API_KEY and DD_APP_KEY in the environment for Datadog, or neither for local alerting`);
  }
  const site = siteOf(env.DD_SITE);
  const override = env.SLIPWAY_DATADOG_URL?.trim();
  let baseUrl = `https://api.${site}`;
  if (override) {
    let url: URL;
    try {
      url = new URL(override);
    } catch {
      throw new UsageError(`SLIPWAY_DATADOG_URL: expected a URL like http://127.0.0.1:8126, got ${JSON.stringify(override)}`);
    }
    if (!/^https?:$/.test(url.protocol)) throw new UsageError(`SLIPWAY_DATADOG_URL: expected an http(s) URL, got ${JSON.stringify(override)}`);
    baseUrl = override.replace(/\/+$/, '');
  }
  return { baseUrl, site, apiKey, appKey };
}

export function siteOf(raw: string | undefined): string {
  const site = (raw ?? '').trim().toLowerCase() || 'datadoghq.com';
  if (/^[a-z]+:\/\//.test(site) || /^(app|api)\./.test(site) || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(site)) {
    const bare = site.replace(/^[a-z]+:\/\//, '').replace(/^(app|api)\./, '').replace(/\/.*$/, '');
    throw new UsageError(`DD_SITE: expected a Datadog site such as ${KNOWN_SITES.slice(0, 4).join(', ')}, got ${JSON.stringify(raw)}`, `set DD_SITE=${bare || 'datadoghq.com'} (the site, without https:// or app./api.)`);
  }
  return site;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** What the request concerns, for error messages: 'monitor "[slipway] app production: CPU"'. */
  about: string;
  /** 404 is an answer here (GET of something that may not exist), not a failure. */
  allow404?: boolean;
}

export interface ClientOptions {
  log: Logger;
  secrets: Secrets;
  maxRateLimitRetries?: number;
  maxServerRetries?: number;
  /** Longest wait for a rate-limit reset; a longer X-RateLimit-Reset fails the step with the figure. */
  maxWaitMs?: number;
  timeoutMs?: number;
  pause?: (ms: number) => Promise<void>;
}

export class DatadogClient {
  constructor(readonly access: DatadogAccess, private readonly opts: ClientOptions) {}

  headers(): Record<string, string> {
    return { 'DD-API-KEY': this.access.apiKey, 'DD-APPLICATION-KEY': this.access.appKey, 'Content-Type': 'application/json', Accept: 'application/json' };
  }

  url(path: string, query?: RequestOptions['query']): string {
    const q = Object.entries(query ?? {}).filter(([, v]) => v !== undefined);
    const search = q.length ? `?${new URLSearchParams(q.map(([k, v]): [string, string] => [k, String(v)])).toString()}` : '';
    return `${this.access.baseUrl}${path}${search}`;
  }

  /** The exact HTTP request of a call, keys included (printed masked). */
  httpRequest(method: HttpMethod, path: string, req: Pick<RequestOptions, 'query' | 'body'> = {}): HttpRequest {
    return { method, url: this.url(path, req.query), headers: this.headers(), ...(req.body !== undefined ? { body: req.body } : {}), timeoutMs: this.opts.timeoutMs ?? 30_000 };
  }

  request<T>(method: HttpMethod, path: string, req: RequestOptions): Promise<T | undefined> {
    return this.perform<T>(this.httpRequest(method, path, req), req);
  }

  /** Sends `http` — again, unchanged, on a rate limit (as X-RateLimit-Reset asks) or a 5xx (with backoff). */
  async perform<T>(http: HttpRequest, req: Pick<RequestOptions, 'about' | 'allow404'>): Promise<T | undefined> {
    const { method } = http;
    const path = new URL(http.url).pathname;
    const pause = this.opts.pause ?? sleep;
    const maxRateLimit = this.opts.maxRateLimitRetries ?? 5;
    const maxServer = this.opts.maxServerRetries ?? 4;
    // a POST that reached Datadog and failed with a 500 may have been applied: retry it only on answers that say it was not
    const retryable5xx = method === 'POST' ? [502, 503, 504] : [500, 502, 503, 504];
    let rateLimited = 0;
    let serverFailures = 0;
    for (;;) {
      let res: HttpAnswer;
      try {
        res = await send(http);
      } catch (err) {
        const code = err instanceof HttpUnreachable ? err.code : (err as Error).message;
        if (serverFailures < maxServer && ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN'].includes(code)) {
          const wait = backoffMs(serverFailures++);
          this.opts.log.warn(`Datadog did not answer ${method} ${path} (${code}); retrying in ${wait} ms`);
          await pause(wait);
          continue;
        }
        throw new StepFailed(`cannot reach Datadog at ${this.access.baseUrl} for ${req.about} (${code})`, `check DD_SITE (now ${this.access.site}) and the host's connection to ${this.access.baseUrl}`);
      }
      if (res.status === 429 && rateLimited < maxRateLimit) {
        const wait = rateLimitWaitMs(res.headers, rateLimited++);
        if (wait > (this.opts.maxWaitMs ?? 120_000)) {
          throw new StepFailed(`Datadog rate limit ${res.headers['x-ratelimit-name'] ?? ''} resets in ${Math.round(wait / 1000)} s, longer than slipway waits`.replace('  ', ' '), 'run the step again later');
        }
        this.opts.log.warn(`Datadog rate limit${res.headers['x-ratelimit-name'] ? ` ${res.headers['x-ratelimit-name']}` : ''} reached on ${method} ${path}; waiting ${wait} ms as X-RateLimit-Reset asks`);
        await pause(wait);
        continue;
      }
      if (retryable5xx.includes(res.status) && serverFailures < maxServer) {
        const wait = backoffMs(serverFailures++);
        this.opts.log.warn(`Datadog answered ${res.status} to ${method} ${path}; retrying in ${wait} ms`);
        await pause(wait);
        continue;
      }
      if (res.status === 404 && req.allow404) return undefined;
      if (res.status >= 200 && res.status < 300) return (res.json ?? (res.text || undefined)) as T;
      throw this.failure(method, path, req.about, res);
    }
  }

  private failure(method: string, path: string, about: string, res: HttpAnswer): StepFailed {
    const errors = errorsOf(res.json ?? res.text);
    const text = errors.length ? errors.join('; ') : `HTTP ${res.status}, no error text`;
    const hint =
      res.status === 401 || res.status === 403
        ? `check DD_API_KEY and DD_APP_KEY: both must belong to the org on ${this.access.site} (DD_SITE), and the app key needs the monitors_write and manage_integrations permissions`
        : res.status === 429
          ? 'Datadog kept rate-limiting; run the step again in a minute'
          : res.status >= 500
            ? 'Datadog failed on its side; run the step again, and see https://status.datadoghq.com if it persists'
            : 'fix the monitors section of slipway.json (the text above is Datadog\'s own) and run `slipway monitors plan`';
    return new StepFailed(this.opts.secrets.mask(`Datadog refused ${about} (${method} ${path} → ${res.status}): ${text}`), hint, { status: res.status, errors });
  }
}

function errorsOf(data: unknown): string[] {
  if (data && typeof data === 'object' && Array.isArray((data as { errors?: unknown }).errors)) {
    return (data as { errors: unknown[] }).errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e)));
  }
  if (typeof data === 'string' && data.trim()) return [data.trim().slice(0, 500)];
  return [];
}

/** X-RateLimit-Reset is the number of seconds until the limit resets; without it, back off. */
export function rateLimitWaitMs(headers: Record<string, unknown>, attempt: number): number {
  const reset = Number(headers['x-ratelimit-reset']);
  if (Number.isFinite(reset) && reset >= 0) return Math.max(reset * 1000, 100) + 50 * attempt;
  return backoffMs(attempt);
}

export function backoffMs(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8_000);
}

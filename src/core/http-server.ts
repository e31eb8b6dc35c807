// The one HTTP server kit behind the proxy admin API, the toggle server and the autoscaler's status server:
// routes by method and path, JSON answers and errors, bounded bodies (413), one bearer-token check, a
// request-target check, and a guard that turns a throwing handler into a 500 instead of a dead process.
import * as http from 'node:http';
import type { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import { refusal, type Credential } from './bearer';

export { bearerMatches, type Credential } from './bearer';
export { closeServer, listenOn } from './listen';

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

/** What a handler answers: JSON (the default) or text with its own content type. */
export interface Reply {
  status?: number;
  json?: unknown;
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** A long-lived answer (server-sent events): the head is written, then the response is the handler's. */
  stream?: (res: http.ServerResponse) => void;
}

export const json = (body: unknown, status = 200, headers?: Record<string, string>): Reply => ({ status, json: body, headers });

export interface RouteRequest {
  req: http.IncomingMessage;
  path: string;
  query: URLSearchParams;
  /** The `:name` segments of the route's path, decoded. */
  params: Record<string, string>;
  /** The body parsed as JSON; undefined when it is empty. Larger than the limit is a 413. */
  body(): Promise<unknown>;
}

export interface Route {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Exact segments, or `:name` for one segment: `/flags/:name/toggle`. */
  path: string;
  /** The tokens this route accepts, any one of them; when none of them is set, loopback clients only. */
  auth?: Credential[];
  handle(r: RouteRequest): Reply | Promise<Reply>;
}

export interface JsonServerOptions {
  /** For log lines: "proxy admin", "flags". */
  name: string;
  routes: Route[];
  maxBodyBytes?: number;
  requestTimeoutMs?: number;
  /** Turns an error the domain knows into an answer; anything else is a 500, logged. */
  mapError?(err: unknown): HttpError | undefined;
  log?(line: string): void;
}

const MAX_BODY_BYTES = 64 * 1024;
/** What the server still reads of a refused body (so the client sees the 413, not a reset) before it hangs up. */
const MAX_DISCARD_BYTES = 1024 * 1024;

export function createJsonServer(opts: JsonServerOptions): http.Server {
  const timeout = opts.requestTimeoutMs ?? 10_000;
  const headersTimeout = Math.min(timeout, 10_000);
  const limit = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const server = http.createServer(
    // the timeouts are checked every second, not every 30 s (Node's default), so a slow sender is cut near its deadline
    { maxHeaderSize: 16 * 1024, requestTimeout: timeout, headersTimeout, connectionsCheckingInterval: Math.min(1000, headersTimeout) },
    (req, res) => void guarded(opts, req, res),
  );
  // a client that stops reading its answer does not hold a socket for ever
  server.setTimeout(timeout + headersTimeout);
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    // refused before the client sends the body it announced
    if (declaredLength(req) > limit) return void send(res, json({ error: tooLarge(limit).message }, 413, { connection: 'close' }), false);
    res.writeContinue();
    void guarded(opts, req, res);
  });
  refuseMalformed(server);
  return server;
}

/** What never becomes a request (parse errors, CONNECT's authority-form) is answered 400/408/431 by the server itself. */
export function refuseMalformed(server: http.Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    rawAnswer(socket, status, `malformed request (${err.code ?? err.message})`);
  });
  // authority-form (CONNECT host:port) would open a tunnel to anywhere; slipway's servers open none
  server.on('connect', (_req: http.IncomingMessage, socket: Duplex) => rawAnswer(socket, 400, 'CONNECT is not supported here'));
}

/**
 * One guard per request: whatever its handler throws or rejects with, and whatever a listener on the request's or
 * the answer's events throws, ends as an error answer (a 500 is logged), never as a dead process.
 */
async function guarded(opts: JsonServerOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const head = req.method === 'HEAD';
  const fail = (err: unknown) => {
    const known = err instanceof HttpError ? err : opts.mapError?.(err);
    if (!known) opts.log?.(`${opts.name}: ${req.method} ${req.url} failed: ${(err as Error)?.stack ?? String(err)}`);
    const e = known ?? new HttpError(500, `internal error: ${(err as Error)?.message ?? String(err)}`);
    try {
      send(res, json({ error: e.message }, e.status, e.headers), head);
    } catch {
      res.destroy();
    }
  };
  guardEvents(req, fail);
  guardEvents(res, fail);
  req.on('error', () => undefined); // a client that goes away mid-body is not our failure
  try {
    send(res, await answer(opts, req), head);
  } catch (err) {
    fail(err);
  } finally {
    if (!req.complete) discardBody(req, MAX_DISCARD_BYTES);
  }
}

/** A listener that throws on this emitter's events fails the request instead of escaping to the process. */
function guardEvents(emitter: EventEmitter, fail: (err: unknown) => void): void {
  const emit = emitter.emit;
  emitter.emit = function guardedEmit(this: EventEmitter, event: string | symbol, ...args: unknown[]): boolean {
    try {
      return emit.call(this, event, ...args);
    } catch (err) {
      fail(err);
      return true;
    }
  };
}

/** Reads and drops a body nobody read, so the answer reaches the client; past `budget` bytes it hangs up. */
function discardBody(req: http.IncomingMessage, budget: number): void {
  let left = budget;
  req.on('data', (chunk: Buffer) => {
    left -= chunk.length;
    if (left < 0) req.socket.destroy();
  });
  req.resume();
}

async function answer(opts: JsonServerOptions, req: http.IncomingMessage): Promise<Reply> {
  const target = parseRequestTarget(req.method ?? '', req.url ?? '');
  if (target === '*') return { status: 204, headers: { allow: allowedMethods(opts.routes.map((r) => r.method)) } };
  const { route, params, allowed } = findRoute(opts.routes, req.method === 'HEAD' ? 'GET' : req.method ?? '', target.path);
  if (!route) {
    if (allowed.length) throw new HttpError(405, `${req.method} is not allowed on ${target.path}; use ${allowed.join(' or ')}`, { allow: allowedMethods(allowed) });
    throw new HttpError(404, `no route ${target.path}; routes: ${opts.routes.map((r) => `${r.method} ${r.path}`).join(', ')}`);
  }
  const refused = route.auth && refusal(req, route.auth);
  if (refused) throw new HttpError(refused.status, refused.message, refused.headers);
  const limit = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  return route.handle({ req, path: target.path, query: new URLSearchParams(target.query), params, body: () => readJson(req, limit) });
}

const allowedMethods = (methods: string[]) => [...new Set(methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])))].join(', ');

function findRoute(routes: Route[], method: string, path: string): { route?: Route; params: Record<string, string>; allowed: string[] } {
  const allowed: string[] = [];
  const segments = path.split('/');
  for (const route of routes) {
    const params = matchPath(route.path.split('/'), segments);
    if (!params) continue;
    if (route.method === method) return { route, params, allowed };
    allowed.push(route.method);
  }
  return { params: {}, allowed };
}

function matchPath(pattern: string[], segments: string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    if (!pattern[i].startsWith(':')) {
      if (pattern[i] !== segments[i]) return undefined;
      continue;
    }
    if (!segments[i]) return undefined;
    try {
      params[pattern[i].slice(1)] = decodeURIComponent(segments[i]);
    } catch {
      throw new HttpError(400, `malformed percent-encoding in ${segments.join('/')}`);
    }
  }
  return params;
}

// a path of visible ASCII and no fragment; lenient past that, as browsers send raw [ ] { } | in queries
const ORIGIN_FORM = /^\/[\x21\x22\x24-\x7e]*$/;

/** The common case, checked without allocating: a plain origin-form target such as /status?x=1. */
export function isOriginForm(target: string): boolean {
  return target.charCodeAt(0) === 47 && ORIGIN_FORM.test(target);
}

/**
 * The path and query a request asks for (RFC 9112 §3.2): origin-form as is, absolute-form reduced to its path,
 * `*` only for OPTIONS; anything else (authority-form, a fragment, a scheme other than http) is a 400.
 */
export function parseRequestTarget(method: string, target: string): { path: string; query: string } | '*' {
  if (target === '*') {
    if (method === 'OPTIONS') return '*';
    throw new HttpError(400, `request target * is only for OPTIONS, not ${method}`);
  }
  let originForm = target;
  if (/^https?:\/\//i.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new HttpError(400, `malformed absolute request target ${JSON.stringify(target.slice(0, 100))}`);
    }
    originForm = `${url.pathname || '/'}${url.search}`;
  }
  if (!ORIGIN_FORM.test(originForm)) throw new HttpError(400, `malformed request target ${JSON.stringify(target.slice(0, 100))}: expected a path like /status`);
  const q = originForm.indexOf('?');
  return q < 0 ? { path: originForm, query: '' } : { path: originForm.slice(0, q), query: originForm.slice(q + 1) };
}

const tooLarge = (limit: number) => new HttpError(413, `body larger than ${limit} bytes`);

function declaredLength(req: http.IncomingMessage): number {
  return Number(req.headers['content-length'] ?? 0);
}

/** Stops storing at the limit; the guard then reads (a bounded amount of) the rest, so the client gets the 413. */
function readJson(req: http.IncomingMessage, limit: number): Promise<unknown> {
  if (declaredLength(req) > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      reject(tooLarge(limit));
    };
    req.on('data', onData);
    req.once('error', reject);
    req.once('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (!text) return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch (err) {
        reject(new HttpError(400, `body is not valid JSON (${(err as Error).message})`));
      }
    });
  });
}

function send(res: http.ServerResponse, reply: Reply, head: boolean): void {
  if (res.writableEnded) return; // answered already (a failing listener was quicker than its handler)
  if (res.headersSent) return void res.destroy();
  const status = reply.status ?? 200;
  if (status === 204 || status === 304) return void res.writeHead(status, { 'cache-control': 'no-store', ...reply.headers }).end();
  if (reply.stream) {
    res.writeHead(status, { 'content-type': reply.contentType ?? 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', ...reply.headers });
    return head ? void res.end() : reply.stream(res);
  }
  const text = reply.text ?? `${JSON.stringify(reply.json ?? null, null, 2)}\n`;
  const type = reply.text !== undefined ? (reply.contentType ?? 'text/plain; charset=utf-8') : 'application/json; charset=utf-8';
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...reply.headers });
  res.end(head ? undefined : text);
}

/** An answer written straight to the socket, for what never became a request (parse errors, CONNECT). */
function rawAnswer(socket: Duplex, status: number, message: string): void {
  if (!socket.writable) return void socket.destroy();
  const body = `${JSON.stringify({ error: message })}\n`;
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

// The listener users' traffic enters: checks the request target, picks a role per request (weights, sticky buckets)
// and hands the request to an Exchange; a GET asking for an allowed Upgrade becomes a tunnel once the backend says 101.
// Connections start on the fast path (fast-path.ts); a request it does not take goes to Node's HTTP server here.
import * as http from 'node:http';
import * as net from 'node:net';
import type { Duplex } from 'node:stream';
import { HttpError, isOriginForm, parseRequestTarget, refuseMalformed } from '../core/http-server';
import type { Backend } from './backends';
import { answerError, type ClientResponse } from './connection-response';
import type { ProxyCore } from './core';
import { Exchange, type UpgradeRequest } from './exchange';
import { FastConnection, type FastRequest } from './fast-path';
import { headerValue, scanRequest, trustedPeers, upgradeProtocol } from './headers';
import { bucketOfKey, bucketOn, cookieBucketReader, cookieFor } from './sticky';

export interface DataPlaneOptions {
  maxHeaderBytes: number;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
}

export interface DataPlane {
  /** The listener. */
  server: net.Server;
  /** Node's HTTP server, for the requests the fast path hands over. */
  http: http.Server;
  /** Connections on the fast path. */
  connections: Set<FastConnection>;
  /** Open tunnels (their client sockets), closed last on shutdown. */
  tunnels: Set<Duplex>;
}

type ClientRequest = FastRequest | http.IncomingMessage;

export const DEFAULT_UPGRADES = ['websocket'];
const MAX_HEADER_FIELDS = 1000;
export const DEFAULT_TUNNEL_IDLE_TIMEOUT_MS = 300_000;

export function createDataPlane(core: ProxyCore, opts: DataPlaneOptions): DataPlane {
  const sticky = core.opts.stickyCookie;
  const cookieBucket = sticky ? cookieBucketReader(sticky) : undefined;
  const stickyHeader = core.opts.stickyHeader?.toLowerCase();
  const trusted = trustedPeers(core.opts.trustedProxies);
  const upgrades = new Set((core.opts.upgrades ?? DEFAULT_UPGRADES).map((p) => p.toLowerCase()));
  const tunnelIdleTimeoutMs = core.opts.tunnelIdleTimeoutMs ?? DEFAULT_TUNNEL_IDLE_TIMEOUT_MS;
  const tunnels = new Set<Duplex>();

  /** A user with a bucket (header key, else cookie) keeps it; a new one is placed by weight and given a cookie. */
  const chooseFor = (req: ClientRequest, cookie: string | undefined): { backend: Backend; setCookie?: string } => {
    const key = stickyHeader ? headerValue(req.rawHeaders, stickyHeader) : undefined;
    if (key) return { backend: core.chooseBucket(bucketOfKey(key)) };
    if (!cookieBucket) return { backend: core.choose() };
    const bucket = cookieBucket(cookie);
    if (bucket !== undefined) return { backend: core.chooseBucket(bucket) };
    const backend = core.choose();
    return { backend, setCookie: cookieFor(sticky, bucketOn(backend.role, core.weights)) };
  };

  const forward = (req: ClientRequest, res: ClientResponse, upgrade?: UpgradeRequest): void => {
    if (!toOriginForm(req, res)) return;
    // an app's HTTP server keeps the first 2000 fields (Node's default) and drops the rest, X-Forwarded-* with them
    if (req.rawHeaders.length > 2 * MAX_HEADER_FIELDS) return answerError(res, 431, 'too-many-headers', `more than ${MAX_HEADER_FIELDS} header fields`);
    const scanned = scanRequest(req, trusted);
    if (scanned.clientGone) return void res.destroy();
    if (scanned.malformed) return answerError(res, 400, 'bad-request', scanned.malformed);
    if (upgrade && scanned.hasBody) return answerError(res, 400, 'upgrade-refused', 'an upgrade request carries no body');
    const { backend, setCookie } = chooseFor(req, scanned.cookie);
    const method = req.method;
    const idempotent = !upgrade && (method === 'GET' || method === 'HEAD') && !scanned.hasBody;
    const body = scanned.hasBody && req instanceof http.IncomingMessage ? req : null;
    new Exchange(core, req, res, scanned.headers, body, idempotent, setCookie, upgrade).send(backend);
  };

  const nodeServer = http.createServer(
    {
      maxHeaderSize: opts.maxHeaderBytes, // larger → 431, answered by Node before we see the request
      requestTimeout: opts.requestTimeoutMs, // the whole request must arrive within this
      headersTimeout: Math.min(opts.requestTimeoutMs, 60_000),
      keepAliveTimeout: opts.idleTimeoutMs, // an idle keep-alive client connection is closed after this
      noDelay: true,
    },
    (req, res) => guard(core, req, res, forward),
  );
  nodeServer.maxHeadersCount = 0; // all of them, bounded by proxy.maxHeaderBytes, so that too many is refused, not cut
  refuseMalformed(nodeServer);
  // Node checks its servers' request and header deadlines from when they listen; this one is handed its connections
  nodeServer.emit('listening');

  nodeServer.on('upgrade', (req: http.IncomingMessage, socket: Duplex, early: Buffer) => {
    const res = responseOn(req, socket as net.Socket);
    guard(core, req, res, () => {
      const protocol = upgradeProtocol(req);
      if (req.method === 'GET' && protocol && upgrades.has(protocol)) return forward(req, res, { protocol, early, idleTimeoutMs: tunnelIdleTimeoutMs, tunnels });
      // any other Upgrade may be ignored (RFC 9110 §7.8): a GET or HEAD is answered as the plain request it also is
      if ((req.method === 'GET' || req.method === 'HEAD') && !scanRequest(req).hasBody) return forward(req, res);
      answerError(res, 400, 'upgrade-refused', `only GET may upgrade, to ${[...upgrades].join(', ') || 'nothing'} (proxy.upgrades)`);
    });
  });

  const connections = new Set<FastConnection>();
  const fastPath = {
    maxHeaderBytes: opts.maxHeaderBytes,
    idleTimeoutMs: opts.idleTimeoutMs,
    handle: (req: FastRequest, res: ClientResponse) => guard(core, req, res, forward),
    handOver: (socket: net.Socket, bytes: Buffer) => {
      nodeServer.emit('connection', socket);
      socket.emit('data', bytes);
    },
    closing: () => core.closing,
  };
  const server = net.createServer((socket) => new FastConnection(socket, fastPath, connections));
  const sweeper = setInterval(() => {
    const now = performance.now();
    for (const c of connections) c.closeIfIdle(now);
  }, 1000).unref();
  server.once('close', () => clearInterval(sweeper));
  return { server, http: nodeServer, connections, tunnels };
}

/** A response written on the raw socket Node hands over with an upgrade request; the connection ends with it. */
function responseOn(req: http.IncomingMessage, socket: net.Socket): http.ServerResponse {
  socket.on('error', () => socket.destroy()); // a client that goes away is no failure of ours
  const res = new http.ServerResponse(req);
  res.shouldKeepAlive = false;
  res.assignSocket(socket);
  res.once('finish', () => socket.end());
  return res;
}

/** One guard per request: whatever the handling throws is logged and answered, never the end of the process. */
function guard<Req extends ClientRequest>(core: ProxyCore, req: Req, res: ClientResponse, handle: (req: Req, res: ClientResponse) => void): void {
  try {
    handle(req, res);
  } catch (err) {
    core.opts.log(`data plane: ${req.method} ${JSON.stringify(String(req.url).slice(0, 200))} failed: ${(err as Error)?.stack ?? String(err)}`);
    answerError(res, 500, 'internal', 'the proxy failed on this request; see its log');
  }
}

/** `//host/…` or `/\host/…`: a path to the kit, another host to `new URL(path, base)` in the app behind the proxy. */
const hostLike = (path: string): boolean => path.charCodeAt(1) === 47 || path.charCodeAt(1) === 92;

/** Absolute-form becomes the path the backend expects; `*` and malformed targets are answered here, blaming no backend. */
function toOriginForm(req: ClientRequest, res: ClientResponse): boolean {
  const url = req.url ?? '';
  if (isOriginForm(url) && !hostLike(url)) return true; // nearly every request: nothing to rewrite, nothing allocated
  try {
    const target = parseRequestTarget(req.method ?? '', url);
    if (target !== '*' && hostLike(target.path)) throw new HttpError(400, `request target ${JSON.stringify(url.slice(0, 100))}: a path starting with // or /\\ reads as another host to the app's URL parser`);
    if (target !== '*') {
      if (req.url![0] !== '/') req.url = target.query ? `${target.path}?${target.query}` : target.path;
      return true;
    }
    res.writeHead(204, ['allow', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS']);
    res.end();
  } catch (err) {
    answerError(res, 400, 'bad-request-target', (err as HttpError).message);
  }
  return false;
}

// The listener users' traffic enters: picks a role per request (weights, sticky cookie), hands the request to an
// Exchange, and passes WebSocket upgrades through as raw byte streams.
import * as http from 'node:http';
import * as net from 'node:net';
import type { Duplex } from 'node:stream';
import type { Role } from '../core/config';
import { HttpError, isOriginForm, parseRequestTarget } from '../core/http-server';
import type { Backend } from './backends';
import type { ProxyCore } from './core';
import { Exchange } from './exchange';
import { scanRequest, trustedPeers, upgradeRequestHead } from './headers';

export interface DataPlaneOptions {
  maxHeaderBytes: number;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
}

export interface DataPlane {
  server: http.Server;
  /** Open WebSocket tunnels, closed last on shutdown. */
  tunnels: Set<Duplex>;
}

export function createDataPlane(core: ProxyCore, opts: DataPlaneOptions): DataPlane {
  const sticky = core.opts.stickyCookie;
  const stickyPattern = sticky ? new RegExp(`(?:^|;\\s*)${sticky}=(production|canary)(?:;|$)`) : undefined;
  const trusted = trustedPeers(core.opts.trustedProxies);
  const assignCookie = (role: Role) => `${sticky}=${role}; Path=/; HttpOnly; SameSite=Lax`;

  const chooseFor = (cookie: string | undefined): { backend: Backend; setCookie?: string } => {
    if (!stickyPattern) return { backend: core.choose() };
    const preferred = cookie ? (stickyPattern.exec(cookie)?.[1] as Role | undefined) : undefined;
    const backend = core.choose(preferred);
    return { backend, setCookie: backend.role === preferred ? undefined : assignCookie(backend.role) };
  };

  const server = http.createServer(
    {
      maxHeaderSize: opts.maxHeaderBytes, // larger → 431, answered by Node before we see the request
      requestTimeout: opts.requestTimeoutMs, // the whole request must arrive within this
      headersTimeout: Math.min(opts.requestTimeoutMs, 60_000),
      keepAliveTimeout: opts.idleTimeoutMs, // an idle keep-alive client connection is closed after this
      noDelay: true,
    },
    (req, res) => {
      if (!toOriginForm(req, res)) return;
      const scanned = scanRequest(req, trusted);
      const { backend, setCookie } = chooseFor(scanned.cookie);
      const method = req.method;
      const idempotent = (method === 'GET' || method === 'HEAD') && !scanned.hasBody;
      new Exchange(core, req, res, scanned.headers, scanned.hasBody ? req : null, idempotent, setCookie).send(backend);
    },
  );

  const tunnels = new Set<Duplex>();
  server.on('upgrade', (req: http.IncomingMessage, client: Duplex, head: Buffer) => {
    const scanned = stickyPattern ? scanRequest(req, trusted) : undefined;
    const { backend } = chooseFor(scanned?.cookie);
    const upstream = net.connect(backend.target.port, backend.target.host);
    tunnels.add(client);
    let connected = false;
    const closeBoth = () => {
      tunnels.delete(client);
      client.destroy();
      upstream.destroy();
    };
    upstream.once('connect', () => {
      connected = true;
      if (backend.role === 'canary') core.recordCanaryOutcome(false);
      upstream.write(upgradeRequestHead(req, trusted));
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => {
      if (!connected) {
        if (backend.role === 'canary') core.recordCanaryOutcome(true);
        core.metrics.upstreamFailure(backend.roleIndex, 'connect');
        if (client.writable) client.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
        tunnels.delete(client);
        return;
      }
      closeBoth();
    });
    upstream.on('close', closeBoth);
    client.on('error', closeBoth);
    client.on('close', closeBoth);
  });

  return { server, tunnels };
}

/** Absolute-form becomes the path the backend expects; `*` and malformed targets are answered here, blaming no backend. */
function toOriginForm(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (isOriginForm(req.url ?? '')) return true; // nearly every request: nothing to rewrite, nothing allocated
  try {
    const target = parseRequestTarget(req.method ?? '', req.url ?? '');
    if (target !== '*') {
      if (req.url![0] !== '/') req.url = target.query ? `${target.path}?${target.query}` : target.path;
      return true;
    }
    res.writeHead(204, { allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS' }).end();
  } catch (err) {
    const body = `400 ${(err as HttpError).message}\n`;
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), 'x-slipway-error': 'bad-request-target' }).end(body);
  }
  return false;
}

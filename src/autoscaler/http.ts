// The autoscaler's HTTP surface on autoscaler.metricsListen: GET /metrics (Prometheus), GET /status (JSON), GET /health.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { StepFailed } from '../core/errors';
import { parseHostPort } from '../core/listen-address';

export interface StatusServer {
  url: string;
  close(): Promise<void>;
}

export function baseUrlOf(listen: string): string {
  const { host, port } = parseHostPort(listen, 'autoscaler.metricsListen');
  const shown = host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

export function startStatusServer(listen: string, handlers: { status(): unknown; metrics(): string }): Promise<StatusServer> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'only GET\n', { allow: 'GET, HEAD' });
    if (path === '/metrics') return send(res, 200, 'text/plain; version=0.0.4; charset=utf-8', handlers.metrics());
    if (path === '/status') return send(res, 200, 'application/json', JSON.stringify(handlers.status(), null, 2) + '\n');
    if (path === '/health') return send(res, 200, 'application/json', '{"ok":true}\n');
    return send(res, 404, 'text/plain', 'not found: try /status or /metrics\n');
  });
  const { host, port } = parseHostPort(listen, 'autoscaler.metricsListen');
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(new StepFailed(`autoscaler.metricsListen: cannot listen on ${listen} (${err.code ?? err.message})`, err.code === 'EADDRINUSE' ? 'another process holds that port: is an autoscaler already running (`slipway autoscaler status`)? Else pick another port' : 'use an address of this host, e.g. 127.0.0.1:9464'));
    });
    server.listen(port, host, () => {
      const bound = server.address() as AddressInfo;
      resolve({
        url: baseUrlOf(`${host.includes(':') ? `[${host}]` : host}:${bound.port}`),
        close: () => new Promise<void>((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

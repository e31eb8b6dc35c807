// The autoscaler's HTTP surface on autoscaler.metricsListen: GET /metrics (Prometheus), GET /status (JSON), GET /health.
import { closeServer, createJsonServer, json, listenOn } from '../core/http-server';
import { localUrlOf, parseHostPort } from '../core/listen-address';

export interface StatusServer {
  url: string;
  close(): Promise<void>;
}

export function baseUrlOf(listen: string): string {
  return localUrlOf(listen, 'autoscaler.metricsListen');
}

export async function startStatusServer(listen: string, handlers: { status(): unknown; metrics(): string }): Promise<StatusServer> {
  const server = createJsonServer({
    name: 'autoscaler',
    routes: [
      { method: 'GET', path: '/metrics', handle: () => ({ text: handlers.metrics(), contentType: 'text/plain; version=0.0.4; charset=utf-8' }) },
      { method: 'GET', path: '/status', handle: () => json(handlers.status()) },
      { method: 'GET', path: '/health', handle: () => json({ ok: true }) },
    ],
  });
  const field = 'autoscaler.metricsListen';
  const busy = 'another process holds that port: is an autoscaler already running (`slipway autoscaler status`)? Else pick another port';
  const bound = await listenOn(server, parseHostPort(listen, field), field, busy);
  return {
    url: baseUrlOf(`${bound.host.includes(':') ? `[${bound.host}]` : bound.host}:${bound.port}`),
    close: () => {
      const closed = closeServer(server);
      server.closeAllConnections();
      return closed;
    },
  };
}

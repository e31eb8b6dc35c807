// Listen addresses (HOST:PORT) and backend targets (http://HOST:PORT), parsed once at start so the data path never parses.
import * as net from 'node:net';
import { UsageError } from '../errors';

export interface HostPort {
  host: string;
  port: number;
}

export interface Target {
  /** http://host:port — what status shows and what undici's pool is keyed by. */
  origin: string;
  host: string;
  port: number;
}

export function parseHostPort(value: string, field: string): HostPort {
  const m = /^(\[([0-9a-fA-F:]+)\]|([A-Za-z0-9.-]+)):([0-9]{1,5})$/.exec(value);
  const port = m ? Number(m[4]) : NaN;
  if (!m || port < 1 || port > 65535) {
    throw new UsageError(`${field}: expected HOST:PORT (e.g. 127.0.0.1:8080), got ${JSON.stringify(value)}`, `give ${field} as an address and a port 1-65535`);
  }
  return { host: m[2] ?? m[3], port };
}

export function formatHostPort({ host, port }: HostPort): string {
  return net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}

export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return net.isIPv4(host) && host.startsWith('127.');
}

/** A backend is an http origin with no path: the proxy forwards the client's own path to it. */
export function parseTarget(value: string, field: string): Target {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${field}: expected a URL like http://127.0.0.1:3001, got ${JSON.stringify(value)}`, `give ${field} as http://HOST:PORT`);
  }
  if (url.protocol !== 'http:') {
    throw new UsageError(`${field}: only http:// backends are supported, got ${JSON.stringify(value)}`, 'the backends sit beside the proxy on the same host; point at their plain-http port');
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new UsageError(`${field}: expected only scheme, host and port, got ${JSON.stringify(value)}`, `drop the path, query and credentials from ${field}; the proxy keeps the client's path`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port ? Number(url.port) : 80;
  return { origin: `http://${formatHostPort({ host, port })}`, host, port };
}

// Backend targets (http://HOST:PORT), parsed once at start so the data path never parses.
import { UsageError } from '../core/errors';
import { formatHostPort } from '../core/listen-address';

export interface Target {
  /** http://host:port — what status shows. */
  origin: string;
  host: string;
  port: number;
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

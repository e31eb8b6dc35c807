// Listen addresses (HOST:PORT) and whether an address is loopback: one reading for the proxy, the toggle
// server and the autoscaler, so a value one of them accepts the others accept too.
import * as net from 'node:net';
import { UsageError } from './errors';

export interface HostPort {
  host: string;
  port: number;
}

/** HOST:PORT or [V6]:PORT with a port 1-65535, or undefined. */
export function hostPortOf(value: string): HostPort | undefined {
  const m = /^(\[([0-9a-fA-F:]+)\]|([A-Za-z0-9.-]+)):([0-9]{1,5})$/.exec(value);
  const port = m ? Number(m[4]) : NaN;
  return m && port >= 1 && port <= 65535 ? { host: m[2] ?? m[3], port } : undefined;
}

export function parseHostPort(value: string, field: string): HostPort {
  const hp = hostPortOf(value);
  if (!hp) {
    throw new UsageError(`${field}: expected HOST:PORT (e.g. 127.0.0.1:8080), got ${JSON.stringify(value)}`, `give ${field} as an address and a port 1-65535`);
  }
  return hp;
}

export function formatHostPort({ host, port }: HostPort): string {
  return net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The http://HOST:PORT a client on this host reaches a listener at; a wildcard address is reached on loopback. */
export function localUrlOf(listen: string, field: string): string {
  const { host, port } = parseHostPort(listen, field);
  const shown = host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${formatHostPort({ host: shown, port })}`;
}

/** A peer's address as node reports it (IPv4 may come mapped into IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/, '');
  return a === '::1' || (net.isIPv4(a) && a.startsWith('127.'));
}

/** A host to listen on: a loopback address, bracketed or not, or `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === 'localhost' || isLoopbackAddress(h);
}

// Listening on a configured address with an error that names the config field, and closing without cutting requests.
import type * as http from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { StepFailed } from './errors';
import { formatHostPort, type HostPort } from './listen-address';

/** Listens on HOST:PORT (port 0 picks one) and answers the bound address; a refusal names the config field. */
export function listenOn(server: Server, at: HostPort, field: string, busyHint?: string): Promise<HostPort> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      const hint = err.code === 'EADDRINUSE' ? (busyHint ?? `another process listens on ${formatHostPort(at)}: stop it, or set ${field} to a free port`) : `check ${field}: use an address of this host, e.g. 127.0.0.1:${at.port || 8080}`;
      reject(new StepFailed(`${field}: cannot listen on ${formatHostPort(at)} (${err.code ?? err.message})`, hint));
    };
    server.once('error', onError);
    server.listen(at.port, at.host, () => {
      server.off('error', onError);
      resolve({ host: at.host, port: (server.address() as AddressInfo).port });
    });
  });
}

/** Stops accepting, lets requests in flight finish, and closes idle keep-alive connections now. */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

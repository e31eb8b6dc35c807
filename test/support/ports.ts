import * as net from 'node:net';

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Two free ports `offset` apart for each of `count` roles, for host-network deploys. */
export async function freePortPairs(count: number, offset: number): Promise<number[]> {
  const picked: number[] = [];
  while (picked.length < count) {
    const p = await freePort();
    if (p + offset > 65535 || picked.includes(p) || picked.includes(p + offset) || picked.some((q) => q + offset === p)) continue;
    if (await isFree(p + offset)) picked.push(p);
  }
  return picked;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

import * as net from 'node:net';

/** Ports this process already handed out: the kernel may offer a closed port again before the test binds it. */
const handedOut = new Set<number>();

/** A loopback port nobody listens on right now, and never the same one twice in one test process. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port: p } = server.address() as net.AddressInfo;
        server.close(() => resolve(p));
      });
    });
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    return port;
  }
}

/** Two free ports `offset` apart for each of `count` roles, for host-network deploys. */
export async function freePortPairs(count: number, offset: number): Promise<number[]> {
  const picked: number[] = [];
  while (picked.length < count) {
    const p = await freePort();
    if (p + offset > 65535 || picked.includes(p) || picked.includes(p + offset) || picked.some((q) => q + offset === p)) continue;
    if (handedOut.has(p + offset) || !(await isFree(p + offset))) continue;
    handedOut.add(p + offset);
    picked.push(p);
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

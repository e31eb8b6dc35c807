import * as fs from 'node:fs';
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

/**
 * Two free ports `offset` apart for each of `count` roles, for host-network deploys. They come from below the kernel's
 * ephemeral range, as a real deployment's do: a port inside it can be taken by any outgoing connection (the proxy's, the
 * load's) between deploys, and the deploy's port-free check then rightly refuses it.
 */
export async function freePortPairs(count: number, offset: number): Promise<number[]> {
  const below = ephemeralLow();
  const picked: number[] = [];
  for (let tries = 0; picked.length < count; tries++) {
    if (tries > 1000) throw new Error(`no ${count} free port pairs ${offset} apart below ${below}`);
    const p = 20000 + Math.floor(Math.random() * (below - 20000 - offset));
    const taken = [...picked, ...picked.map((q) => q + offset)];
    if (taken.includes(p) || taken.includes(p + offset) || handedOut.has(p) || handedOut.has(p + offset)) continue;
    if (!(await isFree(p)) || !(await isFree(p + offset))) continue;
    handedOut.add(p).add(p + offset);
    picked.push(p);
  }
  return picked;
}

function ephemeralLow(): number {
  try {
    return Number(fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
  } catch {
    return 32768;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

// The proxy's backends in a fuzz run: plain node http servers on loopback (production and canary) that answer every
// request 200 (never a 5xx, so any 5xx a client sees is slipway's own), count what they receive, and flag an arrival
// that slipway should have answered itself or passed on malformed: every such flag blames the proxy, not the backend.
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Arrival {
  role: string;
  /** The X-Fuzz-Case marker: "seed.index" of the case that sent it, "health" for the run's own probes. */
  caseId: string | undefined;
  method: string;
  url: string;
  flags: string[];
}

export interface FuzzBackend {
  role: string;
  port: number;
  url: string;
  received: number;
  close(): Promise<void>;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_VALUE = /[\x00-\x08\x0a-\x1f\x7f]/;
const ORIGIN_FORM = /^\/[\x21\x22\x24-\x7e]*$/;

/** What is wrong with a request as it reached a backend; `isLocal` says whether its case had to stay in slipway. */
export function arrivalFlags(req: http.IncomingMessage): { caseId: string | undefined; flags: string[] } {
  const flags: string[] = [];
  const raw = req.rawHeaders;
  const values = (name: string) => raw.filter((_, i) => i % 2 === 1 && raw[i - 1].toLowerCase() === name);
  const markers = values('x-fuzz-case');
  const caseId = markers.length === 1 ? markers[0] : undefined;
  if (caseId === undefined) flags.push('unmarked-request');
  if (!ORIGIN_FORM.test(req.url ?? '')) flags.push('target-not-origin-form');
  for (let i = 0; i < raw.length; i += 2) {
    if (!TOKEN.test(raw[i])) flags.push('invalid-header-name');
    if (BAD_VALUE.test(raw[i + 1])) flags.push('control-character-in-header-value');
  }
  const xff = values('x-forwarded-for');
  if (xff.length !== 1 || xff[0] !== '127.0.0.1') flags.push(`x-forwarded-for-not-set-by-proxy (${JSON.stringify(xff)})`);
  const xfp = values('x-forwarded-proto');
  if (xfp.length !== 1 || xfp[0] !== 'http') flags.push(`x-forwarded-proto-not-set-by-proxy (${JSON.stringify(xfp)})`);
  const xfh = values('x-forwarded-host');
  if (xfh.length > 1 || (xfh.length === 1 && xfh[0] !== req.headers.host)) flags.push('x-forwarded-host-from-client');
  if (values('forwarded').length) flags.push('forwarded-from-client');
  const cl = values('content-length');
  const te = values('transfer-encoding');
  if (cl.length > 1 || (cl.length && te.length) || te.length > 1 || (te.length && te[0] !== 'chunked')) flags.push('ambiguous-framing');
  if (values('x-hop').length || values('proxy-authorization').length) flags.push('hop-by-hop-header-passed');
  const upgrade = values('upgrade');
  if (upgrade.length && (req.method !== 'GET' || upgrade.length > 1 || !/^websocket$/i.test(upgrade[0]))) flags.push('upgrade-not-allowed');
  return { caseId, flags: [...new Set(flags)] };
}

export async function startFuzzBackend(role: string, onArrival: (a: Arrival) => void, isLocal: (caseId: string) => boolean): Promise<FuzzBackend> {
  const backend = { received: 0 };
  const arrive = (req: http.IncomingMessage, whole: boolean): string | undefined => {
    backend.received++;
    const { caseId, flags } = arrivalFlags(req);
    const report = (more: string[]) => onArrival({ role, caseId, method: req.method ?? '', url: req.url ?? '', flags: [...flags, ...more] });
    const local = caseId !== undefined && caseId !== 'health' && isLocal(caseId);
    // a streaming proxy sends the head before it meets a malformed body: that request must then arrive cut, never whole
    if (local && whole) report(['should-have-been-answered-by-slipway']);
    else if (local) req.once('end', () => report(['should-have-been-answered-by-slipway (arrived whole)']));
    else if (flags.length) report([]);
    return caseId;
  };
  const ok = Buffer.from(`ok ${role}\n`);
  // lenient, so whatever the proxy passes on arrives here to be judged instead of being refused unseen
  const server = http.createServer({ insecureHTTPParser: true, requireHostHeader: false, keepAliveTimeout: 30_000 }, (req, res) => {
    arrive(req, false);
    req.on('error', () => undefined);
    req.resume();
    req.on('end', () => {
      const answer = () => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': ok.length }).end(ok);
      if (req.url?.startsWith('/slow')) setTimeout(answer, 200);
      else answer();
    });
  });
  server.on('clientError', (err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    // a connection the proxy closed mid-request is its way of cancelling one, not bytes it got wrong
    if (err.code !== 'ECONNRESET' && err.code !== 'HPE_INVALID_EOF_STATE') {
      const raw = err.rawPacket?.toString('latin1') ?? '';
      onArrival({ role, caseId: /x-fuzz-case: ([^\r\n]+)/i.exec(raw)?.[1], method: '', url: '', flags: [`unparseable-bytes-from-proxy (${err.code}): ${JSON.stringify(raw.slice(0, 80))}`] });
    }
    socket.destroy();
  });
  const tunnels = new Set<Socket>();
  server.on('upgrade', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    tunnels.add(socket);
    socket.once('close', () => tunnels.delete(socket));
    const caseId = arrive(req, true);
    socket.on('error', () => undefined);
    const allowed = req.method === 'GET' && /^websocket$/i.test(String(req.headers.upgrade));
    if (allowed && req.url !== '/no-upgrade') {
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n');
      if (head.length) socket.write(head);
      socket.pipe(socket);
      return;
    }
    // a refused upgrade: whatever comes next on this socket must be HTTP from the proxy, never raw client bytes
    socket.write(`HTTP/1.1 ${allowed ? 200 : 400} ${allowed ? 'OK' : 'Bad Request'}\r\ncontent-length: ${ok.length}\r\n\r\n${ok}`);
    socket.once('data', (data: Buffer) => {
      if (!/\r\nx-forwarded-for: 127\.0\.0\.1\r\n/i.test(data.toString('latin1'))) {
        onArrival({ role, caseId, method: '', url: '', flags: [`raw-bytes-after-refused-upgrade: ${JSON.stringify(data.toString('latin1').slice(0, 60))}`] });
      }
      socket.end(`HTTP/1.1 200 OK\r\ncontent-length: ${ok.length}\r\nconnection: close\r\n\r\n${ok}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    role,
    port,
    url: `http://127.0.0.1:${port}`,
    get received() {
      return backend.received;
    },
    close: () => {
      server.closeAllConnections();
      for (const t of tunnels) t.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

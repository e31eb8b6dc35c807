// Real backend processes for the proxy's tests and benchmarks: small node http servers on free loopback ports,
// each in its own process so one can be killed mid-load. Every reply says which role answered.
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './ports';

// Runs in the child. Routes: / (role + "\n"), /echo-headers, /slow?ms=N, /stream?chunks=N, POST (echo length),
// /__control?fail=1|0 (answer 500 to everything else) &delay=MS (answer everything else that late), WebSocket-style upgrade (101, then echo).
const BACKEND_SOURCE = String.raw`
const http = require('node:http');
const role = process.env.BACKEND_ROLE;
let failing = process.env.BACKEND_FAIL === '1';
let first500 = 0;
let served = 0;
let delayMs = 0;
const ok = Buffer.from(role + '\n');
const server = http.createServer((req, res) => {
  if (delayMs && !req.url.startsWith('/__control')) return void setTimeout(() => answer(req, res), delayMs);
  answer(req, res);
});
function answer(req, res) {
  if (req.url.startsWith('/__control')) {
    const q = new URL(req.url, 'http://x').searchParams;
    if (q.has('fail')) failing = q.get('fail') === '1';
    if (q.has('delay')) delayMs = Number(q.get('delay'));
    res.setHeader('content-type', 'application/json');
    return res.end(JSON.stringify({ role, failing, first500, served }));
  }
  served++;
  if (failing) {
    if (!first500) first500 = Date.now();
    const body = 'failing: ' + role + '\n';
    res.writeHead(500, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) });
    return res.end(body);
  }
  if (req.method === 'POST' || req.method === 'PUT') {
    let n = 0;
    req.on('data', (c) => (n += c.length));
    req.on('end', () => res.end(role + ' got ' + n + '\n'));
    return;
  }
  if (req.url === '/echo-headers') {
    res.setHeader('content-type', 'application/json');
    res.setHeader('connection', 'keep-alive, x-internal');
    res.setHeader('x-internal', 'hop');
    return res.end(JSON.stringify({ role, headers: req.headers }));
  }
  if (req.url.startsWith('/slow')) {
    const ms = Number(new URL(req.url, 'http://x').searchParams.get('ms') || 500);
    return setTimeout(() => res.end(role + '\n'), ms);
  }
  if (req.url.startsWith('/stream')) {
    let left = Number(new URL(req.url, 'http://x').searchParams.get('chunks') || 10);
    res.writeHead(200, { 'content-type': 'text/plain' });
    const tick = () => { if (left-- <= 0) return res.end(role + ' done\n'); res.write(role + ' chunk\n'); setTimeout(tick, 20); };
    return tick();
  }
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': ok.length });
  res.end(ok);
}
server.keepAliveTimeout = 65000;
server.on('upgrade', (req, socket, head) => {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nupgrade: ' + (req.headers.upgrade || 'websocket') + '\r\nconnection: Upgrade\r\nx-backend: ' + role + '\r\n\r\n');
  if (head.length) socket.write(head);
  socket.pipe(socket);
});
server.listen(Number(process.env.BACKEND_PORT), process.env.BACKEND_HOST, () => process.stdout.write('listening\n'));
// the parent holds our stdin: when it dies, however it dies, so do we
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

export interface TestBackend {
  role: string;
  port: number;
  url: string;
  process: ChildProcess;
  /** Makes the backend answer 500 to everything (or stop doing so). */
  setFailing(failing: boolean): Promise<void>;
  /** Makes the backend answer every request this late (0: at once). */
  setDelay(ms: number): Promise<void>;
  control(): Promise<{ role: string; failing: boolean; first500: number; served: number }>;
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>;
}

/** `host`: another loopback address (127.0.0.2…), for a name that resolves to several backends. */
export async function startBackend(role: string, opts: { port?: number; failing?: boolean; host?: string } = {}): Promise<TestBackend> {
  const port = opts.port ?? (await freePort());
  const host = opts.host ?? '127.0.0.1';
  const child = spawn(process.execPath, ['-e', BACKEND_SOURCE], {
    env: { PATH: process.env.PATH, BACKEND_ROLE: role, BACKEND_HOST: host, BACKEND_PORT: String(port), BACKEND_FAIL: opts.failing ? '1' : '0' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`backend ${role} did not start on ${host}:${port}`)), 10_000);
    child.stdout!.once('data', () => {
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => reject(new Error(`backend ${role} exited (${code}) before listening on ${port}`)));
  });
  const url = `http://${host}:${port}`;
  const control = async (query = '') => (await (await fetch(`${url}/__control${query}`)).json()) as Awaited<ReturnType<TestBackend['control']>>;
  return {
    role,
    port,
    url,
    process: child,
    setFailing: async (failing) => void (await control(`?fail=${failing ? 1 : 0}`)),
    setDelay: async (ms) => void (await control(`?delay=${ms}`)),
    control: () => control(),
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

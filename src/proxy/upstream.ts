// The proxy's client to one backend address: kept-alive connections, one request on a connection at a time (a slow
// answer never holds up another), the answer read with Node's own parser (llhttp, strict) and handed on as it comes.
// Every failure reaches the handler as an error with a code, so the exchange can tell the backend's fault
// (refused, reset, timed out, a malformed answer) from the client's (its body broke off) and from its own abort.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { coded, UPSTREAM_CODES, UpstreamConnection } from './upstream-connection';

export { UPSTREAM_CODES } from './upstream-connection';

export interface UpstreamRequest {
  method: string;
  /** Origin-form, already checked by the data plane. */
  path: string;
  /** Flat [name, value, …], end-to-end headers only (scanRequest). */
  headers: string[];
  body: IncomingMessage | null;
  /** The protocol a GET asks to switch to. */
  upgrade?: string;
}

/** What an exchange is told; `abort` ends the request (its handler then gets onError). */
export interface UpstreamHandler {
  onConnect(abort: (err?: Error) => void): void;
  /** false: stop reading until `resume` is called. */
  onHeaders(status: number, headers: string[], resume: () => void, statusText: string): boolean;
  onData(chunk: Buffer): boolean;
  onComplete(): void;
  onUpgrade(status: number, headers: string[], socket: Duplex): void;
  onError(err: Error): void;
}

export interface UpstreamOptions {
  connectTimeoutMs: number;
  /** Longest wait for the answer's head, and between its body's chunks. */
  requestTimeoutMs: number;
  /** How long an idle connection is kept (less if the backend says so). */
  keepAliveMs: number;
}

/** How often deadlines are checked: one timer per address, not one re-armed on every read and write. */
const SWEEP_MS = 250;

export class UpstreamPool {
  private readonly idle: UpstreamConnection[] = [];
  private readonly open = new Set<UpstreamConnection>();
  private closing = false;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(readonly host: string, readonly port: number, readonly opts: UpstreamOptions) {}

  dispatch(request: UpstreamRequest, handler: UpstreamHandler): void {
    if (this.closing) return handler.onError(coded(UPSTREAM_CODES.closed, 'this backend address was retired'));
    // an upgrade gets a connection of its own that can become a tunnel (a stream); the others read into one buffer
    let conn = request.upgrade ? undefined : this.idle.pop();
    while (conn && !conn.reusable) {
      conn.destroy(); // kept past its keep-alive time: the backend may be closing it right now
      conn = this.idle.pop();
    }
    if (!conn) {
      conn = new UpstreamConnection(this, !request.upgrade);
      this.open.add(conn);
      this.sweeper ??= setInterval(() => this.sweep(), SWEEP_MS).unref();
    }
    conn.send(request, handler);
  }

  /** A connection done with its request: kept for the next one, or closed. */
  release(conn: UpstreamConnection): void {
    if (this.closing || !conn.readsIntoBuffer) conn.destroy();
    else this.idle.push(conn);
  }

  /** Requests past their deadline fail; idle connections past their keep-alive time close. */
  private sweep(): void {
    const now = performance.now();
    for (const conn of this.open) conn.checkDeadlines(now);
  }

  forget(conn: UpstreamConnection): void {
    this.open.delete(conn);
    const i = this.idle.indexOf(conn);
    if (i >= 0) this.idle.splice(i, 1);
    if (!this.open.size) this.sweeper = void clearInterval(this.sweeper);
  }

  /** Closes idle connections now and the others as their requests end. */
  async close(): Promise<void> {
    this.closing = true;
    for (const conn of this.idle.splice(0)) conn.destroy();
  }

  async destroy(): Promise<void> {
    this.closing = true;
    for (const conn of [...this.open]) conn.destroy();
  }
}

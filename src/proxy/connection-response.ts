// A response written straight onto a fast-path connection (see fast-path.ts): the members of ServerResponse an
// Exchange uses, with the framing Node would choose (the given content-length, else chunked) and header names and
// values checked as Node checks them, so nothing a backend sends can split the response.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { hasInvalidChar, isToken } from './llhttp';

/** What an Exchange writes its answer to: Node's ServerResponse, or a ConnectionResponse on the fast path. */
export interface ClientResponse {
  readonly headersSent: boolean;
  shouldKeepAlive: boolean;
  readonly writableFinished: boolean;
  readonly socket: Socket | null;
  writeHead(status: number, statusText: string, headers: string[]): unknown;
  writeHead(status: number, headers: string[]): unknown;
  write(chunk: Buffer): boolean;
  end(body?: string): unknown;
  destroy(err?: Error): unknown;
  on(event: 'close', listener: () => void): unknown;
  once(event: 'drain', listener: () => void): unknown;
}

/** The proxy's own answer (a refusal, an upstream failure): plain text, with what went wrong in `x-slipway-error`. An
 *  answer already under way can only be cut off. */
export function answerError(res: ClientResponse, status: number, kind: string, message: string): void {
  if (res.headersSent) return void res.destroy();
  const body = `${status} ${message}\n`;
  res.writeHead(status, ['content-type', 'text/plain; charset=utf-8', 'content-length', String(Buffer.byteLength(body)), 'x-slipway-error', kind]);
  res.end(body);
}

let dateSecond = 0;
let dateValue = '';
/** The Date header, formatted once a second as Node's server does. */
function utcDate(): string {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateValue = new Date(now).toUTCString();
  }
  return dateValue;
}

const ONE_WRITE_MAX = 64 * 1024;

function withHead(head: string, body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(head.length + body.length);
  out.write(head, 0, 'latin1');
  body.copy(out, head.length);
  return out;
}

const invalid = (what: string) => Object.assign(new Error(`invalid ${what} in a response`), { code: 'ERR_INVALID_CHAR' });

export class ConnectionResponse implements ClientResponse {
  headersSent = false;
  writableFinished = false;
  private head = '';
  private chunked = false;
  private noBody: boolean;
  private ended = false;
  private closed = false;
  private readonly closeListeners: (() => void)[] = [];

  /** `keepAliveHeader`: the Keep-Alive line a kept connection announces; `onEnd` runs once the answer is written whole. */
  constructor(readonly socket: Socket, isHead: boolean, public shouldKeepAlive: boolean, private readonly keepAliveHeader: string, private readonly onEnd: (res: ConnectionResponse) => void) {
    this.noBody = isHead;
  }

  writeHead(status: number, textOrHeaders: string | string[], maybeHeaders?: string[]): this {
    const headers = typeof textOrHeaders === 'string' ? maybeHeaders ?? [] : textOrHeaders;
    const text = typeof textOrHeaders === 'string' ? textOrHeaders : STATUS_CODES[status] ?? 'unknown';
    if (hasInvalidChar(text)) throw invalid('status text');
    let head = `HTTP/1.1 ${status} ${text}\r\n`;
    let hasLength = false;
    let hasDate = false;
    for (let i = 0; i < headers.length; i += 2) {
      const name = headers[i];
      const value = headers[i + 1];
      if (!isToken(name)) throw invalid(`header name ${JSON.stringify(name.slice(0, 40))}`);
      if (hasInvalidChar(value)) throw invalid(`value of ${name}`);
      if (name.length === 14) hasLength ||= name.toLowerCase() === 'content-length';
      else if (name.length === 4) hasDate ||= name.toLowerCase() === 'date';
      head += `${name}: ${value}\r\n`;
    }
    if (status === 204 || status === 304 || status < 200) this.noBody = true;
    if (!this.noBody && !hasLength) {
      this.chunked = true;
      head += 'transfer-encoding: chunked\r\n';
    }
    if (!hasDate) head += `date: ${utcDate()}\r\n`;
    head += this.shouldKeepAlive ? `connection: keep-alive\r\n${this.keepAliveHeader}\r\n` : 'connection: close\r\n\r\n';
    this.head = head;
    this.headersSent = true;
    return this;
  }

  /** The head goes out with the first body bytes (or the end) in one write. */
  write(chunk: Buffer | string): boolean {
    if (this.ended || this.closed) return false;
    // one write needs no cork (corking it only buffers it in the stream and flushes it again)
    if (!this.chunked && (!this.head || this.fitsWithHead(chunk))) return this.put(chunk);
    const socket = this.socket;
    socket.cork();
    const ok = this.put(chunk);
    socket.uncork();
    return ok;
  }

  private put(chunk: Buffer | string): boolean {
    const socket = this.socket;
    let ok = true;
    if (this.head) {
      const head = this.head;
      this.head = '';
      // nearly every answer: its head and whole body in one buffer, one write (cheaper than a writev of both)
      if (!this.chunked && this.fitsWithHead(chunk)) return socket.write(withHead(head, chunk as Buffer));
      ok = socket.write(head, 'latin1');
    }
    if (this.noBody || !chunk.length) return ok;
    if (!this.chunked) return socket.write(chunk);
    socket.write(`${Buffer.byteLength(chunk).toString(16)}\r\n`, 'latin1');
    socket.write(chunk);
    return socket.write('\r\n', 'latin1');
  }

  private fitsWithHead(chunk: Buffer | string): boolean {
    return !this.noBody && typeof chunk !== 'string' && chunk.length <= ONE_WRITE_MAX;
  }

  end(body?: string): this {
    if (this.ended || this.closed) return this;
    if (!this.headersSent) this.writeHead(200, []);
    this.ended = true;
    const socket = this.socket;
    if (this.head || body || this.chunked) {
      socket.cork();
      this.put(body ?? '');
      if (this.chunked) socket.write('0\r\n\r\n', 'latin1');
      socket.uncork();
    }
    this.writableFinished = true;
    this.onEnd(this);
    this.emitClose();
    return this;
  }

  destroy(): this {
    this.socket.destroy();
    this.emitClose();
    return this;
  }

  on(_event: 'close', listener: () => void): this {
    this.closeListeners.push(listener);
    return this;
  }

  once(_event: 'drain', listener: () => void): this {
    this.socket.once('drain', listener);
    return this;
  }

  /** The connection closed: an answer not written whole by now never will be. */
  emitClose(): void {
    if (this.closed) return;
    this.closed = true;
    for (const listener of this.closeListeners) listener();
  }
}

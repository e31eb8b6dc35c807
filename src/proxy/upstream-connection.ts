// One kept-alive connection to a backend address (see upstream.ts): writes a request, streams its body at the pace the
// backend takes it, reads the answer with llhttp and hands it on; any failure ends the request with a coded error.
import type { IncomingMessage } from 'node:http';
import * as net from 'node:net';
import { HTTPParser, responseParser, type Parser } from './llhttp';
import type { UpstreamHandler, UpstreamPool, UpstreamRequest } from './upstream';

export const UPSTREAM_CODES = {
  connectTimeout: 'SLIPWAY_CONNECT_TIMEOUT',
  headersTimeout: 'SLIPWAY_HEADERS_TIMEOUT',
  bodyTimeout: 'SLIPWAY_BODY_TIMEOUT',
  closed: 'SLIPWAY_UPSTREAM_CLOSED',
  aborted: 'SLIPWAY_ABORTED',
  clientBody: 'SLIPWAY_CLIENT_BODY',
} as const;

export const coded = (code: string, message: string) => Object.assign(new Error(message), { code });

/** What every buffered upstream connection reads into: parsed (and its body pieces copied) before the next read. */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

export class UpstreamConnection {
  private readonly socket: net.Socket;
  private readonly parser: Parser;
  private connected = false;
  private handler: UpstreamHandler | undefined;
  private request: UpstreamRequest | undefined;
  private headersSeen = false;
  private keepAlive = true;
  private bodySent = true;
  private upgrading = false;
  private keepAliveMs: number;
  private headerChunks: string[] = [];
  private detachBody: (() => void) | undefined;
  private error: Error | undefined;
  private idleSince = 0;
  /** When bytes last went either way: a request silent for requestTimeoutMs fails. */
  private lastIo = 0;

  /** `readsIntoBuffer`: answers are read into one shared buffer (no stream, no allocation per read), which is what
   *  makes this client cheaper than a stream's 'data' events; a connection that may become a tunnel reads as a stream. */
  constructor(private readonly pool: UpstreamPool, readonly readsIntoBuffer: boolean) {
    this.keepAliveMs = pool.opts.keepAliveMs;
    const onread = readsIntoBuffer ? { buffer: READ_BUFFER, callback: this.onRead } : undefined;
    const socket = (this.socket = net.connect({ host: pool.host, port: pool.port, noDelay: true, onread }));
    socket.setTimeout(pool.opts.connectTimeoutMs); // until connected; then the pool's sweep keeps the deadlines
    socket.once('connect', this.onConnected);
    if (!readsIntoBuffer) socket.on('data', this.onData);
    socket.on('end', this.onEnd);
    socket.on('timeout', this.onTimeout);
    socket.on('error', (err) => (this.error ??= err));
    socket.on('close', this.onClose);
    const parser = (this.parser = responseParser());
    parser[HTTPParser.kOnHeaders] = (headers: string[]) => this.headerChunks.push(...headers);
    parser[HTTPParser.kOnHeadersComplete] = this.onHeadersComplete;
    parser[HTTPParser.kOnBody] = this.onBody;
    parser[HTTPParser.kOnMessageComplete] = this.onMessageComplete;
  }

  get reusable(): boolean {
    return !this.socket.destroyed && this.socket.writable && performance.now() - this.idleSince < this.keepAliveMs;
  }

  send(request: UpstreamRequest, handler: UpstreamHandler): void {
    this.request = request;
    this.handler = handler;
    this.headersSeen = false;
    this.bodySent = !request.body;
    // this request's own abort: one called late, by an exchange long over, must not end the connection's next request
    handler.onConnect((err) => this.handler === handler && this.fail(err ?? coded(UPSTREAM_CODES.aborted, 'the request was aborted')));
    if (this.handler !== handler) return; // aborted at once (its client had gone)
    if (this.connected) this.write(request);
  }

  private readonly onConnected = (): void => {
    this.connected = true;
    this.socket.setTimeout(0);
    if (this.request && this.handler) this.write(this.request);
  };

  private write(request: UpstreamRequest): void {
    const socket = this.socket;
    this.lastIo = performance.now();
    let head = `${request.method} ${request.path} HTTP/1.1\r\n`;
    let hasHost = false;
    let hasLength = false;
    const h = request.headers;
    for (let i = 0; i < h.length; i += 2) {
      const name = h[i];
      if (name.length === 4) hasHost ||= name.toLowerCase() === 'host';
      else if (name.length === 14) hasLength ||= name.toLowerCase() === 'content-length';
      head += `${name}: ${h[i + 1]}\r\n`;
    }
    if (!hasHost) head += `host: ${net.isIPv6(this.pool.host) ? `[${this.pool.host}]` : this.pool.host}:${this.pool.port}\r\n`;
    const chunked = request.body !== null && !hasLength;
    if (chunked) head += 'transfer-encoding: chunked\r\n';
    head += request.upgrade ? `connection: upgrade\r\nupgrade: ${request.upgrade}\r\n\r\n` : 'connection: keep-alive\r\n\r\n';
    socket.write(head, 'latin1');
    if (request.body) this.streamBody(request.body, chunked);
  }

  /** The client's body as it arrives, at the pace the backend takes it. */
  private streamBody(body: IncomingMessage, chunked: boolean): void {
    const socket = this.socket;
    const resume = () => body.resume();
    const onData = (chunk: Buffer) => {
      this.lastIo = performance.now();
      let ok: boolean;
      if (chunked) {
        socket.cork();
        socket.write(`${chunk.length.toString(16)}\r\n`, 'latin1');
        socket.write(chunk);
        ok = socket.write('\r\n', 'latin1');
        socket.uncork();
      } else ok = socket.write(chunk);
      if (!ok) {
        body.pause();
        socket.once('drain', resume);
      }
    };
    const onEnd = () => {
      if (chunked) socket.write('0\r\n\r\n', 'latin1');
      this.bodySent = true;
      detach();
    };
    const onBroken = () => this.fail(coded(UPSTREAM_CODES.clientBody, 'the client did not send its whole body'));
    const detach = () => {
      body.off('data', onData).off('end', onEnd).off('error', onBroken).off('close', onClose);
      socket.off('drain', resume);
      this.detachBody = undefined;
    };
    const onClose = () => body.readableEnded || onBroken();
    this.detachBody = detach;
    body.on('data', onData).once('end', onEnd).once('error', onBroken).once('close', onClose);
  }

  private readonly onRead = (length: number, buffer: Buffer): boolean => {
    this.onData(buffer.subarray(0, length));
    return true;
  };

  private readonly onData = (data: Buffer): void => {
    this.lastIo = performance.now();
    const parsed = this.parser.execute(data);
    if (parsed instanceof Error) return this.fail(parsed);
    if (this.upgrading) this.handUpgrade(data.subarray(parsed));
  };

  private upgradeAnswer: { status: number; raw: string[] } | undefined;

  private readonly onHeadersComplete = (_major: number, _minor: number, headers: string[] | undefined, _method: number, _url: string, status: number, statusText: string, upgrade: boolean, keepAlive: boolean): number => {
    const raw = headers ?? this.headerChunks;
    this.headerChunks = [];
    const handler = this.handler;
    if (!handler || !this.request) return 1;
    if (status < 200 && status !== 101) return 1; // 100 Continue, 103 Early Hints: the final answer follows
    if (status === 101) {
      if (!upgrade || !this.request.upgrade) return void this.fail(coded('HPE_INVALID_STATUS', 'the backend switched protocols unasked')), 1;
      this.upgrading = true;
      this.upgradeAnswer = { status, raw };
      return 2;
    }
    this.headersSeen = true;
    this.keepAlive = keepAlive;
    this.readKeepAliveHint(raw);
    const skipBody = this.request.method === 'HEAD' ? 1 : 0; // read before the handler, which may end the request
    if (!handler.onHeaders(status, raw, () => this.handler === handler && this.socket.resume(), statusText)) this.socket.pause();
    return skipBody;
  };

  /** The backend's `Keep-Alive: timeout=N`: the connection is not reused within a second of that. */
  private readKeepAliveHint(raw: string[]): void {
    for (let i = 0; i < raw.length; i += 2) {
      if (raw[i].length !== 10 || raw[i].toLowerCase() !== 'keep-alive') continue;
      const seconds = Number(/timeout=(\d+)/i.exec(raw[i + 1])?.[1]);
      if (seconds >= 0) this.keepAliveMs = Math.min(this.pool.opts.keepAliveMs, seconds * 1000 - 1000);
    }
  }

  private readonly onBody = (chunk: Buffer): void => {
    // a view of the shared read buffer is copied: the client's socket may hold it past this read
    if (this.handler && !this.handler.onData(this.readsIntoBuffer ? Buffer.from(chunk) : chunk)) this.socket.pause();
  };

  private readonly onMessageComplete = (): void => {
    const handler = this.handler;
    if (!handler || !this.headersSeen) return; // the end of a 1xx
    this.handler = undefined;
    this.request = undefined;
    const reuse = this.keepAlive && this.bodySent && this.keepAliveMs > 0;
    this.detachBody?.();
    this.idleSince = performance.now();
    // paused for this answer's client (backpressure), it must read again for the next request's answer
    if (reuse && this.socket.isPaused()) this.socket.resume();
    handler.onComplete();
    if (reuse) this.pool.release(this);
    else this.destroy();
  };

  /** The rest of the connection is the tunnel's: the parser lets go of it with what it read past the 101. */
  private handUpgrade(rest: Buffer): void {
    const handler = this.handler!;
    const { status, raw } = this.upgradeAnswer!;
    this.handler = undefined;
    this.pool.forget(this);
    const socket = this.socket;
    socket.off('data', this.onData).off('end', this.onEnd).off('timeout', this.onTimeout).off('close', this.onClose);
    this.parser.close();
    if (rest.length) socket.unshift(rest);
    handler.onUpgrade(status, raw, socket);
  }

  private readonly onEnd = (): void => {
    this.parser.finish(); // an answer delimited by the connection's end completes here
    this.fail(coded(UPSTREAM_CODES.closed, 'the backend closed the connection'));
  };

  /** The connect timeout (a socket timeout, until connected). */
  private readonly onTimeout = (): void => {
    if (!this.connected) this.fail(coded(UPSTREAM_CODES.connectTimeout, `no connection to the backend within ${this.pool.opts.connectTimeoutMs} ms`));
  };

  checkDeadlines(now: number): void {
    if (!this.connected) return;
    if (!this.handler) {
      if (now - this.idleSince >= this.keepAliveMs) this.destroy();
      return;
    }
    if (now - this.lastIo < this.pool.opts.requestTimeoutMs) return;
    this.fail(coded(this.headersSeen ? UPSTREAM_CODES.bodyTimeout : UPSTREAM_CODES.headersTimeout, `the backend did not answer within ${this.pool.opts.requestTimeoutMs} ms`));
  }

  private readonly onClose = (): void => {
    this.pool.forget(this);
    this.parser.close();
    this.fail(this.error ?? coded(UPSTREAM_CODES.closed, 'the backend closed the connection'));
  };

  /** The request in flight (if any) fails with `err`; the connection is not used again. */
  private fail(err: Error): void {
    const handler = this.handler;
    this.handler = undefined;
    this.request = undefined;
    this.detachBody?.();
    this.destroy();
    handler?.onError(err);
  }

  destroy(): void {
    this.socket.destroy();
  }
}

// The data plane's connections as they arrive. The common request — HTTP/1.1, no body, no Upgrade, no Expect, its
// head in one read — is parsed with Node's own parser driven directly and answered through a ConnectionResponse:
// Node's IncomingMessage and ServerResponse cost a GET more CPU than the rest of the proxy together. Any other
// request hands the connection, from that request's first byte on, to Node's HTTP server, which answers malformed,
// oversized and slow heads, bodies, 100-continue and upgrades as it always has.
import type { Socket } from 'node:net';
import { ConnectionResponse } from './connection-response';
import { HTTPParser, methods, requestParser, type Parser } from './llhttp';

/** The request as the data plane reads it: the members of IncomingMessage it uses. */
export interface FastRequest {
  method: string;
  url: string;
  rawHeaders: string[];
  httpVersionMajor: number;
  httpVersionMinor: number;
  socket: { remoteAddress?: string };
  complete: boolean;
  errored: null;
  destroyed: boolean;
}

export interface FastPathOptions {
  maxHeaderBytes: number;
  idleTimeoutMs: number;
  /** Answers one request (the data plane's forward). */
  handle(req: FastRequest, res: ConnectionResponse): void;
  /** Gives the connection to Node's HTTP server; `bytes` are what it has not yet read of it. */
  handOver(socket: Socket, bytes: Buffer): void;
  /** True once the proxy drains: every answer closes its connection. */
  closing(): boolean;
}

const LINGER_MS = 5_000;
/** A header (by lowercase name) that makes a request one for Node's server. */
const SLOW_PATH_HEADERS = new Set(['transfer-encoding', 'upgrade', 'expect']);

export class FastConnection {
  private readonly parser: Parser;
  private active: ConnectionResponse | undefined;
  /** A message has begun and its head is not complete. */
  private inHead = false;
  /** A message completed in the read being parsed: a next one in the same read was sent before our answer. */
  private completedInRead = false;
  private pipelined = false;
  private giveAway = false;
  /** The read a head began in and did not finish, kept for a hand-over. */
  private partial: Buffer | undefined;
  private headerChunks: string[] = [];
  private urlChunks = '';
  private readonly keepAliveHeader: string;
  private lastIo = performance.now();

  constructor(readonly socket: Socket, private readonly opts: FastPathOptions, private readonly open: Set<FastConnection>) {
    open.add(this);
    this.keepAliveHeader = `keep-alive: timeout=${Math.floor(opts.idleTimeoutMs / 1000)}\r\n`;
    const parser = (this.parser = requestParser(opts.maxHeaderBytes));
    parser[HTTPParser.kOnMessageBegin] = this.onMessageBegin;
    parser[HTTPParser.kOnHeaders] = this.onHeaders;
    parser[HTTPParser.kOnHeadersComplete] = this.onHeadersComplete;
    parser[HTTPParser.kOnBody] = () => undefined; // only bodiless requests stay here; a body goes with the hand-over
    parser[HTTPParser.kOnMessageComplete] = this.onMessageComplete;
    socket.setNoDelay(true);
    socket.on('data', this.onData);
    socket.on('error', this.onError);
    socket.on('close', this.onClose);
  }

  /** Waiting for a request: nothing in flight, no head begun. */
  get idle(): boolean {
    return !this.active && !this.inHead;
  }

  private readonly onData = (data: Buffer): void => {
    this.lastIo = performance.now();
    if (this.pipelined) return;
    // a head that did not come in one read (a slow or huge one) is Node's to time and limit
    if (this.partial) return this.handOver(Buffer.concat([this.partial, data]));
    this.completedInRead = false;
    const result = this.parser.execute(data);
    if (this.giveAway || (result instanceof Error && this.inHead)) return this.handOver(data);
    if (this.pipelined) return; // what follows a pipelined request is not read: the connection closes after its answer
    if (result instanceof Error) return void this.socket.destroy();
    if (this.inHead) this.partial = data;
  };

  private readonly onMessageBegin = (): void => {
    if (this.giveAway || this.pipelined) return;
    if (this.active || this.completedInRead) return this.stopReading();
    this.inHead = true;
  };

  /** A request sent before the last one was answered: that answer is the connection's last (RFC 9112 §9.3.2 lets the
   *  client send this one again on a new connection). */
  private stopReading(): void {
    this.pipelined = true;
    if (this.active) this.active.shouldKeepAlive = false;
    else this.closeAfterAnswer();
  }

  /** Ends the connection once the last answer is out; what the client still sends is read and dropped (closing with it
   *  unread would reset the connection and could lose that answer), for a few seconds at most. */
  private closeAfterAnswer(): void {
    this.socket.end();
    setTimeout(() => this.socket.destroy(), LINGER_MS).unref();
  }

  private readonly onHeaders = (headers: string[], url: string): void => {
    this.headerChunks.push(...headers);
    this.urlChunks += url;
  };

  private readonly onHeadersComplete = (major: number, minor: number, headers: string[] | undefined, method: number, url: string | undefined, _status: number, _text: string, upgrade: boolean, keepAlive: boolean): void => {
    if (this.pipelined || this.giveAway) return;
    this.inHead = false;
    const rawHeaders = headers ?? this.headerChunks;
    const target = url ?? this.urlChunks;
    this.headerChunks = [];
    this.urlChunks = '';
    const name = methods[method] as string | undefined;
    // a method llhttp knows and Node's server does not (QUERY, …) is for Node's server to refuse, as it always has
    if (name === undefined || upgrade || major !== 1 || minor !== 1 || name === 'CONNECT' || !plain(rawHeaders)) {
      this.giveAway = true;
      return;
    }
    const res = new ConnectionResponse(this.socket, name === 'HEAD', keepAlive && !this.opts.closing(), this.keepAliveHeader, this.onAnswered);
    this.active = res;
    const req: FastRequest = { method: name, url: target, rawHeaders, httpVersionMajor: major, httpVersionMinor: minor, socket: this.socket, complete: true, errored: null, destroyed: false };
    this.opts.handle(req, res);
  };

  private readonly onMessageComplete = (): void => {
    this.completedInRead = true;
  };

  private readonly onAnswered = (res: ConnectionResponse): void => {
    this.lastIo = performance.now();
    if (this.active === res) this.active = undefined;
    if (!res.shouldKeepAlive || this.pipelined) this.closeAfterAnswer();
  };

  private handOver(bytes: Buffer): void {
    this.detach();
    this.opts.handOver(this.socket, bytes);
  }

  private detach(): void {
    if (!this.open.delete(this)) return;
    this.socket.off('data', this.onData);
    this.socket.off('error', this.onError);
    this.socket.off('close', this.onClose);
    this.parser.close();
  }

  /** Closed when idle for longer than proxy.idleTimeoutMs, kept alive or halfway through a head (the data plane checks
   *  every connection once a second rather than re-arming a timer on every read). */
  closeIfIdle(now: number): void {
    if (!this.active && now - this.lastIo > this.opts.idleTimeoutMs) this.socket.destroy();
  }

  /** A client that goes away is no failure of ours. */
  private readonly onError = (): void => void this.socket.destroy();

  private readonly onClose = (): void => {
    const res = this.active;
    this.active = undefined;
    this.detach();
    res?.emitClose();
  };
}

/** A Host header (Node's server answers 400 without one), no content-length above 0, no transfer-encoding, no Upgrade
 *  or Expect. */
function plain(raw: string[]): boolean {
  let host = false;
  for (let i = 0; i < raw.length; i += 2) {
    const length = raw[i].length;
    if (length !== 4 && length !== 14 && length !== 17 && length !== 7 && length !== 6) continue;
    const name = raw[i].toLowerCase();
    if (name === 'host') host = true;
    else if (name === 'content-length' ? raw[i + 1] !== '0' : SLOW_PATH_HEADERS.has(name)) return false;
  }
  return host;
}

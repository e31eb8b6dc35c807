// One client request through the proxy: sent to the chosen backend (upstream.ts, no intermediate streams), streamed
// back with backpressure, and — for a GET/HEAD the canary fails — answered by production instead. Only what the
// backend did counts against it: a client whose body breaks off, or that goes away, does not.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Backend } from './backends';
import { answerError, type ClientResponse } from './connection-response';
import type { ProxyCore } from './core';
import type { FailureKind } from './metrics';
import { responseHeaders, switchingProtocolsHead } from './headers';
import { Tunnel } from './tunnel';
import { UPSTREAM_CODES, type UpstreamHandler, type UpstreamPool, type UpstreamRequest } from './upstream';

/** A GET that asks to switch protocols: it becomes a tunnel only if the backend answers 101. */
export interface UpgradeRequest {
  protocol: string;
  /** Bytes the client sent after its request head. */
  early: Buffer;
  idleTimeoutMs: number;
  /** The data plane's open tunnels (their client sockets), closed last on shutdown. */
  tunnels: Set<Duplex>;
}

/** One try on one backend; a discarded try (a canary 5xx being retried) swallows whatever still arrives. */
class Attempt implements UpstreamHandler {
  abort: ((err?: Error) => void) | undefined;
  discard = false;
  readonly started = performance.now();

  constructor(readonly exchange: Exchange, readonly backend: Backend, readonly pool: UpstreamPool) {}

  onConnect(abort: (err?: Error) => void): void {
    this.abort = abort;
    if (this.exchange.clientGone) abort();
  }

  onHeaders(statusCode: number, rawHeaders: string[], resume: () => void, statusText: string): boolean {
    if (statusCode < 200) return true; // 103 Early Hints and the like: the final response follows
    return this.exchange.onHeaders(this, statusCode, rawHeaders, resume, statusText);
  }

  onData(chunk: Buffer): boolean {
    return this.discard ? true : this.exchange.onData(chunk);
  }

  onComplete(): void {
    this.backend.inFlight--;
    if (!this.discard) this.exchange.onComplete();
  }

  onUpgrade(statusCode: number, rawHeaders: string[], socket: Duplex): void {
    this.exchange.onUpgrade(this, statusCode, rawHeaders, socket); // inFlight stays up: the tunnel holds it
  }

  onError(err: Error): void {
    this.backend.inFlight--;
    if (!this.discard) this.exchange.onError(this, err);
  }
}

const CONNECT_CODES = new Set<string>(['ECONNREFUSED', UPSTREAM_CODES.connectTimeout, 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EAI_AGAIN']);
const TIMEOUT_CODES = new Set<string>([UPSTREAM_CODES.headersTimeout, UPSTREAM_CODES.bodyTimeout]);
/** The client's body broke off, or the proxy itself ended the request. */
const LOCAL_CODES = new Set<string>([UPSTREAM_CODES.clientBody, UPSTREAM_CODES.aborted]);

export function failureKind(err: Error): FailureKind {
  const code = (err as { code?: string }).code ?? '';
  return CONNECT_CODES.has(code) ? 'connect' : TIMEOUT_CODES.has(code) ? 'timeout' : 'reset';
}

/** What an Exchange reads of the client's request (Node's IncomingMessage, or the fast path's). */
export type ClientRequestState = Pick<IncomingMessage, 'method' | 'url' | 'complete' | 'destroyed'> & { errored: Error | null };

export class Exchange {
  clientGone = false;
  private attempt: Attempt | undefined;
  private retried = false;
  private status = 0;
  private answeredBy: 0 | 1 = 0;
  private resume: (() => void) | undefined;
  private tunnelled = false;
  private readonly started = performance.now();

  constructor(
    private readonly core: ProxyCore,
    private readonly req: ClientRequestState,
    private readonly res: ClientResponse,
    private readonly headers: string[],
    private readonly body: IncomingMessage | null,
    private readonly idempotent: boolean,
    private readonly setCookie: string | undefined,
    private readonly upgrade?: UpgradeRequest,
  ) {
    core.inFlight++;
    res.on('close', this.onClientClose);
  }

  /** `avoid`: the address that just failed this request, when the retry goes to the same backend. */
  send(backend: Backend, avoid?: UpstreamPool): void {
    const attempt = new Attempt(this, backend, backend.pick(avoid));
    this.attempt = attempt;
    this.answeredBy = backend.roleIndex;
    backend.inFlight++;
    const request: UpstreamRequest = { path: this.req.url!, method: this.req.method!, headers: this.headers, body: this.body };
    if (this.upgrade) request.upgrade = this.upgrade.protocol;
    attempt.pool.dispatch(request, attempt);
  }

  /**
   * GET/HEAD without a body, nothing sent to the client yet: a canary's failure is answered by production; a production
   * connection that broke (refused, reset) is tried once more on a new one — a keep-alive race on one host — or on
   * another address of its name (another task of a Swarm service). A production 5xx or timeout is not repeated: that would only double a struggling backend's load.
   */
  private retryable(attempt: Attempt, kind?: FailureKind): boolean {
    const allowed = attempt.backend.roleIndex === 1 || kind === 'connect' || kind === 'reset';
    return allowed && this.idempotent && !this.retried && this.core.opts.retryIdempotent && !this.res.headersSent && !this.clientGone;
  }

  private retryOnProduction(attempt: Attempt): void {
    attempt.discard = true;
    attempt.abort?.(); // a failing canary's body is of no use; its connection may be as broken as its answer
    this.retried = true;
    this.core.metrics.retries++;
    this.send(this.core.production, attempt.backend === this.core.production ? attempt.pool : undefined);
  }

  onHeaders(attempt: Attempt, status: number, rawHeaders: string[], resume: () => void, statusText: string): boolean {
    const role = attempt.backend.roleIndex;
    this.core.metrics.upstreamResponse(role, status);
    const failed = status >= 500;
    this.core.recordOutcome(role, failed, performance.now() - attempt.started);
    if (failed && this.retryable(attempt)) {
      this.retryOnProduction(attempt);
      return true;
    }
    if (this.clientGone) return false;
    this.status = status;
    this.resume = resume;
    const headers = responseHeaders(rawHeaders);
    if (this.setCookie) headers.push('set-cookie', this.setCookie);
    if (this.core.closing) this.res.shouldKeepAlive = false;
    try {
      if (statusText) this.res.writeHead(status, statusText, headers);
      else this.res.writeHead(status, headers);
    } catch (err) {
      // the backend sent a header Node will not repeat (invalid characters): fail this request, not the proxy
      attempt.discard = true;
      attempt.abort?.(err as Error);
      this.respondError(502, 'invalid-response', 'the upstream sent an invalid response');
      return false;
    }
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (this.res.write(chunk)) return true;
    this.res.once('drain', this.resume!);
    return false;
  }

  onComplete(): void {
    this.res.end();
  }

  /** The backend switched protocols: from here on bytes flow both ways untouched until either side closes. */
  onUpgrade(attempt: Attempt, status: number, rawHeaders: string[], upstream: Duplex): void {
    const role = attempt.backend.roleIndex;
    this.core.metrics.upstreamResponse(role, status);
    this.core.recordOutcome(role, false, performance.now() - attempt.started);
    this.status = status;
    const client = this.res.socket;
    // a canary ejected while its 101 was on the way gets no new tunnel, as its open ones were just closed
    if (this.clientGone || !client || !this.upgrade || (role === 1 && !this.core.ejection.admitted)) {
      attempt.backend.inFlight--;
      upstream.destroy();
      return void this.res.destroy();
    }
    this.core.metrics.clientResponse(role, status, (performance.now() - this.started) / 1000);
    this.tunnelled = true;
    const { tunnels, early, idleTimeoutMs } = this.upgrade;
    tunnels.add(client);
    const head = switchingProtocolsHead(rawHeaders);
    new Tunnel(client as Socket, upstream, attempt.backend, { responseHead: head, early, idleTimeoutMs }, () => tunnels.delete(client));
  }

  /** The client's side failed, not the backend: its body broke off or never finished, or the proxy ended the request. */
  private clientFault(err: Error, kind: FailureKind): boolean {
    const req = this.req;
    if (LOCAL_CODES.has((err as { code?: string }).code ?? '') || req.errored) return true;
    return this.body !== null && !req.complete && (req.destroyed || kind === 'timeout');
  }

  onError(attempt: Attempt, err: Error): void {
    if (this.clientGone) return;
    if (this.res.headersSent) {
      this.res.destroy(err); // mid-body: the client must see a truncated response, not a complete-looking one
      return;
    }
    if (!(err as { code?: string }).code) {
      // the upstream client and the sockets name every error they raise; one without a code came from the proxy's own code
      this.core.opts.log(`data plane: ${this.req.method} ${JSON.stringify(this.req.url)} failed: ${err.stack ?? err.message}`);
      return this.respondError(500, 'internal', 'the proxy failed on this request; see its log');
    }
    const kind = failureKind(err);
    if (this.clientFault(err, kind)) return this.respondError(400, 'bad-request', `the request cannot be forwarded (${err.message})`);
    // the backend broke off an upload it would not take whole: its body limit (its 413 was lost with the connection)
    if (kind === 'reset' && this.body !== null && !this.body.readableEnded) return this.respondError(413, 'body-refused', 'the upstream closed the connection before taking the whole body');
    const role = attempt.backend.roleIndex;
    if (kind !== 'timeout') attempt.backend.suspect(attempt.pool);
    this.core.metrics.upstreamFailure(role, kind);
    this.core.recordOutcome(role, true, performance.now() - attempt.started);
    if (this.retryable(attempt, kind)) {
      this.retryOnProduction(attempt);
      return;
    }
    if (kind === 'timeout') this.respondError(504, kind, 'the upstream did not answer in time');
    else this.respondError(502, kind, 'the upstream could not be reached');
  }

  private respondError(status: number, kind: string, message: string): void {
    if (!this.res.headersSent) {
      this.status = status;
      if (this.core.closing) this.res.shouldKeepAlive = false;
    }
    answerError(this.res, status, kind, message);
  }

  private readonly onClientClose = (): void => {
    this.core.inFlight--;
    if (this.tunnelled) return; // counted when the backend switched protocols
    if (!this.res.writableFinished) {
      this.clientGone = true;
      this.attempt?.abort?.(new Error('the client closed the connection'));
      if (!this.status) this.status = 499; // nginx's "client closed request"
    }
    this.core.metrics.clientResponse(this.answeredBy, this.status, (performance.now() - this.started) / 1000);
  };
}

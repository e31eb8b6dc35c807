// OFREP's change stream (ADR 0008): server-sent events that tell every connected provider to re-fetch its bulk
// evaluation. Notification only, one `refetchEvaluation` per namespace version; a comment line every 15 s keeps
// idle connections (and the server's socket timeout) alive; a bounded number of listeners.
import type * as http from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';

const HEARTBEAT_MS = 15_000;
export const MAX_STREAMS = 1000;

export class EventStreamHub {
  private readonly streams = new Set<http.ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.streams.size;
  }

  /**
   * Takes over an answer whose head is written. A new listener (or one whose Last-Event-ID is behind) is told to
   * re-fetch at once: a change between its bulk answer and this connection would be lost otherwise (a 304 if none).
   */
  attach(res: http.ServerResponse, version: number, lastEventId: string | undefined): void {
    this.streams.add(res);
    res.on('close', () => this.streams.delete(res));
    res.write('retry: 1000\n\n');
    if (lastEventId !== String(version)) res.write(refetchEvent(version));
  }

  /** Tells every listener the flags changed (version: the namespace's new version). */
  announce(version: number): void {
    this.write(refetchEvent(version));
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  private write(text: string): void {
    for (const res of this.streams) if (!res.writableEnded) res.write(text);
  }
}

function refetchEvent(version: number): string {
  const data = { type: 'refetchEvaluation', etag: `v${version}`, lastModified: Math.floor(Date.now() / 1000) };
  return `id: ${version}\nevent: message\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * The stream's key in its URL (browsers' EventSource sends no Authorization header): derived from the read token,
 * so the URL never carries the token itself and opens nothing but this stream.
 */
export function streamKey(readToken: string): string {
  return createHmac('sha256', readToken).update('slipway ofrep event stream').digest('base64url').slice(0, 32);
}

export function streamKeyMatches(given: string | null, readToken: string): boolean {
  const want = Buffer.from(streamKey(readToken));
  const got = Buffer.from(given ?? '');
  return got.length === want.length && timingSafeEqual(got, want);
}

// Sends one case over a raw TCP socket (HTTP clients refuse to send most of these bytes) and reads back what the
// server answers: each response's status, in order, until the expected answers came, the server closed, or time ran out.
import * as net from 'node:net';
import type { Case } from './cases';

export interface Outcome {
  /** Final response statuses in order (interim 100s skipped; a 101 ends the HTTP part). */
  statuses: number[];
  /** complete: every expected answer came · closed: the server closed first (FIN) · reset: the server reset the
   *  socket · timeout: neither before the deadline · refused: nothing listens · client-reset: the case ended it. */
  ended: 'complete' | 'closed' | 'reset' | 'timeout' | 'refused' | 'client-reset';
  /** Bytes the server sent (capped), for the secret scan. */
  bytes: Buffer;
  /** Bytes that do not parse as an HTTP/1.x response. */
  malformedResponse: boolean;
  /** A 101 came and bytes flowed back through the tunnel. */
  tunneled: boolean;
  ms: number;
}

const KEEP_BYTES = 1 << 20;

export function exchange(port: number, c: Case, timeoutMs: number): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', noDelay: true });
    const chunks: Buffer[] = [];
    let kept = 0;
    let buffer = Buffer.alloc(0);
    const out: Outcome = { statuses: [], ended: 'timeout', bytes: Buffer.alloc(0), malformedResponse: false, tunneled: false, ms: 0 };
    let expected = c.methods.length;
    let answered = 0; // responses parsed, to know which request (HEAD?) the next belongs to
    let upgraded = false;
    let done = false;
    const finish = (ended: Outcome['ended']) => {
      if (done) return;
      done = true;
      // a response delimited by the close itself is whole now
      const last = !upgraded && buffer.length ? /^HTTP\/1\.[01] (\d{3})[^\r\n]*\r\n[\s\S]*?\r\n\r\n/.exec(buffer.toString('latin1')) : null;
      if (last) out.statuses.push(Number(last[1]));
      clearTimeout(timer);
      out.ended = ended;
      out.bytes = Buffer.concat(chunks);
      out.ms = Date.now() - started;
      socket.destroy();
      resolve(out);
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    let connected = false;
    socket.on('connect', () => {
      connected = true;
      void send();
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      if (!connected) return finish('refused');
      finish(err.code === 'ECONNRESET' || err.code === 'EPIPE' ? 'reset' : 'closed');
    });
    socket.on('end', () => finish('closed'));
    socket.on('close', () => finish('closed'));
    socket.on('data', (chunk: Buffer) => {
      if (kept < KEEP_BYTES) {
        chunks.push(chunk);
        kept += chunk.length;
      }
      if (upgraded) {
        out.tunneled = true;
        return finish('complete');
      }
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const parsed = parseResponse(buffer, c.methods[answered] === 'HEAD');
        if (parsed === 'incomplete') return;
        if (parsed === 'malformed') {
          out.malformedResponse = true;
          return finish('closed');
        }
        buffer = buffer.subarray(parsed.length);
        if (parsed.status >= 100 && parsed.status < 200 && parsed.status !== 101) continue;
        out.statuses.push(parsed.status);
        answered++;
        if (parsed.status === 101) {
          upgraded = true;
          if (c.followUp) socket.write(c.followUp.bytes);
          if (buffer.length) out.tunneled = true;
          if (out.tunneled || c.stall) return c.stall ? undefined : finish('complete');
          return;
        }
        if (answered === 1 && c.followUp?.isRequest) {
          expected++; // a refused upgrade: the request that follows must be answered as HTTP too
          socket.write(c.followUp.bytes);
        }
        if (expected > 0 && answered >= expected && !c.stall) return finish('complete');
      }
    });
    const send = async () => {
      for (let i = 0; i < c.pieces.length && !done; i++) {
        if (i > 0 && c.gapMs) await new Promise((r) => setTimeout(r, c.gapMs));
        if (done || socket.destroyed) return;
        if (!socket.write(c.pieces[i])) await new Promise((r) => { socket.once('drain', r); socket.once('close', r); });
      }
      if (done || socket.destroyed) return;
      if (c.after === 'half-close') socket.end();
      if (c.after === 'reset') {
        socket.resetAndDestroy();
        finish('client-reset');
      }
    };
  });
}

type Parsed = { status: number; length: number } | 'incomplete' | 'malformed';

/** One HTTP/1.x response at the start of `buf`: its status and its whole length (head and body). */
export function parseResponse(buf: Buffer, toHead: boolean): Parsed {
  const headEnd = buf.indexOf('\r\n\r\n');
  if (headEnd < 0) return buf.length > 64 * 1024 || (buf.length >= 5 && !buf.subarray(0, 5).equals(Buffer.from('HTTP/'))) ? 'malformed' : 'incomplete';
  const head = buf.subarray(0, headEnd).toString('latin1');
  const m = /^HTTP\/1\.[01] (\d{3})(?: [^\r\n]*)?(?:\r\n|$)/.exec(head);
  if (!m) return 'malformed';
  const status = Number(m[1]);
  const bodyStart = headEnd + 4;
  if (toHead || status === 204 || status === 304 || (status >= 100 && status < 200)) return { status, length: bodyStart };
  const lines = head.split('\r\n').slice(1);
  const header = (name: string) => lines.filter((l) => l.toLowerCase().startsWith(`${name}:`)).map((l) => l.slice(name.length + 1).trim());
  if (header('transfer-encoding').some((v) => /chunked/i.test(v))) return chunkedLength(buf, bodyStart, status);
  const cl = header('content-length');
  if (cl.length) {
    const n = Number(cl[0]);
    if (!Number.isSafeInteger(n) || n < 0 || cl.some((v) => v !== cl[0])) return 'malformed';
    return buf.length >= bodyStart + n ? { status, length: bodyStart + n } : 'incomplete';
  }
  return 'incomplete'; // delimited by the close: the socket's end finishes it
}

function chunkedLength(buf: Buffer, at: number, status: number): Parsed {
  let pos = at;
  for (;;) {
    const eol = buf.indexOf('\r\n', pos);
    if (eol < 0) return 'incomplete';
    const size = parseInt(buf.subarray(pos, eol).toString('latin1').split(';')[0].trim(), 16);
    if (!Number.isFinite(size) || size < 0) return 'malformed';
    if (size === 0) {
      const end = buf.indexOf('\r\n\r\n', eol);
      return end < 0 ? 'incomplete' : { status, length: end + 4 };
    }
    pos = eol + 2 + size + 2;
    if (buf.length < pos) return 'incomplete';
  }
}

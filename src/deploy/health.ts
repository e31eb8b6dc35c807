// Is a new container ready? An HTTP probe of its health path that fails fast if the container dies meanwhile,
// and the container's last log lines for the error a failed deploy prints.
import type { Action } from '../core/plan';
import { check, dockerCall, dockerPath } from '../core/actions';
import { send, HttpUnreachable, type HttpRequest } from '../core/http-client';

export function healthRequest(url: string, timeoutMs = 2000): HttpRequest {
  return { method: 'GET', url, headers: { 'User-Agent': 'slipway-health' }, timeoutMs };
}

export async function probeHealth(url: string, timeoutMs = 2000): Promise<{ ok: boolean; status?: number; error?: string }> {
  try {
    const r = await send(healthRequest(url, timeoutMs));
    return { ok: r.status === 200, status: r.status };
  } catch (err) {
    return { ok: false, error: err instanceof HttpUnreachable ? err.code : (err as Error).message };
  }
}

/** Polls `url` until it answers 200, failing at once when `container` stops running. */
export function healthCheck(summary: string, container: string, url: string, opts: { timeoutMs: number; intervalMs: number }, onFailure?: Action['onFailure']): Action {
  return check(summary, { probe: healthRequest(url, Math.min(2000, opts.timeoutMs)), until: 'HTTP 200', timeoutMs: opts.timeoutMs, intervalMs: opts.intervalMs, whileRunning: container }, { onFailure });
}

/** The last lines a container wrote, read as text (kept under `id`). */
export function lastLogLines(container: string, id: string, lines = 20): Action<string> {
  return dockerCall<string>(`read the last ${lines} log lines of ${container}`, { method: 'GET', path: dockerPath(`/containers/${container}/logs`, { stdout: 1, stderr: 1, tail: lines }) }, {
    id,
    read: (answer) => demux(Buffer.isBuffer(answer) ? answer : Buffer.from(typeof answer === 'string' ? answer : JSON.stringify(answer ?? ''))).trimEnd(),
  });
}

// Docker multiplexes stdout/stderr with 8-byte frame headers when the container has no TTY.
function demux(buf: Buffer): string {
  let out = '';
  let i = 0;
  while (i + 8 <= buf.length && (buf[i] === 1 || buf[i] === 2) && buf[i + 1] === 0) {
    const size = buf.readUInt32BE(i + 4);
    out += buf.subarray(i + 8, i + 8 + size).toString('utf8');
    i += 8 + size;
  }
  return i === 0 ? buf.toString('utf8') : out;
}

// Is a new container ready? An HTTP probe of its health path that fails fast if the container dies meanwhile,
// and the container's last log lines for the error a failed deploy prints.
import type { Action } from '../core/plan';
import { check, dockerCall, dockerPath } from '../core/actions';
import { send, HttpUnreachable, type HttpRequest } from '../core/http-client';
import { StepFailed } from '../core/errors';

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

/**
 * The 200 came from this container: its port was free before it started (reconcile.ts), and it has run since without
 * a restart — an app that failed to bind and was restarted by Docker could otherwise borrow another process's answer.
 */
export function answeredByIt(container: string, onFailure?: Action['onFailure']): Action {
  return dockerCall(`check that ${container} is still the process it started as (running, never restarted)`, { method: 'GET', path: `/containers/${container}/json` }, {
    read: (answer) => {
      const s = (answer as { State?: { Running?: boolean; Restarting?: boolean }; RestartCount?: number }) ?? {};
      if (!s.State?.Running || s.State.Restarting || (s.RestartCount ?? 0) > 0) {
        throw new StepFailed(`${container} ${s.State?.Running ? `restarted ${s.RestartCount} time(s)` : 'is not running'} while its health check passed, so the answer may not have been its own`);
      }
      return answer;
    },
    onFailure,
  });
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

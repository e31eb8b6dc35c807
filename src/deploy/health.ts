// Is a new container ready? An HTTP probe of its health path, failing fast if the container dies meanwhile.
import * as http from 'node:http';
import type Docker from 'dockerode';
import { StepFailed } from '../core/errors';
import { sleep } from '../core/deadline';

export function probeHealth(url: string, timeoutMs = 2000): Promise<{ ok: boolean; status?: number; error?: string }> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs, headers: { 'user-agent': 'slipway-health' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ok: res.statusCode === 200, status: res.statusCode }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', (err) => resolve({ ok: false, error: err.message }));
  });
}

export async function waitHealthy(docker: Docker, containerId: string, url: string, opts: { timeoutMs: number; intervalMs: number }): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  let last = 'no answer yet';
  for (;;) {
    const r = await probeHealth(url, Math.min(2000, opts.timeoutMs));
    if (r.ok) return;
    last = r.status ? `HTTP ${r.status}` : r.error ?? 'no answer';
    const state = (await docker.getContainer(containerId).inspect()).State;
    if (!state.Running) throw new StepFailed(`the new container exited (code ${state.ExitCode}${state.OOMKilled ? ', killed for memory' : ''}) before ${url} answered`);
    if (Date.now() > deadline) throw new StepFailed(`${url} did not answer 200 within ${Math.round(opts.timeoutMs / 1000)} s (last: ${last})`);
    await sleep(opts.intervalMs);
  }
}

/** The last lines a container wrote, for the error a failed deploy prints. */
export async function lastLogLines(docker: Docker, containerId: string, lines = 20): Promise<string> {
  try {
    const buf = (await docker.getContainer(containerId).logs({ stdout: true, stderr: true, tail: lines })) as unknown as Buffer;
    return demux(buf).trimEnd();
  } catch {
    return '(no logs)';
  }
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

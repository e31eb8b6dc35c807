// Taking a port over from the service container being replaced: Node 20 has no reusePort, so the two cannot both
// listen; the new one retries its bind every few ms while the old one closes its listener and drains.
import type { Server } from 'node:net';
import type Docker from 'dockerode';
import { StepFailed } from './errors';
import { pollUntil, sleep } from './deadline';
import { listenOn } from './http-server';
import { formatHostPort, type HostPort } from './listen-address';

/** Set in a service container's env: how long its binds wait for a port still held by its predecessor. */
export const HANDOVER_ENV = 'SLIPWAY_HANDOVER_WAIT_MS';
export const HANDOVER_WAIT_MS = 60_000;
/** What the new service logs once it waits, so `up` knows it may stop the old one. */
const WAITING = 'waiting to take it over';
const RETRY_MS = 2;

/** listenOn, but a port in use is retried until the deadline in HANDOVER_ENV (none: fail at once, as listenOn). */
export async function listenTakingOver(server: Server, at: HostPort, field: string, log: (m: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<HostPort> {
  const waitMs = Number(env[HANDOVER_ENV]) || 0;
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      return await listenOn(server, at, field);
    } catch (err) {
      if (!(err as Error).message.includes('EADDRINUSE') || Date.now() >= deadline) throw err;
      if (!told) log(`${field}: ${formatHostPort(at)} is in use (by the container this one replaces?); ${WAITING}, retrying every ${RETRY_MS} ms for up to ${waitMs / 1000} s`);
      told = true;
      await sleep(RETRY_MS);
    }
  }
}

/** Resolves once `name` waits for a port, or its predecessor no longer runs, or the time is up (it may have bound
 *  at once, its predecessor not listening); fails when `name` stops. */
export async function waitUntilTakingOver(docker: Docker, name: string, predecessor: string, timeoutMs = 20_000): Promise<void> {
  await pollUntil(async () => {
    const info = await docker.getContainer(name).inspect();
    if (!info.State.Running) throw new StepFailed(`${name} stopped while it should take over from ${predecessor} (exit code ${info.State.ExitCode})`, `see \`docker logs ${name}\`; ${predecessor} still serves`);
    const logs = (await docker.getContainer(name).logs({ stdout: true, stderr: true, follow: false })) as unknown as Buffer;
    if (logs.toString('utf8').includes(WAITING)) return true;
    const old = await docker.getContainer(predecessor).inspect().catch(() => null);
    return !old?.State.Running;
  }, timeoutMs, 20);
}

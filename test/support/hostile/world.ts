// Everything a fuzz run aims at, started the way the product runs it: a real redis-server with a password, two backends,
// and slipway's proxy, toggle server and autoscaler as processes with random secrets in their environment.
import { randomBytes } from 'node:crypto';
import type { Aim, ServerName } from './cases';
import { startFuzzBackend, type Arrival, type FuzzBackend } from './backends';
import { startProcess, topology, type RunningProcess, type Secrets } from './servers';
import { startRedis, type TestRedis } from '../redis';

export interface World {
  aims: Record<ServerName, Aim>;
  /** The process behind each server (the proxy serves both the data plane and the admin API). */
  processOf: Record<ServerName, RunningProcess>;
  processes: RunningProcess[];
  secrets: Secrets;
  /** Secret values as they appear anywhere (the Redis URL whole, and its password alone). */
  secretValues: Record<string, string>;
  backends: FuzzBackend[];
  stop(): Promise<void>;
}

export interface WorldHooks {
  onArrival(a: Arrival): void;
  isLocal(caseId: string): boolean;
  onLine(process: string, line: string): void;
  onExit(process: string, how: string): void;
}

// token68 characters, + and / included, so the URL-encoded and base64 forms differ from the plain one
const secret = () => randomBytes(30).toString('base64');

export async function startWorld(hooks: WorldHooks, timeouts = { requestMs: 5000, idleMs: 5000 }): Promise<World> {
  const secrets: Secrets = { SLIPWAY_ADMIN_TOKEN: secret(), SLIPWAY_FLAGS_TOKEN: secret(), DD_API_KEY: randomBytes(16).toString('hex'), REDIS_PASSWORD: secret() };
  const cleanup: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const c of cleanup.reverse()) await c().catch(() => undefined);
  };
  try {
    const redis: TestRedis = await startRedis({ password: secrets.REDIS_PASSWORD });
    cleanup.push(() => redis.stop());
    const production = await startFuzzBackend('production', hooks.onArrival, hooks.isLocal);
    cleanup.push(() => production.close());
    const canary = await startFuzzBackend('canary', hooks.onArrival, hooks.isLocal);
    cleanup.push(() => canary.close());
    const topo = await topology({ production: production.url, canary: canary.url }, redis.url, secrets, timeouts);
    const processes = await Promise.all(topo.specs.map((spec) => startProcess(spec, hooks.onLine, hooks.onExit)));
    cleanup.push(async () => void (await Promise.all(processes.map((p) => p.stop()))));
    const byName = Object.fromEntries(processes.map((p) => [p.spec.name, p]));
    const { ports } = topo;
    return {
      aims: {
        proxy: { server: 'proxy', port: ports.proxy },
        admin: { server: 'admin', port: ports.admin, token: secrets.SLIPWAY_ADMIN_TOKEN },
        flags: { server: 'flags', port: ports.flags, token: secrets.SLIPWAY_FLAGS_TOKEN },
        autoscaler: { server: 'autoscaler', port: ports.autoscaler },
        dashboard: { server: 'dashboard', port: ports.dashboard },
      },
      processOf: { proxy: byName.proxy, admin: byName.proxy, flags: byName.flags, autoscaler: byName.autoscaler, dashboard: byName.dashboard },
      processes,
      secrets,
      secretValues: { SLIPWAY_ADMIN_TOKEN: secrets.SLIPWAY_ADMIN_TOKEN, SLIPWAY_FLAGS_TOKEN: secrets.SLIPWAY_FLAGS_TOKEN, DD_API_KEY: secrets.DD_API_KEY, REDIS_URL: redis.url, REDIS_PASSWORD: secrets.REDIS_PASSWORD },
      backends: [production, canary],
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The proxy's own view of blame: per-backend failures and whether the canary is ejected (admin GET /status). */
export async function proxyCounters(world: World): Promise<{ failures: number[]; ejected: boolean } | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${world.aims.admin.port}/status`, { headers: { authorization: `Bearer ${world.secrets.SLIPWAY_ADMIN_TOKEN}` }, signal: AbortSignal.timeout(3000) });
    const s = (await res.json()) as { backends: { failures: number }[]; canary: { state: string } };
    return { failures: s.backends.map((b) => b.failures), ejected: s.canary.state === 'ejected' };
  } catch {
    return undefined;
  }
}

/** Re-admits the canary after the fuzz got it ejected, so later cases can be judged against it too. */
export async function resumeCanary(world: World): Promise<void> {
  await fetch(`http://127.0.0.1:${world.aims.admin.port}/canary/resume`, {
    method: 'POST', headers: { authorization: `Bearer ${world.secrets.SLIPWAY_ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'hostile fuzz: re-admit after an ejection it caused' }), signal: AbortSignal.timeout(3000),
  }).catch(() => undefined);
}

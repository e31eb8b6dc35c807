// `proxy run` on SIGHUP: the re-read config applied to the running proxy, whose port never closes. What a
// running listener cannot take (its address, header limit, timeouts, cookie, trusted peers) waits for a new container.
import type { ProxyCore } from './core';
import { checkProxyOptions, type ProxyOptions } from './server';
import { formatWeights } from './weights';

const NEEDS_NEW_CONTAINER = ['listen', 'admin', 'maxHeaderBytes', 'idleTimeoutMs', 'requestTimeoutMs', 'stickyCookie', 'stickyHeader', 'trustedProxies'] as const;

export interface ReloadOutcome {
  applied: string[];
  /** Options that changed but only take effect in a new process (`proxy up` replaces the container for them). */
  notApplied: string[];
}

/** Weights and targets move only where the config changed them, so what a deploy set at run time stays otherwise. */
export function reloadProxy(core: ProxyCore, before: ProxyOptions, after: ProxyOptions): ReloadOutcome {
  checkProxyOptions(after);
  const applied: string[] = [];
  const [b, a] = [before.routing, after.routing];
  if (a.weights.production !== b.weights.production || a.weights.canary !== b.weights.canary) applied.push(`weights ${formatWeights(core.setWeights(a.weights))}`);
  if (a.production !== b.production && core.setBackend('production', a.production)) applied.push(`production → ${a.production}`);
  if (a.canary !== b.canary && core.setBackend('canary', a.canary)) applied.push(`canary → ${a.canary ?? 'none'}`);
  if (before.retryIdempotent !== after.retryIdempotent) applied.push(`retryIdempotent ${after.retryIdempotent}`);
  if (before.drainTimeoutSec !== after.drainTimeoutSec) applied.push(`drainTimeoutSec ${after.drainTimeoutSec}`);
  if (JSON.stringify(before.rules) !== JSON.stringify(after.rules)) applied.push('canary ejection rules');
  core.reconfigure(after);
  const notApplied = NEEDS_NEW_CONTAINER.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return { applied, notApplied };
}

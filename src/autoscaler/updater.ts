// Carries out a memory decision: one `container update` that sets Memory and MemorySwap together,
// since Docker refuses a Memory above the current MemorySwap (cgroup v1 memsw must stay ≥ memory).
import type { Action, DockerRequest } from '../core/plan';
import type { EngineApi } from '../core/engine-api';
import { dockerCall } from '../core/actions';
import type { AppContainer } from './discovery';
import { toMb } from '../core/docker-stats';

export interface MemoryLimits {
  Memory: number;
  MemorySwap: number;
}

/** Keeps the container's swap allowance: none stays none, unlimited stays unlimited, N bytes of swap stay N. */
export function limitsFor(memoryBytes: number, current: Pick<AppContainer, 'memoryBytes' | 'memorySwapBytes'>): MemoryLimits {
  if (current.memorySwapBytes === -1) return { Memory: memoryBytes, MemorySwap: -1 };
  const swapAllowance = current.memorySwapBytes > current.memoryBytes ? current.memorySwapBytes - current.memoryBytes : 0;
  return { Memory: memoryBytes, MemorySwap: memoryBytes + swapAllowance };
}

/** Between an OOM kill and the restart runc says "container not running", "cannot update a stopped container" or "a deleted process" for a moment; that passes. */
const TRANSIENT = 'container not running|cannot update a stopped container|cannot update a deleted process|is restarting';

/** The update as its Engine API call, sent to the engine the autoscaler watches (which need not be the default one). */
export function memoryUpdateAction(engine: EngineApi, container: Pick<AppContainer, 'id' | 'name'>, fromBytes: number, limits: MemoryLimits): Action<void> {
  const verb = limits.Memory > fromBytes ? 'raise' : 'lower';
  const request: DockerRequest = { method: 'POST', path: `/containers/${container.id.slice(0, 12)}/update`, body: limits, retry: { when: TRANSIENT, times: 10, pauseMs: 200 } };
  return { ...dockerCall(`${verb} the memory limit of ${container.name} from ${toMb(fromBytes)} MB to ${toMb(limits.Memory)} MB`, request), run: async (detail) => void (await engine.request(detail as unknown as DockerRequest)) };
}

/** Docker's own words for a refused update, without dockerode's "(HTTP code 500) server error - " prefix. */
export function refusalOf(err: unknown): string {
  const e = err as { statusCode?: number; json?: { message?: string }; message?: string };
  const text = (e.json?.message ?? e.message ?? String(err)).replace(/^\(HTTP code \d+\)[^-]*- /, '').trim();
  return e.statusCode ? `${text} (HTTP ${e.statusCode})` : text;
}

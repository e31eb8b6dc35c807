// The autoscaler's memory decision for a Swarm task: on a service a limit lives in the spec, so a change is a
// service update — a rolling restart of every task. The full resource block is written (Swarm drops what a spec
// leaves out), a service still rolling out or within its cooldown after one is left alone, and "update out of
// sequence" (another writer in between) re-reads the version and tries again.
import type { Action } from '../core/plan';
import type { EngineApi } from '../core/engine-api';
import type { ServiceInfo } from './cluster';
import { dockerPath } from '../core/actions';
import { sleep } from '../core/deadline';

const MB = 1024 * 1024;
const OUT_OF_SEQUENCE = /update out of sequence/i;

export interface ServiceMemoryChange {
  service: ServiceInfo;
  toBytes: number;
  /** Seconds after an update ends before the next: the autoscaler's cooldown plus the update's monitor period. */
  quietSec: number;
}

/** Why the change must wait, or undefined when it can go now. */
export function serviceBusy(s: ServiceInfo, quietSec: number, now = Date.now()): string | undefined {
  const u = s.UpdateStatus;
  if (u?.State === 'updating' || u?.State === 'rollback_started') return `its update is still rolling out (${u.State})`;
  const ended = u?.CompletedAt ? Date.parse(u.CompletedAt) : NaN;
  if (Number.isFinite(ended) && now - ended < quietSec * 1000) return `its last update ended ${Math.round((now - ended) / 1000)} s ago (cooldown and monitor period: ${quietSec} s)`;
  return undefined;
}

/** The spec with the new limit and every other resource field as it was. */
export function withMemoryLimit(s: ServiceInfo, toBytes: number): ServiceInfo['Spec'] {
  const r = s.Spec.TaskTemplate.Resources ?? {};
  return { ...s.Spec, TaskTemplate: { ...s.Spec.TaskTemplate, Resources: { Limits: { ...(r.Limits ?? {}), MemoryBytes: toBytes }, Reservations: { ...(r.Reservations ?? {}) } } } };
}

export function serviceMemoryAction(engine: EngineApi, change: ServiceMemoryChange): Action<{ updated: boolean; reason?: string }> {
  const { service, toBytes } = change;
  const tasks = service.Spec.Mode.Replicated?.Replicas ?? 1;
  const from = service.Spec.TaskTemplate.Resources?.Limits?.MemoryBytes ?? 0;
  const verb = toBytes > from ? 'raise' : 'lower';
  const path = (version: number) => dockerPath(`/services/${service.ID}/update`, { version });
  return {
    kind: 'docker',
    summary: `${verb} the memory limit of the service ${service.Spec.Name} from ${Math.round(from / MB)} MB to ${Math.round(toBytes / MB)} MB: restarts ${tasks} task${tasks === 1 ? '' : 's'} (a rolling update)`,
    detail: { method: 'POST', path: path(service.Version.Index), body: withMemoryLimit(service, toBytes), retry: { when: 'update out of sequence', times: 5, pauseMs: 200, then: 'the service is read again' } },
    run: async () => {
      for (let attempt = 1; ; attempt++) {
        // read again each time: another task's decision or a deploy may have changed it meanwhile
        const now = (await engine.request({ method: 'GET', path: `/services/${service.ID}` })) as ServiceInfo;
        const current = now.Spec.TaskTemplate.Resources?.Limits?.MemoryBytes ?? 0;
        if (verb === 'raise' ? current >= toBytes : current <= toBytes) return { updated: false, reason: `already ${Math.round(current / MB)} MB` };
        const busy = serviceBusy(now, change.quietSec);
        if (busy) return { updated: false, reason: busy };
        try {
          await engine.request({ method: 'POST', path: path(now.Version.Index), body: withMemoryLimit(now, toBytes) });
          return { updated: true };
        } catch (err) {
          if (attempt >= 5 || !OUT_OF_SEQUENCE.test((err as Error).message)) throw err;
          await sleep(200);
        }
      }
    },
  };
}

/** A service of one task loses its only instance's memory state on every change, and is said so. */
export function oneTaskWarning(service: ServiceInfo): string | undefined {
  return (service.Spec.Mode.Replicated?.Replicas ?? 1) === 1
    ? `the service ${service.Spec.Name} has one task: a memory change restarts it (start-first, so it keeps serving, but its in-memory state is lost); give it 2 or more (deploy.swarm.replicas)`
    : undefined;
}

/** The autoscaler's update for a task of `serviceId`: read the service, warn about a lone task, plan the service update. */
export async function taskMemoryAction(engine: EngineApi, serviceId: string, toBytes: number, cooldownSec: number, warn: (line: string) => void): Promise<Action> {
  const service = (await engine.request({ method: 'GET', path: `/services/${serviceId}` })) as ServiceInfo;
  const lone = oneTaskWarning(service);
  if (lone) warn(`autoscaler: ${lone}`);
  const monitorSec = Number((service.Spec as { UpdateConfig?: { Monitor?: number } }).UpdateConfig?.Monitor ?? 5e9) / 1e9;
  return serviceMemoryAction(engine, { service, toBytes, quietSec: cooldownSec + monitorSec });
}

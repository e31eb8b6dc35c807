// Swarm rolls a service out by itself; slipway waits for the outcome: every task of the new spec running (which a
// health check gates), or the update failed and Swarm rolled back — then the step fails, with the old tasks serving.
import type Docker from 'dockerode';
import type { Action } from '../core/plan';
import { dockerPath } from '../core/actions';
import { StepFailed } from '../core/errors';
import { sleep } from '../core/deadline';
import { dockerRequest } from '../core/performer';
import { readService, tasksOf, type ServiceSpec, type TaskInfo } from './cluster';

const FAILED_UPDATE = new Set(['rollback_started', 'rollback_completed', 'rollback_paused', 'paused']);

/** A create, or an update at the version read while planning, re-read and sent again when Swarm answers "update out of sequence". */
export function applySpec(docker: () => Docker, spec: ServiceSpec, current: { ID: string; Version: { Index: number } } | null, summary: string): Action {
  const retry = { when: 'update out of sequence', times: 5, pauseMs: 200 };
  if (!current) return { kind: 'docker', summary, detail: { method: 'POST', path: '/services/create', body: spec }, run: (d) => dockerRequest(docker(), { method: 'POST', path: String(d.path), body: d.body }) };
  const path = (version: number) => dockerPath(`/services/${current.ID}/update`, { version });
  return {
    kind: 'docker',
    summary,
    detail: { method: 'POST', path: path(current.Version.Index), body: spec, retry: { ...retry, then: 'the service version is read again' } },
    run: async (d) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await dockerRequest(docker(), { method: 'POST', path: attempt === 1 ? String(d.path) : path((await readService(docker(), current.ID))!.Version.Index), body: d.body });
        } catch (err) {
          if (attempt >= retry.times || !new RegExp(retry.when, 'i').test((err as Error).message)) throw err;
          await sleep(retry.pauseMs);
        }
      }
    },
  };
}

/** Waits until every task of `image` runs (health-gated), or fails as soon as Swarm reports a rolled-back update. */
export function rolledOut(docker: () => Docker, name: string, image: string, replicas: number, timeoutMs: number): Action {
  return {
    kind: 'check',
    summary: `wait until ${replicas} task(s) of ${name} run ${image} and pass their health check, or Swarm rolls the update back (up to ${Math.round(timeoutMs / 1000)} s)`,
    detail: { probe: { method: 'GET', path: `/services/${name}` }, until: `UpdateStatus completed and ${replicas} running task(s) of the new image; fails on rollback`, timeoutMs, intervalMs: 500 },
    run: async () => {
      const deadline = Date.now() + timeoutMs;
      let tasks: TaskInfo[] = [];
      while (Date.now() < deadline) {
        const svc = await readService(docker(), name);
        if (!svc) throw new StepFailed(`the service ${name} went away while it rolled out`);
        const state = svc.UpdateStatus?.State;
        if (state && FAILED_UPDATE.has(state)) {
          if (state === 'rollback_started') {
            await sleep(500);
            continue;
          }
          throw new StepFailed(`the rolling update of ${name} failed and Swarm ${state === 'rollback_completed' ? 'rolled it back: the previous tasks serve' : `stopped it (${state})`}: ${svc.UpdateStatus?.Message ?? ''}${lastError(tasks, image)}`,
            `see \`docker service ps ${name} --no-trunc\`; fix the image and deploy again`);
        }
        tasks = await tasksOf(docker(), svc.ID);
        const running = tasks.filter((t) => t.DesiredState === 'running' && t.Status.State === 'running' && t.Spec.ContainerSpec.Image === image);
        if ((!state || state === 'completed') && running.length >= replicas) return { tasks: running.map((t) => ({ id: t.ID, node: t.NodeID })) };
        await sleep(500);
      }
      throw new StepFailed(`${name} did not run ${replicas} healthy task(s) of ${image} within ${Math.round(timeoutMs / 1000)} s${lastError(tasks, image)}`, `see \`docker service ps ${name} --no-trunc\``);
    },
  };
}

function lastError(tasks: TaskInfo[], image: string): string {
  const failed = tasks.filter((t) => t.Spec.ContainerSpec.Image === image && (t.Status.Err || /failed|rejected/.test(t.Status.State)));
  const t = failed[0];
  return t ? `; a task of the new image: ${t.Status.State}${t.Status.Err ? ` (${t.Status.Err})` : ''}` : '';
}

// `slipway status` with deploy.target "swarm": every task of the app's services with its node, state, health and
// memory (read where the task runs on this engine's node; Swarm itself gates "running" on the health check); slipway's
// own services (proxy, toggle server, Redis) among them.
import type { Context } from '../core/context';
import type { Role } from '../core/config';
import { requireDocker } from '../core/docker';
import { memoryOf } from '../core/container-memory';
import { LABEL } from '../core/labels';
import { readHistory, type History } from '../deploy/deploy-history';
import { appServices, nodeNames, requireManager, tasksOf, type ServiceInfo } from './cluster';
import { memoryReadByAutoscaler } from './autoscaler-service';

export interface TaskStatus {
  service: string;
  role?: Role;
  slot?: number;
  task: string;
  node: string;
  state: string;
  health: 'healthy' | 'unhealthy' | 'starting' | 'stopped' | 'unknown';
  memory: { used: number | null; limit: number | null };
  image: string;
  error?: string;
}

export interface SwarmStatus {
  app: string;
  target: 'swarm';
  services: { name: string; role?: Role; kind?: string; image?: string; replicas?: number; update?: string }[];
  tasks: TaskStatus[];
  history: History;
}

export async function swarmStatus(ctx: Context): Promise<SwarmStatus> {
  const { config } = ctx;
  const docker = ctx.docker();
  await requireDocker(docker);
  const manager = await requireManager(docker);
  const [services, nodes] = await Promise.all([appServices(docker, config.app.name), nodeNames(docker)]);
  const tasks = (await Promise.all(services.map(async (s) => (await tasksOf(docker, s.ID)).filter((t) => t.DesiredState === 'running').map((t) => ({ s, t }))))).flat();
  // tasks on other nodes: memory as the autoscaler's task on their node read it, when the autoscaler service runs
  const elsewhere = await memoryReadByAutoscaler(ctx);
  const rows = await Promise.all(tasks.map(async ({ s, t }): Promise<TaskStatus> => {
    const local = t.NodeID === manager.nodeId && t.Status.ContainerStatus?.ContainerID;
    const [health, memory] = local ? await Promise.all([localHealth(ctx, local), memoryOf(docker, local)]) : [undefined, null];
    return {
      service: s.Spec.Name,
      role: s.Spec.Labels[LABEL.role] as Role | undefined,
      slot: t.Slot,
      task: t.ID.slice(0, 12),
      node: nodes.get(t.NodeID ?? '')?.addr || t.NodeID || '-',
      state: t.Status.State,
      // a task counts as running only once its health check passed; on another node that is what Swarm reports
      health: health ?? (t.Status.State === 'running' ? 'healthy' : t.Status.State === 'starting' ? 'starting' : 'stopped'),
      memory: { used: memory?.used ?? elsewhere.get(t.Status.ContainerStatus?.ContainerID?.slice(0, 12) ?? '') ?? null, limit: memory?.limit ?? t.Spec.Resources?.Limits?.MemoryBytes ?? null },
      image: s.Spec.Labels[LABEL.image] ?? t.Spec.ContainerSpec.Image,
      ...(t.Status.Err ? { error: t.Status.Err } : {}),
    };
  }));
  return {
    app: config.app.name,
    target: 'swarm',
    services: services.map((s: ServiceInfo) => ({ name: s.Spec.Name, role: s.Spec.Labels[LABEL.role] as Role | undefined, kind: s.Spec.Labels[LABEL.service], image: s.Spec.Labels[LABEL.image] ?? s.Spec.TaskTemplate.ContainerSpec.Image, replicas: s.Spec.Mode.Replicated?.Replicas, update: s.UpdateStatus?.State })),
    tasks: rows.sort((a, b) => a.service.localeCompare(b.service) || (a.slot ?? 0) - (b.slot ?? 0)),
    history: readHistory(config.stateDir, config.app.name),
  };
}

async function localHealth(ctx: Context, container: string): Promise<TaskStatus['health'] | undefined> {
  try {
    const info = await ctx.docker().getContainer(container).inspect();
    if (!info.State.Running) return 'stopped';
    const h = info.State.Health?.Status;
    return h === 'healthy' || h === 'unhealthy' || h === 'starting' ? h : undefined;
  } catch {
    return undefined;
  }
}

const mb = (n: number | null) => (n === null ? '-' : `${Math.round(n / 1024 / 1024)}MB`);

export function renderSwarmStatus(s: SwarmStatus): string {
  const lines = [`${s.app}: on a swarm (${s.services.length} service(s), ${s.tasks.length} task(s))`];
  for (const svc of s.services) lines.push(`  ${svc.name}${svc.kind ? ` (${svc.kind === 'flags' ? 'toggle server' : svc.kind})` : ''}: ${svc.image ?? ''} × ${svc.replicas ?? '-'}${svc.update ? ` (update ${svc.update})` : ''}`);
  for (const t of s.tasks) {
    lines.push(`    ${`${t.service}.${t.slot ?? ''}`.padEnd(34)} ${t.task} node ${t.node.padEnd(15)} ${t.state.padEnd(9)} ${t.health.padEnd(9)} mem ${mb(t.memory.used)}/${mb(t.memory.limit)}${t.error ? `  ${t.error}` : ''}`);
  }
  if (!s.tasks.length) lines.push('  no tasks');
  for (const role of ['production', 'canary'] as const) {
    const h = s.history[role];
    if (h.length) lines.push(`  ${role} history: ${h.slice(-5).map((d) => `${d.image}${d.reason !== 'deploy' ? ` (${d.reason})` : ''}`).join(' → ')}`);
  }
  return lines.join('\n');
}

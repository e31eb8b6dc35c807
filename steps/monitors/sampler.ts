// One sample per app container from the Docker stats API, computed as `docker stats` does, for `monitors watch`.
// (Inside `slipway autoscaler run` the autoscaler's own stats streams feed local alerting instead.)
import type Docker from 'dockerode';
import type { ContainerSample } from './local-alerting';

export interface DockerStats {
  cpu_stats?: { cpu_usage?: { total_usage?: number; percpu_usage?: number[] }; system_cpu_usage?: number; online_cpus?: number };
  precpu_stats?: { cpu_usage?: { total_usage?: number }; system_cpu_usage?: number };
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> };
}

/** Percent of one core, like `docker stats` and Datadog's docker.cpu.usage. */
export function cpuPercentOf(s: DockerStats): number {
  const cpu = (s.cpu_stats?.cpu_usage?.total_usage ?? 0) - (s.precpu_stats?.cpu_usage?.total_usage ?? 0);
  const system = (s.cpu_stats?.system_cpu_usage ?? 0) - (s.precpu_stats?.system_cpu_usage ?? 0);
  const cpus = s.cpu_stats?.online_cpus || s.cpu_stats?.cpu_usage?.percpu_usage?.length || 1;
  if (!(system > 0) || !(cpu >= 0) || !s.precpu_stats?.system_cpu_usage) return 0;
  return (cpu / system) * cpus * 100;
}

/** Memory in use without the reclaimable page cache, as `docker stats` counts it (cgroup v1 and v2). */
export function memoryUsedOf(s: DockerStats): number {
  const usage = s.memory_stats?.usage ?? 0;
  const st = s.memory_stats?.stats ?? {};
  const inactiveFile = st.total_inactive_file ?? st.inactive_file ?? 0;
  return Math.max(0, usage - (inactiveFile < usage ? inactiveFile : 0));
}

export async function sampleAppContainers(docker: Docker, app: string, now: () => number = Date.now): Promise<ContainerSample[]> {
  const list = await docker.listContainers({ filters: { label: [`slipway.app=${app}`], status: ['running'] } });
  const samples = await Promise.all(
    list.map(async (c): Promise<ContainerSample | undefined> => {
      const role = c.Labels['slipway.role'];
      if (role !== 'production' && role !== 'canary') return undefined;
      try {
        // stream:false waits for a second reading, so precpu_stats is filled and the CPU figure is real
        const stats = (await docker.getContainer(c.Id).stats({ stream: false })) as unknown as DockerStats;
        return {
          containerId: c.Id,
          name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
          role,
          at: now(),
          cpuPercent: cpuPercentOf(stats),
          memoryUsedBytes: memoryUsedOf(stats),
          memoryLimitBytes: stats.memory_stats?.limit ?? 0,
        };
      } catch {
        return undefined; // it stopped between the list and the stats call
      }
    }),
  );
  return samples.filter((s): s is ContainerSample => Boolean(s));
}

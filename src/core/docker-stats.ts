// What one Docker stats sample says about a container, computed exactly as the docker CLI computes it.
// Shared by the autoscaler, local alerting and `slipway status`.

/** The parts of the Engine API's stats object the autoscaler reads. */
export interface DockerStats {
  read?: string;
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> };
  cpu_stats?: CpuStats;
  precpu_stats?: CpuStats;
}

interface CpuStats {
  cpu_usage?: { total_usage?: number; percpu_usage?: number[] };
  system_cpu_usage?: number;
  online_cpus?: number;
}

/** Usage minus the inactive page cache the kernel can drop at once (cgroup v1: total_inactive_file, v2: inactive_file). */
export function memoryUsedBytes(memory: DockerStats['memory_stats']): number {
  const usage = memory?.usage ?? 0;
  const stats = memory?.stats ?? {};
  const v1 = stats.total_inactive_file;
  if (v1 !== undefined && v1 < usage) return usage - v1;
  const v2 = stats.inactive_file;
  if (v2 !== undefined && v2 < usage) return usage - v2;
  return usage;
}

/** CPU use since the previous sample, in percent of one core (200 % = two cores busy), as `docker stats` shows it. */
export function cpuPercent(stats: DockerStats): number {
  const cpuDelta = (stats.cpu_stats?.cpu_usage?.total_usage ?? 0) - (stats.precpu_stats?.cpu_usage?.total_usage ?? 0);
  const systemDelta = (stats.cpu_stats?.system_cpu_usage ?? 0) - (stats.precpu_stats?.system_cpu_usage ?? 0);
  const cpus = stats.cpu_stats?.online_cpus || stats.cpu_stats?.cpu_usage?.percpu_usage?.length || 1;
  // no previous reading yet (a first or one-shot sample): no figure, rather than the average since boot
  if (!stats.precpu_stats?.system_cpu_usage || systemDelta <= 0 || cpuDelta <= 0) return 0;
  return (cpuDelta / systemDelta) * cpus * 100;
}

/** A stopped container's stream goes on sending empty samples (read = year 1) once a second; they carry nothing. */
export function isLiveSample(stats: DockerStats): boolean {
  return !(stats.read ?? '').startsWith('0001-') && (stats.memory_stats?.usage ?? 0) > 0;
}

export const MiB = 1024 * 1024;

export function toMb(bytes: number): number {
  return Math.round((bytes / MiB) * 10) / 10;
}

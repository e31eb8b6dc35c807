// Memory a container uses, computed as the docker CLI does: usage minus the inactive page cache.
import type Docker from 'dockerode';

export interface MemoryStats {
  usage?: number;
  limit?: number;
  stats?: Record<string, number>;
}

export function memoryUsedBytes(m: MemoryStats): number {
  const usage = m.usage ?? 0;
  const stats = m.stats ?? {};
  // cgroup v1 reports total_inactive_file, v2 inactive_file
  const cache = stats.total_inactive_file ?? stats.inactive_file ?? 0;
  return cache < usage ? usage - cache : usage;
}

export async function memoryOf(docker: Docker, id: string): Promise<{ used: number; limit: number } | null> {
  try {
    const s = (await docker.getContainer(id).stats({ stream: false })) as unknown as { memory_stats: MemoryStats };
    return { used: memoryUsedBytes(s.memory_stats), limit: s.memory_stats.limit ?? 0 };
  } catch {
    return null;
  }
}

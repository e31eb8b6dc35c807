// Memory a container uses right now, as the docker CLI counts it (one-shot stats).
import type Docker from 'dockerode';
import { memoryUsedBytes, type DockerStats } from './docker-stats';

export async function memoryOf(docker: Docker, id: string): Promise<{ used: number; limit: number } | null> {
  try {
    const s = (await docker.getContainer(id).stats({ stream: false })) as unknown as DockerStats;
    return { used: memoryUsedBytes(s.memory_stats), limit: s.memory_stats?.limit ?? 0 };
  } catch {
    return null;
  }
}

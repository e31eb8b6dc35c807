// One sample per app container from the Docker stats API, computed as `docker stats` does, for `monitors watch`.
// (Inside `slipway autoscaler run` the autoscaler's own stats streams feed local alerting instead.)
import type Docker from 'dockerode';
import type { ContainerSample } from './local-alerting';
import { cpuPercent, memoryUsedBytes, type DockerStats } from '../core/docker-stats';
import { containerName, listSlipwayContainers } from '../core/app-containers';
import { ROLES, type Role } from '../core/config';
import { LABEL } from '../core/labels';

export async function sampleAppContainers(docker: Docker, app: string, now: () => number = Date.now): Promise<ContainerSample[]> {
  const list = await listSlipwayContainers(docker, { app, roles: ROLES, runningOnly: true });
  const samples = await Promise.all(
    list.map(async (c): Promise<ContainerSample | undefined> => {
      try {
        // stream:false waits for a second reading, so precpu_stats is filled and the CPU figure is real
        const stats = (await docker.getContainer(c.Id).stats({ stream: false })) as unknown as DockerStats;
        return {
          containerId: c.Id,
          name: containerName(c),
          role: c.Labels[LABEL.role] as Role,
          at: now(),
          cpuPercent: cpuPercent(stats),
          memoryUsedBytes: memoryUsedBytes(stats.memory_stats),
          memoryLimitBytes: stats.memory_stats?.limit ?? 0,
        };
      } catch {
        return undefined; // it stopped between the list and the stats call
      }
    }),
  );
  return samples.filter((s): s is ContainerSample => Boolean(s));
}

// One long-lived stats stream per container: Docker pushes a sample a second over one connection,
// instead of the autoscaler opening a new request (and Docker a new two-sample read) every tick.
import type Docker from 'dockerode';
import type { DockerStats } from '../core/docker-stats';
import { jsonLines } from './json-lines';

export interface StatsStream {
  /** Ends the stream without calling onEnd. */
  close(): void;
}

export interface StatsHandlers {
  onStats(stats: DockerStats): void;
  /** The stream ended by itself: the container was removed, or dockerd went away. Called once. */
  onEnd(error?: Error): void;
}

export function openStatsStream(docker: Docker, containerId: string, handlers: StatsHandlers): StatsStream {
  let closed = false;
  let ended = false;
  let stream: (NodeJS.ReadableStream & { destroy?: () => void }) | undefined;
  const end = (error?: Error) => {
    if (closed || ended) return;
    ended = true;
    handlers.onEnd(error);
  };
  docker
    .getContainer(containerId)
    .stats({ stream: true })
    .then((s) => {
      stream = s as typeof stream;
      if (closed) return stream!.destroy?.();
      jsonLines<DockerStats>(s, (stats) => {
        if (!closed) handlers.onStats(stats);
      });
      s.on('end', () => end());
      s.on('close', () => end());
      s.on('error', (err: Error) => end(err));
    }, (err: Error) => end(err));
  return {
    close() {
      closed = true;
      stream?.destroy?.();
    },
  };
}

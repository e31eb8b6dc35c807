// One long-lived stats stream per container: Docker pushes a sample a second over one connection,
// instead of the autoscaler opening a new request (and Docker a new two-sample read) every tick.
import type { EngineApi, EngineStream } from '../core/engine-api';
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

export function openStatsStream(engine: EngineApi, containerId: string, handlers: StatsHandlers): StatsStream {
  let closed = false;
  let ended = false;
  let stream: EngineStream | undefined;
  const end = (error?: Error) => {
    if (closed || ended) return;
    ended = true;
    handlers.onEnd(error);
  };
  engine
    .stream(`/containers/${encodeURIComponent(containerId)}/stats`, { stream: true })
    .then((s) => {
      stream = s;
      if (closed) return s.destroy();
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
      stream?.destroy();
    },
  };
}

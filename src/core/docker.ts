// One dockerode client per run, with an error that says how to get a Docker engine when none answers, and a time
// limit on every call that is not a stream by design (events, stats, logs, attach), so a hung engine fails the step.
import Docker from 'dockerode';
import { DockerTimeout, dockerCallTimeoutMs, type DockerLimits } from './engine-api';

// shared with the small Engine API client, which the autoscaler's own process uses instead of dockerode
export { DOCKER_CALL_TIMEOUT_MS, DOCKER_LONG_CALL_TIMEOUT_MS, DockerTimeout, dockerCallTimeoutMs, isNotFound, requireDocker, type DockerLimits } from './engine-api';

interface DialOptions {
  path: string;
  method: string;
  isStream?: boolean;
  abortSignal?: AbortSignal;
  options?: Record<string, unknown>;
}

export function dockerClient(limits?: DockerLimits): Docker {
  // DOCKER_HOST is honoured by dockerode itself; the default is the local socket
  const docker = new Docker();
  const modem = docker.modem as unknown as { dial(o: DialOptions, cb: (err: unknown, data: unknown) => void): void };
  const dial = modem.dial.bind(modem);
  modem.dial = (o, cb) => {
    const ms = o.abortSignal ? undefined : dockerCallTimeoutMs(o, limits);
    if (ms === undefined) return dial(o, cb);
    const controller = new AbortController();
    const timeout = new DockerTimeout(o.method, o.path, ms);
    const timer = setTimeout(() => controller.abort(timeout), ms);
    timer.unref();
    return dial({ ...o, abortSignal: controller.signal }, (err, data) => {
      const stream = data as NodeJS.ReadableStream & { once?: (e: string, f: () => void) => void } | undefined;
      if (err || !o.isStream || typeof stream?.once !== 'function') clearTimeout(timer);
      else stream.once!('close', () => clearTimeout(timer));
      cb(controller.signal.aborted && err ? timeout : err, data);
    });
  };
  return docker;
}

/** The clear error behind an aborted stream: ours when our time limit aborted it. */
export function dockerError(err: unknown): unknown {
  const cause = (err as { cause?: unknown })?.cause;
  return cause instanceof DockerTimeout ? cause : err;
}

/** One message of a Docker progress stream (build, pull, import). */
export interface ProgressMessage {
  stream?: string;
  status?: string;
  progress?: string;
  id?: string;
  error?: string;
  errorDetail?: { message: string };
  aux?: { ID?: string };
}

// One dockerode client per run, with an error that says how to get a Docker engine when none answers, and a time
// limit on every call that is not a stream by design (events, stats, logs, attach), so a hung engine fails the step.
import Docker from 'dockerode';
import { StepFailed } from './errors';

export const DOCKER_CALL_TIMEOUT_MS = 60_000;
/** Builds, pulls, imports and loads move whole images; a wait lasts as long as the container runs. */
export const DOCKER_LONG_CALL_TIMEOUT_MS = 60 * 60_000;

interface DialOptions {
  path: string;
  method: string;
  isStream?: boolean;
  abortSignal?: AbortSignal;
  options?: Record<string, unknown>;
}

export interface DockerLimits {
  callMs: number;
  longMs: number;
}

const LIMITS: DockerLimits = { callMs: DOCKER_CALL_TIMEOUT_MS, longMs: DOCKER_LONG_CALL_TIMEOUT_MS };

export function dockerClient(limits: DockerLimits = LIMITS): Docker {
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

/** The time limit of one Engine API call; undefined for the streams that last as long as what they watch. */
export function dockerCallTimeoutMs(o: { method: string; path: string; isStream?: boolean; options?: Record<string, unknown> }, limits: DockerLimits = LIMITS): number | undefined {
  const p = o.path.split('?')[0];
  if (/^\/?(build|images\/create|images\/load)\b/.test(p.replace(/^\/v[0-9.]+/, ''))) return limits.longMs;
  if (o.isStream) return undefined;
  if (/\/wait$/.test(p)) return limits.longMs;
  // a stop or restart waits up to t seconds for the process to go before Docker kills it
  const q = o.options as { t?: unknown; _query?: { t?: unknown } } | undefined;
  const t = Number(q?.t ?? q?._query?.t ?? /[?&]t=(\d+)/.exec(o.path)?.[1] ?? 0);
  return limits.callMs + (Number.isFinite(t) ? t * 1000 : 0);
}

export class DockerTimeout extends StepFailed {
  constructor(method: string, path: string, ms: number) {
    super(`the Docker engine did not finish ${method} ${path.replace(/\?$/, '')} within ${Math.round(ms / 1000)} s`, 'check that dockerd is healthy (`docker info`, `systemctl status docker`); a hung engine needs a restart');
  }
}

/** The clear error behind an aborted stream: ours when our time limit aborted it. */
export function dockerError(err: unknown): unknown {
  const cause = (err as { cause?: unknown })?.cause;
  return cause instanceof DockerTimeout ? cause : err;
}

export async function requireDocker(docker: Docker): Promise<void> {
  try {
    await docker.ping();
  } catch (err) {
    throw new StepFailed(
      `no Docker engine answers (${(err as Error).message})`,
      'run `slipway provision` as root to install and start one, or set DOCKER_HOST to a reachable engine',
    );
  }
}

export function isNotFound(err: unknown): boolean {
  return (err as { statusCode?: number })?.statusCode === 404;
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

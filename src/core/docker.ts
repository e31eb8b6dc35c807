// One dockerode client per run, with an error that says how to get a Docker engine when none answers.
import Docker from 'dockerode';
import { StepFailed } from './errors';

export function dockerClient(): Docker {
  // DOCKER_HOST is honoured by dockerode itself; the default is the local socket
  return new Docker();
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

/** Stops a container gracefully (SIGTERM, then `graceSec` to drain) and removes it; one already gone is fine. */
export async function removeContainer(docker: Docker, id: string, graceSec = 10): Promise<void> {
  const c = docker.getContainer(id);
  await c.stop({ t: Math.ceil(graceSec) }).catch(() => undefined);
  await c.remove({ force: true }).catch((err) => {
    if (!isNotFound(err)) throw err;
  });
}

/** Follows a Docker progress stream (pull, build, import) to its end, passing each message on. */
export function followProgress(docker: Docker, stream: NodeJS.ReadableStream, onMessage: (m: ProgressMessage) => void): Promise<ProgressMessage[]> {
  return new Promise((resolve, reject) => {
    docker.modem.followProgress(stream, (err: Error | null, output: ProgressMessage[]) => (err ? reject(err) : resolve(output)), onMessage);
  });
}

export interface ProgressMessage {
  stream?: string;
  status?: string;
  progress?: string;
  id?: string;
  error?: string;
  errorDetail?: { message: string };
  aux?: { ID?: string };
}

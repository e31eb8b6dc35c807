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

// A one-off container that runs a command to its end: output streamed line by line, a time limit, always removed.
import { PassThrough } from 'node:stream';
import type Docker from 'dockerode';
import { StepFailed } from '../core/errors';

export interface OneOffSpec {
  name: string;
  image: string;
  cmd: string[];
  env: Record<string, string>;
  user: string;
  binds: string[];
  labels: Record<string, string>;
}

export interface OneOffOutcome {
  exitCode: number;
  /** stdout and stderr interleaved as they came. */
  output: string;
  timedOut: boolean;
}

/** The Engine API body: host network (loopback only), no restart, the node user. */
export function oneOffBody(spec: OneOffSpec): Docker.ContainerCreateOptions {
  return {
    name: spec.name,
    Image: spec.image,
    Cmd: spec.cmd,
    User: spec.user,
    Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
    Labels: spec.labels,
    AttachStdout: true,
    AttachStderr: true,
    Tty: false,
    HostConfig: { NetworkMode: 'host', Binds: spec.binds, AutoRemove: false },
  };
}

export async function runOneOff(docker: Docker, spec: OneOffSpec, timeoutMs: number, onLine: (line: string) => void): Promise<OneOffOutcome> {
  const container = await docker.createContainer(oneOffBody(spec));
  let output = '';
  let partial = '';
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const l of lines) onLine(l);
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const stream = await container.attach({ stream: true, stdout: true, stderr: true });
    docker.modem.demuxStream(stream, sink, sink);
    const ended = new Promise<void>((resolve) => stream.on('end', () => resolve()));
    await container.start();
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const waited = await Promise.race([container.wait(), timeout]);
    if (waited === 'timeout') {
      await container.kill().catch(() => undefined);
      return { exitCode: 124, output, timedOut: true };
    }
    // the attach stream may still hold the last lines when wait returns
    await Promise.race([ended, new Promise((r) => setTimeout(r, 2000))]);
    if (partial) onLine(partial);
    return { exitCode: (waited as { StatusCode: number }).StatusCode, output, timedOut: false };
  } catch (err) {
    if (err instanceof StepFailed) throw err;
    throw new StepFailed(`the test container ${spec.name} could not run: ${(err as Error).message}`, 'check that the image exists and starts (`docker run --rm <image> node -v`)');
  } finally {
    if (timer) clearTimeout(timer);
    await container.remove({ force: true }).catch(() => undefined);
  }
}

// A one-off container that runs a command to its end, as the Engine API calls that do it: create, attach to its
// output, start, wait (with a time limit; killed when it runs out), always removed.
import type Docker from 'dockerode';
import type { Action, Done } from '../core/plan';
import { dockerCall, dockerPath } from '../core/actions';
import type { AttachedOutput } from '../core/performer';
import { StepFailed } from '../core/errors';
import { sleep } from '../core/deadline';

export interface OneOffSpec {
  name: string;
  image: string;
  cmd: string[];
  env: Record<string, string>;
  user: string;
  binds: string[];
  labels: Record<string, string>;
  /** Where the command runs; the image's own WORKDIR when absent. */
  workdir?: string;
  /** none: its own loopback only; host: this host's network, slipway's Redis and control surfaces in reach. */
  network: 'none' | 'host';
}

/** The official image's `node` user, numeric so an image without that /etc/passwd entry runs it too. */
export const NODE_USER = '1000:1000';

export interface OneOffOutcome {
  exitCode: number;
  /** stdout and stderr interleaved as they came. */
  output: string;
  timedOut: boolean;
}

/** The Engine API body: the given network, no restart, the given user. */
export function oneOffBody(spec: OneOffSpec): Docker.ContainerCreateOptions {
  return {
    Image: spec.image,
    Cmd: spec.cmd,
    User: spec.user,
    ...(spec.workdir ? { WorkingDir: spec.workdir } : {}),
    Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
    Labels: spec.labels,
    AttachStdout: true,
    AttachStderr: true,
    Tty: false,
    HostConfig: { NetworkMode: spec.network, Binds: spec.binds, AutoRemove: false },
  };
}

/** The calls of one run; its outcome is read with `oneOffOutcome` from the results. */
export function oneOffActions(spec: OneOffSpec, timeoutMs: number, summary: string): Action[] {
  const c = `/containers/${spec.name}`;
  return [
    dockerCall(summary, { method: 'POST', path: dockerPath('/containers/create', { name: spec.name }), body: oneOffBody(spec) }, {
      onFailure: { actions: [], error: (err) => new StepFailed(`the container ${spec.name} could not be created: ${(err as Error).message}`, 'check that the image exists and starts (`docker run --rm <image> node -v`)') },
    }),
    dockerCall(`attach to its output`, { method: 'POST', path: dockerPath(`${c}/attach`, { stream: true, stdout: true, stderr: true }), attach: true }, { id: 'output' }),
    dockerCall(`start ${spec.name}`, { method: 'POST', path: `${c}/start` }),
    dockerCall(`wait for it to end (at most ${Math.round(timeoutMs / 1000)} s)`, { method: 'POST', path: `${c}/wait`, timeoutMs }, {
      id: 'wait',
      // the attach stream may still hold the last lines when wait returns
      read: async (answer, done) => (await Promise.race([(done.get('output') as AttachedOutput).ended, sleep(2000)]), answer),
    }),
    dockerCall(`kill ${spec.name}`, { method: 'POST', path: `${c}/kill`, ok: [404, 409] }, { when: { text: 'the wait ran out of time', test: (done) => timedOut(done) } }),
    dockerCall(`remove ${spec.name}`, { method: 'DELETE', path: dockerPath(c, { force: true }), ok: [404] }, { always: true }),
  ];
}

const timedOut = (done: Done) => Boolean((done.get('wait') as { timedOut?: boolean } | undefined)?.timedOut);

export function oneOffOutcome(done: Done): OneOffOutcome {
  const output = (done.get('output') as AttachedOutput | undefined)?.text() ?? '';
  if (timedOut(done)) return { exitCode: 124, output, timedOut: true };
  return { exitCode: (done.get('wait') as { StatusCode: number }).StatusCode, output, timedOut: false };
}

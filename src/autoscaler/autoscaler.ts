// `slipway autoscaler`: the memory autoscaler — run (foreground, run.ts), up (a container that outlives the build), status.
import * as fs from 'node:fs';
import type { Args, SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import { check } from '../core/actions';
import { requireDocker } from '../core/docker';
import { StepFailed } from '../core/errors';
import { dockerSocketPath, serviceContainerName, serviceContainerPlan, SOCKET_IN_CONTAINER } from '../core/service-container';
import { send, HttpUnreachable } from '../core/http-client';
import { HOST_CGROUP_MOUNT } from '../core/container-memory';
import { AUTOSCALER_BUNDLE_IN_IMAGE } from '../build/runtime-image';
import { upAutoscalerService } from '../swarm/autoscaler-service';
import { baseUrlOf } from './http';
import { wantsLocalAlerting } from './local-alerts';
import { renderStatus, type ServiceContainerState, type StatusResult } from './render';
import type { AutoscalerStatus } from './report';
import { POLICY_OPTIONS, checkSettings, policyFromArgs, run, type RunResult } from './run';

export type { RunResult };

export const AUTOSCALER_NODE_OPTIONS = '--max-semi-space-size=1';

export interface UpResult {
  container: string;
  changed: boolean;
  url: string;
}

async function upAutoscaler(ctx: Context, argv: Args): Promise<UpResult> {
  const socket = dockerSocketPath(ctx);
  const noLocalAlerting = Boolean(ctx.secrets.get('DD_API_KEY')) || argv.localAlerting === false;
  checkSettings(ctx, !noLocalAlerting && wantsLocalAlerting(ctx.config, ctx.secrets));
  if (ctx.config.deploy.target === 'swarm') {
    const up = await upAutoscalerService(ctx, { noLocalAlerting, nodeOptions: AUTOSCALER_NODE_OPTIONS });
    return { container: up.service, changed: up.changed, url: up.url };
  }
  if (!ctx.dryRun) {
    if (!fs.existsSync(socket)) throw new StepFailed(`the Docker socket ${socket} does not exist`, 'run `slipway provision` to install and start dockerd');
    await requireDocker(ctx.docker());
  }
  const name = serviceContainerName(ctx.config.app.name, 'autoscaler');
  const url = baseUrlOf(ctx.config.autoscaler.metricsListen);
  // with Datadog keys the monitors live in Datadog; the container must not e-mail the same alerts again
  const args = ['autoscaler', 'run', ...(noLocalAlerting ? ['--no-local-alerting'] : [])];
  // the host's cgroup tree, read-only: the containers' memory is read from it, not from dockerd's stats
  const caFile = ctx.config.monitors.local.smtpCaFile;
  const mounts = [
    { source: socket, target: SOCKET_IN_CONTAINER },
    { source: '/sys/fs/cgroup', target: HOST_CGROUP_MOUNT, readOnly: true },
    ...(caFile && !noLocalAlerting ? [{ source: caFile, target: caFile, readOnly: true }] : []),
  ];
  // its own bundle (autoscaler/main.ts): the same `autoscaler run`, without the rest of the CLI in memory for months
  const actions = await serviceContainerPlan(ctx, { service: 'autoscaler', args, secretEnv: ['SLIPWAY_WEBHOOK_TOKEN', 'SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_SMTP_PASSWORD'], env: { NODE_OPTIONS: AUTOSCALER_NODE_OPTIONS }, mounts, entrypoint: ['node', AUTOSCALER_BUNDLE_IN_IMAGE] });
  const changed = actions.length > 0;
  actions.push(check(`wait until the autoscaler answers on ${url}/health`, { probe: { method: 'GET', url: `${url}/health`, timeoutMs: 1000 }, until: 'HTTP 200', timeoutMs: 30_000, intervalMs: 200, hint: `see \`docker logs ${name}\`` }));
  await ctx.executor.execute(actions);
  return { container: name, changed, url };
}

/** What `slipway autoscaler status` (and `slipway status`) shows: the running autoscaler's /status, or why there is none. */
export async function autoscalerStatus(ctx: Context): Promise<StatusResult> {
  const url = baseUrlOf(ctx.config.autoscaler.metricsListen);
  let reason: string;
  try {
    const res = await send<AutoscalerStatus>({ method: 'GET', url: `${url}/status`, timeoutMs: 3000 });
    if (res.status !== 200 || !res.json) throw new Error(`HTTP ${res.status}`);
    const status = res.json;
    if (status.app === ctx.config.app.name) return { running: true, url, ...status };
    reason = `the autoscaler on ${url} is the one of app ${status.app}, not ${ctx.config.app.name}`;
  } catch (err) {
    reason = `nothing answers on ${url} (${causeOf(err)})`;
  }
  return { running: false, url, reason, container: await serviceContainerState(ctx) };
}

function causeOf(err: unknown): string {
  if (err instanceof HttpUnreachable) return err.code === 'ETIMEDOUT' ? 'timed out' : err.code;
  return (err as Error).message ?? String(err);
}

async function serviceContainerState(ctx: Context): Promise<ServiceContainerState | undefined> {
  const name = serviceContainerName(ctx.config.app.name, 'autoscaler');
  try {
    const s = (await ctx.docker().getContainer(name).inspect()).State;
    return { name, status: s.Status, restarting: s.Restarting, exitCode: s.ExitCode, oomKilled: s.OOMKilled, startedAt: s.StartedAt, finishedAt: s.FinishedAt };
  } catch {
    return undefined; // no such container, or no dockerd to ask
  }
}

const up: SlipwayCommand = {
  command: 'up',
  describe: 'Run the autoscaler as a container (<app>-autoscaler, Docker socket mounted, restarts unless stopped; on a swarm a global service, one task per node); changes nothing when it is up to date',
  options: [...POLICY_OPTIONS, { name: 'local-alerting', type: 'boolean', describe: 'Let the container feed local alerting (default on when DD_API_KEY is unset)' }],
  // the container gets the admin token, so its local-alert webhooks to the proxy are accepted
  secrets: ['DD_API_KEY', 'SLIPWAY_WEBHOOK_TOKEN', 'SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_SMTP_PASSWORD'],
  changesState: true,
  configFromArgs: policyFromArgs,
  run: upAutoscaler,
  render: (r: UpResult) => (r.changed ? `${r.container} is up; status on ${r.url}/status` : `${r.container} is already up to date; status on ${r.url}/status`),
};

const status: SlipwayCommand = {
  command: 'status',
  describe: "Each watched container's memory used/limit and the autoscaler's last action (asks the running autoscaler)",
  options: [{ name: 'metrics-listen', type: 'string', describe: 'HOST:PORT the autoscaler listens on (default autoscaler.metricsListen)' }],
  changesState: false,
  configFromArgs: (a) => ({ 'autoscaler.metricsListen': a.metricsListen }),
  run: autoscalerStatus,
  render: renderStatus,
};

export const autoscalerCommand: SlipwayCommand = {
  command: 'autoscaler',
  describe: 'The memory autoscaler: raise a container\'s memory limit before it runs out (run, up, status)',
  jenkins: {
    var: 'slipwayAutoscaler',
    about: "The memory autoscaler beside the app containers: every 5 s, when a container's memory used is above 50 % of its limit, it raises the limit by 100 MB; growth faster than that is covered at once (fast path), and an OOM kill is answered at once. up starts it as a container that outlives the build; status asks it what it did.",
    example: "slipwayAutoscaler(app: 'examples/climbing-grade', action: 'up', adminTokenId: 'slipway-admin-token')",
  },
  subcommands: [run, up, status],
};

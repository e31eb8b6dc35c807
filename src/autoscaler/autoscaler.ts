// `slipway autoscaler`: the memory autoscaler — run (foreground), up (a container that outlives the build), status.
import * as fs from 'node:fs';
import type { Args, OptionSpec, SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import { check } from '../core/actions';
import { requireDocker } from '../core/docker';
import { StepFailed, UsageError } from '../core/errors';
import { serviceContainerName, serviceContainerPlan } from '../core/service-container';
import { untilStopSignal } from '../core/signals';
import { send, HttpUnreachable } from '../core/http-client';
import { startMemoryAutoscaler } from './watcher';
import { HOST_CGROUP_MOUNT } from '../core/container-memory';
import { onReload, reloadConfig } from '../core/service-config';
import type { AutoscalerPolicy } from './policy';
import { baseUrlOf, startStatusServer } from './http';
import { attachLocalAlerting, wantsLocalAlerting } from './local-alerts';
import { notifierFromConfig } from '../monitors/notifier';
import { describePolicy, renderStatus, type ServiceContainerState, type StatusResult } from './render';
import type { AutoscalerStatus } from './report';

/** Where the Docker socket is inside the autoscaler's container: dockerode's default. */
const SOCKET_IN_CONTAINER = '/var/run/docker.sock';
/** V8's young generation at 1 MB instead of 16: the autoscaler allocates little, and its resident memory drops ~12 MB. */
export const AUTOSCALER_NODE_OPTIONS = '--max-semi-space-size=1';

const POLICY_OPTIONS: OptionSpec[] = [
  { name: 'interval-sec', type: 'number', describe: 'Seconds between evaluations of a container (autoscaler.intervalSec, default 5)' },
  { name: 'threshold-percent', type: 'number', describe: 'Raise when memory used is above this percent of the limit (default 50)' },
  { name: 'step-mb', type: 'number', describe: 'MB added per raise (default 100)' },
  { name: 'max-mb', type: 'number', describe: 'Never raise a limit above this (default 2048)' },
  { name: 'cooldown-sec', type: 'number', describe: 'After a change, seconds before the next one (default 10)' },
  { name: 'oom-factor', type: 'number', describe: 'On an OOM kill the limit becomes max(limit + step, limit × this) (default 1.2)' },
  { name: 'watermark-percent', type: 'number', describe: 'Fast path: raise at once, covering the growth, when use will pass this percent of the limit (default 85, 0 = off)' },
  { name: 'tick-ms', type: 'number', describe: "Milliseconds between reads of each container's cgroup files (default 250)" },
  { name: 'scale-down', type: 'boolean', describe: 'Lower limits after sustained low use, never below the starting limit (default off)' },
  { name: 'metrics-listen', type: 'string', describe: 'HOST:PORT of /metrics and /status (default 127.0.0.1:9464)' },
];

function policyFromArgs(a: Args): Record<string, unknown> {
  return {
    'autoscaler.intervalSec': a.intervalSec,
    'autoscaler.thresholdPercent': a.thresholdPercent,
    'autoscaler.stepMb': a.stepMb,
    'autoscaler.maxMb': a.maxMb,
    'autoscaler.cooldownSec': a.cooldownSec,
    'autoscaler.oomFactor': a.oomFactor,
    'autoscaler.watermarkPercent': a.watermarkPercent,
    'autoscaler.tickMs': a.tickMs,
    'autoscaler.scaleDown.enabled': a.scaleDown,
    'autoscaler.metricsListen': a.metricsListen,
  };
}

export interface RunResult {
  stoppedBy?: string;
  url: string;
  localAlerting: string[];
  final?: AutoscalerStatus;
}

async function runAutoscaler(ctx: Context, argv: Args): Promise<RunResult> {
  const { config } = ctx;
  const forSec = argv.for === undefined ? 0 : Number(argv.for);
  if (!Number.isFinite(forSec) || forSec < 0) throw new UsageError(`--for: expected 0 (until SIGTERM) or a number of seconds, got ${JSON.stringify(argv.for)}`, 'e.g. --for 60');
  const policy = config.autoscaler;
  const localAlerting = argv.localAlerting !== false && wantsLocalAlerting(config, ctx.secrets);
  const targets = checkSettings(ctx, localAlerting);
  const url = baseUrlOf(policy.metricsListen);
  const result: RunResult = { url, localAlerting: targets };
  await ctx.executor.execute([
    {
      kind: 'process',
      summary: `watch the containers labelled slipway.app=${config.app.name} (production, canary) — ${describePolicy(policy)}; /metrics and /status on ${url}${targets.length ? `; local alerting to ${targets.join('; ')}` : ''}${forSec ? `; for ${forSec} s` : '; until SIGTERM'}`,
      detail: { label: `slipway.app=${config.app.name}`, policy, metricsListen: policy.metricsListen, localAlerting: targets },
      run: async () => {
        const docker = ctx.docker();
        await requireDocker(docker);
        let autoscaler: ReturnType<typeof startMemoryAutoscaler> | undefined;
        const server = await startStatusServer(policy.metricsListen, {
          status: () => autoscaler!.status(),
          metrics: () => autoscaler!.metrics(),
        });
        // the executor ran this action; the updates it plans are real ones
        autoscaler = startMemoryAutoscaler({ docker, app: config.app.name, policy, log: ctx.log, executor: ctx.executor });
        const alerting = localAlerting ? attachLocalAlerting(autoscaler, config, ctx.secrets, ctx.log) : undefined;
        ctx.log.info(`autoscaler: ${describePolicy(policy)}; metrics and status on ${server.url}`);
        const stopReloading = onReload(() => applyReloadedPolicy(ctx, autoscaler!, policy.metricsListen), (m) => ctx.log.warn(`autoscaler: ${m}`));
        try {
          result.stoppedBy = await untilStopSignal({ timeoutMs: forSec * 1000, timeoutReason: `--for ${forSec} s ran out` });
        } finally {
          stopReloading();
          alerting?.detach();
          result.final = autoscaler.status();
          autoscaler.stop();
          await server.close();
        }
        ctx.log.info(`autoscaler: stopped (${result.stoppedBy})`);
      },
    },
  ]);
  return result;
}

/** On SIGHUP: the config read again from its sources, and its policy applied to the running autoscaler as it runs. */
function applyReloadedPolicy(ctx: Context, autoscaler: ReturnType<typeof startMemoryAutoscaler>, listening: string): void {
  const next = reloadConfig(ctx).autoscaler;
  checkPolicy(next);
  // the status server keeps its socket: a new address needs a new process
  if (next.metricsListen !== listening) ctx.log.warn(`autoscaler: metricsListen ${next.metricsListen} takes effect when the autoscaler restarts; still on ${listening}`);
  autoscaler.setPolicy({ ...next, metricsListen: listening });
  ctx.log.info(`autoscaler: config reloaded — ${describePolicy(next)}`);
}

/** Everything `run` needs that the schema cannot check alone; `up` checks it too, so no container starts only to crash. Returns the alert targets. */
function checkSettings(ctx: Context, localAlerting: boolean): string[] {
  checkPolicy(ctx.config.autoscaler);
  return localAlerting ? notifierFromConfig(ctx.config, ctx.secrets).targets : [];
}

function checkPolicy(policy: AutoscalerPolicy): void {
  if (policy.scaleDown.enabled && policy.scaleDown.belowPercent >= policy.thresholdPercent) {
    throw new UsageError(`autoscaler.scaleDown.belowPercent: ${policy.scaleDown.belowPercent} is not below autoscaler.thresholdPercent ${policy.thresholdPercent}`, 'the two would raise and lower the same limit in turn; keep belowPercent well under thresholdPercent');
  }
  if (policy.watermarkPercent && policy.watermarkPercent <= policy.thresholdPercent) {
    throw new UsageError(`autoscaler.watermarkPercent: ${policy.watermarkPercent} is not above autoscaler.thresholdPercent ${policy.thresholdPercent}`, 'the fast path is for use past the step rule\'s threshold: set it between thresholdPercent and 100, or 0 to turn it off');
  }
}

/** The socket the caller's dockerode talks to: DOCKER_HOST=unix://… or the default. */
export function dockerSocketPath(ctx: Context): string {
  const host = ctx.env.DOCKER_HOST;
  if (!host) return SOCKET_IN_CONTAINER;
  if (host.startsWith('unix://')) return host.slice('unix://'.length);
  throw new UsageError(`DOCKER_HOST is ${host}: the autoscaler container needs a local Docker socket to mount`, 'unset DOCKER_HOST, or set it to unix:///path/to/docker.sock');
}

export interface UpResult {
  container: string;
  changed: boolean;
  url: string;
}

async function upAutoscaler(ctx: Context, argv: Args): Promise<UpResult> {
  const socket = dockerSocketPath(ctx);
  const noLocalAlerting = Boolean(ctx.secrets.get('DD_API_KEY')) || argv.localAlerting === false;
  checkSettings(ctx, !noLocalAlerting && wantsLocalAlerting(ctx.config, ctx.secrets));
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
  const actions = await serviceContainerPlan(ctx, { service: 'autoscaler', args, secretEnv: ['SLIPWAY_WEBHOOK_TOKEN', 'SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_SMTP_PASSWORD'], env: { NODE_OPTIONS: AUTOSCALER_NODE_OPTIONS }, mounts });
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

const run: SlipwayCommand = {
  command: 'run',
  describe: 'Run the autoscaler in the foreground until SIGTERM/SIGINT (or --for seconds)',
  options: [
    ...POLICY_OPTIONS,
    { name: 'for', type: 'number', describe: 'Stop after this many seconds (default: run until SIGTERM/SIGINT)' },
    { name: 'local-alerting', type: 'boolean', describe: 'Feed local alerting (CPU/memory e-mails) from the same stats when DD_API_KEY is unset and monitors.local has smtp or webhookUrl (default on)' },
  ],
  // DD_API_KEY set: the alerts live in Datadog; the admin token lets local-alert webhooks reach the proxy, the SMTP password its e-mails
  secrets: ['DD_API_KEY', 'SLIPWAY_WEBHOOK_TOKEN', 'SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_SMTP_PASSWORD'],
  changesState: true,
  foreground: true,
  configFromArgs: policyFromArgs,
  run: runAutoscaler,
  render: (r: RunResult) => (r.stoppedBy ? `autoscaler stopped (${r.stoppedBy})` : `would run the autoscaler, with /status on ${r.url}`),
};

const up: SlipwayCommand = {
  command: 'up',
  describe: 'Run the autoscaler as a container (<app>-autoscaler, Docker socket mounted, restarts unless stopped); changes nothing when it is up to date',
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

// `slipway autoscaler run`: the memory autoscaler in the foreground. Its imports stay small (no dockerode, yargs or
// zx): the autoscaler's own bundle (main.ts → resources/slipway/autoscaler.cjs) runs this very command in its container.
import type { Args, OptionSpec, SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import { engineApi, requireDocker } from '../core/engine-api';
import { UsageError } from '../core/errors';
import { forSeconds, untilStopSignal } from '../core/signals';
import { startMemoryAutoscaler } from './watcher';
import { onReload, reloadConfig } from '../core/service-config';
import type { AutoscalerPolicy } from './policy';
import { baseUrlOf, startStatusServer } from './http';
import { attachLocalAlerting, wantsLocalAlerting } from './local-alerts';
import { notifierFromConfig } from '../monitors/notifier';
import { describePolicy } from './render';
import type { AutoscalerStatus } from './report';
import { startSwarmLink, type SwarmLink } from './swarm-link';
import { PEER_PORT } from './peers';

export const POLICY_OPTIONS: OptionSpec[] = [
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

export function policyFromArgs(a: Args): Record<string, unknown> {
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
  const forSec = forSeconds(argv.for);
  const policy = config.autoscaler;
  const localAlerting = argv.localAlerting !== false && wantsLocalAlerting(config, ctx.secrets);
  const targets = checkSettings(ctx, localAlerting);
  const url = baseUrlOf(policy.metricsListen);
  const peers = argv.swarmPeers as string | undefined;
  const token = ctx.secrets.get('SLIPWAY_ADMIN_TOKEN');
  if (peers && !token) throw new UsageError('--swarm-peers: the tasks exchange readings on the overlay, authenticated with SLIPWAY_ADMIN_TOKEN, which is not set', 'set SLIPWAY_ADMIN_TOKEN in the environment (`slipway autoscaler up` passes it to the service)');
  const result: RunResult = { url, localAlerting: targets };
  await ctx.executor.execute([
    {
      kind: 'process',
      summary: `watch the containers labelled slipway.app=${config.app.name} (production, canary) — ${describePolicy(policy)}; /metrics and /status on ${url}${targets.length ? `; local alerting to ${targets.join('; ')}` : ''}${peers ? `; on a swarm: this node's readings served to ${peers} on port ${PEER_PORT}, the leader's task decides for all` : ''}${forSec ? `; for ${forSec} s` : '; until SIGTERM'}`,
      detail: { label: `slipway.app=${config.app.name}`, policy, metricsListen: policy.metricsListen, localAlerting: targets },
      run: async () => {
        const engine = engineApi(ctx.env);
        await requireDocker(engine);
        let autoscaler: ReturnType<typeof startMemoryAutoscaler> | undefined;
        let link: SwarmLink | undefined;
        const server = await startStatusServer(policy.metricsListen, {
          status: () => ({ ...autoscaler!.status(), ...(link && { swarm: link.status() }) }),
          metrics: () => autoscaler!.metrics(),
        });
        // the executor ran this action; the updates it plans are real ones. On a swarm no task decides before it knows it leads
        autoscaler = startMemoryAutoscaler({ engine, app: config.app.name, policy, log: ctx.log, executor: ctx.executor, deciding: !peers });
        const alerting = localAlerting ? attachLocalAlerting(autoscaler, config, ctx.secrets, ctx.log) : undefined;
        ctx.log.info(`autoscaler: ${describePolicy(policy)}; metrics and status on ${server.url}`);
        const stopReloading = onReload(() => applyReloadedPolicy(ctx, autoscaler!, policy.metricsListen), (m) => ctx.log.warn(`autoscaler: ${m}`));
        try {
          if (peers) link = await startSwarmLink({ engine, autoscaler, peers, token: token!, tickMs: () => autoscaler!.status().policy.tickMs, log: ctx.log });
          result.stoppedBy = await untilStopSignal({ timeoutMs: forSec * 1000, timeoutReason: `--for ${forSec} s ran out` });
        } finally {
          stopReloading();
          alerting?.detach();
          result.final = autoscaler.status();
          await link?.stop();
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
export function checkSettings(ctx: Context, localAlerting: boolean): string[] {
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

export const run: SlipwayCommand = {
  command: 'run',
  describe: 'Run the autoscaler in the foreground until SIGTERM/SIGINT (or --for seconds)',
  options: [
    ...POLICY_OPTIONS,
    { name: 'for', type: 'number', describe: 'Stop after this many seconds (default: run until SIGTERM/SIGINT)' },
    { name: 'local-alerting', type: 'boolean', describe: 'Feed local alerting (CPU/memory e-mails) from the same stats when DD_API_KEY is unset and monitors.local has smtp or webhookUrl (default on)' },
    { name: 'swarm-peers', type: 'string', describe: "On a swarm (the global service `autoscaler up` makes): the DNS name of every autoscaler task; this node's readings are served to the leader's task, which decides for all" },
  ],
  // DD_API_KEY set: the alerts live in Datadog; the admin token lets local-alert webhooks reach the proxy, the SMTP password its e-mails
  secrets: ['DD_API_KEY', 'SLIPWAY_WEBHOOK_TOKEN', 'SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_SMTP_PASSWORD'],
  changesState: true,
  foreground: true,
  configFromArgs: policyFromArgs,
  run: runAutoscaler,
  render: (r: RunResult) => (r.stoppedBy ? `autoscaler stopped (${r.stoppedBy})` : `would run the autoscaler, with /status on ${r.url}`),
};

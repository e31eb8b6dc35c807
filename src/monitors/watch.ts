// `slipway monitors watch`: local alerting on its own — sample the app's containers every intervalSec and feed
// the evaluator, until interrupted or --duration runs out.
import type { Context } from '../core/context';
import { requireDocker } from '../core/docker';
import { UsageError } from '../core/errors';
import { LABEL } from '../core/labels';
import { StopSignal } from '../core/signals';
import { createLocalAlerting, localAlertingSettings, type AlertNotification, type Notifier } from './local-alerting';
import { notifierFromConfig } from './notifier';
import { sampleAppContainers } from './sampler';
import { MIB } from './definitions';

export interface WatchResult {
  dryRun: boolean;
  rounds: number;
  notifications: string[];
  state: unknown;
}

export async function runWatch(ctx: Context, durationSec: number): Promise<WatchResult> {
  const { config } = ctx;
  const { notifier, targets } = notifierFromConfig(config, ctx.secrets);
  const { windowMs, renotifyMs } = localAlertingSettings(config.monitors);
  const intervalMs = config.monitors.local.intervalSec * 1000;
  if (durationSec < 0) throw new UsageError('--duration: expected 0 (until interrupted) or a number of seconds, got ' + durationSec);
  const sent: string[] = [];
  const recording: Notifier = {
    async notify(n: AlertNotification) {
      await notifier.notify(n);
      sent.push(`${n.transition}: ${n.monitor} on ${n.containerName}`);
      ctx.log.info(`${n.transition}: ${n.monitor} on ${n.containerName} (${n.unit === '%' ? `${n.value.toFixed(1)} %` : `${(n.value / MIB).toFixed(1)} MB`})`);
    },
  };
  const alerting = createLocalAlerting({
    app: config.app.name,
    monitors: config.monitors,
    notify: recording,
    onNotifyError: (err, n) => ctx.log.warn(`could not send ${n.transition} for ${n.monitor} on ${n.containerName}: ${(err as Error).message}`),
  });
  let rounds = 0;
  await ctx.executor.execute([
    {
      kind: 'process',
      summary:
        `watch the containers labelled ${LABEL.app}=${config.app.name} every ${intervalMs / 1000} s: CPU > ${config.monitors.cpuPercent} %, memory > ${config.monitors.memoryMb} MB, ` +
        `averaged over ${windowMs / 1000} s; re-notify every ${renotifyMs / 1000} s; alerts to ${targets.join('; ')}${durationSec ? `; for ${durationSec} s` : '; until interrupted'}`,
      detail: { label: `${LABEL.app}=${config.app.name}`, intervalSec: intervalMs / 1000, windowSec: windowMs / 1000, renotifySec: renotifyMs / 1000, targets },
      run: async () => {
        const docker = ctx.docker();
        await requireDocker(docker);
        // --duration ends the watch the way a signal does
        const stop = new StopSignal({ timeoutMs: durationSec * 1000, timeoutReason: `--duration ${durationSec} s ran out` });
        try {
          while (!stop.reason) {
            const started = Date.now();
            const samples = await sampleAppContainers(docker, config.app.name);
            for (const s of samples) await alerting.observe(s);
            rounds++;
            await stop.sleep(intervalMs - (Date.now() - started));
          }
        } finally {
          stop.dispose();
        }
      },
    },
  ]);
  return { dryRun: ctx.dryRun, rounds, notifications: sent, state: alerting.state() };
}

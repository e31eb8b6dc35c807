// Without Datadog, the autoscaler's stats streams also feed local alerting (CPU > 60 %, memory > 500 MB, e-mail),
// so one process reads Docker's stats instead of two.
import type { Config } from '../core/config';
import type { Logger } from '../core/log';
import type { Secrets } from '../core/secrets';
import { createLocalAlerting } from '../monitors/local-alerting';
import { notifierFromConfig } from '../monitors/notifier';
import type { ContainerSample, MemoryAutoscaler } from './watcher';

export function wantsLocalAlerting(config: Config, secrets: Secrets): boolean {
  return !secrets.get('DD_API_KEY') && Boolean(config.monitors.local.smtp || config.monitors.local.webhookUrl);
}

/** Subscribes local alerting to the autoscaler's samples, one per container every monitors.local.intervalSec. */
export function attachLocalAlerting(autoscaler: MemoryAutoscaler, config: Config, secrets: Secrets, log: Logger): { targets: string[]; detach(): void } {
  const { notifier, targets } = notifierFromConfig(config, secrets);
  const alerting = createLocalAlerting({
    app: config.app.name,
    monitors: config.monitors,
    notify: {
      async notify(n) {
        await notifier.notify(n);
        log.info(`local alerting: ${n.transition}: ${n.monitor} on ${n.containerName}`);
      },
    },
    onNotifyError: (err, n) => log.warn(`local alerting: could not send ${n.transition} for ${n.monitor} on ${n.containerName}: ${(err as Error).message}`),
  });
  const everyMs = config.monitors.local.intervalSec * 1000;
  const lastFed = new Map<string, number>();
  // observe() awaits notices: samples go through one at a time so an alert is not sent twice
  let queue: Promise<void> = Promise.resolve();
  const detach = autoscaler.onSample((sample: ContainerSample) => {
    if (sample.at - (lastFed.get(sample.containerId) ?? -Infinity) < everyMs - 500) return;
    lastFed.set(sample.containerId, sample.at);
    queue = queue.then(() => alerting.observe(sample)).catch((err) => log.warn(`local alerting: ${(err as Error).message}`));
  });
  log.info(`local alerting: CPU > ${config.monitors.cpuPercent} %, memory > ${config.monitors.memoryMb} MB → ${targets.join('; ')}`);
  return { targets, detach };
}

// Where local alerts go: e-mail through nodemailer (the seed's e-mail alert) and/or a webhook with the same JSON the
// Datadog webhook sends, so the proxy's /alerts/datadog understands both.
import { bearerAuth, send } from '../core/http-client';
import type { Config } from '../core/config';
import { StepFailed, UsageError } from '../core/errors';
import type { Secrets } from '../core/secrets';
import type { AlertNotification, Notifier } from './local-alerting';
import { MIB } from './definitions';
import { describeMail, mailSettings, sendMail, type MailSettings } from './mail';
import type { AlertPayload } from './webhook';

export function alertSubject(n: AlertNotification): string {
  return `[${n.transition} on {container_name:${n.containerName}}] ${n.monitor}`;
}

export function alertText(n: AlertNotification): string {
  const shown = (v: number) => (n.unit === '%' ? `${v.toFixed(1)} %` : `${(v / MIB).toFixed(1)} MB`);
  const window = `${n.windowSec} s`;
  const what = n.rule === 'cpu' ? 'CPU' : 'Memory';
  const lines =
    n.transition === 'Recovered'
      ? [`${what} of ${n.containerName} (${n.app} ${n.role}) is back under ${shown(n.threshold)}: ${shown(n.value)} on average over the last ${window}.`, `The alert lasted ${Math.round((n.at - n.since) / 1000)} s.`]
      : [
          `${what} of ${n.containerName} (${n.app} ${n.role}) averaged ${shown(n.value)} over the last ${window}, above the threshold of ${shown(n.threshold)}.`,
          n.transition === 'Re-Triggered' ? `Still unresolved since ${new Date(n.since).toISOString()}; this notice repeats until it is.` : 'You will get this again while it stays unresolved, and a notice when it recovers.',
        ];
  return [...lines, '', `Monitor: ${n.monitor}`, `Container: ${n.containerName} (${n.containerId.slice(0, 12)})`, `Time: ${new Date(n.at).toISOString()}`, `Tags: ${n.tags.join(', ')}`, '', '-- slipway local alerting (no Datadog keys are set on this host)'].join('\n');
}

export function alertPayload(n: AlertNotification): AlertPayload {
  return {
    source: 'slipway-local',
    app: n.app,
    alert_id: `local:${n.app}:${n.role}:${n.rule}`,
    alert_transition: n.transition,
    alert_title: alertSubject(n),
    alert_scope: `container_name:${n.containerName},role:${n.role}`,
    tags: n.tags.join(','),
    date: String(n.at),
  };
}

export function emailNotifier(settings: MailSettings, from: string, to: string[]): Notifier {
  return { notify: (n) => sendMail(settings, { from, to, subject: alertSubject(n), text: alertText(n) }) };
}

export function webhookNotifier(url: string, headers: Record<string, string> = {}): Notifier {
  return {
    async notify(n) {
      const res = await send({ method: 'POST', url, headers: { 'Content-Type': 'application/json', ...headers }, body: alertPayload(n), timeoutMs: 15_000 });
      if (res.status < 200 || res.status >= 300) throw new StepFailed(`alert webhook ${url} answered ${res.status}`, 'check monitors.local.webhookUrl and what that server expects');
    },
  };
}

/** Sends to every target; one failing target does not keep the others from getting the notice. */
export function allOf(notifiers: Notifier[]): Notifier {
  return {
    async notify(n) {
      const results = await Promise.allSettled(notifiers.map((t) => t.notify(n)));
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed.length) throw new StepFailed(failed.map((f) => (f.reason as Error).message).join('; '));
    },
  };
}

export interface NotifierPlan {
  notifier: Notifier;
  /** One line per target, for the plan and the logs. */
  targets: string[];
}

/** The notifier local alerting uses, from config; a UsageError when it has nowhere to send. */
export function notifierFromConfig(config: Config, secrets: Secrets): NotifierPlan {
  const { local, emails } = config.monitors;
  const notifiers: Notifier[] = [];
  const targets: string[] = [];
  if (local.smtp) {
    if (!emails.length) throw new UsageError('monitors.emails is empty while monitors.local.smtp is set: nobody to e-mail', 'add the recipients to monitors.emails');
    const settings = mailSettings(config, secrets);
    notifiers.push(emailNotifier(settings, local.from, emails));
    targets.push(`e-mail ${emails.join(', ')} via ${describeMail(settings)}`);
  }
  if (local.webhookUrl) {
    let url: URL;
    try {
      url = new URL(local.webhookUrl);
    } catch {
      throw new UsageError(`monitors.local.webhookUrl: expected a URL, got ${JSON.stringify(local.webhookUrl)}`);
    }
    // a token goes only to the proxy's own admin address, never to another host; the webhook token when there is one
    const toProxy = url.host === config.proxy.admin && url.pathname === '/alerts/datadog';
    const token = secrets.get('SLIPWAY_WEBHOOK_TOKEN') ?? secrets.get('SLIPWAY_ADMIN_TOKEN');
    notifiers.push(webhookNotifier(local.webhookUrl, bearerAuth(toProxy ? token : undefined)));
    targets.push(`POST ${local.webhookUrl}${toProxy && token ? ' (with a bearer token)' : ''}`);
  }
  if (!notifiers.length) {
    throw new UsageError(
      'local alerting has nowhere to send: monitors.local.smtp and monitors.local.webhookUrl are both empty',
      'set monitors.local.smtp (host:port of a mail relay) with monitors.emails, and/or monitors.local.webhookUrl — or set DD_API_KEY and DD_APP_KEY to alert through Datadog',
    );
  }
  return { notifier: allOf(notifiers), targets };
}

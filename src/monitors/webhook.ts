// The Datadog webhook that carries the canary 5xx alert to the proxy's POST /alerts/datadog, with the webhook token
// (good for that route only, never the admin token) as a custom header — the seed's "alert from canary → no more
// requests to canary". Local alerting posts the same payload.
import type { Config } from '../core/config';
import { isWebhookUrl } from '../core/config-formats';
import { UsageError } from '../core/errors';
import type { WebhookConfig } from './diff';
import { webhookNameOf } from './definitions';

/** The JSON the proxy receives. Datadog fills the $VARIABLES; local alerting fills the same fields itself. */
export interface AlertPayload {
  source: 'datadog' | 'slipway-local';
  app: string;
  alert_id: string;
  /** Triggered, Re-Triggered or Recovered (Datadog also sends No Data, Warn and their Re- forms). */
  alert_transition: string;
  alert_title: string;
  alert_scope: string;
  /** Comma-separated monitor tags: `role:canary` marks a monitor about the canary. */
  tags: string;
  date: string;
}

export function payloadTemplate(app: string): string {
  const template: AlertPayload = {
    source: 'datadog',
    app,
    alert_id: '$ALERT_ID',
    alert_transition: '$ALERT_TRANSITION',
    alert_title: '$ALERT_TITLE',
    alert_scope: '$ALERT_SCOPE',
    tags: '$TAGS',
    date: '$DATE',
  };
  return JSON.stringify(template);
}

export function proxyAlertUrl(config: Config): string {
  return config.monitors.webhookUrl || `http://${config.proxy.admin}/alerts/datadog`;
}

export function desiredWebhook(config: Config, webhookToken: string | undefined): WebhookConfig {
  if (!webhookToken) {
    throw new UsageError(
      'SLIPWAY_WEBHOOK_TOKEN is not set: the Datadog webhook must carry the token the canary proxy accepts on POST /alerts/datadog',
      'set SLIPWAY_WEBHOOK_TOKEN in the environment of both `slipway proxy up` and `slipway monitors apply` (its own token, not the admin token)',
    );
  }
  const url = proxyAlertUrl(config);
  if (!isWebhookUrl(url)) {
    throw new UsageError(
      `monitors.webhookUrl: ${JSON.stringify(url)} is not an https:// URL, and Datadog would send the webhook token to it in clear`,
      'set monitors.webhookUrl to the https:// URL (a TLS front) of the proxy admin\'s /alerts/datadog that Datadog can reach',
    );
  }
  return {
    name: webhookNameOf(config),
    url,
    encode_as: 'json',
    custom_headers: JSON.stringify({ Authorization: `Bearer ${webhookToken}` }),
    payload: payloadTemplate(config.app.name),
  };
}

/** Datadog (SaaS) cannot reach a loopback address: say so, without refusing (a relay or tunnel may forward it). */
export function unreachableFromDatadog(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return /^(127\.|localhost$|\[?::1\]?$|0\.0\.0\.0$)/.test(host);
  } catch {
    return false;
  }
}

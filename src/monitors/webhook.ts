// The Datadog webhook that carries the canary 5xx alert to the proxy's POST /alerts/datadog, with the admin token
// as a custom header — the seed's "alert from canary → no more requests to canary". Local alerting posts the same payload.
import type { Config } from '../core/config';
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

export function desiredWebhook(config: Config, adminToken: string | undefined): WebhookConfig {
  if (!adminToken) {
    throw new UsageError(
      'SLIPWAY_ADMIN_TOKEN is not set: the Datadog webhook must carry the canary proxy\'s admin token',
      'set SLIPWAY_ADMIN_TOKEN in the environment (the same token the proxy was started with)',
    );
  }
  const url = proxyAlertUrl(config);
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) throw new Error('not http');
  } catch {
    throw new UsageError(`monitors.webhookUrl: expected an http(s) URL, got ${JSON.stringify(url)}`, 'set it to the URL of the proxy\'s /alerts/datadog that Datadog can reach');
  }
  return {
    name: webhookNameOf(config),
    url,
    encode_as: 'json',
    custom_headers: JSON.stringify({ Authorization: `Bearer ${adminToken}` }),
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

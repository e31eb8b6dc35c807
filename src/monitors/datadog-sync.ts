// What Datadog holds for this app (observed), and the list of HTTP actions that brings it to the config.
import type { Action } from '../core/plan';
import type { HttpRequest } from '../core/http-client';
import { inProcess } from '../core/actions';
import type { DatadogClient } from './datadog-client';
import { MANAGED_TAG, appTag } from './definitions';
import type { DatadogMonitor, MonitorChange, WebhookChange, WebhookConfig } from './diff';

const MONITORS = '/api/v1/monitor';
const WEBHOOKS = '/api/v1/integration/webhooks/configuration/webhooks';
const PAGE_SIZE = 100;

/** Every monitor carrying both slipway's managed tag and this app's tag, across all pages. */
export async function listManagedMonitors(client: DatadogClient, app: string): Promise<DatadogMonitor[]> {
  const out: DatadogMonitor[] = [];
  for (let page = 0; page < 1000; page++) {
    // one tag in the filter, the rest checked here: how Datadog combines several monitor_tags is not documented
    const batch = (await client.request<DatadogMonitor[]>('GET', MONITORS, {
      query: { monitor_tags: appTag(app), page, page_size: PAGE_SIZE },
      about: `the list of monitors tagged ${appTag(app)}`,
    })) ?? [];
    out.push(...batch);
    if (batch.length < PAGE_SIZE) break;
  }
  return out.filter((m) => Array.isArray(m.tags) && m.tags.includes(MANAGED_TAG) && m.tags.includes(appTag(app)));
}

export async function getWebhook(client: DatadogClient, name: string): Promise<WebhookConfig | undefined> {
  return client.request<WebhookConfig>('GET', `${WEBHOOKS}/${encodeURIComponent(name)}`, { about: `webhook ${name}`, allow404: true });
}

function datadogCall<T>(client: DatadogClient, summary: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, about: string, body?: unknown, query?: Record<string, string>): Action<T | undefined> {
  // the client sends this very request, again unchanged when Datadog asks to retry
  return inProcess('http', summary, { ...client.httpRequest(method, path, { body, query }) }, (detail) => client.perform<T>(detail as unknown as HttpRequest, { about }));
}

/** Validations first (nothing is written unless every body is valid), then the webhook, then the monitors. */
export function applyActions(client: DatadogClient, changes: MonitorChange[], webhook?: WebhookChange): Action[] {
  const validations: Action[] = [];
  const writes: Action[] = [];
  if (webhook?.op === 'create') {
    writes.push(datadogCall(client, `create webhook ${webhook.name} → ${webhook.desired.url}`, 'POST', WEBHOOKS, `webhook ${webhook.name}`, webhook.desired));
  } else if (webhook?.op === 'update') {
    const { name: _name, ...update } = webhook.desired;
    writes.push(datadogCall(client, `update webhook ${webhook.name} (${webhook.fields.map((f) => f.path).join(', ')})`, 'PUT', `${WEBHOOKS}/${encodeURIComponent(webhook.name)}`, `webhook ${webhook.name}`, update));
  }
  for (const c of changes) {
    const about = `monitor "${c.name}"`;
    if (c.op === 'create' || c.op === 'update' || c.op === 'replace') {
      validations.push(datadogCall(client, `validate ${about}`, 'POST', `${MONITORS}/validate`, about, c.def.body));
    }
    if (c.op === 'create') writes.push(datadogCall(client, `create ${about}`, 'POST', MONITORS, about, c.def.body));
    if (c.op === 'update') writes.push(datadogCall(client, `update ${about} (id ${c.existing.id}: ${c.fields.map((f) => f.path).join(', ')})`, 'PUT', `${MONITORS}/${c.existing.id}`, about, c.def.body));
    if (c.op === 'replace') {
      writes.push(datadogCall(client, `delete ${about} (id ${c.existing.id}; its type changes)`, 'DELETE', `${MONITORS}/${c.existing.id}`, about));
      writes.push(datadogCall(client, `create ${about}`, 'POST', MONITORS, about, c.def.body));
    }
    if (c.op === 'delete') writes.push(datadogCall(client, `delete ${about} (id ${c.existing.id}: ${c.reason})`, 'DELETE', `${MONITORS}/${c.existing.id}`, about));
  }
  return [...validations, ...writes];
}

export function deleteActions(client: DatadogClient, managed: DatadogMonitor[], webhook?: WebhookConfig): Action[] {
  const actions: Action[] = managed.map((m) => datadogCall(client, `delete monitor "${m.name}" (id ${m.id})`, 'DELETE', `${MONITORS}/${m.id}`, `monitor "${m.name}"`));
  if (webhook) actions.push(datadogCall(client, `delete webhook ${webhook.name}`, 'DELETE', `${WEBHOOKS}/${encodeURIComponent(webhook.name)}`, `webhook ${webhook.name}`));
  return actions;
}

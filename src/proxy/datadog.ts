// Datadog's alert webhook, read leniently (custom payload fields or the default payload's title), decided strictly:
// only a triggered alert about this app's canary ejects; a recovery is noted and never re-admits by itself.
import * as crypto from 'node:crypto';
import { UsageError } from '../core/errors';

export type Transition = 'triggered' | 'recovered' | 'warn' | 'no-data';

export interface DatadogAlert {
  transition: Transition;
  /** Re-Triggered / Re-Warn: a renotification of an alert that is still firing. */
  renotify: boolean;
  alertId?: string;
  title: string;
  tags: string[];
  /** Identifies one delivery, so Datadog's retries of the same notification change nothing. */
  deliveryKey: string;
}

export type AlertDecision =
  | { action: 'eject'; reason: string }
  | { action: 'note'; reason: string }
  | { action: 'ignore'; reason: string };

const TRANSITIONS: Record<string, Transition> = {
  triggered: 'triggered', alert: 'triggered', recovered: 'recovered', recovery: 'recovered', ok: 'recovered',
  resolved: 'recovered', warn: 'warn', warning: 'warn', 'no data': 'no-data', 'no-data': 'no-data', nodata: 'no-data',
};

function field(body: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = body[n];
    if (typeof v === 'string' && v.trim() && !/^\$[A-Z_]+$/.test(v.trim())) return v.trim(); // an unexpanded $VAR is no value
    if (typeof v === 'number') return String(v);
  }
  return undefined;
}

/** Throws UsageError (→ 400 with the reason) when the body says nothing we can act on. */
export function parseDatadogAlert(body: unknown): DatadogAlert {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new UsageError('expected a JSON object (Datadog webhook payload)');
  const b = body as Record<string, unknown>;
  const title = field(b, 'alert_title', 'ALERT_TITLE', 'alertTitle', 'title', 'event_title') ?? '';
  let raw = field(b, 'alert_transition', 'ALERT_TRANSITION', 'alertTransition', 'transition');
  // Datadog's default payload has no transition field; its title starts "[Triggered on {…}] …" or "[Recovered] …"
  if (!raw) raw = /\[(Re-)?(Triggered|Recovered|Warn|No Data)\b/i.exec(title)?.[0].slice(1);
  if (!raw) {
    throw new UsageError('no alert transition: expected "alert_transition" ($ALERT_TRANSITION: Triggered, Re-Triggered, Recovered, …) or a title starting "[Triggered]"');
  }
  const renotify = /^re-/i.test(raw);
  const transition = TRANSITIONS[raw.replace(/^re-/i, '').trim().toLowerCase()];
  if (!transition) throw new UsageError(`alert_transition: unknown value ${JSON.stringify(raw)}; expected Triggered, Re-Triggered, Recovered, Warn or No Data`);
  const alertId = field(b, 'alert_id', 'ALERT_ID', 'alertId', 'monitor_id');
  const tags = readTags(b.tags ?? b.TAGS);
  const eventId = field(b, 'id', 'event_id', 'ID');
  const moment = field(b, 'alert_cycle_key', 'last_updated', 'date', 'LAST_UPDATED', 'DATE');
  const deliveryKey = eventId
    ? `event:${eventId}`
    : moment
      ? `alert:${alertId ?? title}|${raw}|${moment}`
      : `body:${crypto.createHash('sha256').update(JSON.stringify(b)).digest('hex').slice(0, 24)}`;
  return { transition, renotify, alertId, title, tags, deliveryKey };
}

function readTags(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((t): t is string => typeof t === 'string').map((t) => t.trim()).filter(Boolean);
  if (typeof v === 'string') return v.split(',').map((t) => t.trim()).filter((t) => t && !t.startsWith('$'));
  return [];
}

/** Which role an alert is about: a role:canary / role:production tag wins; else a title that names the canary. */
export function roleOfAlert(alert: DatadogAlert): 'canary' | 'production' | undefined {
  for (const t of alert.tags) {
    const m = /^(?:slipway_)?role:(canary|production)$/i.exec(t);
    if (m) return m[1].toLowerCase() as 'canary' | 'production';
  }
  return /\bcanary\b/i.test(alert.title) ? 'canary' : undefined;
}

export function decideAlert(alert: DatadogAlert, appName: string): AlertDecision {
  const appTag = alert.tags.find((t) => /^app:/i.test(t));
  if (appTag && appTag.slice(4) !== appName) return { action: 'ignore', reason: `the alert is for ${appTag}, this proxy serves app:${appName}` };
  const role = roleOfAlert(alert);
  if (role !== 'canary') {
    return { action: 'ignore', reason: role ? `the alert is about ${role}, only canary alerts eject` : 'the alert names no canary (tag role:canary, or "canary" in the title)' };
  }
  const what = `Datadog alert ${alert.alertId ?? ''} "${alert.title}"`.replace('  ', ' ');
  if (alert.transition === 'triggered') return { action: 'eject', reason: `${alert.renotify ? 're-triggered' : 'triggered'}: ${what}` };
  if (alert.transition === 'recovered') return { action: 'note', reason: `recovered: ${what}; the canary stays ejected until \`slipway canary resume\`` };
  return { action: 'note', reason: `${alert.transition}: ${what}; only a triggered alert ejects` };
}

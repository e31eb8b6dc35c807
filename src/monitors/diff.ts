// Desired monitors against what Datadog holds: create / update / replace / unchanged / delete, and the
// `terraform plan`-like text of it. Pure: the same inputs always give the same plan.
import type { MonitorBody, MonitorDefinition } from './definitions';

/** A monitor as Datadog returns it (the fields slipway compares, plus Datadog's own). */
export interface DatadogMonitor {
  id: number;
  name?: string;
  type: string;
  query: string;
  message?: string;
  priority?: number | null;
  tags?: string[];
  options?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface FieldChange {
  path: string;
  from: unknown;
  to: unknown;
}

export type MonitorChange =
  | { op: 'create'; name: string; def: MonitorDefinition }
  | { op: 'update' | 'replace'; name: string; def: MonitorDefinition; existing: DatadogMonitor; fields: FieldChange[] }
  | { op: 'unchanged'; name: string; def: MonitorDefinition; existing: DatadogMonitor }
  | { op: 'delete'; name: string; existing: DatadogMonitor; reason: string };

export type Op = MonitorChange['op'];

/** Matches by exact name among the managed monitors (Datadog's own name filter is a substring search). */
export function diffMonitors(desired: MonitorDefinition[], managed: DatadogMonitor[]): MonitorChange[] {
  const byName = new Map<string, DatadogMonitor[]>();
  for (const m of [...managed].sort((a, b) => a.id - b.id)) {
    const list = byName.get(m.name ?? '') ?? [];
    list.push(m);
    byName.set(m.name ?? '', list);
  }
  const changes: MonitorChange[] = [];
  const kept = new Set<number>();
  for (const def of desired) {
    const name = def.body.name;
    const existing = byName.get(name)?.[0];
    if (!existing) {
      changes.push({ op: 'create', name, def });
      continue;
    }
    kept.add(existing.id);
    const fields = fieldChanges(def.body, existing);
    if (!fields.length) changes.push({ op: 'unchanged', name, def, existing });
    // Datadog does not change a monitor's type in place (a log alert is not a query alert)
    else changes.push({ op: fields.some((f) => f.path === 'type') ? 'replace' : 'update', name, def, existing, fields });
  }
  for (const m of managed) {
    if (kept.has(m.id)) continue;
    const duplicate = desired.some((d) => d.body.name === m.name);
    changes.push({ op: 'delete', name: m.name ?? `monitor ${m.id}`, existing: m, reason: duplicate ? 'a second monitor with this name' : 'no longer in the config' });
  }
  return changes;
}

export function fieldChanges(body: MonitorBody, existing: DatadogMonitor): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of ['type', 'query', 'message', 'priority'] as const) {
    if (!same(body[key], existing[key])) out.push({ path: key, from: existing[key], to: body[key] });
  }
  const tagsNow = [...((existing.tags as string[] | undefined) ?? [])].sort();
  const tagsWanted = [...body.tags].sort();
  if (!same(tagsWanted, tagsNow)) out.push({ path: 'tags', from: existing.tags ?? [], to: body.tags });
  // Datadog fills in options slipway does not set (notify_audit, new_host_delay, …): compare only slipway's own
  out.push(...subsetChanges('options', body.options, existing.options ?? {}));
  return out;
}

function subsetChanges(path: string, wanted: Record<string, unknown>, actual: Record<string, unknown>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [key, value] of Object.entries(wanted)) {
    const now = actual?.[key];
    if (isPlainObject(value) && isPlainObject(now)) out.push(...subsetChanges(`${path}.${key}`, value, now));
    else if (!same(value, now)) out.push({ path: `${path}.${key}`, from: now, to: value });
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return Boolean(v) && typeof v === 'object' && !Array.isArray(v);
}

/** Deep equality where an absent field and null mean the same (Datadog drops nulls on some fields). */
export function same(a: unknown, b: unknown): boolean {
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same(a[k], b[k]));
  }
  return a === b;
}

export interface WebhookConfig {
  name: string;
  url: string;
  encode_as?: 'json' | 'form';
  custom_headers?: string | null;
  payload?: string | null;
}

export type WebhookChange =
  | { op: 'create'; name: string; desired: WebhookConfig }
  | { op: 'update'; name: string; desired: WebhookConfig; fields: FieldChange[] }
  | { op: 'unchanged'; name: string; desired: WebhookConfig };

export function diffWebhook(desired: WebhookConfig, existing: WebhookConfig | undefined): WebhookChange {
  if (!existing) return { op: 'create', name: desired.name, desired };
  const fields: FieldChange[] = [];
  if (existing.url !== desired.url) fields.push({ path: 'url', from: existing.url, to: desired.url });
  if ((existing.encode_as ?? 'json') !== (desired.encode_as ?? 'json')) fields.push({ path: 'encode_as', from: existing.encode_as, to: desired.encode_as });
  if (!same(parseJson(existing.payload), parseJson(desired.payload))) fields.push({ path: 'payload', from: existing.payload, to: desired.payload });
  // the headers carry the admin token: compare them, but never show their values
  if (existing.custom_headers !== undefined && !same(parseJson(existing.custom_headers), parseJson(desired.custom_headers))) {
    fields.push({ path: 'custom_headers', from: '(hidden)', to: '(hidden)' });
  }
  return fields.length ? { op: 'update', name: desired.name, desired, fields } : { op: 'unchanged', name: desired.name, desired };
}

function parseJson(text: string | null | undefined): unknown {
  if (text === null || text === undefined) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface PlanSummary {
  create: number;
  update: number;
  replace: number;
  delete: number;
  unchanged: number;
}

export function summarize(changes: MonitorChange[], webhook?: WebhookChange): PlanSummary {
  const s: PlanSummary = { create: 0, update: 0, replace: 0, delete: 0, unchanged: 0 };
  for (const c of changes) s[c.op]++;
  if (webhook) s[webhook.op]++;
  return s;
}

const SIGN: Record<Op, string> = { create: '+', update: '~', replace: '-/+', unchanged: '=', delete: '-' };

/** Text like `terraform plan`: one block per resource, the fields that change, and a closing count. */
export function renderPlan(changes: MonitorChange[], webhook: WebhookChange | undefined, heading: string): string {
  const lines = [heading, ''];
  if (webhook) {
    lines.push(`  ${SIGN[webhook.op].padEnd(3)} webhook ${webhook.name} → ${webhook.desired.url}${webhook.op === 'unchanged' ? '' : `  (${webhook.op})`}`);
    if (webhook.op === 'update') for (const f of webhook.fields) lines.push(`        ~ ${f.path}: ${show(f.from)} → ${show(f.to)}`);
  }
  for (const c of changes) {
    const id = 'existing' in c ? `  (id ${c.existing.id})` : '';
    lines.push(`  ${SIGN[c.op].padEnd(3)} ${c.name}${id}`);
    if (c.op === 'create') {
      lines.push(`        type:  ${c.def.body.type}`, `        query: ${c.def.body.query}`);
    } else if (c.op === 'update' || c.op === 'replace') {
      for (const f of c.fields) lines.push(`        ~ ${f.path}: ${show(f.from)} → ${show(f.to)}`);
      if (c.op === 'replace') lines.push('        (the type changes, which Datadog cannot do in place: delete, then create)');
    } else if (c.op === 'delete') {
      lines.push(`        ${c.reason}`);
    }
  }
  const s = summarize(changes, webhook);
  lines.push('', `Plan: ${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete} to delete, ${s.unchanged} unchanged.`);
  if (!s.create && !s.update && !s.replace && !s.delete) lines.push('No changes. Datadog matches the configuration.');
  return lines.join('\n');
}

function show(v: unknown): string {
  const text = JSON.stringify(v) ?? 'null';
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

// Human output of `slipway flags` (--json prints the results as they are).
import type { AuditEntry, FlagEntry } from '../../sdk/flags/store';
import type { FlagValue } from '../../sdk/flags/values';
import { describeDefinition, isDefinition } from '../../sdk/flags/definitions';

export interface WriteOutcome {
  namespace: string;
  name: string;
  old?: FlagValue;
  value?: FlagValue;
  changed: boolean;
  version?: number;
  dryRun?: boolean;
}

export interface UpResult {
  container: string;
  listen: string;
  changed: boolean;
  redis: string;
}

export const showValue = (v: FlagValue | undefined) => (v === undefined ? '(unset)' : isDefinition(v) ? `flagd(${describeDefinition(v.$flagd)})` : JSON.stringify(v));
const show = showValue;

export function renderList(r: { namespace: string; version: number; flags: FlagEntry[] }): string {
  if (!r.flags.length) return `namespace ${r.namespace}: no flags (version ${r.version})`;
  const width = Math.max(...r.flags.map((f) => f.name.length));
  return [`namespace ${r.namespace}, version ${r.version}`, ...r.flags.map((f) => `  ${f.name.padEnd(width)}  ${show(f.value)}  (${f.type}${f.origin === 'default' ? ', default' : ''})`)].join('\n');
}

export function renderEntry(e: FlagEntry): string {
  return `${e.name} = ${show(e.value)} (${e.type}${e.origin === 'default' ? ', the default: nothing stored' : ''})`;
}

export function renderWrite(r: WriteOutcome): string {
  if (!r.changed) return `${r.name} is already ${show(r.value)}: nothing changed`;
  return `${r.dryRun ? 'would change ' : ''}${r.name}: ${show(r.old)} → ${show(r.value)}${r.version ? ` (version ${r.version})` : ''}`;
}

export function renderAudit(r: { namespace: string; entries: AuditEntry[] }): string {
  if (!r.entries.length) return `namespace ${r.namespace}: no changes recorded`;
  return r.entries.map((e) => `${e.at}  ${e.flag}: ${show(e.old)} → ${show(e.new)}  by ${e.actor} via ${e.source} (v${e.version})`).join('\n');
}

export function renderUp(r: UpResult): string {
  return r.changed ? `${r.container} is up on ${r.listen} (Redis ${r.redis})` : `${r.container} is already up to date on ${r.listen}`;
}

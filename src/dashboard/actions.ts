// What the page may do, each as the very CLI command that does it (`canary abort`, `flags toggle`, `rollback`…): its
// run, under the app's state lock like the CLI, so the proxy, the rollout and the flag audit see the same change.
import * as os from 'node:os';
import { randomUUID } from 'node:crypto';
import { argsOf, findCommand, type SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import { UsageError } from '../core/errors';
import { takeStateLock } from '../core/lock';
import { checkTokens } from '../core/secrets';
import { canaryCommand } from '../proxy/canary';
import { checkWeights } from '../proxy/weights';
import { flagsCommand, parseCliValue } from '../flags/flags';
import { checkName } from '../flags/cli-store';
import { rollbackCommand } from '../deploy/rollback';

export interface ActionRecord {
  id: string;
  action: ActionName;
  /** The CLI command it ran, e.g. `slipway canary abort`. */
  command: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  at: string;
  message?: string;
}

interface Invocation {
  words: string[];
  options?: Record<string, unknown>;
  positionals?: string[];
}

/** Who the flag audit names for a change made here (the CLI names user@host or the Jenkins build). */
export const DASHBOARD_ACTOR = `dashboard@${os.hostname()}`;

const text = (v: unknown, field: string, max = 500): string | undefined => {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string' || v.length > max) throw new UsageError(`${field}: expected text of at most ${max} characters`);
  return v.trim() || undefined;
};

const INVOCATIONS = {
  'canary-abort': (b: Record<string, unknown>): Invocation => ({ words: ['canary', 'abort'], options: { reason: text(b.reason, 'reason') ?? 'aborted from the dashboard' } }),
  'canary-resume': (b: Record<string, unknown>): Invocation => ({ words: ['canary', 'resume'], options: { reason: text(b.reason, 'reason') ?? 're-admitted from the dashboard' } }),
  'canary-promote': (): Invocation => ({ words: ['canary', 'promote'] }),
  'canary-weights': (b: Record<string, unknown>): Invocation => {
    const w = checkWeights({ production: b.production, canary: b.canary }, 'weights');
    return { words: ['canary', 'weights'], positionals: [`production=${w.production},canary=${w.canary}`] };
  },
  'rollout-continue': (): Invocation => ({ words: ['canary', 'continue'] }),
  'flag-toggle': (b: Record<string, unknown>): Invocation => ({ words: ['flags', 'toggle'], positionals: [checkName(b.name)], options: { actor: DASHBOARD_ACTOR } }),
  'flag-set': (b: Record<string, unknown>): Invocation => {
    const value = text(b.value, 'value', 10_000);
    if (value === undefined) throw new UsageError('value: give the new value, e.g. enable or true');
    parseCliValue(value, false);
    return { words: ['flags', 'set'], positionals: [checkName(b.name), value], options: { actor: DASHBOARD_ACTOR } };
  },
  rollback: (b: Record<string, unknown>): Invocation => {
    if (b.role !== 'production' && b.role !== 'canary') throw new UsageError(`role: expected production or canary, got ${JSON.stringify(b.role)}`);
    return { words: ['rollback'], options: { role: b.role } };
  },
};

export type ActionName = keyof typeof INVOCATIONS;
export const ACTION_NAMES = Object.keys(INVOCATIONS) as ActionName[];

const COMMANDS: SlipwayCommand[] = [canaryCommand, flagsCommand, rollbackCommand];
const KEEP = 20;

/** Runs one action at a time, in order, and keeps the last few with their outcome for the page. */
export class Actions {
  readonly recent: ActionRecord[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(private ctx: () => Context, private readonly onChange: () => void) {}

  /** Checks the input now (a 400 for bad input), then queues the command; its outcome arrives over the event stream. */
  submit(name: string, body: unknown): ActionRecord {
    if (!(ACTION_NAMES as string[]).includes(name)) throw new UsageError(`no action ${JSON.stringify(name.slice(0, 40))}; actions: ${ACTION_NAMES.join(', ')}`);
    const b = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    if (b.confirmed !== true) throw new UsageError('an action needs {"confirmed": true}: the page asks before it sends one');
    const inv = INVOCATIONS[name as ActionName](b);
    const record: ActionRecord = { id: randomUUID(), action: name as ActionName, command: `slipway ${[...inv.words, ...(inv.positionals ?? [])].join(' ')}`, state: 'queued', at: new Date().toISOString() };
    this.recent.unshift(record);
    this.recent.splice(KEEP);
    this.queue = this.queue.then(() => this.perform(record, inv));
    return record;
  }

  /** Settles once every queued action has run (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async perform(record: ActionRecord, inv: Invocation): Promise<void> {
    const ctx = this.ctx();
    const def = findCommand(COMMANDS, inv.words)!;
    record.state = 'running';
    this.onChange();
    let lock;
    try {
      checkTokens(ctx.secrets, def.secrets ?? []);
      if (def.changesState) lock = await takeStateLock(ctx.config.stateDir, ctx.config.app.name, `${record.command} (dashboard)`, (line) => ((record.message = line), this.onChange()));
      ctx.log.info(`dashboard: ${record.command}`);
      const result = await def.run!(ctx, argsOf(def, inv.options ?? {}, inv.positionals ?? []));
      record.state = 'done';
      record.message = ctx.secrets.mask(def.render && result !== undefined ? (def.render as (r: unknown) => string)(result) : 'done');
    } catch (err) {
      record.state = 'failed';
      const hint = (err as UsageError).hint;
      record.message = ctx.secrets.mask(`${(err as Error).message ?? String(err)}${hint ? ` (${hint})` : ''}`);
      ctx.log.warn(`dashboard: ${record.command} failed: ${record.message}`);
    } finally {
      lock?.release();
    }
    this.onChange();
  }
}

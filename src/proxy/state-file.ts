// The proxy's state on disk, so a restart (crash, container restart, `proxy up` replacing it) keeps the canary
// ejected, and keeps the weights and targets set at run time unless the configuration itself changed since.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { admittedState, type CanaryState } from './ejection';
import type { Weights } from './weights';

export interface Routing {
  weights: Weights;
  production: string;
  canary: string | null;
}

export interface PersistedState {
  version: 1;
  /** The routing the proxy was started with; when a new start brings another, the new config wins. */
  configured: Routing;
  /** The routing in force (admin changes included). */
  current: Routing;
  canary: CanaryState;
  /** Recent Datadog delivery keys, so a retried delivery after a restart still changes nothing. */
  deliveries: string[];
}

export type LoadedState = { kind: 'none' } | { kind: 'ok'; state: PersistedState } | { kind: 'unreadable'; error: string; movedTo?: string };

export function stateFilePath(stateDir: string, app: string): string {
  return path.join(stateDir, app, 'proxy-state.json');
}

export function readState(file: string): LoadedState {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'unreadable', error: (err as Error).message };
  }
  try {
    const state = JSON.parse(text) as PersistedState;
    if (state?.version !== 1 || !state.current || !state.configured || typeof state.canary?.ejected !== 'boolean') throw new Error('not a slipway proxy state (version 1)');
    state.deliveries = Array.isArray(state.deliveries) ? state.deliveries : [];
    return { kind: 'ok', state };
  } catch (err) {
    // keep the broken file for a person to look at; the caller starts with the canary ejected
    const movedTo = `${file}.unreadable-${Date.now()}`;
    try {
      fs.renameSync(file, movedTo);
    } catch {
      return { kind: 'unreadable', error: (err as Error).message };
    }
    return { kind: 'unreadable', error: (err as Error).message, movedTo };
  }
}

export function sameRouting(a: Routing, b: Routing): boolean {
  return a.production === b.production && a.canary === b.canary && a.weights.production === b.weights.production && a.weights.canary === b.weights.canary;
}

export interface StartState {
  routing: Routing;
  canary: CanaryState;
  deliveries: string[];
  /** What a person starting the proxy should know about the state it starts from. */
  notes: string[];
}

/** The state a starting proxy takes: the file's when the config is the one it was written under; a file that cannot
 *  be read starts the canary ejected (a lost ejection must not turn into a silent re-admission). */
export function startState(file: string, configured: Routing): StartState {
  const loaded = readState(file);
  const out: StartState = { routing: configured, canary: admittedState(), deliveries: [], notes: [] };
  if (loaded.kind === 'ok') {
    out.canary = loaded.state.canary;
    out.deliveries = loaded.state.deliveries;
    if (sameRouting(loaded.state.configured, configured)) {
      out.routing = loaded.state.current;
      if (!sameRouting(out.routing, configured)) out.notes.push(`kept the routing set at run time (${describeRouting(out.routing)}) from ${file}`);
    } else {
      out.notes.push(`the configuration changed since the last run: routing ${describeRouting(configured)}`);
    }
    const c = out.canary;
    if (c.ejected) out.notes.push(`the canary stays ejected since ${c.since} (${c.source}: ${c.reason}); \`slipway canary resume\` re-admits it`);
  } else if (loaded.kind === 'unreadable') {
    out.canary = { ejected: true, since: new Date().toISOString(), source: 'manual', reason: `state file unreadable (${loaded.error}); resume to re-admit the canary` };
    out.notes.push(`${file} could not be read (${loaded.error})${loaded.movedTo ? `, kept as ${loaded.movedTo}` : ''}; the canary starts ejected`);
  }
  return out;
}

function describeRouting(r: Routing): string {
  return `production ${r.production}, canary ${r.canary ?? 'none'}, weights production=${r.weights.production},canary=${r.weights.canary}`;
}

/** Writes are atomic (temp file + fsync + rename) and coalesced: a burst of changes costs at most two writes. */
export class StateWriter<T = PersistedState> {
  private pending: T | undefined;
  private writing: Promise<void> | undefined;
  lastError: Error | undefined;

  constructor(readonly file: string, private onError: (err: Error) => void) {}

  save(state: T): void {
    this.pending = structuredClone(state);
    if (!this.writing) this.writing = this.drain();
  }

  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending) {
        const state = this.pending;
        this.pending = undefined;
        try {
          await writeAtomic(this.file, JSON.stringify(state, null, 2) + '\n');
          this.lastError = undefined;
        } catch (err) {
          this.lastError = err as Error;
          this.onError(err as Error);
        }
      }
    } finally {
      this.writing = undefined;
    }
  }
}

async function writeAtomic(file: string, text: string): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await fs.promises.open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(tmp, file);
}

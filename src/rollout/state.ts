// The rollout as the controller keeps it on disk (stateDir/<app>/rollout-state.json): it continues, or stays paused,
// across restarts of the controller, of the Jenkins job and of the host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Measurement } from './judge';
import type { GatedJudgment, GateState } from './gates';

export type Phase = 'idle' | 'progressing' | 'paused' | 'promoting' | 'promoted' | 'aborted';

export interface CanaryRef {
  deployId: string;
  image: string;
  container: string;
  target: string;
}

export interface JudgmentRecord extends GatedJudgment {
  at: string;
  step: number;
  weight: number;
}

export interface RolloutState {
  version: 1;
  app: string;
  phase: Phase;
  canary: CanaryRef | null;
  /** Index into canary.steps; steps.length once every step is done. */
  step: number;
  stepStartedAt: string;
  /** The canary's percentage of traffic now. */
  weight: number;
  /** A judgment Passed in this step (a step never ends on time alone). */
  passedInStep: boolean;
  /** Every verdict of this rollout, oldest first (the failure and inconclusive limits count over it). */
  verdicts: Measurement[];
  judgments: JudgmentRecord[];
  /** Why it is paused, aborted or promoted. */
  reason: string;
  since: string;
  /** An aborted canary's container is removed at this time (canary.abortKeepSec), then this is cleared. */
  removeAt?: string;
  /** Waiting on webhooks before the first step or before the promotion (canary.webhooks). */
  gate?: GateState;
  events: { at: string; message: string }[];
}

const KEEP_JUDGMENTS = 30;
const KEEP_EVENTS = 50;

export function rolloutStatePath(stateDir: string, app: string): string {
  return path.join(stateDir, app, 'rollout-state.json');
}

export function idleState(app: string): RolloutState {
  const now = new Date().toISOString();
  return { version: 1, app, phase: 'idle', canary: null, step: 0, stepStartedAt: now, weight: 0, passedInStep: false, verdicts: [], judgments: [], reason: 'no canary', since: now, events: [] };
}

/** The saved rollout, or an idle one when there is none; an unreadable file is kept aside and the rollout pauses. */
export function readRolloutState(file: string, app: string): RolloutState {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return idleState(app);
    throw err;
  }
  try {
    const state = JSON.parse(text) as RolloutState;
    if (state.version !== 1 || state.app !== app || typeof state.phase !== 'string') throw new Error('not a rollout state of this app');
    return state;
  } catch (err) {
    const movedTo = `${file}.unreadable-${Date.now()}`;
    fs.renameSync(file, movedTo);
    // fail safe: a rollout we cannot read must not promote or abort on its own
    return { ...idleState(app), phase: 'paused', reason: `${file} could not be read (${(err as Error).message}); kept as ${movedTo}. \`slipway canary retry\` starts the rollout again` };
  }
}

export function withJudgment(state: RolloutState, j: JudgmentRecord): void {
  state.verdicts.push(j.verdict);
  state.judgments.push(j);
  if (state.judgments.length > KEEP_JUDGMENTS) state.judgments.splice(0, state.judgments.length - KEEP_JUDGMENTS);
}

export function withEvent(state: RolloutState, message: string): void {
  state.events.push({ at: new Date().toISOString(), message });
  if (state.events.length > KEEP_EVENTS) state.events.splice(0, state.events.length - KEEP_EVENTS);
}

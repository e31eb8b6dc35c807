// The rollout's side of `slipway canary`: pause, continue (a manual gate), retry, wait (follow a rollout to its end:
// exit 0 promoted, 1 aborted). abort, resume and promote are the proxy's commands and work at every point.
import type { Args, SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import { StepFailed, UsageError } from '../core/errors';
import { sleep } from '../core/deadline';
import { appContainers } from '../core/app-containers';
import { RolloutClient } from './client';
import { renderRollout } from './render';
import type { RolloutStatus } from './report';

type Change = { outcome: string; status: RolloutStatus } | undefined;

function changeCommand(command: string, describe: string, path: string, withReason: boolean): SlipwayCommand {
  return {
    command,
    describe,
    options: withReason ? [{ name: 'reason', type: 'string', describe: 'Why (kept in the rollout state and shown by status)' }] : [],
    secrets: ['SLIPWAY_ADMIN_TOKEN'],
    changesState: true,
    run: async (ctx: Context, a: Args) => {
      const client = new RolloutClient(ctx.config, ctx.secrets);
      const body = withReason && typeof a.reason === 'string' && a.reason.trim() ? { reason: a.reason.trim() } : {};
      const run = await ctx.executor.execute([client.action(`${command} the rollout`, path, body)]);
      return run.dryRun ? undefined : (run.results.get('call') as Change);
    },
    render: (r: Change) => (!r ? `would ${command} the rollout` : `${r.outcome}\n${renderRollout(r.status)}`),
  };
}

export const pauseCommand = changeCommand('pause', 'Hold the progressive rollout where it is (weights stay; `canary resume` goes on)', '/pause', true);
export const continueCommand = changeCommand('continue', 'Pass the manual gate the rollout waits at (canary.steps {"gate": "manual"})', '/continue', false);
export const retryCommand = changeCommand('retry', 'Run an aborted (or paused) rollout again from its first step, same canary, no new commit', '/retry', false);

export interface WaitResult {
  phase: RolloutStatus['phase'];
  status: RolloutStatus;
  message: string;
}

/** The rollout of the canary running now (or of none, once it is gone): not one that ended before this canary came. */
async function isCurrent(ctx: Context, s: RolloutStatus): Promise<boolean> {
  const running = (await appContainers(ctx.docker(), ctx.config.app.name, 'canary')).filter((c) => c.running);
  return running.length === 0 ? s.phase !== 'idle' : running.some((c) => (c.deployId ?? c.id) === s.canary?.deployId);
}

/** Where a rollout stands, for --step-end: a step ends when this changes. */
const position = (s: RolloutStatus) => `${s.phase}:${s.step}:${s.stepKind}`;

async function waitForRollout(ctx: Context, a: Args): Promise<WaitResult> {
  const timeoutSec = a.timeoutSec === undefined ? 3600 : Number(a.timeoutSec);
  if (!Number.isFinite(timeoutSec) || timeoutSec <= 0) throw new UsageError(`--timeout-sec: expected a number of seconds above 0, got ${JSON.stringify(a.timeoutSec)}`);
  const client = new RolloutClient(ctx.config, ctx.secrets);
  const until = a.stepEnd ? 'the current step ends' : 'the rollout is promoted or aborted';
  if (ctx.dryRun) return { phase: 'idle', status: undefined as never, message: `would follow the rollout on ${client.url} until ${until} (up to ${timeoutSec} s)` };
  const deadline = Date.now() + timeoutSec * 1000;
  let seen = '';
  let started: string | undefined;
  for (;;) {
    const s = await client.status();
    for (const e of s.events) if (e.at > seen) ctx.log.info(`rollout: ${e.message}`);
    seen = s.events[s.events.length - 1]?.at ?? seen;
    if (await isCurrent(ctx, s)) {
      if (s.phase === 'aborted') throw new StepFailed(`the rollout of ${s.canary?.image ?? 'the canary'} was aborted: ${s.reason}`, 'look at the judgment above and the canary container (kept for canary.abortKeepSec); `slipway canary retry` runs it again');
      if (s.phase === 'promoted') return { phase: s.phase, status: s, message: `promoted: ${s.reason}` };
      const atGate = s.phase === 'progressing' && s.stepKind === 'gate';
      started ??= position(s);
      if (a.stepEnd && (atGate || position(s) !== started)) return { phase: s.phase, status: s, message: atGate ? `step ${s.step}/${s.steps}: a manual gate waits (\`slipway canary continue\`)` : `now ${s.phase} at step ${s.step}/${s.steps} (${s.weight} %)` };
    }
    if (Date.now() > deadline) throw new StepFailed(`the rollout did not reach its end within ${timeoutSec} s (${s.phase}: ${s.reason})`, 'raise --timeout-sec, or act with `slipway canary continue|resume|promote|abort`');
    await sleep(1000);
  }
}

export const waitCommand: SlipwayCommand = {
  command: 'wait',
  describe: 'Follow the progressive rollout until it ends: exit 0 when promoted, 1 when aborted (with the judgment)',
  options: [
    { name: 'timeout-sec', type: 'number', describe: 'Give up after this many seconds (default 3600)' },
    { name: 'step-end', type: 'boolean', describe: 'Return when the current step ends or a manual gate waits (Jenkins shows each step as a stage)' },
  ],
  secrets: ['SLIPWAY_ADMIN_TOKEN'],
  changesState: false,
  run: waitForRollout,
  render: (r: WaitResult) => r.message,
};

// `slipway canary`: look at and steer the running canary proxy through its admin API — status, abort (eject the
// canary now), resume (the only way back in), weights. `promote` lives in promote.ts, beside deploy.
import type { OptionSpec, SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import { ProxyAdminClient, type CanaryChange, type ProxyStatus } from './admin-client';
import { parseHostPort } from '../core/listen-address';
import { formatWeights, parseWeights } from './weights';
import { promoteCommand } from '../deploy/promote';
import { continueCommand, pauseCommand, retryCommand, waitCommand } from '../rollout/canary-commands';
import { RolloutClient } from '../rollout/client';
import { renderRollout } from '../rollout/render';
import type { RolloutStatus } from '../rollout/report';

const ADMIN_OPTION: OptionSpec = { name: 'admin', type: 'string', describe: 'HOST:PORT of the proxy admin API (proxy.admin, default 127.0.0.1:8081)' };
const adminFromArgs = (a: Record<string, unknown>) => ({ 'proxy.admin': a.admin });

function clientOf(ctx: Context): ProxyAdminClient {
  parseHostPort(ctx.config.proxy.admin, 'proxy.admin');
  return ProxyAdminClient.fromConfig(ctx.config, ctx.secrets);
}

export function renderStatus(s: ProxyStatus): string {
  const c = s.canary;
  const head =
    c.state === 'ejected' ? `canary: EJECTED since ${c.since} (${c.source}: ${c.reason})${c.probationUntil ? `; probation re-admits it at ${c.probationUntil}` : '; `slipway canary resume` re-admits it'}`
      : c.state === 'absent' ? 'canary: none (all traffic goes to production)'
        : `canary: admitted since ${c.since} (${c.source})`;
  const rows = [['role', 'target', 'weight', 'state', 'requests', '5xx', 'failures', 'in-flight']];
  for (const b of s.backends) rows.push([b.role, b.target ?? '-', String(b.weight), b.state, String(b.requests), String(b['5xx']), String(b.failures), String(b.inFlight)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const table = rows.map((r) => '  ' + r.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
  const draining = s.draining.length ? `\ndraining: ${s.draining.map((d) => `${d.role} ${d.target} (${d.inFlight} in flight)`).join(', ')}` : '';
  return `${head}\nweights: ${formatWeights(s.weights)}${s.stickyCookie ? `, sticky cookie ${s.stickyCookie}` : ''}; retried on production: ${s.retries}\n${table}${draining}`;
}

const status: SlipwayCommand = {
  command: 'status',
  describe: 'Show the canary proxy: canary state, weights, per-backend requests, 5xx and in-flight',
  options: [ADMIN_OPTION],
  secrets: ['SLIPWAY_ADMIN_TOKEN'],
  changesState: false,
  configFromArgs: adminFromArgs,
  run: async (ctx): Promise<ProxyStatus & { rollout?: RolloutStatus }> => {
    const proxy = await clientOf(ctx).status();
    const rollout = ctx.config.canary.strategy === 'progressive' ? await new RolloutClient(ctx.config, ctx.secrets).statusOrNull() : null;
    return rollout ? { ...proxy, rollout } : proxy;
  },
  render: (s: ProxyStatus & { rollout?: RolloutStatus }) => `${renderStatus(s)}${s.rollout ? `\n${renderRollout(s.rollout)}` : ''}`,
};

const renderChange = (verb: string) => (r: CanaryChange | undefined) =>
  !r ? `would ${verb} the canary` : r.changed ? `canary ${r.canary.ejected ? 'ejected' : 're-admitted'}: ${r.canary.reason}` : `nothing changed: the canary is already ${r.canary.ejected ? `ejected (${r.canary.source}: ${r.canary.reason})` : 'admitted'}`;

/** abort and resume: one admin call that changes the canary's admission, with an optional reason. */
function canaryChangeCommand(spec: { command: string; describe: string; reasonHelp: string; summary: string; path: string; verb: string; defaultReason?: string }): SlipwayCommand {
  return {
    command: spec.command,
    describe: spec.describe,
    options: [ADMIN_OPTION, { name: 'reason', type: 'string', describe: spec.reasonHelp }],
    secrets: ['SLIPWAY_ADMIN_TOKEN'],
    changesState: true,
    configFromArgs: adminFromArgs,
    run: async (ctx, argv) => {
      const reason = typeof argv.reason === 'string' && argv.reason.trim() ? argv.reason.trim() : spec.defaultReason;
      const run = await ctx.executor.execute([clientOf(ctx).action<CanaryChange>(spec.summary, 'POST', spec.path, reason ? { reason } : {}, 'call')]);
      if (spec.path === '/canary/resume') await resumeRollout(ctx, reason);
      return run.dryRun ? undefined : (run.results.get('call') as CanaryChange);
    },
    render: renderChange(spec.verb),
  };
}

/** `canary resume` also lets a paused progressive rollout go on, when its controller runs. */
async function resumeRollout(ctx: Context, reason: string | undefined): Promise<void> {
  if (ctx.config.canary.strategy !== 'progressive') return;
  const rollout = new RolloutClient(ctx.config, ctx.secrets);
  if ((await rollout.statusOrNull())?.phase !== 'paused') return;
  await ctx.executor.execute([rollout.action('resume the paused rollout', '/resume', reason ? { reason } : {})]);
}

const abort = canaryChangeCommand({
  command: 'abort',
  describe: 'Eject the canary now: all traffic goes to production until `canary resume`',
  reasonHelp: 'Why (kept in the proxy state and shown by status)',
  summary: 'eject the canary (abort)',
  path: '/canary/abort',
  verb: 'eject',
  defaultReason: 'aborted with `slipway canary abort`',
});

const resume = canaryChangeCommand({
  command: 'resume',
  describe: 'Re-admit an ejected canary (the only way back in besides opt-in probation); also resumes a paused progressive rollout',
  reasonHelp: 'Why (logged by the proxy)',
  summary: 're-admit the canary (resume)',
  path: '/canary/resume',
  verb: 're-admit',
});

const weights: SlipwayCommand = {
  command: 'weights',
  describe: 'Change the traffic split at run time without dropping a connection, e.g. production=3,canary=1',
  positionals: [{ name: 'split', describe: 'production=N,canary=M (whole numbers, not both 0)' }],
  options: [ADMIN_OPTION],
  secrets: ['SLIPWAY_ADMIN_TOKEN'],
  changesState: true,
  configFromArgs: adminFromArgs,
  run: async (ctx, argv) => {
    const split = parseWeights(String(argv.split ?? ''), 'split');
    const client = clientOf(ctx);
    const run = await ctx.executor.execute([client.action<{ weights: typeof split }>(`set the weights to ${formatWeights(split)}`, 'PUT', '/weights', split, 'call')]);
    return { weights: split, applied: !run.dryRun };
  },
  render: (r: { weights: { production: number; canary: number }; applied: boolean }) => `${r.applied ? 'weights now' : 'would set weights to'} ${formatWeights(r.weights)}`,
};


export const canaryCommand: SlipwayCommand = {
  command: 'canary',
  describe: 'Canary status, abort, resume, weights and promote (the proxy), and the progressive rollout: pause, continue, retry, wait',
  jenkins: {
    var: 'slipwayCanary',
    about: "The canary's state behind the proxy: status shows it; abort takes it out of traffic now; resume lets it back in; weights changes the split at run time; promote makes the canary's image production.",
    example: "slipwayCanary(app: 'examples/climbing-grade', action: 'weights', split: 'production=3,canary=1', adminTokenId: 'slipway-admin-token')",
  },
  subcommands: [status, abort, resume, weights, promoteCommand, pauseCommand, continueCommand, retryCommand, waitCommand],
};

// `slipway pipeline`: the whole path on one host — provision → base image → build production (main) and
// canary (staging) → test → analyse → deploy both behind the proxy (2:1) → toggle server → monitors → autoscaler.
// It runs the stage list of stages.ts, the same list `slipway pipeline stages` gives the Jenkins step.
import * as path from 'node:path';
import type { Args, SlipwayCommand } from '../core/command';
import { argsOf, findCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Role } from '../core/config';
import { StepFailed } from '../core/errors';
import { provisionCommand } from '../provision/provision';
import { baseImageCommand } from '../build/base-image';
import { buildCommand } from '../build/build';
import { testCommand } from '../verify/app-tests';
import { analyseCommand } from '../verify/analyse';
import { deployCommand } from '../deploy/deploy';
import { monitorsCommand } from '../monitors/monitors';
import { proxyCommand } from '../proxy/proxy';
import { flagsCommand } from '../flags/flags';
import { autoscalerCommand } from '../autoscaler/autoscaler';
import { status, renderStatus, type Status } from '../deploy/status';
import { branchCheckout, type BranchCheckout } from '../build/branch-checkout';
import { formatMs } from '../core/log';
import { pipelineStages, type Stage, type StagePlan } from './stages';

/** The commands the stages run. */
const STAGE_COMMANDS: SlipwayCommand[] = [provisionCommand, baseImageCommand, buildCommand, testCommand, analyseCommand, deployCommand, proxyCommand, flagsCommand, monitorsCommand, autoscalerCommand];

export interface PipelineResult {
  dryRun: boolean;
  stages: { name: string; ms: number; outcome: string }[];
  images: Partial<Record<Role, string>>;
  urls: { app: string; toggleServer: string; proxyAdmin: string; autoscaler: string };
  status?: Status;
  ms: number;
}

const REPORTS_OPTION = { name: 'reports', type: 'string', default: 'reports', describe: 'Directory for the JUnit and analysis reports' } as const;
const SKIP_PROVISION_OPTION = { name: 'skip-provision', type: 'boolean', describe: 'Do not check or install the Docker engine and Redis' } as const;
const hasDatadog = (ctx: Context) => Boolean(ctx.secrets.get('DD_API_KEY') && ctx.secrets.get('DD_APP_KEY'));

const stagesCommand: SlipwayCommand = {
  command: 'stages',
  describe: "The pipeline's stages for a push to --branch, in order: what slipwayPipeline runs, one Jenkins stage each",
  options: [{ name: 'branch', type: 'string', required: true, describe: 'The pushed branch: deploy.production.branch deploys production, deploy.canary.branch the canary, any other nothing' }, REPORTS_OPTION, SKIP_PROVISION_OPTION],
  // with both Datadog keys the monitors stage is in the list
  secrets: ['DD_API_KEY', 'DD_APP_KEY'],
  changesState: false,
  examples: [['slipway pipeline stages --branch staging --json', 'the stages a push to staging runs']],
  run: async (ctx, a) => pipelineStages({ config: ctx.config, branch: String(a.branch), reports: String(a.reports), provision: !a.skipProvision, datadog: hasDatadog(ctx) }),
  render: (p: StagePlan) => [`branch ${p.branch}: ${p.roles.length ? `deploys ${p.roles.join(', ')}` : 'builds, tests and analyses; deploys nothing'}`, ...p.stages.map((s) => `  ${s.name.padEnd(26)} slipway ${[...s.command, ...s.args].join(' ')}`)].join('\n'),
};

export const pipelineCommand: SlipwayCommand = {
  command: 'pipeline',
  describe: 'The whole path: provision, base image, build (main → production, staging → canary), test, analyse, deploy behind the proxy, flags, monitors, autoscaler',
  options: [{ ...REPORTS_OPTION, describe: 'Directory for the JUnit and analysis reports (relative to --app)' }, SKIP_PROVISION_OPTION],
  secrets: ['DD_API_KEY', 'DD_APP_KEY', 'SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_WEBHOOK_TOKEN', 'SLIPWAY_FLAGS_TOKEN', 'SLIPWAY_FLAGS_READ_TOKEN', 'REDIS_URL', 'SLIPWAY_SMTP_PASSWORD', 'SLIPWAY_ROLLOUT_WEBHOOK_TOKEN'],
  changesState: true,
  examples: [['slipway pipeline --app examples/climbing-grade --dry-run', 'the full plan of every stage, no side effects']],
  jenkins: {
    var: 'slipwayPipeline',
    about: 'The whole path from a push to production, configured by one Map: checkout, then the stages of `slipway pipeline` for the pushed branch (provision, base image, build, test, analyse, deploy, proxy, toggle server, monitors, autoscaler). A push to deploy.production.branch deploys production, a push to deploy.canary.branch the canary; any other branch is built, tested and analysed. Test and analysis reports are published even when their stage fails.',
    example: "slipwayPipeline(app: 'examples/climbing-grade', adminTokenId: 'slipway-admin-token', flagsTokenId: 'slipway-flags-token', redisUrlId: 'slipway-redis-url')",
    params: [
      { name: 'label', default: null, describe: 'Agent label to run on (default: any agent)' },
      { name: 'provision', default: true, describe: 'Run the provision stage (install and start Docker and Redis where missing)' },
      { name: 'reports', default: 'reports', describe: 'Directory, relative to the workspace, for the JUnit and SARIF reports' },
      { name: 'githubPush', default: true, describe: 'Trigger on the GitHub push webhook (GitHub plugin)' },
      { name: 'pollSCM', default: 'H/5 * * * *', describe: 'Poll the repository as the fallback trigger; empty: no polling' },
      { name: 'timeoutMinutes', default: 60, describe: 'Stop the whole run after this many minutes' },
      { name: 'publishAnalysis', default: true, describe: 'Publish the SARIF report through Warnings NG (recordIssues)' },
    ],
  },
  subcommands: [stagesCommand],
  run: (ctx, a) => pipeline(ctx, a),
  render: (r: PipelineResult) => renderPipeline(r),
};

export async function pipeline(ctx: Context, argv: Args): Promise<PipelineResult> {
  const started = Date.now();
  const plan = pipelineStages({ config: ctx.config, reports: path.resolve(ctx.appDir, String(argv.reports ?? 'reports')), provision: !argv.skipProvision, datadog: hasDatadog(ctx) });
  if (!plan.stages.some((s) => s.command[0] === 'monitors')) ctx.log.info('monitors: no DD_API_KEY/DD_APP_KEY — CPU and memory alerts are evaluated locally by the autoscaler (monitors.local)');
  const stages: PipelineResult['stages'] = [];
  const results = new Map<string, Record<string, unknown>>();
  const checkouts = new Map<string, BranchCheckout | undefined>();
  const skipped = new Set<Role>();
  try {
    for (const s of plan.stages) {
      if (s.role && skipped.has(s.role)) continue;
      const stageCtx = s.branch ? checkoutContext(ctx, s, checkouts, skipped) : ctx;
      if (!stageCtx) continue;
      const t = Date.now();
      const r = (await ctx.log.stage(s.name, () => runStage(stageCtx, s, results))) as Record<string, unknown>;
      results.set(s.name, r ?? {});
      stages.push({ name: s.name, ms: Date.now() - t, outcome: outcomeOf(s, r, ctx.dryRun) });
    }
  } finally {
    for (const c of checkouts.values()) c?.cleanup();
  }
  const images: PipelineResult['images'] = {};
  for (const s of plan.stages) if (s.command[0] === 'build' && s.role && results.has(s.name)) images[s.role] = String(results.get(s.name)!.image);

  const { config } = ctx;
  return {
    dryRun: ctx.dryRun,
    stages,
    images,
    urls: {
      app: `http://${config.proxy.listen}`,
      toggleServer: `http://${config.flags.listen}`,
      proxyAdmin: `http://${config.proxy.admin}`,
      autoscaler: `http://${config.autoscaler.metricsListen}`,
    },
    status: ctx.dryRun ? undefined : await status(ctx),
    ms: Date.now() - started,
  };
}

/** A stage's context in its branch's checkout; undefined when the canary's branch is missing (no canary this run). */
function checkoutContext(ctx: Context, s: Stage, checkouts: Map<string, BranchCheckout | undefined>, skipped: Set<Role>): Context | undefined {
  const branch = s.branch!;
  if (!checkouts.has(branch)) checkouts.set(branch, branchCheckout(ctx.appDir, branch, { dryRun: ctx.dryRun }));
  const checkout = checkouts.get(branch);
  if (checkout) return { ...ctx, appDir: checkout.dir, env: { ...ctx.env, ...checkout.env } };
  if (s.role === 'production') throw new StepFailed(`no branch ${branch} in ${ctx.appDir}`, `production builds from deploy.production.branch (${branch}): commit the app to that branch, or set the field`);
  ctx.log.warn(`no branch ${branch} in the app's repository: no canary this run (deploy.canary.branch)`);
  if (s.role) skipped.add(s.role);
  return undefined;
}

/** Runs the stage's command as `slipway <words> <args> <options>` would, in this context. */
function runStage(ctx: Context, s: Stage, results: Map<string, Record<string, unknown>>): Promise<unknown> {
  const def = findCommand(STAGE_COMMANDS, s.command);
  if (!def?.run) throw new Error(`pipeline stage ${s.name}: slipway ${s.command.join(' ')} is not a command`);
  const options: Record<string, unknown> = { ...s.options };
  for (const [option, from] of Object.entries(s.from ?? {})) options[option] = results.get(from)?.[option];
  return def.run(ctx, argsOf(def, options, s.args));
}

function outcomeOf(s: Stage, r: Record<string, unknown> | undefined, dryRun: boolean): string {
  const would = dryRun ? 'would: ' : '';
  const res = (r ?? {}) as Record<string, never>;
  switch (s.command[0]) {
    case 'provision': return (res.changed as string[]).length ? would + (res.changed as string[]).join('; ') : 'nothing to change';
    case 'base-image': return `${res.image} (${res.source})`;
    case 'build': return `${res.image}${dryRun ? '' : ` ${String(res.id).slice(7, 19)}`}`;
    case 'test': return dryRun ? 'planned' : `${res.passed}/${res.tests} passed`;
    case 'analyse': return dryRun ? 'planned' : 'gates passed';
    case 'deploy': return res.message;
    case 'monitors': return dryRun ? 'planned' : 'applied';
    default: return describeUp(res, dryRun);
  }
}

function describeUp(r: { container?: string; changed?: boolean }, dryRun: boolean): string {
  if (!r.changed) return `${r.container} already up to date`;
  return dryRun ? `would start ${r.container}` : `${r.container} started`;
}

export function renderPipeline(r: PipelineResult): string {
  const lines = [r.dryRun ? 'pipeline plan (dry run: nothing was changed)' : `pipeline done in ${formatMs(r.ms)}`];
  for (const s of r.stages) lines.push(`  ${s.name.padEnd(26)} ${formatMs(s.ms).padStart(8)}  ${s.outcome}`);
  lines.push('', `  app (through the proxy)  ${r.urls.app}`, `  toggle server            ${r.urls.toggleServer}   (POST /newfeature toggles myflag)`, `  proxy admin              ${r.urls.proxyAdmin}/status`, `  autoscaler               ${r.urls.autoscaler}/status`);
  if (r.status) lines.push('', renderStatus(r.status));
  return lines.join('\n');
}

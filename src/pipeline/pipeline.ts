// `slipway pipeline`: the seed's whole path on one host — provision → base image → build production (main) and
// canary (staging) → test → analyse → deploy both behind the proxy (2:1) → toggle server → monitors → autoscaler.
import * as path from 'node:path';
import type { Args, SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Role } from '../core/config';
import { ROLES } from '../core/config';
import { StepFailed } from '../core/errors';
import { provision } from '../provision/provision';
import { ensureBaseImage } from '../build/base-image';
import { build } from '../build/build';
import { runTests } from '../verify/app-tests';
import { analyse } from '../verify/analyse';
import { deployRole } from '../deploy/deploy';
import { planMonitors } from '../monitors/monitors';
import { proxyCommand } from '../proxy/proxy';
import { flagsCommand } from '../flags/flags';
import { autoscalerCommand } from '../autoscaler/autoscaler';
import { status, renderStatus, type Status } from '../deploy/status';
import { branchCheckout } from '../build/branch-checkout';
import { formatMs } from '../core/log';

export interface PipelineResult {
  dryRun: boolean;
  stages: { name: string; ms: number; outcome: string }[];
  images: Partial<Record<Role, string>>;
  urls: { app: string; toggleServer: string; proxyAdmin: string; autoscaler: string };
  status?: Status;
  ms: number;
}

export const pipelineCommand: SlipwayCommand = {
  command: 'pipeline',
  describe: 'The whole path: provision, base image, build (main → production, staging → canary), test, analyse, deploy behind the proxy, flags, monitors, autoscaler',
  builder: (y) =>
    y
      .option('reports', { type: 'string', default: 'reports', describe: 'Directory for the JUnit and analysis reports (relative to --app)' })
      .option('skip-provision', { type: 'boolean', describe: 'Do not check or install the Docker engine and Redis' })
      .example('slipway pipeline --app examples/climbing-grade --dry-run', 'the full plan of every stage, no side effects'),
  run: (ctx, a) => pipeline(ctx, a),
  render: (r: PipelineResult) => renderPipeline(r),
};

export async function pipeline(ctx: Context, argv: Args): Promise<PipelineResult> {
  const started = Date.now();
  const stages: PipelineResult['stages'] = [];
  const reports = path.resolve(ctx.appDir, String(argv.reports ?? 'reports'));
  const stage = async <T>(name: string, work: () => Promise<T>, outcome: (r: T) => string): Promise<T> => {
    const t = Date.now();
    const r = await ctx.log.stage(name, work);
    stages.push({ name, ms: Date.now() - t, outcome: outcome(r) });
    return r;
  };

  const would = ctx.dryRun ? 'would: ' : '';
  if (!argv.skipProvision) await stage('provision', () => provision(ctx), (r) => (r.changed.length ? would + r.changed.join('; ') : 'nothing to change'));
  await stage('base image', () => ensureBaseImage(ctx), (r) => `${r.image} (${r.source})`);

  const images: PipelineResult['images'] = {};
  for (const role of ROLES) {
    const branch = ctx.config.deploy[role].branch;
    const checkout = branchCheckout(ctx.appDir, branch, { dryRun: ctx.dryRun });
    if (!checkout) {
      if (role === 'production') throw new StepFailed(`no branch ${branch} in ${ctx.appDir}`, `production builds from deploy.production.branch (${branch}): commit the app to that branch, or set the field`);
      ctx.log.warn(`no branch ${branch} in the app's repository: no canary this run (deploy.canary.branch)`);
      continue;
    }
    try {
      const roleCtx: Context = { ...ctx, appDir: checkout.dir, env: { ...ctx.env, ...checkout.env } };
      const built = await stage(`build ${role} (${branch})`, () => build(roleCtx, { dockerfile: 'Dockerfile' }), (r) => `${r.image}${ctx.dryRun ? '' : ` ${r.id.slice(7, 19)}`}`);
      images[role] = built.image;
      await stage(`test ${role}`, () => runTests(roleCtx, { image: built.image, junit: path.join(reports, `junit-${role}.xml`), timeoutSec: 600 }), (r) => (ctx.dryRun ? 'planned' : `${r.passed}/${r.tests} passed`));
      if (role === 'production') {
        await stage('analyse', () => analyse(roleCtx, { report: path.join(reports, 'analysis.sarif'), format: 'sarif' }), () => (ctx.dryRun ? 'planned' : 'gates passed'));
      }
    } finally {
      checkout.cleanup();
    }
  }

  for (const role of ROLES) {
    const image = images[role];
    if (image) await stage(`deploy ${role}`, () => deployRole(ctx, role, image), (r) => r.message);
  }
  await stage('proxy', () => sub(proxyCommand, 'up')(ctx), (r) => describeUp(r, ctx.dryRun));
  await stage('toggle server', () => sub(flagsCommand, 'up')(ctx), (r) => describeUp(r, ctx.dryRun));
  const hasKeys = Boolean(ctx.secrets.get('DD_API_KEY') && ctx.secrets.get('DD_APP_KEY'));
  if (hasKeys) await stage('monitors (Datadog)', () => planMonitors(ctx, true), () => (ctx.dryRun ? 'planned' : 'applied'));
  else ctx.log.info('monitors: no DD_API_KEY/DD_APP_KEY — CPU and memory alerts are evaluated locally by the autoscaler (monitors.local)');
  await stage('autoscaler', () => sub(autoscalerCommand, 'up')(ctx), (r) => describeUp(r, ctx.dryRun));

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

/** A subcommand's run, for the pipeline to call with its own context. */
function sub(def: SlipwayCommand, name: string): (ctx: Context) => Promise<unknown> {
  const found = def.subcommands?.find((s) => s.command.split(' ')[0] === name);
  if (!found?.run) throw new Error(`slipway ${def.command} ${name} is missing`);
  return (ctx) => found.run!(ctx, { _: [] });
}

function describeUp(r: unknown, dryRun: boolean): string {
  const u = r as { container?: string; changed?: boolean };
  if (!u.changed) return `${u.container} already up to date`;
  return dryRun ? `would start ${u.container}` : `${u.container} started`;
}

export function renderPipeline(r: PipelineResult): string {
  const lines = [r.dryRun ? 'pipeline plan (dry run: nothing was changed)' : `pipeline done in ${formatMs(r.ms)}`];
  for (const s of r.stages) lines.push(`  ${s.name.padEnd(26)} ${formatMs(s.ms).padStart(8)}  ${s.outcome}`);
  lines.push('', `  app (through the proxy)  ${r.urls.app}`, `  toggle server            ${r.urls.toggleServer}   (POST /newfeature toggles myflag)`, `  proxy admin              ${r.urls.proxyAdmin}/status`, `  autoscaler               ${r.urls.autoscaler}/status`);
  if (r.status) lines.push('', renderStatus(r.status));
  return lines.join('\n');
}

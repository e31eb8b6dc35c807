// `slipway deploy --role production|canary --image IMG`: reconcile the role (reconcile.ts), start the new container on
// a free port, wait until healthy, point the proxy at it, record it, let the old one drain, remove it. A failed health
// check leaves the old container serving; an interrupted deploy is cleaned up by the next one.
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Role } from '../core/config';
import type { Action } from '../core/plan';
import { dockerCall, dockerPath, stopAndRemove, writeFile } from '../core/actions';
import { StepFailed, UsageError } from '../core/errors';
import { isNotFound, requireDocker } from '../core/docker';
import { appContainers, targetUrl, type AppContainer } from '../core/app-containers';
import { planReplacement, newDeployId, type ImageFacts, type Replacement } from './deploy-plan';
import { answeredByIt, healthCheck, lastLogLines } from './health';
import { leftoverActions, portFree, reconcile } from './reconcile';
import { proxyControl, type ProxyControl, type ProxyView } from '../proxy/proxy-control';
import { historyFile, historyWith, readHistory, type Deployment } from './deploy-history';
import { firstStepWeight, weightsFor } from '../rollout/steps';
import { deployService } from '../swarm/swarm-deploy';

export interface DeployResult {
  role: Role;
  image: string;
  changed: boolean;
  container?: string;
  url?: string;
  replaced?: string;
  deployId?: string;
  proxy: 'switched' | 'not running';
  ms: number;
  message: string;
}

export const deployCommand: SlipwayCommand = {
  command: 'deploy',
  describe: 'Deploy a production or canary container with zero downtime (health check, proxy switch, drain)',
  options: [
    { name: 'role', type: 'string', choices: ['production', 'canary'], required: true, describe: 'Which role to deploy' },
    { name: 'image', type: 'string', required: true, describe: 'Image to run (name:tag or id), as built by `slipway build`' },
  ],
  // the proxy re-point needs the admin token; the app containers get REDIS_URL (with its password)
  secrets: ['SLIPWAY_ADMIN_TOKEN', 'REDIS_URL'],
  changesState: true,
  examples: [['slipway deploy --role canary --image climbing-grade:staging', 'run the staging image as the canary behind the proxy']],
  jenkins: {
    var: 'slipwayDeploy',
    about: 'Deploys an image as the production or the canary container behind the canary proxy: starts the new container, waits until it is healthy, switches the proxy to it and lets the old one drain. A failed health check leaves the old container serving and fails the step.',
    example: "def built = slipwayBuild(app: 'examples/climbing-grade')\nslipwayDeploy(app: 'examples/climbing-grade', role: 'canary', image: built.image, adminTokenId: 'slipway-admin-token', redisUrlId: 'slipway-redis-url')",
  },
  run: (ctx, a) => deployRole(ctx, a.role as Role, String(a.image)),
  render: (r: DeployResult) => r.message,
};

/** `shownAs` names an image given by id (rollback) the way people knew it. Runs under the app's lock (command.ts). */
export async function deployRole(ctx: Context, role: Role, imageName: string, reason: Deployment['reason'] = 'deploy', shownAs?: string): Promise<DeployResult> {
  if (ctx.config.deploy.target === 'swarm') return deployService(ctx, role, imageName, reason, shownAs);
  const started = Date.now();
  const { config } = ctx;
  const docker = ctx.docker();
  if (!ctx.dryRun) await requireDocker(docker);
  const image = await imageFacts(ctx, imageName);
  if (shownAs) image.name = shownAs;
  const proxy = proxyControl(config, ctx.secrets);
  const current = await observed(ctx, () => appContainers(docker, config.app.name, role), []);
  const proxyView = await proxy.status(); // before any change: a wrong admin token fails here
  const seen = reconcile({ config, role, current, proxyView, history: readHistory(config.stateDir, config.app.name) });
  const cleanup = [...leftoverActions(config, seen.leftovers, proxy, proxyView), ...(seen.unrecorded && seen.keeper ? [recordAction(ctx, role, seen.keeper, 'deploy')] : [])];
  const keeper = seen.keeper;
  const routed = !proxyView || proxyView.backends.some((b) => b.role === role && keeper && b.target === targetUrl(config.deploy.bindAddress, keeper.port));
  if (keeper && keeper.imageId === image.id && routed) {
    await ctx.executor.execute(cleanup);
    const removed = seen.leftovers.length ? `; ${ctx.dryRun ? 'would remove' : 'removed'} what interrupted deploys left: ${seen.leftovers.map((c) => c.name).join(', ')}` : '';
    return { role, image: image.name, changed: false, container: keeper.name, proxy: 'not running', ms: Date.now() - started, message: `${role} already runs ${image.name} (${keeper.name}); nothing to do${removed}` };
  }
  const plan = planReplacement({ config, role, image, old: keeper, redisUrl: ctx.secrets.get('REDIS_URL') ?? `redis://127.0.0.1:${config.redis.port}`, deployId: newDeployId() });
  await ctx.executor.execute([...cleanup, ...replacementActions(ctx, plan, proxy, proxyView, image, reason)]);
  const verb = ctx.dryRun ? 'would deploy' : 'deployed';
  return {
    role, image: image.name, changed: true, container: plan.name, url: plan.url, replaced: plan.old?.name, deployId: plan.deployId,
    proxy: proxyView ? 'switched' : 'not running', ms: Date.now() - started,
    message: `${verb} ${image.name} as ${role} (${plan.name} on ${plan.url})${plan.old ? `, replacing ${plan.old.name}` : ''}${proxyView ? '' : '; no proxy is running yet'}`,
  };
}

function replacementActions(ctx: Context, plan: Replacement, control: ProxyControl, proxyView: ProxyView | null, image: ImageFacts, reason: Deployment['reason']): Action[] {
  const { config } = ctx;
  const { name: _name, ...createBody } = plan.create;
  const unhealthy: Action['onFailure'] = {
    actions: [lastLogLines(plan.name, 'logs'), dockerCall(`remove ${plan.name}`, { method: 'DELETE', path: dockerPath(`/containers/${plan.name}`, { force: true }), ok: [404] })],
    error: (err, done) => new StepFailed(
      `the new ${plan.role} container failed its health check: ${(err as Error).message}\n${plan.old ? `${plan.old.name} keeps serving; ` : ''}${plan.name} was removed. Its last log lines:\n${indent(String(done.get('logs') ?? '(no logs)'))}`,
      'fix the app (or deploy.healthTimeoutSec / app.healthPath) and deploy again',
    ),
  };
  const actions: Action[] = [
    portFree(config, plan.port, plan.role),
    dockerCall(`create ${plan.name} from ${image.name} on port ${plan.port}`, { method: 'POST', path: dockerPath('/containers/create', { name: plan.name }), body: createBody }),
    dockerCall(`start ${plan.name}`, { method: 'POST', path: `/containers/${plan.name}/start` }),
    healthCheck(`wait until ${plan.healthUrl} answers 200 (up to ${config.deploy.healthTimeoutSec} s in all)`, plan.name, plan.healthUrl, { timeoutMs: config.deploy.healthTimeoutSec * 1000, intervalMs: config.deploy.healthIntervalMs }, unhealthy),
    answeredByIt(plan.name, unhealthy),
  ];
  if (proxyView) {
    const first = plan.role === 'canary' && config.canary.strategy === 'progressive' ? firstStepWeight(config.canary.steps, config.canary.webhooks) : undefined;
    // a progressive rollout's canary starts at its first step's share, from its very first request
    if (first !== undefined) actions.push(control.client.action(`set the canary's weight to ${first} % (canary.steps' first step) before it gets traffic`, 'PUT', '/weights', weightsFor(first)));
    actions.push(verifiedSwitch(control, plan.role, plan.url));
    if (plan.role === 'canary' && proxyView.canary.state === 'ejected') {
      // deploying a new canary is the operator's explicit decision to try again: say so, and re-admit it
      actions.push(control.client.action(`re-admit the canary (it was ejected: ${proxyView.canary.reason ?? 'alert'}; a new image is deployed)`, 'POST', '/canary/resume', { reason: `new canary ${image.name} deployed` }));
    }
  }
  // recorded once traffic is verified on it (or, with no proxy, once it is healthy): history never names an unproven container
  actions.push(recordAction(ctx, plan.role, { image: image.name, imageId: image.id, revision: image.revision, deployId: plan.deployId }, reason));
  if (plan.old) {
    const old = plan.old;
    if (proxyView) {
      const oldUrl = targetUrl(config.deploy.bindAddress, old.port);
      actions.push(control.drained(oldUrl, config.deploy.drainTimeoutSec * 1000, `let in-flight requests on ${old.name} finish (up to ${config.deploy.drainTimeoutSec} s)`));
    }
    actions.push(...stopAndRemove(old.name, config.deploy.drainTimeoutSec, 'replaced'));
  }
  return actions;
}

/** The proxy re-pointed, and its answer confirms it routes the role to `url`. */
function verifiedSwitch(control: ProxyControl, role: Role, url: string): Action {
  const put = control.setBackend(role, url, `point the proxy's ${role} backend at ${url} (and check that it now routes there)`);
  const read = put.read;
  return {
    ...put,
    read: (answer, done) => {
      const r = (read ? read(answer, done) : answer) as { status?: ProxyView };
      const target = r?.status?.backends.find((b) => b.role === role)?.target;
      if (target !== url) throw new StepFailed(`the proxy accepted the switch but routes ${role} to ${target ?? 'nothing'}, not ${url}`, 'check `slipway canary status`, then deploy again');
      return r;
    },
  };
}

export function recordAction(ctx: Context, role: Role, d: Pick<AppContainer, 'image' | 'imageId' | 'revision' | 'deployId'>, reason: Deployment['reason']): Action {
  const { config } = ctx;
  return writeFile(`record ${d.image} in the ${role} history`, historyFile(config.stateDir, config.app.name), () =>
    historyWith(config.stateDir, config.app.name, role, { image: d.image, imageId: d.imageId, revision: d.revision, deployId: d.deployId ?? '', reason, at: new Date().toISOString() }, config.deploy.historySize));
}

export async function imageFacts(ctx: Context, name: string): Promise<ImageFacts> {
  if (!name.trim()) throw new UsageError('--image: expected an image name, got nothing', 'build one with `slipway build` and pass its name');
  try {
    const info = await ctx.docker().getImage(name).inspect();
    const labels = info.Config?.Labels ?? {};
    return { name, id: info.Id, revision: labels['org.opencontainers.image.revision'], version: labels['org.opencontainers.image.version'] };
  } catch (err) {
    if (ctx.dryRun) return { name, id: name };
    if (isNotFound(err)) throw new UsageError(`--image: ${name} is not on this Docker engine`, 'build it first (`slipway build`), or check the name with `docker images`');
    throw err;
  }
}

/** A read that a dry run without a Docker engine may skip: it plans as if nothing ran. */
export async function observed<T>(ctx: Context, read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (!ctx.dryRun) throw err;
    ctx.log.warn(`could not read the current state (${(err as Error).message}); planning as if nothing ran`);
    return fallback;
  }
}

function indent(text: string): string {
  return text.split('\n').map((l) => `    ${l}`).join('\n');
}

export type { AppContainer };

// `slipway deploy --role production|canary --image IMG`: start the new container, wait until healthy, point the
// proxy at it, let the old one drain, remove it. A failed health check leaves the old container serving.
import * as path from 'node:path';
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Role } from '../core/config';
import type { Action } from '../core/plan';
import { dockerCall, dockerPath, lockFile, stopAndRemove, writeFile } from '../core/actions';
import { StepFailed, UsageError } from '../core/errors';
import { isNotFound, requireDocker } from '../core/docker';
import { appContainers, targetUrl, type AppContainer } from '../core/app-containers';
import { planReplacement, newDeployId, type ImageFacts, type Replacement } from './deploy-plan';
import { healthCheck, lastLogLines } from './health';
import { proxyControl, type ProxyControl, type ProxyView } from '../proxy/proxy-control';
import { historyFile, historyWith, type Deployment } from './deploy-history';
import type { HeldLock } from '../core/lock';

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

/** `shownAs` names an image given by id (rollback) the way people knew it. */
export async function deployRole(ctx: Context, role: Role, imageName: string, reason: Deployment['reason'] = 'deploy', shownAs?: string): Promise<DeployResult> {
  const started = Date.now();
  const { config } = ctx;
  const docker = ctx.docker();
  if (!ctx.dryRun) await requireDocker(docker);
  const image = await imageFacts(ctx, imageName);
  if (shownAs) image.name = shownAs;
  const proxy = proxyControl(config, ctx.secrets);
  const lockPath = path.join(config.stateDir, config.app.name, 'deploy.lock');
  // the state is read under the lock, so two deploys never plan from the same view
  const locked = await ctx.executor.execute([lockFile(`take the deploy lock of ${config.app.name} on this host (one deploy at a time; wait up to 15 min)`, lockPath, 15 * 60_000)]);
  try {
    const current = await observed(ctx, () => appContainers(docker, config.app.name, role), []);
    const running = current.filter((c) => c.running);
    if (running.length === 1 && running[0].imageId === image.id) {
      return { role, image: image.name, changed: false, container: running[0].name, proxy: 'not running', ms: Date.now() - started, message: `${role} already runs ${image.name} (${running[0].name}); nothing to do` };
    }
    const proxyView = await proxy.status(); // before any change: a wrong admin token fails here
    const plan = planReplacement({ config, role, image, current, redisUrl: ctx.secrets.get('REDIS_URL') ?? `redis://127.0.0.1:${config.redis.port}`, deployId: newDeployId() });
    await ctx.executor.execute(replacementActions(ctx, plan, proxy, proxyView, image, reason));
    const verb = ctx.dryRun ? 'would deploy' : 'deployed';
    return {
      role, image: image.name, changed: true, container: plan.name, url: plan.url, replaced: plan.old?.name, deployId: plan.deployId,
      proxy: proxyView ? 'switched' : 'not running', ms: Date.now() - started,
      message: `${verb} ${image.name} as ${role} (${plan.name} on ${plan.url})${plan.old ? `, replacing ${plan.old.name}` : ''}${proxyView ? '' : '; no proxy is running yet'}`,
    };
  } finally {
    (locked.results.get('lock') as HeldLock | undefined)?.release();
  }
}

function replacementActions(ctx: Context, plan: Replacement, control: ProxyControl, proxyView: ProxyView | null, image: ImageFacts, reason: Deployment['reason']): Action[] {
  const { config } = ctx;
  const { name: _name, ...createBody } = plan.create;
  const actions: Action[] = plan.leftovers.map((c) => dockerCall(`remove the stopped leftover ${c.name}`, { method: 'DELETE', path: dockerPath(`/containers/${c.name}`, { force: true }), ok: [404] }));
  actions.push(
    dockerCall(`create ${plan.name} from ${image.name} on port ${plan.port}`, { method: 'POST', path: dockerPath('/containers/create', { name: plan.name }), body: createBody }),
    dockerCall(`start ${plan.name}`, { method: 'POST', path: `/containers/${plan.name}/start` }),
    healthCheck(`wait until ${plan.healthUrl} answers 200 (up to ${config.deploy.healthTimeoutSec} s)`, plan.name, plan.healthUrl, { timeoutMs: config.deploy.healthTimeoutSec * 1000, intervalMs: config.deploy.healthIntervalMs }, {
      actions: [lastLogLines(plan.name, 'logs'), dockerCall(`remove ${plan.name}`, { method: 'DELETE', path: dockerPath(`/containers/${plan.name}`, { force: true }), ok: [404] })],
      error: (err, done) => new StepFailed(
        `the new ${plan.role} container failed its health check: ${(err as Error).message}\n${plan.old ? `${plan.old.name} keeps serving; ` : ''}${plan.name} was removed. Its last log lines:\n${indent(String(done.get('logs') ?? '(no logs)'))}`,
        'fix the app (or deploy.healthTimeoutSec / app.healthPath) and deploy again',
      ),
    }),
  );
  if (proxyView) {
    actions.push(control.setBackend(plan.role, plan.url, `point the proxy's ${plan.role} backend at ${plan.url}`));
    if (plan.role === 'canary' && proxyView.canary.state === 'ejected') {
      // deploying a new canary is the operator's explicit decision to try again: say so, and re-admit it
      actions.push(control.client.action(`re-admit the canary (it was ejected: ${proxyView.canary.reason ?? 'alert'}; a new image is deployed)`, 'POST', '/canary/resume', { reason: `new canary ${image.name} deployed` }));
    }
  }
  if (plan.old) {
    const old = plan.old;
    if (proxyView) {
      const oldUrl = targetUrl(config.deploy.bindAddress, old.port);
      actions.push(control.drained(oldUrl, config.deploy.drainTimeoutSec * 1000, `let in-flight requests on ${old.name} finish (up to ${config.deploy.drainTimeoutSec} s)`));
    }
    actions.push(...stopAndRemove(old.name, config.deploy.drainTimeoutSec, 'replaced'));
  }
  const deployment = { image: image.name, imageId: image.id, revision: image.revision, deployId: plan.deployId, reason };
  actions.push(writeFile(`record ${image.name} in the ${plan.role} history`, historyFile(config.stateDir, config.app.name), () =>
    historyWith(config.stateDir, config.app.name, plan.role, { ...deployment, at: new Date().toISOString() }, config.deploy.historySize)));
  return actions;
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

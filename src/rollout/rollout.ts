// `slipway rollout`: the progressive rollout's controller — run (foreground) or up (a container that outlives the
// build, Docker socket mounted, since it promotes and removes canaries). It acts only with canary.strategy progressive.
import * as fs from 'node:fs';
import type { Args, SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import { check, stopAndRemove } from '../core/actions';
import { requireDocker } from '../core/docker';
import { StepFailed, UsageError } from '../core/errors';
import { closeServer, listenOn } from '../core/http-server';
import { parseHostPort } from '../core/listen-address';
import { takeStateLock } from '../core/lock';
import { forSeconds, untilStopSignal } from '../core/signals';
import { appContainers, targetUrl } from '../core/app-containers';
import { dockerSocketPath, serviceContainerName, serviceContainerPlan, SOCKET_IN_CONTAINER } from '../core/service-container';
import { proxyControl } from '../proxy/proxy-control';
import { promote } from '../deploy/promote';
import { datadogAccess, DatadogClient } from '../monitors/datadog-client';
import { RolloutController, type ControllerDeps } from './controller';
import { RolloutGates, requireDatadogFor } from './gates';
import { createControllerServer } from './api';
import { rolloutStatePath, type CanaryRef } from './state';
import { controllerUrl } from './client';

/** What the controller reads: the admin token, Redis for the production it promotes, and its metrics' and webhooks' secrets. */
const CONTROLLER_SECRETS = ['SLIPWAY_ADMIN_TOKEN', 'REDIS_URL', 'DD_API_KEY', 'DD_APP_KEY', 'SLIPWAY_ROLLOUT_WEBHOOK_TOKEN'] as const;

/** Which Datadog the controller's metrics ask (not secrets): DD_SITE, and SLIPWAY_DATADOG_URL for a stand-in. */
function passedEnv(ctx: Context): Record<string, string> {
  return Object.fromEntries((['DD_SITE', 'SLIPWAY_DATADOG_URL'] as const).filter((k) => ctx.env[k]).map((k) => [k, ctx.env[k]!]));
}
const TICK_MS = 1000;

function requireProgressive(ctx: Context): void {
  if (ctx.config.canary.strategy !== 'progressive') {
    throw new UsageError('canary.strategy is "static": the rollout controller has nothing to do', 'set canary.strategy to "progressive" (and canary.steps) to let the canary promote or abort itself');
  }
}

/** Under the app's lock, like every state-changing command: a deploy started by hand waits for us, and we for it. */
async function locked<T>(ctx: Context, what: string, run: () => Promise<T>): Promise<T> {
  const lock = await takeStateLock(ctx.config.stateDir, ctx.config.app.name, `slipway rollout (${what})`, (line) => ctx.log.info(`rollout: ${line}`));
  try {
    return await run();
  } finally {
    lock.release();
  }
}

/** The metric providers' and webhooks' access: Datadog's keys (refused when a Datadog metric lacks them), the webhook token. */
function rolloutGates(ctx: Context): RolloutGates {
  const access = datadogAccess(ctx.env, ctx.secrets);
  requireDatadogFor(ctx.config.canary, access);
  // a window is not held up for minutes: no waiting out rate limits, one retry of a failed answer
  const datadog = access && new DatadogClient(access, { log: ctx.log, secrets: ctx.secrets, maxRateLimitRetries: 0, maxServerRetries: 1, timeoutMs: 10_000 });
  return new RolloutGates(ctx.config, { datadog, webhookToken: ctx.secrets.get('SLIPWAY_ROLLOUT_WEBHOOK_TOKEN') });
}

function controllerDeps(ctx: Context, gates: RolloutGates): ControllerDeps {
  const { config } = ctx;
  const docker = ctx.docker();
  const control = proxyControl(config, ctx.secrets);
  return {
    config,
    gates,
    client: control.client,
    stateFile: rolloutStatePath(config.stateDir, config.app.name),
    findCanary: async (status) => {
      const routed = status.backends.find((b) => b.role === 'canary')?.target;
      const c = (await appContainers(docker, config.app.name, 'canary')).find((x) => x.running && targetUrl(config.deploy.bindAddress, x.port) === routed);
      return c ? { deployId: c.deployId ?? c.id, image: c.image, container: c.name, target: routed!, imageId: c.imageId } : null;
    },
    productionImageId: async () => (await appContainers(docker, config.app.name, 'production')).find((c) => c.running)?.imageId,
    promote: () => locked(ctx, 'promote', async () => (await promote(ctx)).message),
    removeCanary: (ref: CanaryRef) => locked(ctx, 'remove the aborted canary', async () => {
      const status = await control.status();
      const routed = status?.backends.find((b) => b.role === 'canary')?.target === ref.target;
      await ctx.executor.execute([
        ...(routed ? [control.setBackend('canary', null, `take the aborted canary ${ref.container} out of the proxy`)] : []),
        ...stopAndRemove(ref.container, config.deploy.drainTimeoutSec, 'aborted by the rollout'),
      ]);
    }),
    log: (m, level = 'info') => ctx.log[level](m),
  };
}

export interface RunResult {
  stoppedBy?: string;
  url: string;
}

async function runController(ctx: Context, argv: Args): Promise<RunResult> {
  requireProgressive(ctx);
  const forSec = forSeconds(argv.for);
  const listen = parseHostPort(ctx.config.canary.controllerListen, 'canary.controllerListen');
  const result: RunResult = { url: controllerUrl(ctx.config) };
  const gates = rolloutGates(ctx);
  await ctx.executor.execute([{
    kind: 'process',
    summary: `run the rollout controller of ${ctx.config.app.name} (${ctx.config.canary.steps.length} steps, a judgment every ${ctx.config.canary.analysis.intervalSec} s); API on ${result.url}${forSec ? `; for ${forSec} s` : '; until SIGTERM'}`,
    detail: { steps: ctx.config.canary.steps, analysis: ctx.config.canary.analysis, controllerListen: ctx.config.canary.controllerListen },
    run: async () => {
      await requireDocker(ctx.docker());
      const controller = new RolloutController(controllerDeps(ctx, gates));
      const server = createControllerServer(controller, ctx.secrets.get('SLIPWAY_ADMIN_TOKEN'), (l) => ctx.log.warn(`rollout: ${l}`));
      await listenOn(server, listen, 'canary.controllerListen', 'another process holds that port: is a rollout controller already running (`slipway canary status`)? Else pick another port');
      ctx.log.info(`rollout: controller of ${ctx.config.app.name} on ${result.url}; ${controller.state.phase}: ${controller.state.reason}`);
      let lastError = '';
      const timer = setInterval(() => {
        controller.tick().then(() => (lastError = ''), (err: Error) => {
          // a proxy or dockerd that is away for a while is said once, not every second
          if (err.message !== lastError) ctx.log.warn(`rollout: ${err.message}; trying again every ${TICK_MS / 1000} s`);
          lastError = err.message;
        });
      }, TICK_MS);
      try {
        result.stoppedBy = await untilStopSignal({ timeoutMs: forSec * 1000, timeoutReason: `--for ${forSec} s ran out` });
      } finally {
        clearInterval(timer);
        await controller.flush();
        server.closeAllConnections();
        await closeServer(server);
      }
    },
  }]);
  return result;
}

async function upController(ctx: Context): Promise<{ container: string; changed: boolean; url: string }> {
  requireProgressive(ctx);
  requireDatadogFor(ctx.config.canary, datadogAccess(ctx.env, ctx.secrets));
  const socket = dockerSocketPath(ctx);
  if (!ctx.dryRun) {
    if (!fs.existsSync(socket)) throw new StepFailed(`the Docker socket ${socket} does not exist`, 'run `slipway provision` to install and start dockerd');
    await requireDocker(ctx.docker());
  }
  const name = serviceContainerName(ctx.config.app.name, 'rollout');
  const url = controllerUrl(ctx.config);
  // it promotes: the new production container gets REDIS_URL like any deploy's
  const actions = await serviceContainerPlan(ctx, { service: 'rollout', args: ['rollout', 'run'], secretEnv: [...CONTROLLER_SECRETS], env: passedEnv(ctx), mounts: [{ source: socket, target: SOCKET_IN_CONTAINER }] });
  const changed = actions.length > 0;
  actions.push(check(`wait until the rollout controller answers on ${url}/healthz`, { probe: { method: 'GET', url: `${url}/healthz`, timeoutMs: 1000 }, until: 'HTTP 200', timeoutMs: 30_000, intervalMs: 200, hint: `see \`docker logs ${name}\`` }));
  await ctx.executor.execute(actions);
  return { container: name, changed, url };
}

const run: SlipwayCommand = {
  command: 'run',
  describe: 'Run the rollout controller in the foreground until SIGTERM/SIGINT (or --for seconds)',
  options: [{ name: 'for', type: 'number', describe: 'Stop after this many seconds (default: run until SIGTERM/SIGINT)' }],
  secrets: [...CONTROLLER_SECRETS],
  changesState: true,
  foreground: true,
  run: runController,
  render: (r: RunResult) => (r.stoppedBy ? `rollout controller stopped (${r.stoppedBy})` : `would run the rollout controller on ${r.url}`),
};

const up: SlipwayCommand = {
  command: 'up',
  describe: 'Run the rollout controller as a container (<app>-rollout, Docker socket mounted, restarts unless stopped)',
  secrets: [...CONTROLLER_SECRETS],
  changesState: true,
  run: upController,
  render: (r: { container: string; changed: boolean; url: string }) => `${r.container} is ${r.changed ? 'up' : 'already up to date'}; status: slipway canary status`,
};

export const rolloutCommand: SlipwayCommand = {
  command: 'rollout',
  describe: 'The progressive rollout controller (canary.strategy progressive): run, up',
  jenkins: {
    var: 'slipwayRollout',
    about: 'Starts the controller that moves a canary through canary.steps, judging it against production from the proxy\'s own measurements, and promotes or aborts it on its own. It outlives the build.',
    example: "slipwayRollout(app: 'examples/climbing-grade', action: 'up', adminTokenId: 'slipway-admin-token', redisUrlId: 'slipway-redis-url')",
  },
  subcommands: [run, up],
};

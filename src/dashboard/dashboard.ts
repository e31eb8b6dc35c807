// `slipway dashboard`: the live console in the browser — in the foreground, or up/down as a container that outlives
// the build (Docker socket mounted: it lists containers, reads their stats, and its rollback and promote deploy).
import * as fs from 'node:fs';
import type { Args, OptionSpec, SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import { check } from '../core/actions';
import { requireDocker } from '../core/docker';
import { StepFailed } from '../core/errors';
import { isLoopbackHost, localUrlOf, parseHostPort } from '../core/listen-address';
import { forSeconds, untilStopSignal } from '../core/signals';
import { onReload, reloadConfig } from '../core/service-config';
import { dockerSocketPath, removeServicePlan, serviceContainerName, serviceContainerPlan, SOCKET_IN_CONTAINER } from '../core/service-container';
import { adminTokenOf, startDashboard } from './server';

/** The admin token signs people in and steers the proxy and rollout; Redis carries the flags. */
const SECRETS = ['SLIPWAY_ADMIN_TOKEN', 'REDIS_URL'] as const;

const LISTEN_OPTION: OptionSpec = { name: 'listen', type: 'string', describe: 'HOST:PORT (default: dashboard.listen, 127.0.0.1:8090)' };

export interface RunResult {
  url: string;
  stoppedBy?: string;
}

async function runDashboard(ctx: Context, argv: Args): Promise<RunResult> {
  adminTokenOf(ctx);
  const listen = parseHostPort(ctx.config.dashboard.listen, 'dashboard.listen');
  const forSec = forSeconds(argv.for);
  const result: RunResult = { url: localUrlOf(ctx.config.dashboard.listen, 'dashboard.listen') };
  await ctx.executor.execute([{
    kind: 'process',
    summary: `serve the dashboard of ${ctx.config.app.name} on ${result.url}${forSec ? ` for ${forSec} s` : ' until SIGTERM or SIGINT'}`,
    detail: { listen: ctx.config.dashboard.listen, proxyAdmin: ctx.config.proxy.admin, rollout: ctx.config.canary.controllerListen, flagsNamespace: ctx.config.flags.namespace },
    run: async () => {
      // plain HTTP: beyond this host the cookie and the token travel readable unless a TLS proxy is in front
      if (!isLoopbackHost(listen.host)) ctx.log.warn(`dashboard: listening on ${ctx.config.dashboard.listen}, beyond loopback; put a TLS-terminating proxy in front of it`);
      const dashboard = await startDashboard(ctx, listen);
      result.url = dashboard.url;
      ctx.log.info(`dashboard: ${dashboard.url} (sign in with SLIPWAY_ADMIN_TOKEN)`);
      const stopReloading = onReload(() => {
        const next = { ...ctx, config: reloadConfig(ctx) };
        dashboard.reconfigure(next);
        ctx.log.info('dashboard: config reloaded');
      }, (m) => ctx.log.warn(`dashboard: ${m}`));
      try {
        result.stoppedBy = await untilStopSignal({ timeoutMs: forSec * 1000, timeoutReason: `--for ${forSec} s ran out` });
      } finally {
        stopReloading();
        await dashboard.stop();
      }
    },
  }]);
  return result;
}

async function upDashboard(ctx: Context): Promise<{ container: string; changed: boolean; url: string }> {
  adminTokenOf(ctx);
  parseHostPort(ctx.config.dashboard.listen, 'dashboard.listen');
  const socket = dockerSocketPath(ctx);
  if (!ctx.dryRun) {
    if (!fs.existsSync(socket)) throw new StepFailed(`the Docker socket ${socket} does not exist`, 'run `slipway provision` to install and start dockerd');
    await requireDocker(ctx.docker());
  }
  const name = serviceContainerName(ctx.config.app.name, 'dashboard');
  const url = localUrlOf(ctx.config.dashboard.listen, 'dashboard.listen');
  const actions = await serviceContainerPlan(ctx, { service: 'dashboard', args: ['dashboard'], secretEnv: [...SECRETS], mounts: [{ source: socket, target: SOCKET_IN_CONTAINER }] });
  const changed = actions.length > 0;
  actions.push(check(`wait until the dashboard answers on ${url}/healthz`, { probe: { method: 'GET', url: `${url}/healthz`, timeoutMs: 1000 }, until: 'HTTP 200', timeoutMs: 30_000, intervalMs: 200, hint: `see \`docker logs ${name}\`` }));
  await ctx.executor.execute(actions);
  return { container: name, changed, url };
}

const up: SlipwayCommand = {
  command: 'up',
  describe: 'Run the dashboard as a container (<app>-dashboard, host network, Docker socket mounted, restarts unless stopped)',
  options: [LISTEN_OPTION],
  secrets: [...SECRETS],
  changesState: true,
  configFromArgs: (a) => ({ 'dashboard.listen': a.listen }),
  run: upDashboard,
  render: (r: { container: string; changed: boolean; url: string }) => `${r.container} is ${r.changed ? 'up' : 'already up to date'}: open ${r.url} and sign in with SLIPWAY_ADMIN_TOKEN`,
};

const down: SlipwayCommand = {
  command: 'down',
  describe: 'Stop and remove the <app>-dashboard container',
  changesState: true,
  run: async (ctx) => {
    const actions = await removeServicePlan(ctx, 'dashboard');
    await ctx.executor.execute(actions);
    return { container: serviceContainerName(ctx.config.app.name, 'dashboard'), removed: actions.length > 0 };
  },
  render: (r: { container: string; removed: boolean }) => (r.removed ? `removed ${r.container}` : `${r.container} was not there`),
};

export const dashboardCommand: SlipwayCommand = {
  command: 'dashboard',
  describe: 'The live console in the browser: traffic, canary, containers, flags and deploys, and actions on them (foreground; up, down)',
  options: [LISTEN_OPTION, { name: 'for', type: 'number', describe: 'Stop after this many seconds (default: run until SIGTERM/SIGINT)' }],
  secrets: [...SECRETS],
  changesState: true,
  foreground: true,
  examples: [['SLIPWAY_ADMIN_TOKEN=… slipway dashboard --app examples/climbing-grade', 'serve it on http://127.0.0.1:8090 until Ctrl-C']],
  configFromArgs: (a) => ({ 'dashboard.listen': a.listen }),
  run: runDashboard,
  render: (r: RunResult) => (r.stoppedBy ? `dashboard on ${r.url} stopped (${r.stoppedBy})` : `would serve the dashboard on ${r.url}`),
  subcommands: [up, down],
};

// `slipway proxy`: the canary proxy — `run` in the foreground (SIGHUP re-reads its config), `up` as the <app>-proxy
// container that outlives the build (a config change reloads it; a new image hands its port over), `down` to remove it.
import type { OptionSpec, SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Role } from '../core/config';
import { check } from '../core/actions';
import { appContainers, targetUrl } from '../core/app-containers';
import { removeServicePlan, serviceContainerName, serviceContainerPlan } from '../core/service-container';
import { untilStopSignal } from '../core/signals';
import { onReload, reloadConfig } from '../core/service-config';
import { formatHostPort } from '../core/listen-address';
import { ProxyAdminClient } from './admin-client';
import { configuredTargets, proxyFlagsToConfig, proxyOptions, type Targets } from './options';
import { checkProxyOptions, startProxy, type ProxyOptions, type RunningProxy } from './server';
import { reloadProxy } from './reload';
import { formatWeights } from './weights';
import { displayRedisUrl } from '../../sdk/flags/connection';

const ROUTING_OPTIONS: OptionSpec[] = [
  { name: 'listen', type: 'string', describe: 'HOST:PORT users connect to (proxy.listen, default 127.0.0.1:8080)' },
  { name: 'admin', type: 'string', describe: 'HOST:PORT of the admin API (proxy.admin, default 127.0.0.1:8081)' },
  { name: 'production', type: 'string', describe: 'Production target http://HOST:PORT (default: the deploy port)' },
  { name: 'canary', type: 'string', describe: 'Canary target http://HOST:PORT, or none' },
  { name: 'weights', type: 'string', describe: 'Traffic split, e.g. production=2,canary=1 (proxy.weights)' },
  { name: 'sticky-cookie', type: 'string', describe: 'Cookie that keeps a user on one version; empty: off (proxy.stickyCookie)' },
];

export interface RunResult {
  listen: string;
  admin: string;
  production: string;
  canary: string | null;
  weights: string;
  stoppedBy: string;
}

const run: SlipwayCommand = {
  command: 'run',
  describe: 'Run the canary proxy in the foreground until SIGTERM/SIGINT (then drain in-flight requests)',
  options: ROUTING_OPTIONS,
  secrets: ['SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_WEBHOOK_TOKEN', 'REDIS_URL'],
  changesState: true,
  foreground: true,
  examples: [['slipway proxy run --listen 127.0.0.1:8080 --admin 127.0.0.1:8081 --production http://127.0.0.1:3001 --canary http://127.0.0.1:3002', 'split 2:1 between the two']],
  configFromArgs: proxyFlagsToConfig,
  run: async (ctx) => {
    const opts = proxyOptions(ctx);
    checkProxyOptions(opts);
    const result: RunResult = {
      listen: formatHostPort(opts.listen), admin: formatHostPort(opts.admin), production: opts.routing.production,
      canary: opts.routing.canary, weights: formatWeights(opts.routing.weights), stoppedBy: '',
    };
    await ctx.executor.execute([{
      kind: 'process',
      summary: `run the canary proxy on ${result.listen} (admin ${result.admin}) until SIGTERM or SIGINT`,
      detail: { ...result, stickyCookie: opts.stickyCookie, stateFile: opts.stateFile, workers: opts.workers, sharedState: opts.sharedState ? `redis ${displayRedisUrl(opts.sharedState.url)} key ${opts.sharedState.key}` : 'this host', admin_auth: opts.adminToken ? 'bearer token' : 'none (loopback only)', ejection: ctx.config.canary },
      run: async () => {
        const proxy = await startProxy(opts);
        result.listen = formatHostPort(proxy.listen);
        result.admin = formatHostPort(proxy.admin);
        if (proxy.stopRequested) {
          // a data-plane worker: its primary logs, reloads and tells it when to stop
          result.stoppedBy = await proxy.stopRequested;
          return void (await proxy.stop());
        }
        for (const note of proxy.core.startNotes) ctx.log.info(`proxy: ${note}`);
        const s = proxy.core.status();
        ctx.log.info(`proxy: listening on ${result.listen} (admin ${result.admin}); production → ${s.backends[0].target}, canary → ${s.backends[1].target ?? 'none'}${s.canary.ejected ? ' (ejected)' : ''}, weights ${formatWeights(s.weights)}`);
        const stopReloading = reloadOnSignal(ctx, proxy, opts);
        result.stoppedBy = await untilStopSignal();
        stopReloading();
        ctx.log.info(`proxy: ${result.stoppedBy}: draining ${proxy.core.inFlight} in-flight request(s) (up to ${opts.drainTimeoutSec}s)`);
        await proxy.stop();
      },
    }]);
    return result;
  },
  render: (r: RunResult) => (r.stoppedBy ? `canary proxy on ${r.listen} stopped (${r.stoppedBy})` : `would run the canary proxy on ${r.listen}: production ${r.production}, canary ${r.canary ?? 'none'}, ${r.weights}`),
};

/** SIGHUP: the config read again from the same file, env and flags, and applied to the running proxy. */
function reloadOnSignal(ctx: Context, proxy: RunningProxy, started: ProxyOptions): () => void {
  let current = started;
  return onReload(() => {
    const next = proxyOptions({ ...ctx, config: reloadConfig(ctx) });
    const { applied, notApplied } = reloadProxy(proxy.core, current, next);
    proxy.reconfigured?.(next);
    current = next;
    ctx.log.info(`proxy: config reloaded: ${applied.join('; ') || 'nothing the running proxy applies changed'}`);
    if (notApplied.length) ctx.log.warn(`proxy: ${notApplied.join(', ')} changed: a running proxy keeps the old values; \`slipway proxy up\` replaces its container for them`);
  }, (m) => ctx.log.warn(`proxy: ${m}`));
}

export interface UpResult {
  container: string;
  changed: boolean;
  listen: string;
  admin: string;
  production: string;
  canary: string | null;
}

/** Targets for the container: flags/config win; else the role's running container; else the deploy port (production) or none (canary). */
export async function upTargets(ctx: Context): Promise<Targets> {
  const { config } = ctx;
  const running = async (role: Role): Promise<string | undefined> => {
    try {
      const c = (await appContainers(ctx.docker(), config.app.name, role)).find((x) => x.running);
      return c ? targetUrl(config.deploy.bindAddress, c.port) : undefined;
    } catch {
      return undefined; // no engine to ask (a dry run on a laptop): fall back to the config
    }
  };
  const production = config.proxy.production ?? (await running('production')) ?? configuredTargets(config).production;
  const canary = config.proxy.canary === 'none' ? null : (config.proxy.canary ?? (await running('canary')) ?? null);
  return { production, canary };
}

const up: SlipwayCommand = {
  command: 'up',
  describe: 'Start or update the <app>-proxy container (host network, restart unless-stopped); a config change reloads it live, no restart',
  options: ROUTING_OPTIONS,
  // handed into the container, whose admin API then asks for it
  secrets: ['SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_WEBHOOK_TOKEN', 'REDIS_URL'],
  changesState: true,
  examples: [['SLIPWAY_ADMIN_TOKEN=… slipway proxy up', 'start the proxy in front of the running production and canary']],
  configFromArgs: proxyFlagsToConfig,
  run: async (ctx) => {
    const targets = await upTargets(ctx);
    const opts = proxyOptions(ctx, targets);
    checkProxyOptions(opts); // before any side effect
    const client = ProxyAdminClient.fromConfig(ctx.config, ctx.secrets);
    // the targets found go into the container's config file: a change of them is a reload, not a new container
    const config = structuredClone(ctx.config);
    config.proxy.production = targets.production;
    config.proxy.canary = targets.canary ?? 'none';
    const actions = await serviceContainerPlan(ctx, { service: 'proxy', args: ['proxy', 'run'], secretEnv: ['SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_WEBHOOK_TOKEN', 'REDIS_URL'], config, handover: true });
    if (actions.length) {
      actions.push(check(`wait until the proxy admin API answers on ${ctx.config.proxy.admin}`, { probe: client.healthRequest(1000), until: 'HTTP 200', timeoutMs: 30_000, intervalMs: 200, hint: `see \`docker logs ${serviceContainerName(ctx.config.app.name, 'proxy')}\`` }));
    }
    await ctx.executor.execute(actions);
    return {
      container: serviceContainerName(ctx.config.app.name, 'proxy'), changed: actions.length > 0,
      listen: ctx.config.proxy.listen, admin: ctx.config.proxy.admin, production: targets.production, canary: targets.canary,
    } satisfies UpResult;
  },
  render: (r: UpResult) =>
    `${r.container} ${r.changed ? 'started or updated' : 'already up to date'}: ${r.listen} → production ${r.production}, canary ${r.canary ?? 'none'} (admin ${r.admin})`,
};

const down: SlipwayCommand = {
  command: 'down',
  describe: 'Stop (draining in-flight requests) and remove the <app>-proxy container; its state file stays',
  changesState: true,
  run: async (ctx) => {
    const actions = await removeServicePlan(ctx, 'proxy');
    await ctx.executor.execute(actions);
    return { container: serviceContainerName(ctx.config.app.name, 'proxy'), removed: actions.length > 0 };
  },
  render: (r: { container: string; removed: boolean }) => (r.removed ? `removed ${r.container}` : `${r.container} was not there`),
};

export const proxyCommand: SlipwayCommand = {
  command: 'proxy',
  describe: 'The canary proxy: weighted routing between production and canary, ejection on alert (run, up, down)',
  jenkins: {
    var: 'slipwayProxy',
    about: 'The canary proxy in front of production and canary: it splits traffic 2:1 by default and takes the canary out when it raises an alert. up starts or updates the <app>-proxy container (no change, no restart); down removes it.',
    example: "slipwayProxy(app: 'examples/climbing-grade', action: 'up', adminTokenId: 'slipway-admin-token')",
  },
  subcommands: [run, up, down],
};

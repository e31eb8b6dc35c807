// From the validated config (flags > env > file > defaults) and the environment to the proxy's run options.
import * as os from 'node:os';
import type { Config } from '../core/config';
import type { Context } from '../core/context';
import { targetUrl } from '../core/app-containers';
import { parseHostPort } from '../core/listen-address';
import type { ProxyOptions } from './server';
import { stateFilePath, type Routing } from './state-file';
import { parseWeights } from './weights';
import type { EjectionRules } from './ejection';
import { firstStepWeight, weightsFor } from '../rollout/steps';

export interface Targets {
  production: string;
  canary: string | null;
}

/** `proxy run` without flags: the deploy ports (the seed's three containers: proxy, production, canary). */
export function configuredTargets(config: Config): Targets {
  return {
    production: config.proxy.production ?? targetUrl(config.deploy.bindAddress, config.deploy.production.port),
    canary: config.proxy.canary === 'none' ? null : (config.proxy.canary ?? targetUrl(config.deploy.bindAddress, config.deploy.canary.port)),
  };
}

/** proxy.allowedBackends, else the deploy ports of both roles and their standby ports on deploy.bindAddress. */
export function allowedBackends(config: Config): string[] {
  if (config.proxy.allowedBackends) return config.proxy.allowedBackends;
  const { deploy } = config;
  return [deploy.production.port, deploy.canary.port].flatMap((port) => [port, port + deploy.standbyPortOffset]).map((port) => targetUrl(deploy.bindAddress, port));
}

/** The passive ejection's fields of canary.*: what the proxy compares on a reload (the rollout's are not its own). */
function ejectionRules(config: Config): EjectionRules {
  const { consecutive5xx, windowSec, minRequests, maxErrorRate, probationSec } = config.canary;
  return { consecutive5xx, windowSec, minRequests, maxErrorRate, probationSec };
}

export function proxyOptions(ctx: Context, targets: Targets = configuredTargets(ctx.config)): ProxyOptions {
  const { config } = ctx;
  // a progressive rollout's canary starts at its first step, not at the static split, even before the controller runs
  const weights = config.canary.strategy === 'progressive' ? weightsFor(firstStepWeight(config.canary.steps, config.canary.webhooks)) : config.proxy.weights;
  const routing: Routing = { weights, production: targets.production, canary: targets.canary };
  return {
    app: config.app.name,
    listen: parseHostPort(config.proxy.listen, 'proxy.listen'),
    admin: parseHostPort(config.proxy.admin, 'proxy.admin'),
    adminToken: ctx.secrets.get('SLIPWAY_ADMIN_TOKEN'),
    webhookToken: ctx.secrets.get('SLIPWAY_WEBHOOK_TOKEN'),
    allowedBackends: allowedBackends(config),
    routing,
    stickyCookie: config.proxy.stickyCookie,
    stickyHeader: config.proxy.stickyHeader,
    trustedProxies: config.proxy.trustedProxies,
    retryIdempotent: config.proxy.retryIdempotent,
    requestTimeoutMs: config.proxy.requestTimeoutMs,
    idleTimeoutMs: config.proxy.idleTimeoutMs,
    upgrades: config.proxy.upgrades,
    tunnelIdleTimeoutMs: config.proxy.tunnelIdleTimeoutMs,
    maxHeaderBytes: config.proxy.maxHeaderBytes,
    drainTimeoutSec: config.proxy.drainTimeoutSec,
    rules: ejectionRules(config),
    stateFile: stateFilePath(config.stateDir, config.app.name),
    workers: config.proxy.workers || os.availableParallelism(),
    sharedState: config.proxy.sharedState === 'redis'
      ? { url: ctx.secrets.get('REDIS_URL') ?? `redis://127.0.0.1:${config.redis.port}`, key: config.proxy.sharedStateKey || `slipway:proxy:${config.app.name}` }
      : undefined,
    log: (m) => ctx.log.info(`proxy: ${m}`),
  };
}

/** The proxy's own flags → config paths; a bad --weights is a usage error before anything starts. */
export function proxyFlagsToConfig(argv: Record<string, unknown>): Record<string, unknown> {
  return {
    'proxy.listen': argv.listen,
    'proxy.admin': argv.admin,
    'proxy.production': argv.production,
    'proxy.canary': argv.canary,
    'proxy.stickyCookie': argv.stickyCookie,
    'proxy.weights': typeof argv.weights === 'string' ? parseWeights(argv.weights) : undefined,
  };
}

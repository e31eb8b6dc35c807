// slipway's long-running services (proxy, toggle server, autoscaler) as containers that outlive the Jenkins build.
// A container is replaced only for what needs one (image, command, ports, mounts, secrets); its config is a file
// in the state dir that a SIGHUP makes it re-read, so a config change never closes its port.
import * as crypto from 'node:crypto';
import type { Config } from './config';
import type { Context } from './context';
import type { Action } from './plan';
import type { SecretName } from './secrets';
import { LABEL } from './labels';
import { UsageError } from './errors';
import { dockerCall, dockerPath, inProcess, stopAndRemove } from './actions';
import { readServiceConfigText, serviceConfigPath, serviceConfigText, writeServiceConfig } from './service-config';
import { HANDOVER_ENV, HANDOVER_WAIT_MS, waitUntilTakingOver } from './handover';
import { runtimeImage } from '../build/runtime-image';

export type ServiceName = 'proxy' | 'flags' | 'autoscaler' | 'rollout' | 'dashboard';

export interface ServiceSpec {
  service: ServiceName;
  /** The slipway command line run inside the container, e.g. ['proxy', 'run']. */
  args: string[];
  /** Instead of the image's `node slipway.cjs`: another bundle of the image that runs this command. */
  entrypoint?: string[];
  /** Secrets copied from the caller's env into the container's env. */
  secretEnv?: SecretName[];
  env?: Record<string, string>;
  mounts?: { source: string; target: string; readOnly?: boolean }[];
  /** The config written to the service's file (default: the command's own). */
  config?: Config;
  /** A replacement starts before its predecessor stops and takes its port over (services that serve traffic). */
  handover?: boolean;
}

/** Config fields a running service cannot take on a reload (listeners and what they were built with). */
const NEEDS_NEW_CONTAINER: Record<ServiceName, (c: Config) => unknown[]> = {
  proxy: (c) => [c.proxy.listen, c.proxy.admin, c.proxy.maxHeaderBytes, c.proxy.idleTimeoutMs, c.proxy.requestTimeoutMs, c.proxy.stickyCookie, c.proxy.stickyHeader, c.proxy.trustedProxies],
  flags: (c) => [c.flags.listen, c.flags.namespace, c.redis.port],
  autoscaler: (c) => [c.autoscaler.metricsListen],
  rollout: (c) => [c.canary.controllerListen],
  dashboard: (c) => [c.dashboard.listen],
};

/** Where a service container that drives Docker (autoscaler, rollout) finds the host's socket: the default path. */
export const SOCKET_IN_CONTAINER = '/var/run/docker.sock';

/** The host's Docker socket to mount: DOCKER_HOST=unix://… or the default. */
export function dockerSocketPath(ctx: Context): string {
  const host = ctx.env.DOCKER_HOST;
  if (!host) return SOCKET_IN_CONTAINER;
  if (host.startsWith('unix://')) return host.slice('unix://'.length);
  throw new UsageError(`DOCKER_HOST is ${host}: a slipway service container needs a local Docker socket to mount`, 'unset DOCKER_HOST, or set it to unix:///path/to/docker.sock');
}

export function serviceContainerName(app: string, service: ServiceName): string {
  return `${app}-${service}`;
}

export async function serviceContainerPlan(ctx: Context, spec: ServiceSpec): Promise<Action[]> {
  const config = spec.config ?? ctx.config;
  const runtime = await runtimeImage(ctx);
  const name = serviceContainerName(config.app.name, spec.service);
  const file = serviceConfigPath(config.stateDir, config.app.name, spec.service);
  const text = serviceConfigText(config);
  const env: Record<string, string> = { ...spec.env, [HANDOVER_ENV]: String(HANDOVER_WAIT_MS) };
  for (const s of spec.secretEnv ?? []) {
    const v = ctx.secrets.get(s);
    if (v) env[s] = v;
  }
  const mounts = [{ source: config.stateDir, target: config.stateDir }, ...(spec.mounts ?? [])];
  const body = {
    Image: runtime.image,
    ...(spec.entrypoint ? { Entrypoint: spec.entrypoint } : {}),
    Cmd: [...spec.args, '--config', file],
    Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
    Labels: { [LABEL.app]: config.app.name, [LABEL.service]: spec.service } as Record<string, string>,
    HostConfig: {
      NetworkMode: 'host',
      RestartPolicy: { Name: 'unless-stopped' },
      Binds: mounts.map((m) => `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`),
    },
  };
  // the secrets' values count only through a digest, so the label shows nothing
  const identity = { image: body.Image, entrypoint: spec.entrypoint, cmd: body.Cmd, env: body.Env, binds: body.HostConfig.Binds, fields: NEEDS_NEW_CONTAINER[spec.service](config) };
  const specHash = crypto.createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
  body.Labels[LABEL.specHash] = specHash;

  const writeConfig = inProcess('file', `write ${name}'s config (no secrets) to ${file}, mode 600`, { path: file, mode: '600' }, async () => writeServiceConfig(file, text));
  const current = await inspectOrNull(ctx, name);
  if (current && current.Config.Labels?.[LABEL.specHash] === specHash) {
    const sameConfig = readServiceConfigText(file) === text;
    if (current.State.Running && sameConfig) return [];
    if (!current.State.Running) return [...(sameConfig ? [] : [writeConfig]), dockerCall(`start ${name} (unchanged, stopped)`, { method: 'POST', path: `/containers/${name}/start` })];
    return [writeConfig, dockerCall(`tell ${name} to re-read its config (SIGHUP; it keeps serving)`, { method: 'POST', path: dockerPath(`/containers/${name}/kill`, { signal: 'HUP' }) })];
  }
  const create = [
    dockerCall(`create ${name} from ${runtime.image}`, { method: 'POST', path: dockerPath('/containers/create', { name }), body }),
    dockerCall(`start ${name}`, { method: 'POST', path: `/containers/${name}/start` }),
  ];
  const old = `${name}-replaced`;
  const leftover = await inspectOrNull(ctx, old);
  // a hand-over interrupted after the rename: the renamed one still serves and hands over now
  const predecessor = current?.State.Running ? current : !current && leftover?.State.Running ? leftover : undefined;
  if (!spec.handover || !predecessor) {
    return [...runtime.actions, ...(leftover ? removeActions(old, 'left by an interrupted hand-over') : []), ...(current ? removeActions(name, 'its container spec changed') : []), writeConfig, ...create];
  }
  // the new container binds as soon as the old one lets go: the port is shut for a few ms, not a whole restart
  return [
    ...runtime.actions,
    ...(current && leftover ? removeActions(old, 'left by an interrupted hand-over') : []),
    ...(current ? [dockerCall(`rename ${name} to ${old} (it serves until the new one is ready to take over)`, { method: 'POST', path: dockerPath(`/containers/${name}/rename`, { name: old }) })] : []),
    writeConfig,
    ...create,
    inProcess('check', `wait until the new ${name} waits for its ports`, { container: name, predecessor: old }, () => waitUntilTakingOver(ctx.docker(), name, old)),
    ...removeActions(old, 'replaced: it closes its listeners at once and drains'),
  ];
}

export async function removeServicePlan(ctx: Context, service: ServiceName): Promise<Action[]> {
  const name = serviceContainerName(ctx.config.app.name, service);
  return (await inspectOrNull(ctx, name)) ? removeActions(name, 'requested') : [];
}

// a graceful stop first, so the service drains (the proxy finishes in-flight requests)
const removeActions = (name: string, why: string): Action[] => stopAndRemove(name, 20, why);

async function inspectOrNull(ctx: Context, name: string) {
  try {
    return await ctx.docker().getContainer(name).inspect();
  } catch {
    return null; // absent — or, in a dry run, no engine to ask
  }
}

// slipway's long-running services (proxy, toggle server, autoscaler) as containers that outlive the Jenkins build.
import * as crypto from 'node:crypto';
import type { Context } from './context';
import type { Action } from './plan';
import type { SecretName } from './secrets';
import { LABEL } from './labels';
import { dockerCall, dockerPath, stopAndRemove } from './actions';
import { runtimeImage } from '../build/runtime-image';

export type ServiceName = 'proxy' | 'flags' | 'autoscaler';

export interface ServiceSpec {
  service: ServiceName;
  /** The slipway command line run inside the container, e.g. ['proxy', 'run']. */
  args: string[];
  /** Secrets copied from the caller's env into the container's env. */
  secretEnv?: SecretName[];
  env?: Record<string, string>;
  mounts?: { source: string; target: string; readOnly?: boolean }[];
}

export function serviceContainerName(app: string, service: ServiceName): string {
  return `${app}-${service}`;
}

export async function serviceContainerPlan(ctx: Context, spec: ServiceSpec): Promise<Action[]> {
  const { config } = ctx;
  const runtime = await runtimeImage(ctx);
  const name = serviceContainerName(config.app.name, spec.service);
  const env: Record<string, string> = { ...spec.env, SLIPWAY_CONFIG_JSON: JSON.stringify(config) };
  for (const s of spec.secretEnv ?? []) {
    const v = ctx.secrets.get(s);
    if (v) env[s] = v;
  }
  const mounts = [{ source: config.stateDir, target: config.stateDir }, ...(spec.mounts ?? [])];
  const body = {
    Image: runtime.image,
    Cmd: spec.args,
    Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
    Labels: { [LABEL.app]: config.app.name, [LABEL.service]: spec.service } as Record<string, string>,
    HostConfig: {
      NetworkMode: 'host',
      RestartPolicy: { Name: 'unless-stopped' },
      Binds: mounts.map((m) => `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`),
    },
  };
  const specHash = crypto.createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  body.Labels[LABEL.specHash] = specHash;

  const current = await inspectOrNull(ctx, name);
  if (current && current.Config.Labels?.[LABEL.specHash] === specHash) {
    if (current.State.Running) return [];
    return [dockerCall(`start ${name} (unchanged, stopped)`, { method: 'POST', path: `/containers/${name}/start` })];
  }
  return [
    ...runtime.actions,
    ...(current ? removeActions(name, 'its spec changed') : []),
    dockerCall(`create ${name} from ${runtime.image}`, { method: 'POST', path: dockerPath('/containers/create', { name }), body }),
    dockerCall(`start ${name}`, { method: 'POST', path: `/containers/${name}/start` }),
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

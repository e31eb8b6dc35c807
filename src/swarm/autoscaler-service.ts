// `slipway autoscaler up` with deploy.target "swarm": the autoscaler as a global service, one task per node, each with
// its own node's Docker socket and cgroup tree (read-only), so every app task is read where it runs. The tasks share
// the roles' overlay; the one on the leader manager gathers the others' readings and makes the service updates
// (autoscaler/swarm-link.ts); its /status and /metrics port is published on the nodes' hosts, so `autoscaler status`
// on the manager asks it. Its config travels as SLIPWAY_* variables: a worker has no state dir to read a file from.
import * as crypto from 'node:crypto';
import type { Config } from '../core/config';
import type { Context } from '../core/context';
import { check } from '../core/actions';
import { envNameOf } from '../core/config';
import { leafFields } from '../core/config-schema';
import { StepFailed, UsageError } from '../core/errors';
import { LABEL } from '../core/labels';
import { parseHostPort } from '../core/listen-address';
import { send } from '../core/http-client';
import type { AutoscalerStatus } from '../autoscaler/report';
import { HOST_CGROUP_MOUNT } from '../core/container-memory';
import { SOCKET_IN_CONTAINER } from '../core/service-container';
import { AUTOSCALER_BUNDLE_IN_IMAGE } from '../build/runtime-image';
import { observed } from '../deploy/deploy';
import { networkName, readService, type ServiceSpec } from './cluster';
import { registryActions, registryAddress, runtimeOnRegistry } from './registry';
import { applySpec } from './rollout-wait';
import { requireManagerOrPlan } from './swarm-deploy';

export const autoscalerServiceName = (app: string): string => `${app}-autoscaler`;

/** The config sections the autoscaler reads (its policy, local alerting), as the environment variables loadConfig takes. */
const SECTIONS = ['app.name', 'autoscaler', 'monitors'];

export interface AutoscalerServiceUp {
  service: string;
  changed: boolean;
  url: string;
}

export async function upAutoscalerService(ctx: Context, o: { noLocalAlerting: boolean; nodeOptions: string }): Promise<AutoscalerServiceUp> {
  const { config } = ctx;
  const token = ctx.secrets.get('SLIPWAY_ADMIN_TOKEN');
  if (!token) throw new UsageError('on a swarm the autoscaler\'s tasks send each other their readings over the overlay, authenticated with SLIPWAY_ADMIN_TOKEN, which is not set', 'set SLIPWAY_ADMIN_TOKEN in the environment');
  const manager = await requireManagerOrPlan(ctx);
  const name = autoscalerServiceName(config.app.name);
  const port = parseHostPort(config.autoscaler.metricsListen, 'autoscaler.metricsListen').port;
  const url = `http://127.0.0.1:${port}`;
  const net = networkName(config);
  const docker = ctx.docker();
  if (!ctx.dryRun && !(await docker.getNetwork(net).inspect().then(() => true, () => false))) {
    throw new StepFailed(`the overlay network ${net} the autoscaler's tasks talk on does not exist yet`, 'deploy the app first (`slipway deploy`), which makes it');
  }
  const registry = registryAddress(ctx, manager);
  const image = await runtimeOnRegistry(ctx, registry);
  const spec = autoscalerServiceSpec(ctx, { image: image.ref, name, port, noLocalAlerting: o.noLocalAlerting, nodeOptions: o.nodeOptions });
  const current = await observed(ctx, () => readService(docker, name), null);
  if (current?.Spec.Labels[LABEL.specHash] === spec.Labels[LABEL.specHash]) return { service: name, changed: false, url };
  await ctx.executor.execute([
    ...(await registryActions(ctx, manager)),
    ...image.actions,
    applySpec(() => ctx.docker(), spec, current, `${current ? 'update' : 'create'} the autoscaler service ${name}: one task per node on ${net}, each reading its node's app tasks; the leader's decides (port ${port} published on each node)`),
    check(`wait until the autoscaler answers on ${url}/health`, { probe: { method: 'GET', url: `${url}/health`, timeoutMs: 1000 }, until: 'HTTP 200', timeoutMs: 120_000, intervalMs: 250, hint: `see \`docker service ps ${name} --no-trunc\` and \`docker service logs ${name}\`` }),
  ]);
  return { service: name, changed: true, url };
}

/** Pure: the global service's spec, labelled with a digest of itself so an unchanged one is left running. */
export function autoscalerServiceSpec(ctx: Context, o: { image: string; name: string; port: number; noLocalAlerting: boolean; nodeOptions: string }): ServiceSpec {
  const { config } = ctx;
  const labels = { [LABEL.app]: config.app.name, [LABEL.service]: 'autoscaler' };
  const inside = structuredClone(config);
  inside.autoscaler.metricsListen = `0.0.0.0:${o.port}`;
  const secrets = (['SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_WEBHOOK_TOKEN', 'SLIPWAY_SMTP_PASSWORD'] as const).flatMap((s) => (ctx.secrets.get(s) ? [`${s}=${ctx.secrets.get(s)}`] : []));
  const spec: ServiceSpec = {
    Name: o.name,
    Labels: { ...labels },
    TaskTemplate: {
      ContainerSpec: {
        Image: o.image,
        Command: ['node', AUTOSCALER_BUNDLE_IN_IMAGE],
        Args: ['autoscaler', 'run', '--swarm-peers', `tasks.${o.name}`, ...(o.noLocalAlerting ? ['--no-local-alerting'] : [])],
        Env: [...configEnv(inside), `NODE_OPTIONS=${o.nodeOptions}`, ...secrets],
        Labels: labels,
        // each node's own socket and cgroup tree, at the paths a node has them
        Mounts: [
          { Type: 'bind', Source: SOCKET_IN_CONTAINER, Target: SOCKET_IN_CONTAINER },
          { Type: 'bind', Source: '/sys/fs/cgroup', Target: HOST_CGROUP_MOUNT, ReadOnly: true },
        ],
        StopGracePeriod: 10e9,
      },
      Networks: [{ Target: networkName(config) }],
      RestartPolicy: { Condition: 'any', Delay: 1e9 },
    },
    Mode: { Global: {} },
    // host ports: a node's old task lets go of them before its new one binds
    UpdateConfig: { Parallelism: 1, Order: 'stop-first' },
    EndpointSpec: { Mode: 'dnsrr', Ports: [{ Protocol: 'tcp', TargetPort: o.port, PublishedPort: o.port, PublishMode: 'host' }] },
  };
  // the secrets' values count only through the digest, so the label shows nothing
  spec.Labels[LABEL.specHash] = crypto.createHash('sha256').update(JSON.stringify(spec)).digest('hex').slice(0, 16);
  return spec;
}

/** SLIPWAY_<FIELD>=value for every field of SECTIONS that has a value. */
function configEnv(config: Config): string[] {
  const out: string[] = [];
  for (const leaf of leafFields()) {
    const dotted = leaf.path.join('.');
    if (!SECTIONS.some((s) => dotted === s || dotted.startsWith(`${s}.`))) continue;
    const value = leaf.path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], config);
    if (value !== undefined) out.push(`${envNameOf(leaf.path)}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  }
  return out;
}

/** Memory used by each task's container (by its short id) as the running autoscaler last read it on its node; empty without one. */
export async function memoryReadByAutoscaler(ctx: Context): Promise<Map<string, number>> {
  const url = `http://127.0.0.1:${parseHostPort(ctx.config.autoscaler.metricsListen, 'autoscaler.metricsListen').port}/status`;
  const res = await send<AutoscalerStatus>({ method: 'GET', url, timeoutMs: 2000 }).catch(() => null);
  if (res?.json?.app !== ctx.config.app.name) return new Map();
  return new Map(res.json.containers.flatMap((c) => (c.usedBytes === undefined ? [] : [[c.id.slice(0, 12), c.usedBytes] as const])));
}

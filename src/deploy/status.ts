// `slipway status`: one view of the running deployment — containers, health, memory, proxy weights and ejection.
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Role } from '../core/config';
import { appContainers, serviceContainers, targetUrl } from '../core/app-containers';
import { probeHealth } from './health';
import { memoryOf } from '../core/container-memory';
import { proxyControl, type ProxyView } from '../proxy/proxy-control';
import { readHistory, type History } from './deploy-history';
import { requireDocker } from '../core/docker';
import { LABEL } from '../core/labels';
import { renderSwarmStatus, swarmStatus, type SwarmStatus } from '../swarm/swarm-status';

export interface ContainerStatus {
  role: Role;
  name: string;
  image: string;
  revision?: string;
  state: string;
  health: 'healthy' | 'unhealthy' | 'stopped';
  url: string;
  memory: { used: number | null; limit: number | null };
  weight: number | null;
  proxy: 'active' | 'ejected' | 'not routed' | 'unknown';
}

export interface Status {
  app: string;
  proxy: { url: string; admin: string; running: boolean; weights?: ProxyView['weights']; canary?: ProxyView['canary'] };
  containers: ContainerStatus[];
  services: { service: string; name: string; state: string }[];
  history: History;
}

export const statusCommand: SlipwayCommand = {
  command: 'status',
  describe: 'One view of the running deployment: containers, health, memory, proxy weights and ejection',
  secrets: ['SLIPWAY_ADMIN_TOKEN'],
  changesState: false,
  jenkins: {
    var: 'slipwayStatus',
    about: 'What runs now: the app containers with their health and memory, the proxy weights and canary state, the toggle server and the autoscaler.',
    example: "def s = slipwayStatus(app: 'examples/climbing-grade', adminTokenId: 'slipway-admin-token')\necho \"canary: ${s.proxy?.canary?.state}\"",
  },
  run: (ctx) => (ctx.config.deploy.target === 'swarm' ? swarmStatus(ctx) : status(ctx)),
  render: (s: Status | SwarmStatus) => ('target' in s ? renderSwarmStatus(s) : renderStatus(s)),
};

export async function status(ctx: Context): Promise<Status> {
  const { config } = ctx;
  const docker = ctx.docker();
  await requireDocker(docker);
  const [containers, services, view] = await Promise.all([
    appContainers(docker, config.app.name),
    serviceContainers(docker, config.app.name),
    proxyControl(config, ctx.secrets).status().catch(() => null),
  ]);
  const rows = await Promise.all(
    containers.map(async (c): Promise<ContainerStatus> => {
      const url = targetUrl(config.deploy.bindAddress, c.port);
      const [health, memory] = c.running ? await Promise.all([probeHealth(`${url}${config.app.healthPath}`, 1500), memoryOf(docker, c.id)]) : [null, null];
      const backend = view?.backends.find((b) => b.role === c.role && b.target === url);
      return {
        role: c.role,
        name: c.name,
        image: c.image,
        revision: c.revision,
        state: c.state,
        health: !c.running ? 'stopped' : health?.ok ? 'healthy' : 'unhealthy',
        url,
        memory: { used: memory?.used ?? null, limit: memory?.limit ?? null },
        weight: backend ? backend.weight : null,
        proxy: !view ? 'unknown' : !backend ? 'not routed' : backend.state === 'ejected' ? 'ejected' : 'active',
      };
    }),
  );
  return {
    app: config.app.name,
    proxy: { url: `http://${config.proxy.listen}`, admin: `http://${config.proxy.admin}`, running: Boolean(view), weights: view?.weights, canary: view?.canary },
    containers: rows,
    services: services.map((s) => ({ service: s.Labels[LABEL.service], name: (s.Names[0] ?? '').replace(/^\//, ''), state: s.State })),
    history: readHistory(config.stateDir, config.app.name),
  };
}

const mb = (n: number | null) => (n === null ? '-' : `${Math.round(n / 1024 / 1024)}MB`);

export function renderStatus(s: Status): string {
  const lines = [`${s.app}: proxy ${s.proxy.url} ${s.proxy.running ? `(weights production ${s.proxy.weights?.production} : canary ${s.proxy.weights?.canary}; canary ${s.proxy.canary?.state ?? '?'})` : '(not running)'}`];
  if (!s.containers.length) lines.push('  no app containers');
  for (const c of s.containers) {
    lines.push(`  ${c.role.padEnd(10)} ${c.name.padEnd(34)} ${c.image.padEnd(28)} ${c.health.padEnd(9)} mem ${mb(c.memory.used)}/${mb(c.memory.limit)}  proxy ${c.proxy}${c.weight !== null ? ` w=${c.weight}` : ''}`);
  }
  for (const svc of s.services) lines.push(`  ${svc.service.padEnd(10)} ${svc.name.padEnd(34)} ${svc.state}`);
  for (const role of ['production', 'canary'] as const) {
    const h = s.history[role];
    if (h.length) lines.push(`  ${role} history: ${h.slice(-5).map((d) => `${d.image}${d.reason !== 'deploy' ? ` (${d.reason})` : ''}`).join(' → ')}`);
  }
  return lines.join('\n');
}

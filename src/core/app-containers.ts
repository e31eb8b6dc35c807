// The one lister of slipway's containers (by app, role, service) and the app's production and canary containers
// as slipway labelled them, read from the Docker engine.
import type Docker from 'dockerode';
import type { EngineApi } from './engine-api';
import { ROLES, type Role } from './config';
import { LABEL } from './labels';

export interface ContainerQuery {
  app: string;
  /** Only containers with one of these slipway.role labels (production, canary; `test` for test runs). */
  roles?: readonly string[];
  /** Only slipway's own services: one by name, or all of them with `true`. */
  service?: string | true;
  /** Running ones only; by default stopped ones too. */
  runningOnly?: boolean;
}

/** Every container labelled slipway.app=<app>, narrowed by the query; Docker ANDs label filters, so roles are picked here. */
export async function listSlipwayContainers(docker: Pick<EngineApi, 'listContainers'>, q: ContainerQuery): Promise<Docker.ContainerInfo[]> {
  const label = [`${LABEL.app}=${q.app}`];
  if (q.roles) label.push(q.roles.length === 1 ? `${LABEL.role}=${q.roles[0]}` : LABEL.role);
  if (q.service) label.push(q.service === true ? LABEL.service : `${LABEL.service}=${q.service}`);
  const list = await docker.listContainers({ all: !q.runningOnly, filters: { label, ...(q.runningOnly ? { status: ['running'] } : {}) } });
  return q.roles && q.roles.length > 1 ? list.filter((c) => q.roles!.includes(c.Labels?.[LABEL.role])) : list;
}

export const containerName = (c: Docker.ContainerInfo): string => (c.Names[0] ?? c.Id).replace(/^\//, '');

export interface AppContainer {
  id: string;
  name: string;
  role: Role;
  image: string;
  imageId: string;
  revision?: string;
  deployId?: string;
  port: number;
  running: boolean;
  state: string;
  created: number;
}

export async function appContainers(docker: Docker, app: string, role?: Role): Promise<AppContainer[]> {
  const list = await listSlipwayContainers(docker, { app, roles: role ? [role] : ROLES });
  return list
    .map((c) => ({
      id: c.Id,
      name: containerName(c),
      role: c.Labels[LABEL.role] as Role,
      image: c.Labels[LABEL.image] ?? c.Image,
      imageId: c.ImageID,
      revision: c.Labels[LABEL.revision],
      deployId: c.Labels[LABEL.deployId],
      port: Number(c.Labels[LABEL.port]),
      running: c.State === 'running',
      state: c.State,
      created: c.Created,
    }))
    .sort((a, b) => b.created - a.created);
}

/** Containers of the app that slipway's own services run in (proxy, flags, autoscaler). */
export function serviceContainers(docker: Docker, app: string): Promise<Docker.ContainerInfo[]> {
  return listSlipwayContainers(docker, { app, service: true });
}

export function targetUrl(bindAddress: string, port: number): string {
  const host = bindAddress === '0.0.0.0' ? '127.0.0.1' : bindAddress;
  return `http://${host}:${port}`;
}

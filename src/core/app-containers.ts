// The app's production and canary containers as slipway labelled them, read from the Docker engine.
import type Docker from 'dockerode';
import type { Role } from './config';
import { LABEL } from './labels';

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
  const labels = [`${LABEL.app}=${app}`, role ? `${LABEL.role}=${role}` : LABEL.role];
  const list = await docker.listContainers({ all: true, filters: { label: labels } });
  return list
    .map((c) => ({
      id: c.Id,
      name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
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
export async function serviceContainers(docker: Docker, app: string) {
  return docker.listContainers({ all: true, filters: { label: [`${LABEL.app}=${app}`, LABEL.service] } });
}

export function targetUrl(bindAddress: string, port: number): string {
  const host = bindAddress === '0.0.0.0' ? '127.0.0.1' : bindAddress;
  return `http://${host}:${port}`;
}

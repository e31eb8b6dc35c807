// What slipway reads of a Docker Swarm through the manager's Engine API: that this engine is a manager, its
// services, tasks and nodes, as slipway names and labels them.
import type Docker from 'dockerode';
import type { Config, Role } from '../core/config';
import { UsageError } from '../core/errors';
import { isNotFound } from '../core/docker';
import { LABEL } from '../core/labels';

export const REGISTRY_SERVICE = 'slipway-registry';

export const serviceName = (config: Config, role: Role): string => `${config.app.name}-${role}`;
export const networkName = (config: Config): string => config.deploy.swarm.network ?? `${config.app.name}-net`;

export interface Manager {
  nodeId: string;
  /** The address the manager advertises to the other nodes. */
  addr: string;
}

/** deploy.target "swarm" needs this engine to be a manager: said before anything changes. */
export async function requireManager(docker: Docker): Promise<Manager> {
  const info = await docker.info();
  const swarm = info.Swarm ?? {};
  if (swarm.LocalNodeState !== 'active' || !swarm.ControlAvailable) {
    const state = swarm.LocalNodeState === 'active' ? 'a worker' : `not in a swarm (${swarm.LocalNodeState ?? 'unknown'})`;
    throw new UsageError(`deploy.target is "swarm", but the Docker engine here is ${state}, not a swarm manager`,
      'run slipway on a manager (`docker swarm init` makes this engine one; README: From one host to a swarm), point DOCKER_HOST at one, or set deploy.target to "host"');
  }
  return { nodeId: String(swarm.NodeID), addr: String(swarm.NodeAddr) };
}

export interface ServiceInfo {
  ID: string;
  Version: { Index: number };
  Spec: ServiceSpec;
  PreviousSpec?: ServiceSpec;
  UpdateStatus?: { State?: string; Message?: string; StartedAt?: string; CompletedAt?: string };
}

export interface ServiceSpec {
  Name: string;
  Labels: Record<string, string>;
  TaskTemplate: {
    ContainerSpec: { Image: string; Env?: string[]; Labels?: Record<string, string>; HealthCheck?: Record<string, unknown>; StopGracePeriod?: number; [k: string]: unknown };
    Resources?: { Limits?: { MemoryBytes?: number; NanoCPUs?: number }; Reservations?: { MemoryBytes?: number; NanoCPUs?: number } };
    [k: string]: unknown;
  };
  Mode: { Replicated?: { Replicas: number }; Global?: Record<string, never> };
  [k: string]: unknown;
}

export interface TaskInfo {
  ID: string;
  Slot?: number;
  NodeID?: string;
  ServiceID: string;
  DesiredState: string;
  Status: { State: string; Message?: string; Err?: string; ContainerStatus?: { ContainerID?: string } };
  Spec: ServiceSpec['TaskTemplate'];
}

export async function readService(docker: Docker, name: string): Promise<ServiceInfo | null> {
  try {
    return (await docker.getService(name).inspect()) as ServiceInfo;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/** The app's services (roles and slipway's own), by their labels. */
export async function appServices(docker: Docker, app: string): Promise<ServiceInfo[]> {
  return (await docker.listServices({ filters: { label: [`${LABEL.app}=${app}`] } })) as unknown as ServiceInfo[];
}

export async function tasksOf(docker: Docker, serviceId: string): Promise<TaskInfo[]> {
  return (await docker.listTasks({ filters: { service: [serviceId] } })) as unknown as TaskInfo[];
}

/** Node id → hostname and address, for status lines a person can place. */
export async function nodeNames(docker: Docker): Promise<Map<string, { name: string; addr: string }>> {
  const nodes = await docker.listNodes();
  return new Map(nodes.map((n) => [String(n.ID), { name: String(n.Description?.Hostname ?? n.ID), addr: String(n.Status?.Addr ?? '') }]));
}

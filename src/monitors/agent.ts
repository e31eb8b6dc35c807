// `slipway monitors agent`: the Datadog Agent container beside the app, as Datadog's Docker docs start it —
// docker socket, /proc and the cgroup tree read-only, host PID and cgroup namespaces — plus logs and APM on loopback.
import type Docker from 'dockerode';
import type { Config } from '../core/config';
import type { Action } from '../core/plan';
import { dockerCall, dockerPath } from '../core/actions';
import { StepFailed } from '../core/errors';
import { LABEL } from '../core/labels';
import { isNotFound, type ProgressMessage } from '../core/docker';

export const AGENT_IMAGE = 'gcr.io/datadoghq/agent:7';
export const AGENT_CONTAINER = 'slipway-datadog-agent';

export interface AgentObserved {
  imagePresent: boolean;
  container?: { id: string; running: boolean; specHash?: string };
}

export function agentCreateBody(config: Config, opts: { image: string; apiKey: string; site: string }): Record<string, unknown> {
  const logs = config.monitors.canary5xx.source === 'logs';
  const apm = config.monitors.canary5xx.source === 'apm';
  const env = [
    `DD_API_KEY=${opts.apiKey}`,
    `DD_SITE=${opts.site}`,
    // the labels every slipway container carries become the tags the monitors query
    `DD_CONTAINER_LABELS_AS_TAGS=${JSON.stringify({ [LABEL.app]: 'slipway_app', [LABEL.role]: 'slipway_role' })}`,
    `DD_LOGS_ENABLED=${logs}`,
    ...(logs ? ['DD_LOGS_CONFIG_CONTAINER_COLLECT_ALL=true'] : []),
    `DD_APM_ENABLED=${apm}`,
    // host network: the apps reach the agent on 127.0.0.1, and nothing else should
    'DD_APM_NON_LOCAL_TRAFFIC=false',
    'DD_DOGSTATSD_NON_LOCAL_TRAFFIC=false',
    'DD_BIND_HOST=127.0.0.1',
    'DD_PROCESS_AGENT_ENABLED=false',
  ];
  const binds = [
    '/var/run/docker.sock:/var/run/docker.sock:ro',
    '/proc/:/host/proc/:ro',
    '/sys/fs/cgroup/:/host/sys/fs/cgroup:ro',
    ...(logs ? ['/var/lib/docker/containers:/var/lib/docker/containers:ro', '/opt/datadog-agent/run:/opt/datadog-agent/run:rw'] : []),
  ];
  const body = {
    Image: opts.image,
    Env: env,
    Labels: { [LABEL.component]: 'datadog-agent', [LABEL.specHash]: '' } as Record<string, string>,
    HostConfig: {
      NetworkMode: 'host',
      PidMode: 'host',
      CgroupnsMode: 'host',
      Binds: binds,
      RestartPolicy: { Name: 'unless-stopped' },
    },
  };
  body.Labels[LABEL.specHash] = specHash(body);
  return body;
}

/** A fingerprint of the container's spec, so an unchanged agent is left running. */
function specHash(body: unknown): string {
  const text = JSON.stringify(body);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}

export async function observeAgent(docker: Docker, image: string): Promise<AgentObserved> {
  let imagePresent = true;
  try {
    await docker.getImage(image).inspect();
  } catch (err) {
    if (!isNotFound(err)) throw err;
    imagePresent = false;
  }
  try {
    const info = await docker.getContainer(AGENT_CONTAINER).inspect();
    return { imagePresent, container: { id: info.Id, running: info.State.Running, specHash: info.Config.Labels?.[LABEL.specHash] } };
  } catch (err) {
    if (!isNotFound(err)) throw err;
    return { imagePresent };
  }
}

export function agentActions(docker: Docker, body: Record<string, unknown>, observed: AgentObserved): { actions: Action[]; unchanged: boolean } {
  const image = body.Image as string;
  const wanted = (body.Labels as Record<string, string>)[LABEL.specHash];
  if (observed.container?.running && observed.container.specHash === wanted) return { actions: [], unchanged: true };
  const actions: Action[] = [];
  if (!observed.imagePresent) {
    const [repo, tag] = splitImage(image);
    const hint = `this host cannot reach the image registry: \`docker load\` the agent image from a machine that can, or pass --image with one present here`;
    actions.push(dockerCall(`pull ${image}`, { method: 'POST', path: dockerPath('/images/create', { fromImage: repo, tag }), progress: true }, {
      read: (messages) => {
        const failed = (messages as ProgressMessage[]).find((m) => m.error);
        if (failed) throw new StepFailed(`cannot pull ${image}: ${failed.error}`, hint);
      },
      onFailure: { actions: [], error: (err) => (err instanceof StepFailed ? err : new StepFailed(`cannot pull ${image}: ${(err as Error).message}`, hint)) },
    }));
  }
  if (observed.container) {
    actions.push(dockerCall(`remove the old agent container ${AGENT_CONTAINER}`, { method: 'DELETE', path: dockerPath(`/containers/${AGENT_CONTAINER}`, { force: true }), ok: [404] }));
  }
  actions.push(
    dockerCall(`create container ${AGENT_CONTAINER} from ${image}`, { method: 'POST', path: dockerPath('/containers/create', { name: AGENT_CONTAINER }), body }),
    dockerCall(`start ${AGENT_CONTAINER}`, { method: 'POST', path: `/containers/${AGENT_CONTAINER}/start` }),
  );
  return { actions, unchanged: false };
}

function splitImage(image: string): [string, string] {
  const at = image.lastIndexOf(':');
  return at > image.lastIndexOf('/') ? [image.slice(0, at), image.slice(at + 1)] : [image, 'latest'];
}

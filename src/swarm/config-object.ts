// A service's config file as a Swarm config object, so a task on any node gets it: named by its content (objects
// are immutable), made when the service is applied, and the ones no spec refers to any more removed after.
import type Docker from 'dockerode';
import type { Action } from '../core/plan';
import { LABEL } from '../core/labels';
import { dockerPath } from '../core/actions';
import { dockerRequest } from '../core/performer';

interface ConfigInfo {
  ID: string;
  Spec: { Name: string; Labels?: Record<string, string> };
}

async function configsOf(docker: Docker, app: string): Promise<ConfigInfo[]> {
  return (await dockerRequest(docker, { method: 'GET', path: dockerPath('/configs', { filters: JSON.stringify({ label: [`${LABEL.app}=${app}`] }) }) })) as ConfigInfo[];
}

/** `apply` (a service create or update whose spec names the object) preceded by making the object, its ID filled in. */
export function withConfigObject(docker: () => Docker, apply: Action, object: { name: string; labels: Record<string, string>; text: string }): Action {
  return {
    ...apply,
    detail: { ...apply.detail, configObject: { name: object.name, labels: object.labels, bytes: Buffer.byteLength(object.text) } },
    run: async (detail, done) => {
      const app = object.labels[LABEL.app];
      const found = (await configsOf(docker(), app)).find((c) => c.Spec.Name === object.name);
      const id = found?.ID ?? ((await dockerRequest(docker(), { method: 'POST', path: '/configs/create', body: { Name: object.name, Labels: object.labels, Data: Buffer.from(object.text).toString('base64') } })) as { ID: string }).ID;
      const body = structuredClone(detail.body) as { TaskTemplate: { ContainerSpec: { Configs: { ConfigName: string; ConfigID?: string }[] } } };
      for (const c of body.TaskTemplate.ContainerSpec.Configs) if (c.ConfigName === object.name) c.ConfigID = id;
      return apply.run!({ ...detail, body }, done);
    },
  };
}

/** The app's config objects of this service other than `keep`: Swarm refuses to remove one a task still uses. */
export function removeOldConfigObjects(docker: () => Docker, app: string, keep: string): Action {
  const prefix = keep.replace(/-[0-9a-f]+$/, '-');
  return {
    kind: 'docker',
    summary: `remove the earlier config objects ${prefix}* no task uses any more`,
    detail: { method: 'DELETE', path: '/configs/<each earlier one>', ok: [404] },
    run: async () => {
      for (const c of await configsOf(docker(), app)) {
        if (c.Spec.Name === keep || !c.Spec.Name.startsWith(prefix)) continue;
        await dockerRequest(docker(), { method: 'DELETE', path: `/configs/${c.ID}`, ok: [404] }).catch(() => undefined); // still in use: the next apply removes it
      }
    },
  };
}

/** Every config object of the app, for `down`. */
export async function appConfigObjects(docker: Docker, app: string): Promise<{ id: string; name: string }[]> {
  return (await configsOf(docker, app)).map((c) => ({ id: c.ID, name: c.Spec.Name }));
}

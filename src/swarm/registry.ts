// Images reach every node through a registry: the user's (images.registry), or one slipway runs on the manager from
// Debian's docker-registry (Distribution 2.8), made into an image offline from the installed binary (offline-image.ts).
import * as fs from 'node:fs';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { check, dockerCall, dockerPath } from '../core/actions';
import { UsageError } from '../core/errors';
import { LABEL } from '../core/labels';
import { failOnError, imageExists } from '../build/base-image';
import { importOfflineImage } from './offline-image';
import { REGISTRY_SERVICE, readService, type Manager } from './cluster';
import { runtimeImage } from '../build/runtime-image';
import type { ImageFacts } from '../deploy/deploy-plan';

export const REGISTRY_IMAGE = 'slipway/registry:2.8';
const REGISTRY_BINARY = '/usr/bin/docker-registry';

export function registryAddress(ctx: Context, manager: Manager): string {
  return ctx.config.images.registry ?? `${manager.addr}:${ctx.config.deploy.swarm.registryPort}`;
}

/** Where the nodes pull `image` from: registry/repository:<short id>, the same tag for the same image. */
export function registryRef(ctx: Context, registry: string, image: ImageFacts): { repo: string; tag: string; ref: string } {
  const repo = `${registry}/${ctx.config.images.repository}`;
  const tag = image.id.replace(/^sha256:/, '').slice(0, 12);
  return { repo, tag, ref: `${repo}:${tag}` };
}

/** slipway's registry, when images.registry is not set and it is not running yet; validated before anything runs. */
export async function registryActions(ctx: Context, manager: Manager): Promise<Action[]> {
  if (ctx.config.images.registry) return [];
  const docker = ctx.docker();
  if (await readService(docker, REGISTRY_SERVICE).catch(() => null)) return [];
  const address = registryAddress(ctx, manager);
  const actions: Action[] = [];
  if (!(await imageExists(docker, REGISTRY_IMAGE))) {
    if (!fs.existsSync(REGISTRY_BINARY)) {
      throw new UsageError(`the swarm's nodes pull images from a registry; slipway runs one from ${REGISTRY_BINARY}, which is not installed`,
        'install it (apt-get install docker-registry), or set images.registry to a registry every node can pull from');
    }
    actions.push(...importRegistryImage());
  }
  const spec = {
    Name: REGISTRY_SERVICE,
    Labels: { [LABEL.component]: 'registry' },
    TaskTemplate: {
      ContainerSpec: { Image: REGISTRY_IMAGE, Env: [`REGISTRY_HTTP_ADDR=${address}`], Labels: { [LABEL.component]: 'registry' } },
      // on the manager's own network, at the address the nodes already reach it by
      Networks: [{ Target: 'host' }],
      Placement: { Constraints: [`node.id==${manager.nodeId}`] },
      RestartPolicy: { Condition: 'any' },
    },
    Mode: { Replicated: { Replicas: 1 } },
  };
  actions.push(
    dockerCall(`run the image registry ${REGISTRY_SERVICE} on the manager at ${address}`, { method: 'POST', path: '/services/create', body: spec }),
    check(`wait until the registry answers at http://${address}/v2/`, { probe: { method: 'GET', url: `http://${address}/v2/`, timeoutMs: 2000 }, until: 'HTTP 200', timeoutMs: 60_000, intervalMs: 250, hint: `docker service ps ${REGISTRY_SERVICE} --no-trunc` }),
  );
  return actions;
}

function importRegistryImage(): Action[] {
  return importOfflineImage({
    image: REGISTRY_IMAGE,
    binaries: { [REGISTRY_BINARY]: REGISTRY_BINARY },
    files: [{ path: '/etc/docker/registry/config.yml', content: 'version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\n  delete:\n    enabled: true\nhttp:\n  addr: :5000\n' }],
    dirs: [{ path: '/var/lib/registry' }],
    changes: ['CMD ["/usr/bin/docker-registry", "serve", "/etc/docker/registry/config.yml"]', 'LABEL org.opencontainers.image.description="Distribution registry made offline by slipway from Debian\'s docker-registry"'],
    contents: 'its shared libraries and a config without auth, storage in the container',
  });
}

/** The image tagged for the registry and pushed there, so every node can pull it. */
export function pushActions(image: ImageFacts, registry: string, at: { repo: string; tag: string; ref: string }): Action[] {
  return [
    dockerCall(`tag ${image.name} as ${at.ref}`, { method: 'POST', path: dockerPath(`/images/${image.id}/tag`, { repo: at.repo, tag: at.tag }) }),
    // no credentials: the body is the registry's address alone (a registry with auth needs `docker login` on each node)
    dockerCall(`push ${at.ref} to the registry every node pulls from`, { method: 'POST', path: dockerPath(`/images/${at.repo}/push`, { tag: at.tag }), body: { serveraddress: registry }, progress: true }, { read: failOnError(`push ${at.ref}`) }),
  ];
}

/** slipway's runtime image (the proxy's, the autoscaler's) where every node pulls it: built if missing, tagged, pushed. */
export async function runtimeOnRegistry(ctx: Context, registry: string): Promise<{ ref: string; actions: Action[] }> {
  const runtime = await runtimeImage(ctx);
  const [, tag] = runtime.image.split(':');
  const at = { repo: `${registry}/slipway-runtime`, tag, ref: `${registry}/slipway-runtime:${tag}` };
  return { ref: at.ref, actions: [...runtime.actions, ...pushActions({ id: runtime.image, name: runtime.image } as ImageFacts, registry, at)] };
}

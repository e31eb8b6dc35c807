// `slipway base-image`: the Node base image the app's Dockerfile starts FROM (build arg NODE_IMAGE).
// Online: node:<version>-bookworm-slim from the registry. Offline: an equivalent made from the local Node with `docker import`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type Docker from 'dockerode';
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { dockerCall, dockerPath, inProcess, removePath } from '../core/actions';
import { StepFailed } from '../core/errors';
import { isNotFound, requireDocker, type ProgressMessage } from '../core/docker';
import { localNodeRuntime, writeRootfs } from './rootfs';

export interface BaseImageResult {
  image: string;
  source: 'present' | 'pulled' | 'imported';
  changed: boolean;
}

export const baseImageCommand: SlipwayCommand = {
  command: 'base-image',
  describe: 'Make the Node base image: pull node:<version>-bookworm-slim, or build an equivalent offline from the local Node',
  options: [
    { name: 'node-version', type: 'string', describe: 'Node.js version (config images.nodeVersion)' },
    { name: 'pull', type: 'boolean', describe: 'Pull from the registry (config images.pull); --no-pull builds offline' },
  ],
  changesState: true,
  configFromArgs: (a) => ({ 'images.nodeVersion': a.nodeVersion, 'images.pull': a.pull }),
  run: (ctx) => ensureBaseImage(ctx),
  render: (r: BaseImageResult) => (r.changed ? `base image ${r.image} ${r.source}` : `base image ${r.image} is already here; nothing to do`),
};

export function officialName(nodeVersion: string): string {
  return `node:${nodeVersion}-bookworm-slim`;
}

export function offlineName(nodeVersion: string): string {
  return `slipway/node:${nodeVersion}-bookworm-slim`;
}

/** The base image a build uses: images.base if set, else the official image if present, else the offline one. */
export async function resolveBaseImage(ctx: Context): Promise<string> {
  const { images } = ctx.config;
  if (images.base) return images.base;
  if (images.pull && (await imageExists(ctx.docker(), officialName(images.nodeVersion)))) return officialName(images.nodeVersion);
  return offlineName(images.nodeVersion);
}

export async function ensureBaseImage(ctx: Context): Promise<BaseImageResult> {
  const { images } = ctx.config;
  const docker = ctx.docker();
  if (!ctx.dryRun) await requireDocker(docker);
  if (images.base) {
    if (await imageExists(docker, images.base)) return { image: images.base, source: 'present', changed: false };
    throw new StepFailed(`images.base is ${images.base}, which this Docker engine does not have`, `load it (docker load / docker pull ${images.base}) or remove images.base to let slipway make one`);
  }
  for (const name of images.pull ? [officialName(images.nodeVersion), offlineName(images.nodeVersion)] : [offlineName(images.nodeVersion)]) {
    if (await imageExists(docker, name)) return { image: name, source: 'present', changed: false };
  }
  if (images.pull) {
    try {
      await ctx.executor.execute([pullAction(officialName(images.nodeVersion))]);
      return { image: officialName(images.nodeVersion), source: 'pulled', changed: true };
    } catch (err) {
      ctx.log.warn(`pull ${officialName(images.nodeVersion)} failed (${(err as Error).message}); making it offline from the local Node instead`);
    }
  }
  await ctx.executor.execute(importActions(ctx));
  return { image: offlineName(images.nodeVersion), source: 'imported', changed: true };
}

export async function imageExists(docker: Docker, name: string): Promise<boolean> {
  try {
    await docker.getImage(name).inspect();
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    // dry run without an engine: plan as if the image were missing
    return false;
  }
}

function pullAction(image: string): Action {
  const [fromImage, tag] = image.split(':');
  return dockerCall(`pull ${image}`, { method: 'POST', path: dockerPath('/images/create', { fromImage, tag }), progress: true }, { read: failOnError(`pull ${image}`) });
}

/** A progress stream can end in an error message instead of an HTTP error. */
export function failOnError(what: string) {
  return (messages: unknown) => {
    const failed = (messages as ProgressMessage[]).find((m) => m.error);
    if (failed) throw new StepFailed(`${what} failed: ${failed.error}`);
  };
}

function importActions(ctx: Context): Action[] {
  const { nodeVersion } = ctx.config.images;
  const major = process.versions.node.split('.')[0];
  if (!(process.versions.node === nodeVersion || process.versions.node.startsWith(`${nodeVersion}.`))) {
    throw new StepFailed(
      `offline, the base image is made from the local Node (v${process.versions.node}), but images.nodeVersion is ${nodeVersion}`,
      `set images.nodeVersion to "${major}", or install Node ${nodeVersion} here, or load node:${nodeVersion}-bookworm-slim with docker load`,
    );
  }
  const image = offlineName(nodeVersion);
  const contents = localNodeRuntime();
  const changes = [
    'ENV PATH=/usr/local/bin:/usr/bin:/bin',
    `ENV NODE_VERSION=${contents.nodeVersion}`,
    'WORKDIR /app',
    'CMD ["node"]',
    `LABEL org.opencontainers.image.description="Node.js ${contents.nodeVersion} made offline by slipway base-image from the local runtime"`,
    `LABEL org.opencontainers.image.version="${contents.nodeVersion}"`,
  ];
  const rootfs = path.join(os.tmpdir(), `slipway-rootfs-${process.pid}`);
  const [repo, tag] = image.split(':');
  return [
    inProcess('file', `assemble a root filesystem from the local Node v${contents.nodeVersion} (node, npm, sh, shared libraries${contents.busybox ? ', busybox' : ''})`,
      { path: rootfs, files: [...contents.files.values()].sort() },
      async (detail) => {
        fs.rmSync(String(detail.path), { recursive: true, force: true });
        writeRootfs(String(detail.path), contents);
      }),
    dockerCall(`import it as ${image}`, { method: 'POST', path: dockerPath('/images/create', { fromSrc: '-', repo, tag, changes }), tar: { dir: rootfs }, progress: true }, { read: failOnError(`import ${image}`) }),
    removePath(`remove ${rootfs}`, rootfs, { always: true }),
  ];
}

// `slipway base-image`: the Node base image the app's Dockerfile starts FROM (build arg NODE_IMAGE).
// Online: node:<version>-bookworm-slim from the registry. Offline: an equivalent made from the local Node with `docker import`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import type Docker from 'dockerode';
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { dockerCall } from '../core/actions';
import { StepFailed } from '../core/errors';
import { followProgress, isNotFound, requireDocker } from '../core/docker';
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
    const pulled = await ctx.executor.execute([pullAction(ctx, officialName(images.nodeVersion))]);
    if (pulled.dryRun || pulled.results.get('pull')) return { image: officialName(images.nodeVersion), source: 'pulled', changed: true };
    ctx.log.warn(`no registry answered for ${officialName(images.nodeVersion)}; making it offline from the local Node instead`);
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

function pullAction(ctx: Context, image: string): Action<boolean> {
  const [fromImage, tag] = image.split(':');
  return dockerCall(`pull ${image}`, { method: 'POST', path: `/images/create?fromImage=${fromImage}&tag=${tag}` }, async () => {
    try {
      const stream = await ctx.docker().pull(image);
      await followProgress(ctx.docker(), stream, (m) => m.status && m.id && ctx.log.progress(`${m.id}: ${m.status}`));
      return true;
    } catch (err) {
      ctx.log.warn(`pull ${image} failed: ${(err as Error).message}`);
      return false;
    }
  }, 'pull');
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
  return [
    {
      kind: 'file',
      summary: `assemble a root filesystem from the local Node v${contents.nodeVersion} (node, npm, sh, shared libraries${contents.busybox ? ', busybox' : ''})`,
      detail: { dir: rootfs, files: [...contents.files.values()].sort() },
      run: async () => {
        fs.rmSync(rootfs, { recursive: true, force: true });
        writeRootfs(rootfs, contents);
      },
    },
    dockerCall(`import it as ${image}`, { method: 'POST', path: `/images/create?fromSrc=-&repo=${image.split(':')[0]}&tag=${image.split(':')[1]}`, body: { changes } }, async () => {
      try {
        const tar = spawn('tar', ['-C', rootfs, '--numeric-owner', '-cf', '-', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
        const [repo, tag] = image.split(':');
        const stream = await ctx.docker().importImage(tar.stdout as unknown as string, { repo, tag, changes } as object);
        await followProgress(ctx.docker(), stream, () => undefined);
      } finally {
        fs.rmSync(rootfs, { recursive: true, force: true });
      }
    }),
  ];
}

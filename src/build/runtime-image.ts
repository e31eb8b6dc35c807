// The image slipway's own services run in: the app's Node base image plus this very bundle and the autoscaler's own.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { dockerCall, dockerPath, removePath, writeFile } from '../core/actions';
import { StepFailed } from '../core/errors';
import { LABEL } from '../core/labels';
import type { ProgressMessage } from '../core/docker';
import { imageExists, resolveBaseImage } from './base-image';

export const BUNDLE_IN_IMAGE = '/opt/slipway/slipway.cjs';
/** The autoscaler's container runs this one: `autoscaler run` without the rest of the CLI (autoscaler/main.ts). */
export const AUTOSCALER_BUNDLE_IN_IMAGE = '/opt/slipway/autoscaler.cjs';
const BUNDLE_FILES = ['slipway.cjs', 'autoscaler.cjs'] as const;
export type BundleFile = (typeof BUNDLE_FILES)[number];

let devBundles: string | undefined;

/** A bundle beside the one this process runs from; from source (ts-node), a fresh build, so containers run the current code. */
export async function bundlePath(file: BundleFile = 'slipway.cjs'): Promise<string> {
  if (__filename.endsWith('.cjs')) return path.join(path.dirname(__filename), file);
  if (!devBundles) {
    // a computed path, so esbuild does not pull the bundler (and esbuild) into the bundle itself
    const bundler = path.join(__dirname, '..', '..', 'scripts', 'bundle.cjs');
    const { bundles, bundle } = require(bundler) as { bundles: { out: string }[]; bundle: (b: unknown, out: string) => Promise<void> };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-dev-bundle-'));
    for (const name of BUNDLE_FILES) await bundle(bundles.find((b) => b.out === `resources/slipway/${name}`), path.join(dir, name));
    devBundles = dir;
  }
  return path.join(devBundles, file);
}

/** The bundles the image holds, read now: a missing one is named with what to do. */
async function bundleTexts(): Promise<Buffer[]> {
  return Promise.all(BUNDLE_FILES.map(async (name) => {
    const file = await bundlePath(name);
    try {
      return fs.readFileSync(file);
    } catch {
      throw new StepFailed(`the bundle ${file} is missing`, 'slipway\'s bundles go together: copy resources/slipway/*.cjs, or run `npm run bundle`');
    }
  }));
}

export interface RuntimeImage {
  image: string;
  actions: Action[];
}

/** `slipway/runtime:<hash of bundle and base>`; no actions when it is already there. */
export async function runtimeImage(ctx: Context): Promise<RuntimeImage> {
  const base = await resolveBaseImage(ctx);
  const texts = await bundleTexts();
  const digest = crypto.createHash('sha256');
  for (const t of texts) digest.update(t);
  const hash = digest.update(base).digest('hex').slice(0, 12);
  const image = `slipway/runtime:${hash}`;
  if (await imageExists(ctx.docker(), image)) return { image, actions: [] };
  if (!ctx.dryRun && !(await imageExists(ctx.docker(), base))) {
    throw new StepFailed(`the base image ${base} is missing`, 'run `slipway base-image` first');
  }
  const dockerfile = `FROM ${base}\nCOPY ${BUNDLE_FILES.join(' ')} ${path.dirname(BUNDLE_IN_IMAGE)}/\nENTRYPOINT ["node", "${BUNDLE_IN_IMAGE}"]\n`;
  const dir = path.join(os.tmpdir(), `slipway-runtime-${hash}-${process.pid}`);
  return {
    image,
    actions: [
      writeFile(`write the runtime image's Dockerfile (${base} + the slipway bundles)`, path.join(dir, 'Dockerfile'), dockerfile),
      ...BUNDLE_FILES.map((name, i) => writeFile(`copy the bundle ${name} beside it`, path.join(dir, name), () => texts[i])),
      dockerCall(`build the slipway runtime image ${image}`, { method: 'POST', path: dockerPath('/build', { t: image, labels: { [LABEL.runtime]: 'true' } }), tar: { dir, files: ['Dockerfile', ...BUNDLE_FILES] }, progress: true }, {
        read: (messages) => {
          const failed = (messages as ProgressMessage[]).find((m) => m.error);
          if (failed) throw new StepFailed(`building ${image} failed: ${failed.error}`);
        },
      }),
      removePath(`remove ${dir}`, dir, { always: true }),
    ],
  };
}

// The image slipway's own services run in: the app's Node base image plus this very bundle.
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

let devBundle: string | undefined;

/** The bundle this process runs from; from source (ts-node), a fresh build of it, so containers run the current code. */
export async function bundlePath(): Promise<string> {
  if (__filename.endsWith('.cjs')) return __filename;
  if (devBundle) return devBundle;
  // a computed path, so esbuild does not pull the bundler (and esbuild) into the bundle itself
  const bundler = path.join(__dirname, '..', '..', 'scripts', 'bundle.cjs');
  const { bundles, bundle } = require(bundler) as { bundles: { out: string }[]; bundle: (b: unknown, out: string) => Promise<void> };
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-dev-bundle-')), 'slipway.cjs');
  await bundle(bundles.find((b) => b.out.endsWith('/slipway.cjs')), out);
  return (devBundle = out);
}

export interface RuntimeImage {
  image: string;
  actions: Action[];
}

/** `slipway/runtime:<hash of bundle and base>`; no actions when it is already there. */
export async function runtimeImage(ctx: Context): Promise<RuntimeImage> {
  const base = await resolveBaseImage(ctx);
  const bundle = await bundlePath();
  const hash = crypto.createHash('sha256').update(fs.readFileSync(bundle)).update(base).digest('hex').slice(0, 12);
  const image = `slipway/runtime:${hash}`;
  if (await imageExists(ctx.docker(), image)) return { image, actions: [] };
  if (!ctx.dryRun && !(await imageExists(ctx.docker(), base))) {
    throw new StepFailed(`the base image ${base} is missing`, 'run `slipway base-image` first');
  }
  const dockerfile = `FROM ${base}\nCOPY slipway.cjs ${BUNDLE_IN_IMAGE}\nENTRYPOINT ["node", "${BUNDLE_IN_IMAGE}"]\n`;
  const dir = path.join(os.tmpdir(), `slipway-runtime-${hash}-${process.pid}`);
  return {
    image,
    actions: [
      writeFile(`write the runtime image's Dockerfile (${base} + the slipway bundle)`, path.join(dir, 'Dockerfile'), dockerfile),
      writeFile(`copy the slipway bundle ${bundle} beside it`, path.join(dir, 'slipway.cjs'), () => fs.readFileSync(bundle)),
      dockerCall(`build the slipway runtime image ${image}`, { method: 'POST', path: dockerPath('/build', { t: image, labels: { [LABEL.runtime]: 'true' } }), tar: { dir, files: ['Dockerfile', 'slipway.cjs'] }, progress: true }, {
        read: (messages) => {
          const failed = (messages as ProgressMessage[]).find((m) => m.error);
          if (failed) throw new StepFailed(`building ${image} failed: ${failed.error}`);
        },
      }),
      removePath(`remove ${dir}`, dir, { always: true }),
    ],
  };
}

// The image slipway's own services run in: the app's Node base image plus this very bundle.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { dockerCall } from '../core/actions';
import { StepFailed } from '../core/errors';
import { LABEL } from '../core/labels';
import { followProgress } from '../core/docker';
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
  return {
    image,
    actions: [
      dockerCall(`build the slipway runtime image ${image} (${base} + the slipway bundle)`, { method: 'POST', path: `/build?t=${image}`, body: { dockerfile } }, async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-runtime-'));
        try {
          fs.writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
          fs.copyFileSync(bundle, path.join(dir, 'slipway.cjs'));
          const stream = await ctx.docker().buildImage({ context: dir, src: ['Dockerfile', 'slipway.cjs'] }, { t: image, labels: { [LABEL.runtime]: 'true' } });
          const out = await followProgress(ctx.docker(), stream, () => undefined);
          const failed = out.find((m) => m.error);
          if (failed) throw new StepFailed(`building ${image} failed: ${failed.error}`);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
    ],
  };
}

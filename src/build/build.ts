// `slipway build`: the app's image through the Docker Engine API, tagged <app>:<git-sha> and <app>:<branch>,
// with OCI labels and the Node base image as build arg NODE_IMAGE.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SlipwayCommand } from '../core/command';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { dockerCall, dockerPath } from '../core/actions';
import { StepFailed, UsageError } from '../core/errors';
import { LABEL } from '../core/labels';
import { requireDocker } from '../core/docker';
import type { ProgressMessage } from '../core/docker';
import { imageExists, resolveBaseImage } from './base-image';
import { contextFiles } from './build-context';
import { buildTranscript, describeBuildFailure } from './build-output';
import { appRevision, imageRefs, parseImageRef, type ImageRefs } from './image-tags';

export interface BuildResult {
  image: string;
  id: string;
  tags: string[];
  revision: string;
  branch?: string;
  /** 'git' when tagged by commit, 'content-hash' outside a git checkout. */
  versionSource: 'git' | 'content-hash';
  base: string;
  labels: Record<string, string>;
}

export interface BuildInputs {
  dockerfile: string;
  files: string[];
  refs: ImageRefs;
  base: string;
  labels: Record<string, string>;
}

export const buildCommand: SlipwayCommand = {
  command: 'build',
  describe: 'Build the app image through the Docker Engine API, tagged <app>:<git-sha> and <app>:<branch>',
  options: [
    { name: 'image', type: 'string', describe: 'Image name NAME[:TAG] (default <images.repository>:<git-sha>)' },
    { name: 'dockerfile', type: 'string', default: 'Dockerfile', describe: 'Dockerfile, relative to --app' },
  ],
  changesState: true,
  examples: [['slipway build --app examples/climbing-grade', 'build and tag climbing-grade:<sha> and climbing-grade:<branch>']],
  jenkins: {
    var: 'slipwayBuild',
    about: "Builds the app's image through the Docker Engine API and tags it <app>:<git-sha> and <app>:<branch>. Returns the image name, its id and its tags.",
    example: "def built = slipwayBuild(app: 'examples/climbing-grade')\necho \"built ${built.image}\"",
  },
  run: (ctx, argv) => build(ctx, { image: argv.image as string | undefined, dockerfile: String(argv.dockerfile ?? 'Dockerfile') }),
  render: (r: BuildResult) => `built ${r.image} (${r.id.replace(/^sha256:/, '').slice(0, 12)})\ntags: ${r.tags.join(', ')}`,
};

/** Everything the build needs, read and checked before anything is sent to Docker. */
export function buildInputs(ctx: Context, opts: { image?: string; dockerfile: string }, base: string): BuildInputs {
  const dockerfile = opts.dockerfile;
  if (path.isAbsolute(dockerfile) || dockerfile.split(/[\\/]/).includes('..')) {
    throw new UsageError(`--dockerfile: ${dockerfile} must be a path inside --app`, 'give it relative to the app directory, e.g. Dockerfile or docker/Dockerfile');
  }
  if (!fs.existsSync(path.join(ctx.appDir, dockerfile))) {
    throw new UsageError(`--dockerfile: ${path.join(ctx.appDir, dockerfile)} does not exist`, 'add a Dockerfile to the app (it should start with ARG NODE_IMAGE / FROM ${NODE_IMAGE}), or point --dockerfile at it');
  }
  if (opts.image) parseImageRef(opts.image);
  const files = contextFiles(ctx.appDir, dockerfile.split(path.sep).join('/'));
  const revision = appRevision(ctx.appDir, ctx.env);
  const refs = imageRefs(ctx.config.images.repository, revision, opts.image);
  return { dockerfile, files, refs, base, labels: imageLabels(ctx, refs, base) };
}

function packageVersion(appDir: string): string | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(appDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

export function imageLabels(ctx: Context, refs: ImageRefs, base: string): Record<string, string> {
  const rev = refs.revision;
  const labels: Record<string, string> = {
    'org.opencontainers.image.title': ctx.config.app.name,
    'org.opencontainers.image.revision': rev.sha,
    // the commit's time, not now: an unchanged commit then rebuilds into the same image id, and deploy skips it
    'org.opencontainers.image.created': (!rev.dirty && rev.committedAt) || new Date().toISOString(),
    'org.opencontainers.image.version': packageVersion(ctx.appDir) ?? refs.image.slice(refs.image.lastIndexOf(':') + 1),
    'org.opencontainers.image.base.name': base,
    [LABEL.app]: ctx.config.app.name,
    [LABEL.versionSource]: rev.fromGit ? 'git' : 'content-hash',
  };
  if (rev.source) labels['org.opencontainers.image.source'] = rev.source;
  if (rev.branch) {
    labels['org.opencontainers.image.ref.name'] = rev.branch;
    labels[LABEL.branch] = rev.branch;
  }
  if (rev.dirty) labels[LABEL.dirty] = 'true';
  return labels;
}

export function buildPlan(ctx: Context, inputs: BuildInputs): Action[] {
  const { refs, base, labels, files, dockerfile } = inputs;
  // RUN instructions are the app's code: off the host's network (slipway's Redis, toggle server, proxy admin) unless opted in
  const query = { t: refs.image, dockerfile, buildargs: { NODE_IMAGE: base }, labels, networkmode: ctx.config.app.buildNetwork, rm: true, forcerm: true };
  const [, ...extraTags] = refs.tags;
  return [
    dockerCall(`build ${refs.image} from ${ctx.appDir} (${files.length} files, base ${base}, ${ctx.config.app.buildNetwork === 'host' ? 'host network, app.buildNetwork' : 'no network'})`, { method: 'POST', path: dockerPath('/build', query), tar: { dir: ctx.appDir, files }, progress: true }, {
      read: (messages) => checkBuild(ctx, inputs, messages as ProgressMessage[]),
      onFailure: {
        actions: [],
        // the engine refuses before any step runs: a Dockerfile parse error, a bad build arg
        error: (err) => (err instanceof StepFailed ? err : new StepFailed(`docker build failed before the first instruction: ${(err as { json?: { message?: string } }).json?.message ?? (err as Error).message}`, `fix ${inputs.dockerfile}`)),
      },
    }),
    dockerCall(`read the id of ${refs.image}`, { method: 'GET', path: `/images/${refs.image}/json` }, { id: 'build', read: (info) => (info as { Id: string }).Id }),
    ...extraTags.map((tag) => {
      const [repo, name] = [tag.slice(0, tag.lastIndexOf(':')), tag.slice(tag.lastIndexOf(':') + 1)];
      return dockerCall(`tag it ${tag}`, { method: 'POST', path: dockerPath(`/images/${refs.image}/tag`, { repo, tag: name }) });
    }),
  ];
}

/** The build stream read whole: a failed instruction fails the step with where and why. */
function checkBuild(ctx: Context, inputs: BuildInputs, messages: ProgressMessage[]): void {
  const transcript = buildTranscript();
  for (const m of messages) transcript.add(m);
  const failure = transcript.failure();
  if (failure) throw new StepFailed(describeBuildFailure(failure), `fix that instruction in ${path.join(ctx.appDir, inputs.dockerfile)} or the files it uses, then build again`);
}

export async function build(ctx: Context, opts: { image?: string; dockerfile: string }): Promise<BuildResult> {
  if (!ctx.dryRun) await requireDocker(ctx.docker());
  const base = await resolveBaseImage(ctx);
  const inputs = buildInputs(ctx, opts, base);
  if (!ctx.dryRun && !(await imageExists(ctx.docker(), base))) {
    throw new StepFailed(`the base image ${base} is missing`, 'run `slipway base-image` (offline: `slipway base-image --no-pull`), or set images.base to an image this engine has');
  }
  const rev = inputs.refs.revision;
  if (!rev.fromGit) ctx.log.warn(`${ctx.appDir} is not in a git checkout: tagging by a hash of the build context (${inputs.refs.image})`);
  else if (rev.dirty) ctx.log.warn(`the checkout has uncommitted changes: ${inputs.refs.image} is commit ${rev.sha.slice(0, 12)} plus those changes`);
  const run = await ctx.executor.execute(buildPlan(ctx, inputs));
  return {
    image: inputs.refs.image,
    id: run.dryRun ? '(dry run)' : String(run.results.get('build')),
    tags: inputs.refs.tags,
    revision: rev.sha,
    branch: rev.branch,
    versionSource: rev.fromGit ? 'git' : 'content-hash',
    base,
    labels: inputs.labels,
  };
}

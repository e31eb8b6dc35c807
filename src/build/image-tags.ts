// Image names for a build: <repository>:<git-sha> and <repository>:<branch>, or a content hash outside git.
import type { Config } from '../core/config';
import type { Revision } from '../core/git';
import { branchFromEnv, gitRevision } from '../core/git';
import { contextFiles, contextHash } from './build-context';
import { UsageError } from '../core/errors';

export interface ImageRefs {
  /** The name the build result reports and later steps use. */
  image: string;
  /** Every tag the build applies (image first). */
  tags: string[];
  revision: Revision;
}

/** A branch name as a Docker tag: [A-Za-z0-9_.-], not starting with "." or "-", at most 128 characters. */
export function tagFromBranch(branch: string): string {
  const tag = branch.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '').slice(0, 128);
  return tag || 'branch';
}

export function shaTag(rev: Revision): string {
  return rev.fromGit ? rev.sha.slice(0, 12) : `content-${rev.sha.slice(0, 12)}`;
}

const REF = /^((?:[a-z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:[._/-][a-z0-9]+)*)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?$/;

/** "name[:tag]" → parts; a bad reference is a usage error naming the flag. */
export function parseImageRef(ref: string, flag = '--image'): { repository: string; tag?: string } {
  const m = REF.exec(ref);
  if (!m) {
    throw new UsageError(`${flag}: ${JSON.stringify(ref)} is not an image reference`, 'use NAME:TAG, e.g. climbing-grade:1.4.0 (lower-case name; tag of letters, digits, _ . -)');
  }
  return { repository: m[1], tag: m[2] };
}

export function imageRefs(repository: string, rev: Revision, explicit?: string): ImageRefs {
  const own = explicit ? parseImageRef(explicit) : undefined;
  const repo = own?.repository ?? repository;
  const bySha = `${repo}:${shaTag(rev)}`;
  const image = own?.tag ? `${repo}:${own.tag}` : bySha;
  const tags = [image, bySha];
  if (rev.branch) tags.push(`${repo}:${tagFromBranch(rev.branch)}`);
  return { image, tags: [...new Set(tags)], revision: rev };
}

/** The revision of the app: from git when it is a checkout, else a hash of what the build would send. */
export function appRevision(appDir: string, env: NodeJS.ProcessEnv): Revision {
  const fromGit = gitRevision(appDir, env);
  if (fromGit) return fromGit;
  return { sha: contextHash(appDir, contextFiles(appDir)), branch: branchFromEnv(env), fromGit: false, dirty: false };
}

/** The image `slipway build` makes for the app as it is now: what `test` and `deploy` use by default. */
export function currentImage(config: Config, appDir: string, env: NodeJS.ProcessEnv): ImageRefs {
  return imageRefs(config.images.repository, appRevision(appDir, env));
}

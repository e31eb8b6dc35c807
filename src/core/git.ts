// The revision an image is built from. Jenkins checks out a detached HEAD, so its env (GIT_COMMIT, BRANCH_NAME,
// GIT_BRANCH, GIT_URL) is read before asking git itself.
import { execFileSync } from 'node:child_process';

export interface Revision {
  /** Full commit id, or a content hash of the build context when the app is not in a git checkout. */
  sha: string;
  /** Branch name as Jenkins or git knows it; undefined for a detached HEAD with no Jenkins env. */
  branch?: string;
  /** Where the source came from (the origin remote), without credentials. */
  source?: string;
  fromGit: boolean;
  /** Uncommitted changes in the checkout, so `<app>:<sha>` is not exactly that commit. */
  dirty: boolean;
  /** Commit time (ISO 8601): the image's created label, so rebuilding a commit gives the same image. */
  committedAt?: string;
}

/** Runs git in `dir`; undefined when git is missing or `dir` is not in a checkout. */
export function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** BRANCH_NAME (multibranch) wins over GIT_BRANCH (git plugin, often "origin/main"). */
export function branchFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  if (env.BRANCH_NAME) return env.BRANCH_NAME;
  if (env.GIT_BRANCH) return env.GIT_BRANCH.replace(/^(refs\/heads\/|refs\/remotes\/[^/]+\/|origin\/)/, '');
  return undefined;
}

/** Drops user:password@ from a remote URL, so a token in it never reaches an image label. */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

/** The revision of the checkout holding `dir`, or undefined outside git. */
export function gitRevision(dir: string, env: NodeJS.ProcessEnv): Revision | undefined {
  const head = git(dir, ['rev-parse', 'HEAD']);
  if (!head && !env.GIT_COMMIT) return undefined;
  const sha = env.GIT_COMMIT && /^[0-9a-f]{7,64}$/i.test(env.GIT_COMMIT) ? env.GIT_COMMIT.toLowerCase() : head;
  if (!sha) return undefined;
  const abbrev = git(dir, ['rev-parse', '--abbrev-ref', 'HEAD']);
  const branch = branchFromEnv(env) ?? (abbrev && abbrev !== 'HEAD' ? abbrev : undefined);
  const remote = env.GIT_URL ?? git(dir, ['remote', 'get-url', 'origin']);
  const status = git(dir, ['status', '--porcelain', '--untracked-files=no', '--', '.']);
  const committedAt = git(dir, ['show', '-s', '--format=%cI', sha]) || undefined;
  return { sha, branch, source: remote ? withoutCredentials(remote) : undefined, fromGit: true, dirty: Boolean(status), committedAt };
}

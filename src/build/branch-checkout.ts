// The app as it is on a git branch: production builds from `main`, the canary from `staging`. When the app's
// checkout is on another branch, a temporary detached worktree holds that branch's files for the build.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { git } from '../core/git';

export interface BranchCheckout {
  branch: string;
  /** Where the app's files of that branch are. */
  dir: string;
  /** Jenkins-style env that names the branch and commit, as a detached checkout cannot. */
  env: Record<string, string>;
  cleanup(): void;
}

/**
 * undefined when the app is not in git or the branch does not exist (locally or as origin/<branch>). A dry run
 * gets the same worktree as a real run, so it plans from that branch's files (`_opts` is kept for callers).
 */
export function branchCheckout(appDir: string, branch: string, _opts: { dryRun: boolean } = { dryRun: false }): BranchCheckout | undefined {
  const top = git(appDir, ['rev-parse', '--show-toplevel']);
  if (!top) return undefined;
  const ref = [branch, `origin/${branch}`].find((r) => git(appDir, ['rev-parse', '--verify', '--quiet', `${r}^{commit}`]));
  if (!ref) return undefined;
  const sha = git(appDir, ['rev-parse', `${ref}^{commit}`])!;
  const env = { BRANCH_NAME: branch, GIT_COMMIT: sha };
  const current = git(appDir, ['rev-parse', '--abbrev-ref', 'HEAD']);
  const clean = !git(appDir, ['status', '--porcelain', '--untracked-files=no', '--', '.']);
  // the checkout is that branch already
  if (current === branch && clean) return { branch, dir: appDir, env, cleanup: () => undefined };
  const worktree = fs.mkdtempSync(path.join(os.tmpdir(), `slipway-${branch.replace(/[^A-Za-z0-9_.-]/g, '-')}-`));
  if (git(appDir, ['worktree', 'add', '--detach', '--force', worktree, sha]) === undefined) {
    fs.rmSync(worktree, { recursive: true, force: true });
    return undefined;
  }
  return {
    branch,
    dir: path.join(worktree, path.relative(fs.realpathSync(top), fs.realpathSync(appDir))),
    env,
    cleanup: () => {
      git(appDir, ['worktree', 'remove', '--force', worktree]);
      fs.rmSync(worktree, { recursive: true, force: true });
    },
  };
}

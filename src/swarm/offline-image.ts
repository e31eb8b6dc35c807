// An image made offline from binaries installed on the manager (Debian's packages): a root filesystem of each binary,
// its shared libraries and a few files, imported as an image — no registry download, as base-image does for Node.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Action } from '../core/plan';
import { dockerCall, dockerPath, inProcess, removePath } from '../core/actions';
import { failOnError } from '../build/base-image';
import { sharedLibraries } from '../build/rootfs';

export interface OfflineImage {
  /** repository:tag */
  image: string;
  /** host path → path inside the image (a symlink is copied as the file it points at, under this name) */
  binaries: Record<string, string>;
  files?: { path: string; content: string; mode?: number }[];
  /** Empty directories, owned by `uid` (a named volume mounted there starts with this owner). */
  dirs?: { path: string; uid?: number; mode?: number }[];
  /** Dockerfile instructions of the import (CMD, USER, LABEL). */
  changes: string[];
  /** What the root filesystem holds, for the plan. */
  contents: string;
}

export function importOfflineImage(spec: OfflineImage): Action[] {
  const [repo, tag] = spec.image.split(':');
  const rootfs = path.join(os.tmpdir(), `slipway-${repo.replace(/\W+/g, '-')}-rootfs-${process.pid}`);
  return [
    inProcess('file', `assemble a root filesystem around ${Object.keys(spec.binaries).join(', ')} (${spec.contents})`, { path: rootfs, files: Object.keys(spec.binaries) }, async (detail) => {
      writeOfflineRootfs(String(detail.path), spec);
    }),
    dockerCall(`import it as ${spec.image}`, { method: 'POST', path: dockerPath('/images/create', { fromSrc: '-', repo, tag, changes: spec.changes }), tar: { dir: rootfs }, progress: true }, { read: failOnError(`import ${spec.image}`) }),
    removePath(`remove ${rootfs}`, rootfs, { always: true }),
  ];
}

function writeOfflineRootfs(dir: string, spec: OfflineImage): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const put = (source: string, target: string) => {
    const dest = path.join(dir, target);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(source, dest);
    fs.chmodSync(dest, fs.statSync(source).mode & 0o777);
  };
  for (const [source, target] of Object.entries(spec.binaries)) put(source, target);
  for (const lib of sharedLibraries(Object.keys(spec.binaries))) put(lib.real, lib.path);
  for (const f of spec.files ?? []) {
    fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, f.path), f.content, { mode: f.mode ?? 0o644 });
  }
  for (const d of spec.dirs ?? []) {
    const at = path.join(dir, d.path);
    fs.mkdirSync(at, { recursive: true });
    fs.chmodSync(at, d.mode ?? 0o755);
    if (d.uid !== undefined) fs.chownSync(at, d.uid, d.uid);
  }
}

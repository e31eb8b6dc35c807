// A minimal root filesystem around the local Node runtime: the offline stand-in for node:<v>-bookworm-slim.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { which } from '../provision/machine';

export interface RootfsContents {
  nodeVersion: string;
  /** host path → path inside the image */
  files: Map<string, string>;
  npmDir?: string;
  busybox?: string;
}

/** What goes into the image, read from the host. Pure apart from reading the file system. */
export function localNodeRuntime(): RootfsContents {
  const node = fs.realpathSync(process.execPath);
  const files = new Map<string, string>([[node, '/usr/local/bin/node']]);
  const shell = which('dash') ?? '/bin/sh';
  files.set(fs.realpathSync(shell), '/bin/sh');
  for (const lib of sharedLibraries([node, shell])) files.set(lib.real, lib.path);
  const npmDir = [path.resolve(path.dirname(node), '../lib/node_modules/npm'), '/usr/lib/node_modules/npm', '/usr/local/lib/node_modules/npm'].find((d) => fs.existsSync(path.join(d, 'bin/npm-cli.js')));
  const busybox = which('busybox');
  if (busybox) for (const lib of sharedLibraries([busybox])) files.set(lib.real, lib.path);
  for (const f of ['/etc/ssl/certs/ca-certificates.crt']) if (fs.existsSync(f)) files.set(f, f);
  return { nodeVersion: process.versions.node, files, npmDir, busybox };
}

export function sharedLibraries(binaries: string[]): { path: string; real: string }[] {
  const out: { path: string; real: string }[] = [];
  for (const bin of binaries) {
    let text = '';
    try {
      text = execFileSync('ldd', [bin], { encoding: 'utf8' });
    } catch {
      continue; // static binary
    }
    for (const m of text.matchAll(/(?:=>\s*)?(\/[^\s]+)\s+\(0x/g)) out.push({ path: m[1], real: fs.realpathSync(m[1]) });
  }
  return out;
}

const BUSYBOX_APPLETS = ['env', 'ls', 'cat', 'cp', 'mv', 'rm', 'mkdir', 'chmod', 'chown', 'echo', 'sleep', 'grep', 'sed', 'head', 'tail', 'wc', 'id', 'ps', 'kill', 'true', 'false', 'test', 'tar', 'wget', 'du', 'df', 'find', 'xargs', 'sort', 'uname', 'date', 'touch', 'ln', 'pwd', 'which', 'nc'];

/** Lays the contents out in `dir`, ready for `tar -C dir -c .`. */
export function writeRootfs(dir: string, c: RootfsContents): void {
  const put = (target: string, source: string) => {
    const dest = path.join(dir, target);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(source, dest);
    fs.chmodSync(dest, fs.statSync(source).mode & 0o777);
  };
  for (const [source, target] of c.files) put(target, source);
  if (c.npmDir) {
    fs.cpSync(c.npmDir, path.join(dir, 'usr/local/lib/node_modules/npm'), { recursive: true, dereference: true });
    // sh wrappers: npm's own #! line wants /usr/bin/env, which the image may not have
    for (const [name, script] of [['npm', 'npm-cli.js'], ['npx', 'npx-cli.js']]) {
      const file = path.join(dir, 'usr/local/bin', name);
      fs.writeFileSync(file, `#!/bin/sh\nexec /usr/local/bin/node /usr/local/lib/node_modules/npm/bin/${script} "$@"\n`, { mode: 0o755 });
    }
  }
  if (c.busybox) {
    put('/bin/busybox', c.busybox);
    for (const applet of BUSYBOX_APPLETS) {
      const link = path.join(dir, 'usr/bin', applet);
      fs.mkdirSync(path.dirname(link), { recursive: true });
      if (!fs.existsSync(link)) fs.symlinkSync('/bin/busybox', link);
    }
  }
  const etc = (name: string, text: string) => fs.writeFileSync(path.join(dir, 'etc', name), text);
  fs.mkdirSync(path.join(dir, 'etc'), { recursive: true });
  etc('passwd', 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n');
  etc('group', 'root:x:0:\nnode:x:1000:\nnogroup:x:65534:\n');
  etc('nsswitch.conf', 'hosts: files dns\n');
  for (const d of ['tmp', 'root', 'home/node', 'app', 'var/tmp']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.chmodSync(path.join(dir, 'tmp'), 0o1777);
  fs.chmodSync(path.join(dir, 'var/tmp'), 0o1777);
  fs.chownSync(path.join(dir, 'home/node'), 1000, 1000);
}

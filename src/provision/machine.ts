// What the host has: OS family, root, systemd, binaries on PATH. Read-only.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface HostFacts {
  os: string;
  debianLike: boolean;
  root: boolean;
  systemd: boolean;
}

export function hostFacts(): HostFacts {
  const release = readOsRelease();
  const ids = `${release.ID ?? ''} ${release.ID_LIKE ?? ''}`;
  return {
    os: release.PRETTY_NAME ?? process.platform,
    debianLike: process.platform === 'linux' && /\b(debian|ubuntu)\b/.test(ids),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    systemd: fs.existsSync('/run/systemd/system'),
  };
}

function readOsRelease(): Record<string, string> {
  try {
    const out: Record<string, string> = {};
    for (const line of fs.readFileSync('/etc/os-release', 'utf8').split('\n')) {
      const m = /^([A-Z_]+)=("?)(.*)\2$/.exec(line.trim());
      if (m) out[m[1]] = m[3];
    }
    return out;
  } catch {
    return {};
  }
}

export function which(binary: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/sbin'])) {
    const candidate = path.join(dir, binary);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

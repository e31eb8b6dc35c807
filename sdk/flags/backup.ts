// The client's last known flags on disk, so an app that starts while Redis is down serves them rather than defaults.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FlagValue } from './values';

export interface FlagBackup {
  namespace: string;
  version: number;
  savedAt: string;
  flags: Record<string, FlagValue>;
}

/** The backup for this namespace, or undefined when there is none or it is unreadable (never throws). */
export function readBackup(file: string, namespace: string): FlagBackup | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as FlagBackup;
    if (data?.namespace !== namespace || typeof data.flags !== 'object' || data.flags === null) return undefined;
    return data;
  } catch {
    return undefined;
  }
}

/** Write-then-rename, so a crash mid-write leaves the previous backup whole. */
export function writeBackup(file: string, backup: FlagBackup): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(backup) + '\n');
  fs.renameSync(tmp, file);
}

// Which images each role ran, newest last, kept on the host so `rollback` and `status` know them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Role } from '../core/config';

export interface Deployment {
  image: string;
  imageId: string;
  revision?: string;
  deployId: string;
  at: string;
  reason: 'deploy' | 'rollback' | 'promote';
}

export type History = Record<Role, Deployment[]>;

export function historyFile(stateDir: string, app: string): string {
  return path.join(stateDir, app, 'history.json');
}

export function readHistory(stateDir: string, app: string): History {
  try {
    const h = JSON.parse(fs.readFileSync(historyFile(stateDir, app), 'utf8'));
    return { production: h.production ?? [], canary: h.canary ?? [] };
  } catch {
    return { production: [], canary: [] };
  }
}

/** The history file's new content with `d` added (the oldest dropped beyond `keep`). */
export function historyWith(stateDir: string, app: string, role: Role, d: Deployment, keep: number): string {
  const h = readHistory(stateDir, app);
  h[role] = [...h[role], d].slice(-keep);
  return JSON.stringify(h, null, 2) + '\n';
}

/** The image to go back to: the newest earlier deployment whose image differs from the current one. */
export function previousDeployment(h: History, role: Role, currentImageId?: string): Deployment | undefined {
  const list = h[role];
  const current = currentImageId ?? list[list.length - 1]?.imageId;
  for (let i = list.length - 1; i >= 0; i--) if (list[i].imageId !== current) return list[i];
  return undefined;
}

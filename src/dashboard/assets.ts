// The page's files: from the sources they are read from src/dashboard/page and node_modules/uplot; the bundle carries
// them inline (scripts/bundle.cjs defines SLIPWAY_DASHBOARD_PAGE from page/files.json), so nothing is fetched at run time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import files from './page/files.json';

/** The bundle's copy: one JSON string (an object define would make esbuild wrap every module with its initialiser). */
declare const SLIPWAY_DASHBOARD_PAGE: string | undefined;

export interface PageFile {
  body: string;
  contentType: string;
  /** Served before sign-in (the form, its script and the styles): none of them holds anything about the deployment. */
  public: boolean;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function texts(): Record<string, string> {
  if (typeof SLIPWAY_DASHBOARD_PAGE === 'string') return JSON.parse(SLIPWAY_DASHBOARD_PAGE);
  const root = path.resolve(__dirname, '../..');
  return Object.fromEntries(Object.entries(files).map(([name, f]) => [name, fs.readFileSync(path.join(root, f.file), 'utf8')]));
}

/** Every file the dashboard serves, by name (read once). */
export function pageFiles(): Map<string, PageFile> {
  const bodies = texts();
  const out = new Map<string, PageFile>();
  for (const [name, f] of Object.entries(files) as [string, { file: string; public?: boolean }][]) {
    out.set(name, { body: bodies[name], contentType: TYPES[path.extname(name)], public: Boolean(f.public) });
  }
  return out;
}

// The files sent to the Docker engine as the build context: the app directory less what .dockerignore excludes.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface IgnoreRule {
  negate: boolean;
  regex: RegExp;
}

/** .dockerignore lines → rules; comments and blanks dropped, a leading "/" is the context root. */
export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1).trim();
    line = path.posix.normalize(line).replace(/^\/+/, '').replace(/\/+$/, '');
    if (!line || line === '.') continue;
    rules.push({ negate, regex: globToRegex(line) });
  }
  return rules;
}

function globToRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // "**/" may match no directory at all
      if (glob[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Docker's rule: the last pattern that matches the path or one of its parent directories decides. */
export function isIgnored(relPath: string, rules: IgnoreRule[]): boolean {
  const parts = relPath.split('/');
  const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const rule of rules) {
    if (candidates.some((c) => rule.regex.test(c))) ignored = !rule.negate;
  }
  return ignored;
}

/** Relative paths (posix) of every file in the context, sorted. The Dockerfile is always sent, as Docker does. */
export function contextFiles(dir: string, dockerfile = 'Dockerfile'): string[] {
  const ignoreFile = path.join(dir, '.dockerignore');
  const rules = fs.existsSync(ignoreFile) ? parseDockerignore(fs.readFileSync(ignoreFile, 'utf8')) : [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      // .git is never part of an app image and can be large; a negated rule cannot bring it back
      if (child === '.git') continue;
      if (entry.isDirectory()) {
        // descend even into an ignored directory only when a "!" rule might re-include something in it
        if (isIgnored(child, rules) && !rules.some((r) => r.negate)) continue;
        walk(child);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && !isIgnored(child, rules)) out.push(child);
    }
  };
  walk('');
  for (const always of [dockerfile, '.dockerignore']) {
    if (!out.includes(always) && fs.existsSync(path.join(dir, always))) out.push(always);
  }
  return out.sort();
}

/** A stable hash of the context's paths and bytes: the image tag when the app is not in a git checkout. */
export function contextHash(dir: string, files: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const rel of files) {
    hash.update(rel).update('\0');
    const full = path.join(dir, rel);
    const stat = fs.lstatSync(full);
    hash.update(stat.isSymbolicLink() ? `link:${fs.readlinkSync(full)}` : fs.readFileSync(full)).update('\0');
  }
  return hash.digest('hex');
}

// A ustar stream of chosen files, for the Docker build context. Written here because dockerode's own packer
// re-applies .dockerignore and drops an ignored Dockerfile, which Docker itself always sends.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';

const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mode: number, mtime: number, type: '0' | '2' | 'x', linkname = ''): Buffer {
  const h = Buffer.alloc(BLOCK, 0);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    // ustar splits a long path at a "/" into prefix (155) and name (100)
    const cut = name.lastIndexOf('/', name.length - 1);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  h.write(base, 0, 100, 'utf8');
  h.write(octal(mode & 0o7777, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(Math.floor(mtime), 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write(type, 156, 'ascii');
  h.write(linkname, 157, 100, 'utf8');
  h.write('ustar\x0000', 257, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(octal(sum, 7) + ' ', 148, 'ascii');
  return h;
}

function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest ? BLOCK - rest : 0, 0);
}

/** A PAX record carries a path that ustar's 100 + 155 bytes cannot. */
function paxPath(name: string, mtime: number): Buffer[] {
  const body = (len: number) => `${len} path=${name}\n`;
  let len = Buffer.byteLength(body(0));
  while (Buffer.byteLength(body(len)) !== len) len = Buffer.byteLength(body(len));
  const data = Buffer.from(body(len));
  return [header('PaxHeader', data.length, 0o644, mtime, 'x'), data, padding(data.length)];
}

function fits(name: string): boolean {
  if (Buffer.byteLength(name) <= 100) return true;
  const cut = name.lastIndexOf('/');
  return cut > 0 && Buffer.byteLength(name.slice(0, cut)) <= 155 && Buffer.byteLength(name.slice(cut + 1)) <= 100;
}

/** Entries for one file: header (+ PAX record when needed), bytes, padding. */
export function tarEntry(dir: string, rel: string): Buffer[] {
  const full = path.join(dir, rel);
  const stat = fs.lstatSync(full);
  const mtime = stat.mtimeMs / 1000;
  const name = fits(rel) ? rel : rel.slice(0, 100);
  const pax = fits(rel) ? [] : paxPath(rel, mtime);
  if (stat.isSymbolicLink()) return [...pax, header(name, 0, stat.mode, mtime, '2', fs.readlinkSync(full))];
  const data = fs.readFileSync(full);
  return [...pax, header(name, data.length, stat.mode, mtime, '0'), data, padding(data.length)];
}

/** Streams the files (relative posix paths under `dir`) as an uncompressed tar. */
export function tarStream(dir: string, files: string[]): Readable {
  return Readable.from(
    (function* () {
      for (const rel of files) yield* tarEntry(dir, rel);
      yield Buffer.alloc(BLOCK * 2, 0);
    })(),
  );
}

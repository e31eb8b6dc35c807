import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { contextFiles, contextHash, isIgnored, parseDockerignore } from '../../src/build/build-context';
import { tarStream } from '../../src/build/tar';
import { tmpDir } from '../support/tmp';

function appWith(files: Record<string, string>): string {
  const dir = tmpDir('slipway-ctx-');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const ignore = suite('build context');

ignore('.dockerignore patterns follow Docker: globs, ** across directories, parents, and ! to bring back', () => {
  const rules = parseDockerignore('# comment\nnode_modules\n*.log\n**/*.tmp\n/coverage/\ndocs\n!docs/keep.md\n');
  assert.ok(isIgnored('node_modules/x/index.js', rules));
  assert.ok(isIgnored('debug.log', rules));
  assert.not.ok(isIgnored('src/debug.log', rules), '*.log matches at the root only');
  assert.ok(isIgnored('a/b/c.tmp', rules));
  assert.ok(isIgnored('coverage/index.html', rules));
  assert.ok(isIgnored('docs/guide.md', rules));
  assert.not.ok(isIgnored('docs/keep.md', rules));
  assert.not.ok(isIgnored('src/server.js', rules));
});

ignore('the Dockerfile is sent even when .dockerignore lists it, and .git never is', () => {
  const dir = appWith({ Dockerfile: 'FROM x\n', '.dockerignore': 'Dockerfile\n.dockerignore\nREADME.md\n', 'README.md': '#', 'src/a.js': '1', '.git/HEAD': 'ref' });
  assert.equal(contextFiles(dir), ['.dockerignore', 'Dockerfile', 'src/a.js']);
});

ignore('the content hash changes with a file and not with an ignored one', () => {
  const dir = appWith({ Dockerfile: 'FROM x\n', '.dockerignore': '*.log\n', 'src/a.js': '1' });
  const before = contextHash(dir, contextFiles(dir));
  fs.writeFileSync(path.join(dir, 'build.log'), 'noise');
  assert.is(contextHash(dir, contextFiles(dir)), before);
  fs.writeFileSync(path.join(dir, 'src/a.js'), '2');
  assert.is.not(contextHash(dir, contextFiles(dir)), before);
});

ignore('the tar stream is one GNU tar reads back, long paths included', async () => {
  const long = `${'deep/'.repeat(30)}file.js`;
  const dir = appWith({ Dockerfile: 'FROM x\n', 'src/a.js': 'console.log(1)\n', [long]: 'x'.repeat(1000) });
  const chunks: Buffer[] = [];
  for await (const c of tarStream(dir, contextFiles(dir))) chunks.push(c as Buffer);
  const out = tmpDir('slipway-untar-');
  execFileSync('tar', ['-x', '-C', out], { input: Buffer.concat(chunks) });
  assert.is(fs.readFileSync(path.join(out, 'src/a.js'), 'utf8'), 'console.log(1)\n');
  assert.is(fs.readFileSync(path.join(out, long), 'utf8'), 'x'.repeat(1000));
  assert.is(fs.readFileSync(path.join(out, 'Dockerfile'), 'utf8'), 'FROM x\n');
});

ignore.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docker, requireDocker } from '../support/docker';
import { runCli } from '../support/cli';
import { copySampleApp, type AppCopy } from '../support/app-copy';

const build = suite('slipway build (real dockerd)');
// as on a developer's machine, whatever CI this runs in
const noJenkins = { BRANCH_NAME: undefined, GIT_BRANCH: undefined, GIT_COMMIT: undefined, GIT_URL: undefined };
const copies: AppCopy[] = [];
const copy = () => {
  const c = copySampleApp('cg-build');
  copies.push(c);
  return c;
};

build.before(async () => {
  await requireDocker();
  const base = await runCli(['base-image', '--no-pull', '--app', copy().dir]);
  assert.is(base.code, 0, base.stderr);
});

build.after(async () => {
  for (const c of copies) await c.removeImages();
});

build('builds the sample app from a git checkout: tagged <app>:<sha> and <app>:<branch>, with OCI labels', async () => {
  const app = copy();
  const sha = app.commit('main');
  require('node:child_process').execFileSync('git', ['-C', app.dir, 'remote', 'add', 'origin', 'https://ci:ghp_notreal@git.invalid/o/climbing-grade.git']);
  const r = await runCli(['build', '--app', app.dir, '--json'], noJenkins);
  assert.is(r.code, 0, r.stderr);
  const result = r.json().result;
  assert.is(result.image, `${app.name}:${sha.slice(0, 12)}`);
  assert.match(result.id, /^sha256:[0-9a-f]{64}$/);
  const info = await docker.getImage(result.image).inspect();
  assert.is(info.Id, result.id);
  assert.ok(info.RepoTags.includes(`${app.name}:main`), info.RepoTags.join(', '));
  const labels = info.Config.Labels;
  assert.is(labels['org.opencontainers.image.revision'], sha);
  assert.is(labels['org.opencontainers.image.version'], '1.0.0');
  assert.is(labels['org.opencontainers.image.source'], 'https://git.invalid/o/climbing-grade.git');
  assert.ok(!Number.isNaN(Date.parse(labels['org.opencontainers.image.created'])));
  assert.is(labels['org.opencontainers.image.ref.name'], 'main');
  // the offline base image reached the Dockerfile as NODE_IMAGE
  assert.is(labels['org.opencontainers.image.base.name'], 'slipway/node:20-bookworm-slim');
  assert.match(r.stderr, 'Step ');
});

build('rebuilding an unchanged commit gives the same image id (created is the commit time)', async () => {
  const app = copy();
  const sha = app.commit('main');
  const first = await runCli(['build', '--app', app.dir, '--json'], noJenkins);
  const second = await runCli(['build', '--app', app.dir, '--json'], noJenkins);
  assert.is(second.code, 0, second.stderr);
  assert.is(second.json().result.id, first.json().result.id);
  const created = (await docker.getImage(first.json().result.image).inspect()).Config.Labels['org.opencontainers.image.created'];
  const committed = require('node:child_process').execFileSync('git', ['-C', app.dir, 'show', '-s', '--format=%cI', sha], { encoding: 'utf8' }).trim();
  assert.is(created, committed);
});

build("Jenkins' env names the branch and commit of a detached checkout", async () => {
  const app = copy();
  app.commit('main');
  const r = await runCli(['build', '--app', app.dir, '--json'], { ...noJenkins, BRANCH_NAME: 'staging', GIT_COMMIT: 'abcdefabcdef0123456789abcdef0123456789ab' });
  assert.is(r.code, 0, r.stderr);
  assert.equal(r.json().result.tags, [`${app.name}:abcdefabcdef`, `${app.name}:staging`]);
});

build('outside a git checkout the image is tagged by a content hash, and the log says so', async () => {
  const app = copy();
  const r = await runCli(['build', '--app', app.dir, '--json'], noJenkins);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.json().result.image, new RegExp(`^${app.name}:content-[0-9a-f]{12}$`));
  assert.match(r.stderr, 'is not in a git checkout: tagging by a hash of the build context');
});

build('a failing Dockerfile instruction fails the step (exit 1) with that instruction and its last output lines', async () => {
  const app = copy();
  app.append('Dockerfile', `\nRUN node -e "console.log('checking the grade tables'); process.exit(3)"\n`);
  const r = await runCli(['build', '--app', app.dir]);
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /docker build failed at Step \d+\/\d+ : RUN node -e/);
  assert.match(r.stderr, '| checking the grade tables');
  assert.match(r.stderr, 'returned a non-zero code: 3');
});

build('a Dockerfile the engine cannot parse fails the step and says so', async () => {
  const app = copy();
  app.append('Dockerfile', '\nFORM nowhere\n');
  const r = await runCli(['build', '--app', app.dir]);
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /unknown instruction: FORM/i);
});

build('no Dockerfile is a usage error (exit 2), and --image is checked before anything runs', async () => {
  const app = copy();
  const missing = await runCli(['build', '--app', app.dir, '--dockerfile', 'docker/Dockerfile']);
  assert.is(missing.code, 2);
  assert.match(missing.stderr, '--dockerfile:');
  const bad = await runCli(['build', '--app', app.dir, '--image', 'Bad Name']);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, '--image: "Bad Name" is not an image reference');
});

build('--dry-run prints the Engine API build call and builds nothing', async () => {
  const app = copy();
  const r = await runCli(['build', '--app', app.dir, '--dry-run', '--json']);
  assert.is(r.code, 0, r.stderr);
  const out = r.json();
  const [route, search] = String(out.actions[0].detail.path).split('?');
  const query = new URLSearchParams(search);
  assert.is(route, '/build');
  assert.is(JSON.parse(query.get('buildargs')!).NODE_IMAGE, 'slipway/node:20-bookworm-slim');
  // RUN instructions are the app's code: no network unless app.buildNetwork opts in
  assert.is(query.get('networkmode'), 'none');
  assert.is(out.actions[0].detail.tar.dir, app.dir);
  assert.ok(out.actions[0].detail.tar.files.includes('Dockerfile'));
  const images = await docker.listImages({ filters: { reference: [app.name] } });
  assert.is(images.length, 0);
  const config = JSON.parse(fs.readFileSync(path.join(app.dir, 'slipway.json'), 'utf8'));
  app.write('slipway.json', JSON.stringify({ ...config, app: { ...config.app, buildNetwork: 'host' } }));
  const optedIn = await runCli(['build', '--app', app.dir, '--dry-run', '--json']);
  assert.is(new URLSearchParams(String(optedIn.json().actions[0].detail.path).split('?')[1]).get('networkmode'), 'host');
});

build.run();

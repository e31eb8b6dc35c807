import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { branchFromEnv, withoutCredentials, type Revision } from '../../src/core/git';
import { imageRefs, parseImageRef, tagFromBranch } from '../../src/build/image-tags';
import { buildTranscript, describeBuildFailure } from '../../src/build/build-output';
import { UsageError } from '../../src/core/errors';

const rev = (over: Partial<Revision> = {}): Revision => ({ sha: '1aca077ea4c94688cde888ee821b205937d36967', branch: 'main', fromGit: true, dirty: false, ...over });

const naming = suite('image names');

naming('an image is tagged <app>:<sha> and <app>:<branch>', () => {
  const refs = imageRefs('climbing-grade', rev());
  assert.is(refs.image, 'climbing-grade:1aca077ea4c9');
  assert.equal(refs.tags, ['climbing-grade:1aca077ea4c9', 'climbing-grade:main']);
});

naming('outside git the tag says it is a content hash', () => {
  assert.equal(imageRefs('app', rev({ fromGit: false, branch: undefined, sha: 'f'.repeat(64) })).tags, ['app:content-ffffffffffff']);
});

naming('--image names the image and keeps the sha and branch tags on its repository', () => {
  assert.equal(imageRefs('climbing-grade', rev(), 'registry.local:5000/cg:1.4.0').tags, ['registry.local:5000/cg:1.4.0', 'registry.local:5000/cg:1aca077ea4c9', 'registry.local:5000/cg:main']);
});

naming('a branch becomes a valid Docker tag', () => {
  assert.is(tagFromBranch('feature/Grades+UIAA'), 'feature-Grades-UIAA');
  assert.is(tagFromBranch('-x'), 'x');
  assert.is(tagFromBranch('a'.repeat(200)).length, 128);
});

naming('a bad --image is a usage error naming the flag and the value', () => {
  try {
    parseImageRef('Climbing Grade:latest');
    assert.unreachable();
  } catch (err) {
    assert.instance(err, UsageError);
    assert.match((err as Error).message, '--image: "Climbing Grade:latest" is not an image reference');
  }
});

naming("Jenkins' detached HEAD: BRANCH_NAME, then GIT_BRANCH without its remote", () => {
  assert.is(branchFromEnv({ BRANCH_NAME: 'staging', GIT_BRANCH: 'origin/main' }), 'staging');
  assert.is(branchFromEnv({ GIT_BRANCH: 'origin/main' }), 'main');
  assert.is(branchFromEnv({ GIT_BRANCH: 'refs/remotes/upstream/feature/x' }), 'feature/x');
  assert.is(branchFromEnv({}), undefined);
});

naming('a token in the remote URL never reaches the source label', () => {
  assert.is(withoutCredentials('https://ci:ghp_secret@github.com/o/r.git'), 'https://github.com/o/r.git');
  assert.is(withoutCredentials('git@github.com:o/r.git'), 'git@github.com:o/r.git');
});

const output = suite('build output');

output('a failing RUN names its instruction, the error and its last output lines', () => {
  const t = buildTranscript();
  const shown = [
    ...t.add({ stream: 'Step 1/3 : FROM node\n' }),
    ...t.add({ stream: ' ---> abc\n' }),
    ...t.add({ stream: 'Step 2/3 : RUN npm ci\n' }),
    ...t.add({ stream: ' ---> Running in 1f\n' }),
    ...t.add({ stream: 'npm ERR! code ENOTFOUND\nnpm ERR! network request ' }),
    ...t.add({ stream: 'failed\n' }),
  ];
  t.add({ error: "The command '/bin/sh -c npm ci' returned a non-zero code: 1", errorDetail: { message: "The command '/bin/sh -c npm ci' returned a non-zero code: 1" } });
  assert.equal(shown, ['Step 1/3 : FROM node', 'Step 2/3 : RUN npm ci', '  npm ERR! code ENOTFOUND', '  npm ERR! network request failed']);
  const f = t.failure()!;
  assert.is(f.instruction, 'Step 2/3 : RUN npm ci');
  const text = describeBuildFailure(f);
  assert.match(text, 'docker build failed at Step 2/3 : RUN npm ci');
  assert.match(text, "returned a non-zero code: 1");
  assert.match(text, '| npm ERR! network request failed');
});

output('the image id comes from the aux message or "Successfully built"', () => {
  const t = buildTranscript();
  t.add({ stream: 'Successfully built d51063b9cd4f\n' });
  assert.is(t.imageId(), 'd51063b9cd4f');
  t.add({ aux: { ID: 'sha256:d51063b9cd4f364e' } });
  assert.is(t.imageId(), 'sha256:d51063b9cd4f364e');
  assert.is(t.failure(), undefined);
});

naming.run();
output.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

// The sample app's own Redis tests need a redis-server binary, which its image does not have, so they run
// here on the host (its in-image `npm test` covers the rest).
const app = suite('sample app against a real redis-server');

app('its test-redis suite passes', () => {
  const r = spawnSync('npm', ['run', '-s', 'test:redis'], { cwd: path.resolve(__dirname, '../../examples/climbing-grade'), encoding: 'utf8', timeout: 120_000 });
  assert.is(r.status, 0, `${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /# pass \d+/);
  assert.match(r.stdout, '# fail 0');
});

app.run();

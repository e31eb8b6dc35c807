import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pollUntil } from '../../src/core/deadline';

// A daemon slipway starts (dockerd, redis-server) must not keep what its caller handed down: a Jenkins agent's pipe or
// a caller's lock held open for the daemon's lifetime hangs the build or the lock, and the caller's secrets sit in its env.
const starter = `
const { createPerformer } = require('./src/core/performer');
const { shell } = require('./src/core/actions');
const log = { info() {}, warn() {}, progress() {}, stage: (_n, w) => w() };
const performer = createPerformer({ docker: () => { throw new Error('no docker here'); }, log });
const action = shell('start a daemon', ['sleep', '30'], { background: { log: process.argv[1] } });
performer.perform(action, new Map()).then(() => {});
`;

test('a background daemon gets no inherited descriptor and no secret from the env', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-daemon-'));
  const held = fs.openSync(path.join(dir, 'held-by-caller'), 'w');
  const log = path.join(dir, 'daemon.log');
  const child = spawnSync(process.execPath, ['-r', './test/support/register.cjs', '-e', starter, log], {
    cwd: path.join(__dirname, '../..'),
    env: { ...process.env, DD_API_KEY: 'dd-secret-key-for-daemon-test' },
    stdio: ['ignore', 'pipe', 'pipe', held], // fd 3 in the child, inherited like flock's or a Jenkins agent's
    timeout: 30_000,
  });
  fs.closeSync(held);
  assert.is(child.status, 0, child.stderr?.toString());
  // the starter returns once bash is spawned; bash then closes descriptors and execs sleep
  let pid = '';
  await pollUntil(() => (pid = spawnSync('pgrep', ['-n', '-f', '^sleep 30$']).stdout.toString().trim()) !== '', 5_000, 50);
  assert.ok(pid, 'the daemon runs');
  try {
    const fds = fs.readdirSync(`/proc/${pid}/fd`).map((fd) => fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
    assert.not.ok(fds.some((f) => f.endsWith('held-by-caller')), `the daemon holds ${fds.join(', ')}`);
    const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8');
    assert.not.ok(environ.includes('dd-secret-key-for-daemon-test'), 'the caller\'s secret reached the daemon');
    assert.ok(environ.includes('PATH='), 'the daemon has a PATH');
  } finally {
    process.kill(Number(pid), 'SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();

// The one lock of state-changing commands, with real processes: one holder at a time, a killed holder taken over,
// a holder in another PID namespace respected while it refreshes its lease, and the CLI waiting for it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { acquireLock, stateLockPath } from '../../src/core/lock';
import { tmpDir } from '../support/tmp';
import { cliArgs } from '../support/cli-process';
import { pollUntil } from '../../src/core/deadline';

const lock = suite('state lock');
const ROOT = path.resolve(__dirname, '../..');
const CHILD = path.join(ROOT, 'test/support/lock-child.ts');
const NODE_TS = ['-r', path.join(ROOT, 'test/support/register.cjs')];
const env = { ...process.env };
const children: ChildProcess[] = [];
let dir = '';

/** A process whose output is collected and which the suite kills if a test leaves it running. */
function proc(argv: string[]): ChildProcess & { out: () => string; done: Promise<number | null> } {
  const c = spawn(argv[0], argv.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(c);
  let out = '';
  c.stdout!.on('data', (d) => (out += d));
  c.stderr!.on('data', (d) => (out += d));
  const done = new Promise<number | null>((resolve) => c.on('exit', (code) => resolve(code)));
  return Object.assign(c, { out: () => out, done });
}

const child = (args: string[], prefix: string[] = []) => proc([...prefix, process.execPath, ...NODE_TS, CHILD, ...args]);

/** Each enter is followed by the exit of the same process before anyone else enters. */
function assertNoOverlap(markers: string, expectedTurns: number): void {
  const lines = markers.trim().split('\n');
  assert.is(lines.length, expectedTurns * 2, markers);
  for (let i = 0; i < lines.length; i += 2) {
    const [enter, pid] = lines[i].split(' ');
    assert.is(enter, 'enter', `line ${i + 1}: ${lines[i]}`);
    assert.is(lines[i + 1], `exit ${pid}`, `two holders at once at line ${i + 2}:\n${markers}`);
  }
}

lock.before.each(() => {
  dir = tmpDir('slipway-lock-');
});

lock.after.each(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

lock('six processes taking turns: exactly one holds at a time', async () => {
  const file = path.join(dir, 'app', 'slipway.lock');
  const markers = path.join(dir, 'markers');
  const runs = Array.from({ length: 6 }, () => child(['turns', file, markers, '3']));
  const codes = await Promise.all(runs.map((r) => r.done));
  assert.equal(codes, [0, 0, 0, 0, 0, 0], runs.map((r) => r.out()).join('\n'));
  assertNoOverlap(fs.readFileSync(markers, 'utf8'), 18);
  assert.not.ok(fs.existsSync(file), 'the last holder let go');
});

lock('a killed holder is taken over at once, by one waiter at a time', async () => {
  const file = path.join(dir, 'app', 'slipway.lock');
  const holder = child(['hold', file, '600000']);
  assert.ok(await pollUntil(() => holder.out().includes('held'), 60_000), holder.out());
  holder.kill('SIGKILL');
  await holder.done;
  const markers = path.join(dir, 'markers');
  const runs = Array.from({ length: 4 }, () => child(['turns', file, markers, '2']));
  assert.equal(await Promise.all(runs.map((r) => r.done)), [0, 0, 0, 0], runs.map((r) => r.out()).join('\n'));
  // the lease (10 min) never ran out: the death of the holder was proven
  assertNoOverlap(fs.readFileSync(markers, 'utf8'), 8);
});

lock('an empty or foreign lock file is no dead owner: respected until its lease runs out, then taken over', async () => {
  const file = path.join(dir, 'app', 'slipway.lock');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  const refused = await acquireLock({ path: file, waitMs: 600, leaseMs: 60_000 }).then(() => 'taken', (e: Error) => e.message);
  assert.match(refused, 'still holds');
  const old = new Date(Date.now() - 120_000);
  fs.utimesSync(file, old, old);
  const held = await acquireLock({ path: file, waitMs: 5000, leaseMs: 60_000 });
  assert.is(JSON.parse(fs.readFileSync(file, 'utf8')).pid, process.pid);
  held.release();
});

lock('a holder in another PID namespace is respected while it refreshes, and taken over once it stops', async () => {
  const file = path.join(dir, 'app', 'slipway.lock');
  const leaseMs = 3000;
  const holder = child(['hold', file, String(leaseMs)], ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child=SIGKILL']);
  assert.ok(await pollUntil(() => holder.out().includes('held'), 60_000), holder.out());
  const owner = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.is.not(owner.pidns, fs.readlinkSync('/proc/self/ns/pid'), 'the holder runs in its own PID namespace');
  // three leases long: a refreshed lease is never broken, whatever its pid means here
  const refused = await acquireLock({ path: file, waitMs: 3 * leaseMs, leaseMs }).then(() => 'taken', (e: Error) => e.message);
  assert.match(refused, 'in another PID namespace');
  holder.kill('SIGKILL');
  await holder.done;
  const held = await acquireLock({ path: file, waitMs: 10 * leaseMs, leaseMs });
  assert.is(JSON.parse(fs.readFileSync(file, 'utf8')).pid, process.pid);
  held.release();
});

lock('a state-changing command waits for the lock, a read-only one and a dry run do not', async () => {
  const appDir = path.join(dir, 'app-dir');
  fs.mkdirSync(appDir);
  const stateDir = path.join(dir, 'state');
  fs.writeFileSync(path.join(appDir, 'slipway.json'), JSON.stringify({ app: { name: 'locktest' }, stateDir }));
  const file = stateLockPath(stateDir, 'locktest');
  const holder = child(['hold', file, '600000']);
  assert.ok(await pollUntil(() => holder.out().includes('held'), 60_000), holder.out());
  const bundle = await cliArgs();
  const cli = (...args: string[]) => proc([process.execPath, ...bundle, ...args, '--app', appDir]);
  const dry = await cli('down', '--dry-run').done;
  assert.is(dry, 0, 'a dry run takes no lock');
  const down = cli('down');
  assert.ok(await pollUntil(() => /holds .*slipway\.lock.*waiting/.test(down.out()), 60_000), down.out());
  assert.is(down.exitCode, null, 'down waits while the lock is held');
  holder.kill('SIGKILL');
  assert.is(await down.done, 0, down.out());
  assert.not.ok(fs.existsSync(file), 'down let go of the lock');
});

lock.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../support/cli';
import { tmpDir } from '../support/tmp';
import { parseCliValue } from '../../src/flags/flags';

const command = suite('slipway flags (no Redis needed)');

// a port nothing listens on: every case here must stop before it connects
const env = { REDIS_URL: 'redis://127.0.0.1:1', SLIPWAY_FLAGS_TOKEN: '' };

command('CLI values are JSON when they parse, else plain strings', () => {
  assert.is(parseCliValue('enable', false), 'enable');
  assert.is(parseCliValue('true', false), true);
  assert.is(parseCliValue('true', true), 'true');
  assert.is(parseCliValue('42', false), 42);
  assert.equal(parseCliValue('{"a":[1]}', false), { a: [1] });
  assert.is(parseCliValue('"quoted"', false), 'quoted');
});

command('a bad flag name is bad usage (exit 2) before Redis is contacted', async () => {
  const r = await runCli(['--app', tmpDir(), 'flags', 'set', 'bad name', 'x'], env);
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, 'flag name "bad name" is not valid');
  assert.not.match(r.stderr, 'does not answer');
});

command('serve refuses a non-loopback address without a token', async () => {
  const r = await runCli(['--app', tmpDir(), 'flags', 'serve', '--listen', '0.0.0.0:8000'], env);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'flags.listen: 0.0.0.0:8000 is not a loopback address and SLIPWAY_FLAGS_TOKEN is not set');
});

command('serve --dry-run prints what it would serve and starts nothing', async () => {
  const r = await runCli(['--app', tmpDir(), 'flags', 'serve', '--listen', '127.0.0.1:8123', '--dry-run'], env);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, '[process] serve the toggle server on 127.0.0.1:8123');
  assert.match(r.stdout, 'loopback only');
});

command('a malformed listen address names the field', async () => {
  const r = await runCli(['--app', tmpDir(), 'flags', 'serve', '--listen', 'nowhere'], env);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'flags.listen');
});

command('audit --limit out of range is bad usage', async () => {
  const r = await runCli(['--app', tmpDir(), 'flags', 'audit', '--limit', '0'], env);
  assert.is(r.code, 2);
  assert.match(r.stderr, '--limit: expected a whole number from 1 to 1000, got 0');
});

command('Redis not answering is a failed step (exit 1) that says what to do', async () => {
  const r = await runCli(['--app', tmpDir(), 'flags', 'list'], env);
  assert.is(r.code, 1);
  assert.match(r.stderr, 'Redis at 127.0.0.1:1 does not answer');
  assert.match(r.stderr, 'slipway provision');
});

command('the Redis password never appears in messages', async () => {
  const r = await runCli(['--app', tmpDir(), 'flags', 'list'], { REDIS_URL: 'redis://:hunter22secret@127.0.0.1:1' });
  assert.is(r.code, 1);
  assert.not.match(r.stderr, 'hunter22secret');
});

command('flags without a subcommand lists the subcommands', async () => {
  const r = await runCli(['--app', tmpDir(), 'flags'], env);
  assert.is(r.code, 2);
  for (const s of ['serve', 'up', 'list', 'get', 'set', 'toggle', 'audit']) assert.match(r.stderr, s);
});

command.run();

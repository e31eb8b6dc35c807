import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { tmpDir } from '../support/tmp';

const cli = suite('slipway command');

const COMMANDS = ['provision', 'base-image', 'build', 'test', 'analyse', 'deploy', 'rollback', 'proxy', 'canary', 'flags', 'monitors', 'autoscaler', 'pipeline', 'status', 'down'];

cli('--help lists all fifteen commands and the global options', async () => {
  const r = await runCli(['--help']);
  assert.is(r.code, 0);
  for (const c of COMMANDS) assert.match(r.stdout, new RegExp(`slipway ${c}\\b`), `missing ${c}`);
  for (const o of ['--app', '--config', '--dry-run', '--json']) assert.match(r.stdout, o);
});

cli('every command has its own --help', async () => {
  for (const c of COMMANDS) {
    const r = await runCli([c, '--help']);
    assert.is(r.code, 0, `${c} --help exited ${r.code}: ${r.stderr}`);
    assert.match(r.stdout, `slipway ${c}`);
  }
});

cli('an unknown command or option is bad usage: exit 2', async () => {
  const r = await runCli(['deploi']);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'deploi');
  const o = await runCli(['provision', '--frobnicate']);
  assert.is(o.code, 2);
  assert.match(o.stderr, 'frobnicate');
});

cli('pipeline stages gives, for a pushed branch, the stages slipwayPipeline runs, in pipeline order', async () => {
  const r = await runCli(['pipeline', 'stages', '--app', path.resolve(__dirname, '../../examples/climbing-grade'), '--branch', 'staging', '--skip-provision', '--json']);
  assert.is(r.code, 0, r.stderr);
  const plan = r.json().result;
  assert.equal(plan.roles, ['canary']);
  assert.equal(plan.stages.map((s: { command: string[] }) => s.command.join(' ')), ['base-image', 'build', 'test', 'analyse', 'deploy', 'proxy up', 'flags up', 'autoscaler up']);
  const missing = await runCli(['pipeline', 'stages']);
  assert.is(missing.code, 2);
  assert.match(missing.stderr, 'branch');
});

cli('no command is bad usage', async () => {
  const r = await runCli([]);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'name a command');
});

cli('a bad config fails every command with exit 2 before anything runs', async () => {
  const dir = tmpDir();
  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(bad, JSON.stringify({ proxy: 'fast' }));
  const r = await runCli(['pipeline', '--dry-run', '--config', bad, '--app', dir]);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'proxy (from bad.json): expected an object, got "fast"');
  assert.is(r.stdout, '');
});

cli('the Jenkins form: command and options as JSON in an env var, outcome in a result file', async () => {
  const dir = tmpDir();
  const result = path.join(dir, 'result.json');
  const params = JSON.stringify({ command: ['provision'], options: { app: dir, dryRun: true, json: true } });
  const r = await runCli(['--params-from-env', 'SLIPWAY_PARAMS', '--result-file', result], { SLIPWAY_PARAMS: params });
  assert.is(r.code, 0, r.stderr);
  const written = JSON.parse(fs.readFileSync(result, 'utf8'));
  assert.is(written.ok, true);
  assert.is(written.command, 'provision');
  assert.is(written.dryRun, true);
});

cli('a failure reaches the result file with its exit code and message', async () => {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'slipway.json'), '{"autoscaler": {"stepMb": -1}}');
  const result = path.join(dir, 'result.json');
  const r = await runCli(['provision', '--app', dir, '--result-file', result]);
  assert.is(r.code, 2);
  const written = JSON.parse(fs.readFileSync(result, 'utf8'));
  assert.equal([written.ok, written.exitCode], [false, 2]);
  assert.match(written.error, 'autoscaler.stepMb');
});

cli('secrets from env never reach the output', async () => {
  const dir = tmpDir();
  const r = await runCli(['provision', '--dry-run', '--json', '--app', dir], { REDIS_URL: 'redis://:hunter2-secret@127.0.0.1:1', SLIPWAY_ADMIN_TOKEN: 'admintoken-xyz' });
  assert.is(r.code, 0, r.stderr);
  assert.not.match(r.stdout + r.stderr, 'hunter2-secret');
  assert.not.match(r.stdout + r.stderr, 'admintoken-xyz');
});

cli.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { argvFromParams, positionalPlaceholder, resolvePositional } from '../../src/core/params';
import { UsageError } from '../../src/core/errors';
import { PassThrough } from 'node:stream';
import yargs from 'yargs/yargs';
import { toYargs, type Args, type Io, type SlipwayCommand } from '../../src/core/command';
import { tmpDir } from '../support/tmp';

const params = suite('Jenkins params');

params('turns the JSON into words and flags', () => {
  const env = { P: JSON.stringify({ command: ['canary', 'status'], options: { app: '.', dryRun: true, json: false, weights: 'production=3,canary=1', tag: ['a', 'b'] } }) };
  assert.equal(argvFromParams(['--params-from-env', 'P', '--result-file', 'r.json'], env).argv, ['canary', 'status', '--app', '.', '--dry-run', '--weights', 'production=3,canary=1', '--tag', 'a', '--tag', 'b', '--result-file', 'r.json']);
});

params('positional arguments stay whole: yargs sees a placeholder, the command gets the value', () => {
  const env = { P: JSON.stringify({ command: ['flags', 'set'], args: ['myflag', 'a --b=c'], options: {} }) };
  const { argv, positionals } = argvFromParams(['--params-from-env', 'P'], env);
  assert.equal(argv, ['flags', 'set', positionalPlaceholder(0), positionalPlaceholder(1)]);
  assert.ok(argv.every((w) => !w.startsWith('-')));
  assert.is(resolvePositional(argv[3], positionals), 'a --b=c');
  assert.is(resolvePositional('enable', positionals), 'enable');
});

params('a value that looks like an option reaches the command as that value, under strict yargs', async () => {
  let seen: Args | undefined;
  const echo: SlipwayCommand = {
    command: 'echo', describe: 'test command', changesState: false,
    positionals: [{ name: 'name', describe: 'a name' }, { name: 'value', describe: 'a value' }],
    options: [{ name: 'string', type: 'boolean', describe: 'a flag' }],
    run: async (_ctx, a) => (seen = a),
  };
  const { argv, positionals } = argvFromParams(['--params-from-env', 'P'], { P: JSON.stringify({ command: ['echo'], args: ['-n', '--string=x -y'], options: { app: tmpDir() } }) });
  const io: Io = { out: new PassThrough(), err: new PassThrough(), env: {}, positionals, onOutcome: () => undefined };
  await yargs(argv).option('app', { type: 'string' }).strict().command(toYargs(echo, io)).exitProcess(false).parseAsync();
  assert.is(seen?.name, '-n');
  assert.is(seen?.value, '--string=x -y');
  assert.is(seen?.string, undefined);
});

params('leaves a plain command line alone', () => {
  assert.equal(argvFromParams(['status', '--json'], {}), { argv: ['status', '--json'], positionals: [] });
});

params('a missing or broken env var is bad usage', () => {
  assert.throws(() => argvFromParams(['--params-from-env', 'P'], {}), (e: unknown) => e instanceof UsageError && /P is not set/.test(e.message));
  assert.throws(() => argvFromParams(['--params-from-env', 'P'], { P: '{nope' }), (e: unknown) => e instanceof UsageError && /expected JSON/.test(e.message));
  assert.throws(() => argvFromParams(['--params-from-env', 'P'], { P: '{"command": 3}' }), (e: unknown) => e instanceof UsageError && /command/.test(e.message));
  assert.throws(() => argvFromParams(['--params-from-env', 'P'], { P: '{"command": ["flags","get"], "args": "myflag"}' }), (e: unknown) => e instanceof UsageError && /args: expected a list/.test(e.message));
});

params.run();

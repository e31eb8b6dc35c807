import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { argvFromParams } from '../../src/core/params';
import { UsageError } from '../../src/core/errors';

const params = suite('Jenkins params');

params('turns the JSON into words and flags', () => {
  const env = { P: JSON.stringify({ command: ['canary', 'weights'], options: { app: '.', dryRun: true, json: false, weights: 'production=3,canary=1', tag: ['a', 'b'] } }) };
  assert.equal(argvFromParams(['--params-from-env', 'P', '--result-file', 'r.json'], env), ['canary', 'weights', '--app', '.', '--dry-run', '--weights', 'production=3,canary=1', '--tag', 'a', '--tag', 'b', '--result-file', 'r.json']);
});

params('leaves a plain command line alone', () => {
  assert.equal(argvFromParams(['status', '--json'], {}), ['status', '--json']);
});

params('a missing or broken env var is bad usage', () => {
  assert.throws(() => argvFromParams(['--params-from-env', 'P'], {}), (e: unknown) => e instanceof UsageError && /P is not set/.test(e.message));
  assert.throws(() => argvFromParams(['--params-from-env', 'P'], { P: '{nope' }), (e: unknown) => e instanceof UsageError && /expected JSON/.test(e.message));
  assert.throws(() => argvFromParams(['--params-from-env', 'P'], { P: '{"command": 3}' }), (e: unknown) => e instanceof UsageError && /command/.test(e.message));
});

params.run();

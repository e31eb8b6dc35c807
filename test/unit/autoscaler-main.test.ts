import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseRunArgs } from '../../src/autoscaler/main';
import { usageErrorOf } from '../support/errors';

const main = suite("the autoscaler's own bundle");

main('takes `autoscaler run` with the options slipway takes for it, in each form', () => {
  const args = parseRunArgs(['autoscaler', 'run', '--no-local-alerting', '--config', '/state/app/autoscaler.config.json', '--max-mb=900', '--scale-down', '--tick-ms', '100']);
  assert.ok(args !== 'help');
  assert.equal(args._, ['autoscaler', 'run']);
  assert.is(args.localAlerting, false);
  assert.is(args.config, '/state/app/autoscaler.config.json');
  assert.is(args.maxMb, 900);
  assert.is(args.scaleDown, true);
  assert.is(args.tickMs, 100);
  assert.is(args.app, '.', 'the default of --app, as slipway has it');
});

main('refuses another command, an unknown option and a number that is not one, as usage errors', () => {
  assert.match(usageErrorOf(() => parseRunArgs(['deploy', '--app', '.'])).message, /runs `autoscaler run` only, got `deploy`/);
  assert.match(usageErrorOf(() => parseRunArgs(['autoscaler', 'run', '--image', 'x'])).message, /unknown option --image/);
  assert.match(usageErrorOf(() => parseRunArgs(['autoscaler', 'run', '--max-mb', 'lots'])).message, /--max-mb: expected a number, got "lots"/);
  assert.match(usageErrorOf(() => parseRunArgs(['autoscaler', 'run', '--json=maybe'])).message, /--json: expected true or false/);
});

main('the committed bundle holds none of yargs, dockerode (with ssh2, grpc, protobufjs) or zx', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../resources/slipway/autoscaler.cjs'), 'utf8');
  for (const pkg of ['yargs', 'dockerode', 'docker-modem', 'ssh2', '@grpc', 'protobufjs', 'zx']) {
    assert.not.ok(new RegExp(`node_modules/${pkg}/`).test(text), `${pkg} is in resources/slipway/autoscaler.cjs`);
  }
});

main.run();

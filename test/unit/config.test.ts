import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig, envNameOf } from '../../src/core/config';
import { tmpDir } from '../support/tmp';
import { usageErrorOf } from '../support/errors';

const config = suite('config');

function appWith(file?: unknown, pkgName = 'demo-app'): string {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: pkgName }));
  if (file !== undefined) fs.writeFileSync(path.join(dir, 'slipway.json'), typeof file === 'string' ? file : JSON.stringify(file));
  return dir;
}

config('no file gives the seed defaults', () => {
  const { config: c } = loadConfig({ appDir: appWith(), env: {} });
  assert.equal(c.proxy.weights, { production: 2, canary: 1 });
  assert.is(c.deploy.production.branch, 'main');
  assert.is(c.deploy.canary.branch, 'staging');
  assert.is(c.monitors.cpuPercent, 60);
  assert.is(c.monitors.memoryMb, 500);
  assert.is(c.monitors.renotifyMinutes, 15);
  assert.is(c.autoscaler.intervalSec, 5);
  assert.is(c.autoscaler.thresholdPercent, 50);
  assert.is(c.autoscaler.stepMb, 100);
  assert.equal(c.flags.defaults, { myflag: 'disable' });
  assert.is(c.flags.listen, '127.0.0.1:8000');
  assert.is(c.app.name, 'demo-app');
  assert.is(c.flags.namespace, 'demo-app');
  assert.is(c.images.repository, 'demo-app');
});

config('a section of the wrong type names the field, the value and what was expected', () => {
  const err = usageErrorOf(() => loadConfig({ appDir: appWith({ proxy: 'fast' }), env: {} }));
  assert.match(err.message, 'proxy (from slipway.json): expected an object, got "fast"');
  assert.is(err.exitCode, 2);
});

config('every problem is reported at once', () => {
  const err = usageErrorOf(() => loadConfig({ appDir: appWith({ autoscaler: { intervalSec: 0, stepMb: 'big' }, monitors: { evaluationWindow: 'forever' } }), env: {} }));
  assert.match(err.message, 'autoscaler.intervalSec (from slipway.json): expected a number > 0, got 0');
  assert.match(err.message, 'autoscaler.stepMb (from slipway.json): expected a whole number, got "big"');
  assert.match(err.message, 'monitors.evaluationWindow (from slipway.json): expected one of "last_1m"');
});

config('an unknown field lists the known ones', () => {
  const err = usageErrorOf(() => loadConfig({ appDir: appWith({ proxy: { listn: '127.0.0.1:1' } }), env: {} }));
  assert.match(err.message, 'proxy.listn (from slipway.json): unknown field; expected one of listen, admin');
});

config('a secret in the file is refused with where secrets go', () => {
  const err = usageErrorOf(() => loadConfig({ appDir: appWith({ monitors: { apiKey: 'abc' } }), env: {} }));
  assert.match(err.message, 'monitors.apiKey');
  assert.match(err.message, 'DD_API_KEY');
});

config('flag beats env beats file beats default', () => {
  const dir = appWith({ proxy: { listen: '127.0.0.1:7000', admin: '127.0.0.1:7001' }, autoscaler: { stepMb: 50 } });
  const env = { SLIPWAY_PROXY_LISTEN: '127.0.0.1:7100', SLIPWAY_AUTOSCALER_INTERVAL_SEC: '2' };
  const { config: c } = loadConfig({ appDir: dir, env, flags: { 'proxy.listen': '127.0.0.1:7200' } });
  assert.is(c.proxy.listen, '127.0.0.1:7200');
  assert.is(c.autoscaler.intervalSec, 2);
  assert.is(c.autoscaler.stepMb, 50);
  assert.is(c.proxy.admin, '127.0.0.1:7001');
  assert.is(c.autoscaler.thresholdPercent, 50);
});

config('a bad env value names the variable', () => {
  const err = usageErrorOf(() => loadConfig({ appDir: appWith(), env: { SLIPWAY_AUTOSCALER_STEP_MB: 'lots' } }));
  assert.match(err.message, 'SLIPWAY_AUTOSCALER_STEP_MB: expected a number, got "lots"');
});

config('env names follow the schema paths', () => {
  assert.is(envNameOf(['proxy', 'stickyCookie']), 'SLIPWAY_PROXY_STICKY_COOKIE');
  assert.is(envNameOf(['deploy', 'production', 'port']), 'SLIPWAY_DEPLOY_PRODUCTION_PORT');
});

config('invalid JSON and a missing --config file are usage errors', () => {
  assert.match(usageErrorOf(() => loadConfig({ appDir: appWith('{ nope'), env: {} })).message, 'not valid JSON');
  assert.match(usageErrorOf(() => loadConfig({ appDir: appWith(), configFile: 'missing.json', env: {} })).message, 'does not exist');
});

config('two listeners on one port are refused', () => {
  const err = usageErrorOf(() => loadConfig({ appDir: appWith({ flags: { listen: '127.0.0.1:8080' } }), env: {} }));
  assert.match(err.message, 'flags.listen: port 8080 is already used by proxy.listen');
});

config.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig } from '../../src/core/config';
import { onReload, readServiceConfigText, serviceConfigPath, serviceConfigText, writeServiceConfig } from '../../src/core/service-config';
import { pollUntil } from '../../src/core/deadline';

const test = suite('service config file and reload');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-svc-config-'));

test('the file is written whole with mode 0600 whatever the umask, and loads back as the same config', () => {
  const dir = tmp();
  const old = process.umask(0o000);
  try {
    const { config } = loadConfig({ appDir: dir, env: {} });
    const file = serviceConfigPath(path.join(dir, 'state'), config.app.name, 'proxy');
    writeServiceConfig(file, serviceConfigText(config));
    writeServiceConfig(file, serviceConfigText(config)); // a rewrite keeps the mode too
    assert.is(fs.statSync(file).mode & 0o777, 0o600);
    assert.equal(fs.readdirSync(path.dirname(file)), [path.basename(file)], 'no temp file left');
    assert.equal(loadConfig({ appDir: dir, configFile: file, env: {} }).config, config);
    assert.is(readServiceConfigText(path.join(dir, 'absent.json')), undefined);
  } finally {
    process.umask(old);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('onReload runs the handler on SIGHUP, survives a failing reload, and stops on dispose', async () => {
  const seen: string[] = [];
  let fail = true;
  const dispose = onReload(() => {
    seen.push('reload');
    if (fail) throw new Error('bad file');
  }, (m) => seen.push(m));
  try {
    process.kill(process.pid, 'SIGHUP');
    assert.ok(await pollUntil(() => seen.length === 2, 2000, 5));
    assert.match(seen[1], 'reload failed, keeping the running configuration: bad file');
    fail = false;
    process.kill(process.pid, 'SIGHUP');
    assert.ok(await pollUntil(() => seen.length === 3, 2000, 5));
  } finally {
    dispose();
  }
  assert.is(process.listenerCount('SIGHUP'), 0);
});

test.run();

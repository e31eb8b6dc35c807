import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { tmpDir } from '../support/tmp';
import { parseTarget } from '../../src/proxy/address';
import { parseHostPort, isLoopbackHost } from '../../src/core/listen-address';
import { UsageError } from '../../src/core/errors';

const cli = suite('proxy cli');

function app(): string {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'demo' }));
  return dir;
}

const env = { SLIPWAY_ADMIN_TOKEN: '', SLIPWAY_STATE_DIR: path.join(tmpDir(), 'state') };

cli('addresses and targets are parsed once, with the field named on error', () => {
  assert.equal(parseHostPort('127.0.0.1:8080', 'proxy.listen'), { host: '127.0.0.1', port: 8080 });
  assert.equal(parseHostPort('[::1]:9', 'x'), { host: '::1', port: 9 });
  assert.throws(() => parseHostPort('127.0.0.1:99999', 'proxy.admin'), (e: Error) => e instanceof UsageError && /proxy\.admin: expected HOST:PORT/.test(e.message));
  assert.is(parseTarget('http://127.0.0.1:3001/', 'production').origin, 'http://127.0.0.1:3001');
  assert.throws(() => parseTarget('https://127.0.0.1:3001', 'canary'), /only http:\/\/ backends/);
  assert.throws(() => parseTarget('http://127.0.0.1:3001/api', 'canary'), /only scheme, host and port/);
  assert.ok(isLoopbackHost('127.0.0.1') && isLoopbackHost('::1') && isLoopbackHost('localhost'));
  assert.not.ok(isLoopbackHost('0.0.0.0') || isLoopbackHost('198.51.100.7'));
});

cli('proxy run --dry-run prints what it would run and starts nothing', async () => {
  const r = await runCli(['--app', app(), '--dry-run', 'proxy', 'run', '--listen', '127.0.0.1:18080', '--admin', '127.0.0.1:18081', '--production', 'http://127.0.0.1:3001', '--canary', 'none', '--weights', 'production=3,canary=1'], env);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, 'run the canary proxy on 127.0.0.1:18080 (admin 127.0.0.1:18081)');
  assert.match(r.stdout, '"weights": "production=3,canary=1"');
  assert.match(r.stdout, '"canary": null');
});

cli('a bad --weights is a usage error naming the flag', async () => {
  const r = await runCli(['--app', app(), 'proxy', 'run', '--weights', 'production=2;canary=1'], env);
  assert.is(r.code, 2);
  assert.match(r.stderr, '--weights');
  assert.match(r.stderr, 'production=2,canary=1');
});

cli('an admin API on a public address without a token refuses to start and says why', async () => {
  const r = await runCli(['--app', app(), 'proxy', 'run', '--admin', '0.0.0.0:18081'], env);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'not a loopback address and SLIPWAY_ADMIN_TOKEN is not set');
  assert.match(r.stderr, 'set SLIPWAY_ADMIN_TOKEN');
});

cli('a target that is not an http origin is refused before anything starts', async () => {
  const r = await runCli(['--app', app(), 'proxy', 'run', '--production', 'ftp://127.0.0.1:1'], env);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'proxy.production');
});

cli('canary weights checks its split before calling the proxy', async () => {
  const r = await runCli(['--app', app(), 'canary', 'weights', 'production=0,canary=0'], env);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'both weights are 0');
});

cli('canary abort --dry-run shows the request with the token masked', async () => {
  const r = await runCli(['--app', app(), '--dry-run', 'canary', 'abort', '--reason', 'bad deploy', '--admin', '127.0.0.1:18081'], { ...env, SLIPWAY_ADMIN_TOKEN: 'tok-secret-1234567' });
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, 'POST');
  assert.match(r.stdout, 'http://127.0.0.1:18081/canary/abort');
  assert.match(r.stdout, '"reason": "bad deploy"');
  assert.not.match(r.stdout + r.stderr, 'tok-secret-1234567');
});

cli.run();

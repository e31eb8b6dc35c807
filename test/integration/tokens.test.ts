// A token too short to resist guessing stops a command before it does anything (exit 2), against a real proxy.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loudly } from '../support/hooks';
import { startBackend, type TestBackend } from '../support/backends';
import { admin, startTestProxy, type TestProxy } from '../support/proxy-harness';
import { runCli } from '../support/cli';
import { tmpDir } from '../support/tmp';

const tokens = suite('tokens: length and least privilege, through the CLI');
let production: TestBackend;
let canary: TestBackend;
let p: TestProxy;

tokens.before(loudly(async () => {
  production = await startBackend('production');
  canary = await startBackend('canary');
  // no admin token on the proxy: a loopback client may change it, so only the CLI's own check can stop the call
  p = await startTestProxy({ production: production.url, canary: canary.url });
}));

tokens.after(async () => {
  await p.stop();
  await Promise.all([production.kill(), canary.kill()]);
});

const abort = (env: Record<string, string>) => runCli(['canary', 'abort', '--app', tmpDir(), '--admin', `127.0.0.1:${p.admin.port}`, '--reason', 'token test'], env);

tokens('a short SLIPWAY_ADMIN_TOKEN is exit 2 with the reason, and the proxy is not called', async () => {
  const r = await abort({ SLIPWAY_ADMIN_TOKEN: 'short-token' });
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, 'SLIPWAY_ADMIN_TOKEN is 11 characters long; a token needs at least 16');
  assert.not.match(r.stderr + r.stdout, 'short-token');
  assert.is((await admin(p, 'GET', '/status')).json.canary.state, 'admitted', 'nothing changed');
});

tokens('a token of 16 characters or more goes through', async () => {
  const r = await abort({ SLIPWAY_ADMIN_TOKEN: 'a-token-of-16-ch' });
  assert.is(r.code, 0, r.stderr);
  assert.is((await admin(p, 'GET', '/status')).json.canary.state, 'ejected');
  await admin(p, 'POST', '/canary/resume', {});
});

tokens('`proxy run` with the webhook token equal to the admin token is exit 2, even before a dry run prints its plan', async () => {
  const same = 'one-token-for-both-0123';
  const r = await runCli(['proxy', 'run', '--app', tmpDir(), '--dry-run'], { SLIPWAY_ADMIN_TOKEN: same, SLIPWAY_WEBHOOK_TOKEN: same });
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, 'SLIPWAY_WEBHOOK_TOKEN equals SLIPWAY_ADMIN_TOKEN');
  assert.is(r.stdout, '');
});

tokens.run();

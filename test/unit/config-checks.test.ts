import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../../src/core/config';
import { leafFields } from '../../src/core/config-schema';
import { UsageError } from '../../src/core/errors';
import { runCli } from '../support/cli';
import { tmpDir } from '../support/tmp';

const checks = suite('config checks');

function appWith(file: unknown): string {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'demo-app' }));
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify(file));
  return dir;
}

function refusal(file: unknown, env: Record<string, string> = {}): string {
  try {
    loadConfig({ appDir: appWith(file), env });
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    assert.is(err.exitCode, 2);
    return err.message;
  }
  throw new Error(`expected ${JSON.stringify(file)} to be refused`);
}

checks('a newline in redis.bind is refused, named, and shown escaped', () => {
  const msg = refusal({ redis: { bind: '127.0.0.1\nprotected-mode no' } });
  assert.match(msg, 'redis.bind (from slipway.json): expected no control characters');
  assert.match(msg, '"127.0.0.1\\nprotected-mode no"');
  assert.match(msg, '(one at character 10)');
  assert.not.match(msg, '\nprotected-mode');
  const long = refusal({ app: { testCommand: `${'x'.repeat(80)}\u0007` } });
  assert.match(long, 'app.testCommand (from slipway.json): expected no control characters');
  assert.match(long, '(one at character 81)');
});

checks('a host name is no bind address: deploy.bindAddress and redis.bind need IP literals', () => {
  assert.match(refusal({ deploy: { bindAddress: 'example.com' } }), 'deploy.bindAddress (from slipway.json): expected an IP address (e.g. 127.0.0.1 or ::1), not a host name, got "example.com"');
  assert.match(refusal({ redis: { bind: 'localhost' } }), 'redis.bind (from slipway.json): expected an IP address');
  const ok = loadConfig({ appDir: appWith({ deploy: { bindAddress: '::1' }, redis: { bind: '127.0.0.2' } }), env: {} }).config;
  assert.is(ok.deploy.bindAddress, '::1');
});

checks('listen fields take an IP literal and a port', () => {
  assert.match(refusal({ proxy: { listen: 'evil.example:8080' } }), 'proxy.listen (from slipway.json): expected IP:PORT');
  assert.match(refusal({}, { SLIPWAY_FLAGS_LISTEN: '127.0.0.1:99999' }), 'flags.listen (from SLIPWAY_FLAGS_LISTEN): expected IP:PORT');
  assert.is(loadConfig({ appDir: appWith({ proxy: { listen: '[::1]:7080' } }), env: {} }).config.proxy.listen, '[::1]:7080');
});

checks('CR/LF in the SMTP sender is refused, as is any sender that is not an e-mail address', () => {
  assert.match(refusal({ monitors: { local: { from: 'a@x\r\nBcc: all@victim.example' } } }), 'monitors.local.from (from slipway.json): expected no control characters (CR, LF, tab, NUL...), got "a@x\\r\\nBcc: all@victim.example"');
  assert.match(refusal({ monitors: { local: { from: 'nobody' } } }), 'monitors.local.from (from slipway.json): expected an e-mail address');
  assert.match(refusal({ monitors: { emails: ['ops@example.com', 'a b@example.com'] } }), 'monitors.emails.1 (from slipway.json): expected an e-mail address');
});

checks('the SMTP host is a host name or an IP literal; webhook URLs are https with a host (http to loopback only)', () => {
  assert.match(refusal({ monitors: { local: { smtp: 'mail_relay!:25' } } }), 'monitors.local.smtp (from slipway.json): expected HOST:PORT of an SMTP server');
  assert.match(refusal({ monitors: { local: { webhookUrl: 'file:///etc/passwd' } } }), 'monitors.local.webhookUrl (from slipway.json): expected an https:// URL');
  assert.match(refusal({ monitors: { webhookUrl: 'http://proxy.example.com/alerts/datadog' } }), 'monitors.webhookUrl (from slipway.json): expected an https:// URL (http:// only to a loopback address');
  assert.match(refusal({ monitors: { local: { webhookUrl: 'http://alerts.example:8081/alerts/datadog' } } }), 'monitors.local.webhookUrl (from slipway.json): expected an https:// URL');
  for (const url of ['https://proxy.example.com/alerts/datadog', 'http://127.0.0.1:8081/alerts/datadog', 'http://[::1]:8081/alerts/datadog', 'http://localhost:8081/alerts/datadog']) {
    assert.is(loadConfig({ appDir: appWith({ monitors: { webhookUrl: url } }), env: {} }).config.monitors.webhookUrl, url);
  }
  assert.match(refusal({ proxy: { production: 'http://a b:80' } }), 'proxy.production (from slipway.json): expected http://HOST:PORT');
  const ok = loadConfig({ appDir: appWith({ monitors: { local: { smtp: 'smtp.example.com:587', webhookUrl: 'https://hooks.example.com/x' } }, proxy: { canary: 'none' } }), env: {} }).config;
  assert.is(ok.monitors.local.smtp, 'smtp.example.com:587');
});

checks('an unknown dockerd argument is refused, naming it and the allowed flags', () => {
  const msg = refusal({ provision: { dockerdArgs: ['--iptables=false', '--host=tcp://0.0.0.0:2375'] } });
  assert.match(msg, 'provision.dockerdArgs.1 (from slipway.json): expected one of the dockerd flags slipway allows: --bridge=none');
  assert.match(msg, '--storage-driver=');
  assert.match(msg, 'got "--host=tcp://0.0.0.0:2375"');
  assert.not.match(msg, 'dockerdArgs.0');
  assert.match(refusal({ provision: { dockerdArgs: ['--data-root=/var/lib/../../etc'] } }), 'provision.dockerdArgs.0');
  const ok = loadConfig({ appDir: appWith({ provision: { dockerdArgs: ['--bridge=none', '--iptables=false', '--ip6tables=false', '--live-restore', '--log-level=warn', '--data-root=/srv/docker', '--storage-driver=vfs'] } }), env: {} });
  assert.is(ok.config.provision.dockerdArgs.length, 7);
});

checks('every port is distinct: a clash names both fields and the port', () => {
  assert.match(refusal({ deploy: { production: { port: 6380 } }, redis: { port: 6380 } }), 'deploy.production.port: port 6380 is already used by redis.port');
  assert.match(refusal({ deploy: { canary: { port: 8081 } } }), 'deploy.canary.port: port 8081 is already used by proxy.admin');
  assert.match(refusal({ deploy: { production: { port: 3001 }, canary: { port: 3101 } } }), 'port 3101 is already used by deploy.production.port + deploy.standbyPortOffset');
  assert.match(refusal({ autoscaler: { metricsListen: '127.0.0.1:6379' } }), 'redis.port: port 6379 is already used by autoscaler.metricsListen');
});

checks('images.base must be a Docker reference', () => {
  assert.match(refusal({ images: { base: 'node:20 --build-arg X=1' } }), 'images.base (from slipway.json): expected a Docker image reference');
  assert.match(refusal({ images: { base: 'Node:20' } }), 'images.base');
  for (const base of ['node:20-bookworm-slim', 'registry.example.com:5000/team/node:20', `node@sha256:${'a'.repeat(64)}`]) {
    assert.is(loadConfig({ appDir: appWith({ images: { base } }), env: {} }).config.images.base, base);
  }
});

checks('names, branches, paths and env names are safe identifiers', () => {
  assert.match(refusal({ app: { name: '../x' } }), 'app.name');
  assert.match(refusal({ flags: { namespace: 'a b' } }), 'flags.namespace');
  assert.match(refusal({ deploy: { production: { branch: '--upload-pack=x' } } }), 'deploy.production.branch (from slipway.json): expected a git branch name');
  assert.match(refusal({ app: { healthPath: '/health x' } }), 'app.healthPath');
  assert.match(refusal({ app: { env: { 'A=B': '1' } } }), 'app.env (from slipway.json): expected names matching');
  assert.match(refusal({ app: { env: { NODE_ENV: 'x\u0085y' } } }), '"x\\u0085y"');
});

checks('every string field of the schema says what it may hold, but for the few that are free text', () => {
  // free text by design: a shell command run in the app's image, and host paths (control characters are refused in all)
  const freeText = ['stateDir', 'app.testCommand', 'flags.backupFile'];
  const unchecked = leafFields()
    .flatMap(({ path: at, schema }) => (schema.type === 'array' && schema.items ? [{ at: `${at.join('.')}[]`, schema: schema.items }] : [{ at: at.join('.'), schema }]))
    .filter(({ at, schema }) => schema.type === 'string' && !schema.format && !schema.pattern && !schema.enum && !freeText.includes(at))
    .map(({ at }) => at);
  assert.equal(unchecked, []);
});

checks('the defaults pass every check', () => {
  const { config } = loadConfig({ appDir: appWith({}), env: {} });
  assert.is(config.redis.bind, '127.0.0.1');
  assert.is(config.monitors.local.from, 'slipway@localhost');
});

checks('provision and deploy --dry-run with a bad config exit 2 and print no action', async () => {
  const dir = appWith({ redis: { bind: '0.0.0.0\nrename-command CONFIG ""' }, provision: { dockerdArgs: ['-H=tcp://0.0.0.0:2375'] } });
  for (const command of ['provision', 'deploy']) {
    const r = await runCli([command, '--dry-run', '--app', dir, ...(command === 'deploy' ? ['--role', 'canary', '--image', 'demo-app:1'] : [])]);
    assert.is(r.code, 2, r.stderr);
    assert.match(r.stderr, 'redis.bind (from slipway.json): expected no control characters');
    assert.match(r.stderr, 'provision.dockerdArgs.0 (from slipway.json): expected one of the dockerd flags');
    assert.is(r.stdout, '');
  }
});

checks.run();

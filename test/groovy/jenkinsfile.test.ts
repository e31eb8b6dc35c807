// Jenkinsfile.example end to end: the Groovy harness runs it with the real vars, the real bundle and a real sh for
// a push to main and then to staging; afterwards production, canary, proxy, toggle server and autoscaler run, the
// proxy splits 2:1, the app containers carry the Redis URL credential, and no credential is in the build log.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundlePath } from '../../src/build/runtime-image';
import { runCli } from '../support/cli';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { ensureBaseImage } from '../support/images';
import { freePort, freePortPairs } from '../support/ports';
import { startRedis, type TestRedis } from '../support/redis';
import { startDatadogStandin, type DatadogStandin } from '../support/datadog-standin';
import { tmpDir } from '../support/tmp';
import { loudly } from '../support/hooks';
import { GROOVY_MISSING, groovyVersion, runGroovyTests } from '../support/groovy';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { makeDemoRepo } = require('../../scripts/demo-repo.cjs');

const root = path.resolve(__dirname, '../..');

const e2e = suite('Jenkinsfile.example end to end (real vars, bundle and sh)');

const app = `jf${Date.now().toString(36)}`;
const REDIS_PASSWORD = 'jenkins-redis-pw-4711';
let redis: TestRedis;
let dd: DatadogStandin;
let appDir = '';
/** Directories this test made, removed at the end. */
const made: string[] = [];
let logFile = '';
let credentials: Record<string, string> = {};
let urls = { app: '', toggle: '', autoscaler: '' };
let groovy: Awaited<ReturnType<typeof runGroovyTests>> = { results: [], output: '' };


e2e.before(loudly(async () => {
  if (!groovyVersion()) throw new Error(GROOVY_MISSING);
  await requireDocker();
  await ensureBaseImage();
  redis = await startRedis({ password: REDIS_PASSWORD });
  dd = await startDatadogStandin();
  const ports = await freePortPairs(2, 11);
  const [listen, admin, flags, metrics] = [await freePort(), await freePort(), await freePort(), await freePort()];
  urls = { app: `http://127.0.0.1:${listen}`, toggle: `http://127.0.0.1:${flags}`, autoscaler: `http://127.0.0.1:${metrics}` };
  const workspace = tmpDir('slipway-jenkins-ws-');
  const stateParent = tmpDir('slipway-jenkins-state-');
  logFile = path.join(tmpDir('slipway-jenkins-log-'), 'build.log');
  // the fake, as Jenkins, keeps the build's temp files in <workspace>@tmp
  made.push(workspace, `${workspace}@tmp`, stateParent, path.dirname(logFile));
  // private ports and its own app name, so a concurrent test's defaults (8000, 8080, 6379) are never touched
  appDir = makeDemoRepo(path.join(workspace, 'examples/climbing-grade'), {
    app: { name: app },
    stateDir: path.join(stateParent, 'state'),
    redis: { port: redis.port },
    deploy: { production: { port: ports[0] }, canary: { port: ports[1] }, standbyPortOffset: 11, healthIntervalMs: 100, drainTimeoutSec: 3 },
    proxy: { listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${admin}` },
    flags: { listen: `127.0.0.1:${flags}` },
    autoscaler: { metricsListen: `127.0.0.1:${metrics}` },
  });
  credentials = {
    'slipway-admin-token': 'jenkins-admin-token-0123456789',
    'slipway-webhook-token': 'jenkins-webhook-token-5678901234',
    'slipway-flags-token': 'jenkins-flags-token-9876543210',
    'datadog-api-key': dd.apiKey,
    'datadog-app-key': dd.appKey,
    'slipway-redis-url': redis.url,
  };
  const setup = path.join(path.dirname(logFile), 'setup.json');
  fs.writeFileSync(setup, JSON.stringify({
    workspace, credentials, log: logFile,
    // the bundle runs from the build's temp dir, away from slipway's node_modules: name the ESLint to use
    env: { SLIPWAY_ESLINT: path.join(root, 'node_modules/eslint/bin/eslint.js'), SLIPWAY_DATADOG_URL: dd.url },
  }));
  groovy = await runGroovyTests('jenkinsfile-e2e.groovy', [await bundlePath(), setup]);
}));

e2e.after(loudly(async () => {
  if (appDir) {
    const down = await runCli(['down', '--app', appDir], { SLIPWAY_ADMIN_TOKEN: credentials['slipway-admin-token'], REDIS_URL: redis?.url });
    if (down.code !== 0) console.error(down.stderr);
  }
  await removeLabelled(`slipway.app=${app}`);
  for (const i of await docker.listImages({ filters: { reference: [app] } })) await docker.getImage(i.Id).remove({ force: true }).catch(() => undefined);
  await redis?.stop();
  await dd?.close();
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
}));

e2e('the harness ran the Jenkinsfile for main and for staging', () => {
  assert.is(groovy.results.length, 2, groovy.output.slice(-3000));
  for (const r of groovy.results) assert.ok(r.ok, `${r.name}: ${r.message}\n${fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-4000) : ''}`);
});

e2e('production, canary, proxy, toggle server and autoscaler run afterwards', async () => {
  const running = await docker.listContainers({ filters: { label: [`slipway.app=${app}`] } });
  const what = running.map((c) => c.Labels['slipway.role'] ?? c.Labels['slipway.service']).sort();
  for (const part of ['autoscaler', 'canary', 'flags', 'production', 'proxy']) assert.ok(what.includes(part), `${part} is not running: ${what.join(', ')}`);
  assert.is((await fetch(`${urls.toggle}/health`)).status, 200);
  assert.is((await fetch(`${urls.autoscaler}/health`)).status, 200);
});

e2e('300 requests through the proxy split 2:1 between production (1.0.0) and canary (1.1.0)', async () => {
  const seen: Record<string, number> = {};
  for (let i = 0; i < 300; i++) {
    const body = (await (await fetch(`${urls.app}/health`)).json()) as { version: string };
    seen[body.version] = (seen[body.version] ?? 0) + 1;
  }
  assert.ok(Math.abs((seen['1.0.0'] ?? 0) / 300 - 2 / 3) <= 0.05, JSON.stringify(seen));
  assert.ok(Math.abs((seen['1.1.0'] ?? 0) / 300 - 1 / 3) <= 0.05, JSON.stringify(seen));
});

e2e("the deployed app containers carry the Redis URL credential's value, password included", async () => {
  const apps = await docker.listContainers({ filters: { label: [`slipway.app=${app}`, 'slipway.role'] } });
  assert.is(apps.length, 2);
  for (const c of apps) {
    const env = (await docker.getContainer(c.Id).inspect()).Config.Env;
    assert.ok(env.includes(`REDIS_URL=${redis.url}`), `${c.Names[0]}: ${env.filter((e) => e.startsWith('REDIS_URL=')).join(' ') || 'no REDIS_URL'}`);
  }
  assert.match(redis.url, REDIS_PASSWORD);
});

e2e('the autoscaler container got the webhook token, so its local-alert webhooks are accepted by the proxy, which got it too', async () => {
  const env = (await docker.getContainer(`${app}-autoscaler`).inspect()).Config.Env;
  assert.ok(env.includes(`SLIPWAY_WEBHOOK_TOKEN=${credentials['slipway-webhook-token']}`));
  const proxyEnv = (await docker.getContainer(`${app}-proxy`).inspect()).Config.Env;
  assert.ok(proxyEnv.includes(`SLIPWAY_WEBHOOK_TOKEN=${credentials['slipway-webhook-token']}`));
});

e2e('no credential value appears in the build log (everything echoed and printed by sh)', () => {
  const log = fs.readFileSync(logFile, 'utf8');
  assert.ok(log.includes('slipway'), 'the build log is empty');
  for (const [id, value] of Object.entries(credentials)) assert.not.ok(log.includes(value), `${id}'s value is in the build log`);
  assert.not.ok(log.includes(REDIS_PASSWORD), 'the Redis password is in the build log');
});

e2e.run();

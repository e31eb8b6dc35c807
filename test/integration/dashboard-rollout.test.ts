// The dashboard beside a progressive rollout: the page shows the step, its weight and the judgments with their numbers,
// and its "Continue rollout gate" passes the manual gate, as `slipway canary continue` does. It also takes the README's
// picture, since this page shows every part at work.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '../support/cli';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { freePort, freePortPairs } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { loudly } from '../support/hooks';
import { sampleAppImage } from '../support/images';
import { startRedis, type TestRedis } from '../support/redis';
import { launchChromium } from '../support/chromium';
import { steadyLoad } from '../support/steady-load';
import { deployTargets, startTestProxy, type TestProxy } from '../support/proxy-harness';
import { pollUntil } from '../../src/core/deadline';
import { createContext } from '../../src/core/context';
import { startDashboard, type RunningDashboard } from '../../src/dashboard/server';
import type { RolloutStatus } from '../../src/rollout/report';

const rollout = suite('the dashboard beside a progressive rollout, in Chromium');

const BUNDLE = path.resolve(__dirname, '../../resources/slipway/slipway.cjs');
/** The README's picture: rewritten by every run from the real page, so it never shows an old one. */
const SCREENSHOT = path.resolve(__dirname, '../../docs/dashboard.png');
const app = `dr${Date.now().toString(36)}`;
const TOKEN = 'dashboard-rollout-token-42';
const OFFSET = 29;
let dir = '';
let redis: TestRedis;
let proxy: TestProxy;
let controller: ChildProcess | undefined;
let controllerLog = '';
let controllerUrl = '';
let dashboard: RunningDashboard;
let chrome: Browser;
let page: Page;
let env: Record<string, string>;
const cli = (...args: string[]) => runCli([...args, '--app', dir], env);

async function rolloutStatus(): Promise<RolloutStatus> {
  return (await (await fetch(`${controllerUrl}/status`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as RolloutStatus;
}

rollout.before(loudly(async () => {
  await requireDocker();
  dir = tmpDir();
  redis = await startRedis();
  env = { SLIPWAY_ADMIN_TOKEN: TOKEN, REDIS_URL: redis.url };
  const ports = await freePortPairs(2, OFFSET);
  for (const v of ['v1', 'v2']) await sampleAppImage(`${app}:${v}`, v);
  proxy = await startTestProxy({ production: `http://127.0.0.1:${ports[0]}`, canary: null }, { app, adminToken: TOKEN, allowedBackends: deployTargets(ports, OFFSET) });
  const controllerPort = await freePort();
  controllerUrl = `http://127.0.0.1:${controllerPort}`;
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app },
    stateDir: path.join(dir, 'state'),
    deploy: { production: { port: ports[0] }, canary: { port: ports[1] }, standbyPortOffset: OFFSET, healthTimeoutSec: 20, healthIntervalMs: 100, drainTimeoutSec: 5, memoryMb: 128 },
    proxy: { listen: `127.0.0.1:${proxy.listen.port}`, admin: `127.0.0.1:${proxy.admin.port}` },
    canary: {
      strategy: 'progressive',
      steps: [{ weight: 20, holdSec: 2 }, { gate: 'manual' }, { weight: 50, holdSec: 2 }],
      analysis: { intervalSec: 1, minRequests: 20, inconclusiveLimit: 5 },
      controllerListen: `127.0.0.1:${controllerPort}`,
    },
    dashboard: { listen: `127.0.0.1:${await freePort()}` },
  }));
  const deployed = await cli('deploy', '--role', 'production', '--image', `${app}:v1`);
  assert.is(deployed.code, 0, deployed.stderr);
  controller = spawn(process.execPath, [BUNDLE, 'rollout', 'run', '--app', dir], { env: { PATH: process.env.PATH, SLIPWAY_ADMIN_TOKEN: TOKEN, REDIS_URL: redis.url }, stdio: ['ignore', 'pipe', 'pipe'] });
  controller.stdout!.on('data', (c) => (controllerLog += c));
  controller.stderr!.on('data', (c) => (controllerLog += c));
  assert.ok(await pollUntil(() => fetch(`${controllerUrl}/healthz`).then((r) => r.ok, () => false), 20_000, 100), `the controller did not answer:\n${controllerLog}`);
  const ctx = createContext({ app: dir, env: { ...process.env, ...env } });
  dashboard = await startDashboard(ctx, { host: '127.0.0.1', port: Number(ctx.config.dashboard.listen.split(':')[1]) });
  chrome = await launchChromium();
  const context = await chrome.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.route('**/*', (route) => (route.request().url().startsWith(dashboard.url) ? route.continue() : route.abort()));
  page = await context.newPage();
  await page.goto(dashboard.url);
  await page.getByLabel('Admin token (SLIPWAY_ADMIN_TOKEN)').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#rollout-phase').filter({ hasText: 'idle' }).waitFor({ timeout: 15_000 });
}));

rollout.after(loudly(async () => {
  await chrome?.close();
  await dashboard?.stop();
  if (controller && controller.exitCode === null) {
    const gone = new Promise((r) => controller!.once('exit', r));
    controller.kill('SIGTERM');
    await gone;
  }
  await proxy?.stop();
  await removeLabelled(`slipway.app=${app}`);
  for (const v of ['v1', 'v2']) await docker.getImage(`${app}:${v}`).remove({ force: true }).catch(() => undefined);
  await redis?.stop();
}));

rollout('the page shows the step and the judgments, and its Continue passes the manual gate to the promotion', async () => {
  const load = steadyLoad(proxy.url, { concurrency: 2, max: 200_000, path: '/systems' });
  try {
    const deployed = await cli('deploy', '--role', 'canary', '--image', `${app}:v2`);
    assert.is(deployed.code, 0, deployed.stderr);
    await page.locator('#rollout-detail').filter({ hasText: 'waits for Continue' }).waitFor({ timeout: 60_000 });
    assert.is((await rolloutStatus()).stepKind, 'gate', 'the controller holds the gate the page shows');
    // a judgment with its numbers: the verdict, and both roles' 5xx share of so many requests
    const judged = page.locator('#judgments tbody tr').filter({ hasText: 'Passed' }).first();
    await judged.waitFor({ timeout: 10_000 });
    assert.match(await judged.innerText(), /0\.0 % of \d+/);
    await page.locator('#memory-charts figure').first().waitFor({ timeout: 15_000 });
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.getByRole('button', { name: 'Continue rollout gate' }).click();
    await page.locator('#confirm-ok').click();
    assert.ok(await pollUntil(async () => (await rolloutStatus()).phase === 'promoted', 90_000, 250), `not promoted: ${JSON.stringify(await rolloutStatus())}\n${controllerLog}`);
    await page.locator('#rollout-phase').filter({ hasText: 'promoted' }).waitFor({ timeout: 10_000 });
  } finally {
    const result = await load.stop();
    assert.is(result.failed, 0, JSON.stringify(result.failures));
  }
});

rollout.run();

// The dashboard beside a progressive rollout: the page shows the step, its weight and the judgments with their numbers,
// and its "Continue rollout gate" passes the manual gate, as `slipway canary continue` does. It also takes the README's
// picture, since this page shows every part at work.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { requireDocker } from '../support/docker';
import { freePort } from '../support/ports';
import { loudly } from '../support/hooks';
import { startRedis, type TestRedis } from '../support/redis';
import { launchChromium } from '../support/chromium';
import { steadyLoad } from '../support/steady-load';
import { startRolloutLab, type RolloutLab } from '../support/rollout-lab';
import { pollUntil } from '../../src/core/deadline';
import { createContext } from '../../src/core/context';
import { startDashboard, type RunningDashboard } from '../../src/dashboard/server';

const rollout = suite('the dashboard beside a progressive rollout, in Chromium');

/** The README's picture: rewritten by every run from the real page, so it never shows an old one. */
const SCREENSHOT = path.resolve(__dirname, '../../docs/dashboard.png');
const app = `dr${Date.now().toString(36)}`;
const TOKEN = 'dashboard-rollout-token-42';
let redis: TestRedis;
let lab: RolloutLab;
let dashboard: RunningDashboard;
let chrome: Browser;
let page: Page;
const cli = (...args: string[]) => lab.cli(...args);
const rolloutStatus = () => lab.status();

rollout.before(loudly(async () => {
  await requireDocker();
  redis = await startRedis();
  lab = await startRolloutLab({
    app,
    token: TOKEN,
    standbyPortOffset: 29,
    versions: ['v1', 'v2'],
    config: { dashboard: { listen: `127.0.0.1:${await freePort()}` } },
    canary: {
      strategy: 'progressive',
      steps: [{ weight: 20, holdSec: 2 }, { gate: 'manual' }, { weight: 50, holdSec: 2 }],
      analysis: { intervalSec: 1, minRequests: 20, inconclusiveLimit: 5 },
    },
    env: { REDIS_URL: redis.url },
  });
  const ctx = createContext({ app: lab.dir, env: { ...process.env, SLIPWAY_ADMIN_TOKEN: TOKEN, REDIS_URL: redis.url } });
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
  await lab?.close();
  await redis?.stop();
}));

rollout('the page shows the step and the judgments, and its Continue passes the manual gate to the promotion', async () => {
  const load = steadyLoad(lab.proxy.url, { concurrency: 2, max: 200_000, path: '/systems' });
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
    assert.ok(await pollUntil(async () => (await rolloutStatus()).phase === 'promoted', 90_000, 250), `not promoted: ${JSON.stringify(await rolloutStatus())}\n${lab.log()}`);
    await page.locator('#rollout-phase').filter({ hasText: 'promoted' }).waitFor({ timeout: 10_000 });
  } finally {
    const result = await load.stop();
    assert.is(result.failed, 0, JSON.stringify(result.failures));
  }
});

rollout.run();

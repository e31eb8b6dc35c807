// The dashboard in Chromium against a real deployment of the sample app: production and canary containers behind the
// real proxy, flags in a real Redis. The page is driven by real clicks; what it claims is checked at the proxy.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { docker } from '../support/docker';
import { loudly } from '../support/hooks';
import { launchChromium } from '../support/chromium';
import { startDashboardLab, type DashboardLab } from '../support/dashboard-lab';
import { load, type TestProxy } from '../support/proxy-harness';
import { steadyLoad } from '../support/steady-load';
import { pollUntil } from '../../src/core/deadline';
import { appContainers } from '../../src/core/app-containers';
import type { RunningDashboard } from '../../src/dashboard/server';
import { DASHBOARD_ACTOR } from '../../src/dashboard/actions';

const browser = suite('the dashboard in Chromium, on a real deployment');

const TOKEN = 'dashboard-test-token-42';
let lab: DashboardLab;
let app = '';
let proxy: TestProxy;
let dashboard: RunningDashboard;
let chrome: Browser;
let context: BrowserContext;
let page: Page;
const cli = (...args: string[]) => lab.cli(...args);
const proxyStatus = () => lab.proxyStatus();
const canaryUrl = () => lab.canaryUrl();

async function signIn(p: Page, token: string): Promise<void> {
  await p.goto(dashboard.url);
  await p.getByLabel('Admin token (SLIPWAY_ADMIN_TOKEN)').fill(token);
  await p.getByRole('button', { name: 'Sign in' }).click();
}

/** Clicks an action's button and confirms it in the dialog, as a person would. */
async function clickAndConfirm(p: Page, button: ReturnType<Page['getByRole']>): Promise<void> {
  await button.click();
  await p.locator('#confirm').waitFor({ state: 'visible' });
  await p.locator('#confirm-ok').click();
}

browser.before(loudly(async () => {
  lab = await startDashboardLab({ prefix: 'db', token: TOKEN, offset: 23 });
  ({ app, proxy, dashboard } = lab);
  chrome = await launchChromium();
  context = await chrome.newContext({ viewport: { width: 1440, height: 1000 } });
  // the page may reach the dashboard and nothing else
  await context.route('**/*', (route) => (route.request().url().startsWith(dashboard.url) ? route.continue() : route.abort()));
  page = await context.newPage();
}));

browser.after(loudly(async () => {
  await chrome?.close();
  await lab?.stop();
}));

browser('a wrong token is refused: the sign-in form stays, and nothing of the deployment is served', async () => {
  const other = await context.newPage();
  await signIn(other, 'not-the-admin-token-at-all');
  await other.locator('#sign-in-error').filter({ hasText: 'wrong token' }).waitFor();
  assert.is(await other.locator('#canary-state').count(), 0, 'the dashboard itself is not shown');
  for (const p of ['/api/state', '/api/events', '/assets/dashboard.js', '/assets/index.html']) {
    assert.is((await fetch(`${dashboard.url}${p}`)).status, 401, `${p} without a session`);
  }
  await other.close();
});

browser('signed in, the traffic chart moves while load runs', async () => {
  await signIn(page, TOKEN);
  await page.locator('#canary-state.admitted').waitFor({ timeout: 15_000 });
  const cookie = (await context.cookies()).find((c) => c.name === 'slipway_dashboard');
  assert.ok(cookie?.httpOnly && cookie.sameSite === 'Strict' && cookie.path === '/', `session cookie: ${JSON.stringify(cookie)}`);
  const pointsBefore = Number(await page.locator('#chart-rps').getAttribute('data-points'));
  const running = steadyLoad(proxy.url, { concurrency: 2, max: 60_000, path: '/systems' });
  try {
    // the page's own figures: the chart's point count grows, and the newest production rate is above zero
    await page.waitForFunction((before) => {
      const doc = (globalThis as any).document;
      const points = Number(doc.getElementById('chart-rps').dataset.points);
      return points > before + 2 && /^[1-9][0-9.]* req\/s/.test(doc.getElementById('now-production').textContent ?? '');
    }, pointsBefore, { timeout: 30_000 });
  } finally {
    const result = await running.stop();
    assert.is(result.failed, 0, JSON.stringify(result.failures));
  }
});

browser('a failing canary shows as ejected within two seconds of its ejection, without a reload; resume re-admits it', async () => {
  const canary = await canaryUrl();
  assert.is((await fetch(`${canary}/fault/error-rate?rate=1`, { method: 'PUT' })).status, 200);
  const failing = load(proxy.url, { count: 400, concurrency: 2, path: '/systems' });
  assert.ok(await pollUntil(async () => (await proxyStatus()).canary.state === 'ejected', 30_000, 50), 'the proxy ejected the failing canary');
  await page.locator('#canary-state.ejected').waitFor({ timeout: 2000 });
  await failing;
  await page.locator('#canary-detail').filter({ hasText: /5xx|error/ }).waitFor();
  assert.is((await fetch(`${canary}/fault/error-rate?rate=0`, { method: 'PUT' })).status, 200);
  await clickAndConfirm(page, page.getByRole('button', { name: 'Resume canary' }));
  assert.ok(await pollUntil(async () => (await proxyStatus()).canary.state === 'admitted', 15_000), 'the proxy re-admitted the canary');
  await page.locator('#canary-state.admitted').waitFor({ timeout: 5000 });
  await page.locator('#action-list li.done').filter({ hasText: 'slipway canary resume' }).waitFor();
});

browser('toggling myflag in the page flips /newfeature from 404 to 200 through the proxy, audited like the CLI', async () => {
  assert.is((await fetch(`${proxy.url}/newfeature`)).status, 404);
  await clickAndConfirm(page, page.getByRole('button', { name: 'Toggle myflag' }));
  const allOk = async () => {
    for (let i = 0; i < 6; i++) if ((await fetch(`${proxy.url}/newfeature`)).status !== 200) return false;
    return true;
  };
  assert.ok(await pollUntil(allOk, 20_000), '/newfeature answers 200 through the proxy (both roles)');
  await page.locator('#flag-table tr[data-flag="myflag"] .value').filter({ hasText: /^enable$/ }).waitFor({ timeout: 5000 });
  const audit = await cli('flags', 'audit', '--flag', 'myflag', '--json');
  assert.is(audit.code, 0, audit.stderr);
  const newest = audit.json().result.entries[0];
  assert.equal([newest.actor, newest.source, newest.new], [DASHBOARD_ACTOR, 'cli', 'enable']);
});

browser('a write without a session, or without its CSRF token, or from another origin, is refused and changes nothing', async () => {
  const url = `${dashboard.url}/api/actions/canary-abort`;
  const body = JSON.stringify({ confirmed: true });
  const cookie = (await context.cookies()).find((c) => c.name === 'slipway_dashboard')!;
  const headers = { 'content-type': 'application/json', origin: dashboard.url };
  const csrf = ((await (await fetch(`${dashboard.url}/api/session`, { headers: { cookie: `${cookie.name}=${cookie.value}` } })).json()) as { csrf: string }).csrf;
  assert.is((await fetch(url, { method: 'POST', headers, body })).status, 401, 'no session');
  assert.is((await fetch(url, { method: 'POST', headers: { ...headers, cookie: `${cookie.name}=${cookie.value}` }, body })).status, 403, 'a session but no CSRF header');
  assert.is((await fetch(url, { method: 'POST', headers: { ...headers, cookie: `${cookie.name}=${cookie.value}`, 'x-slipway-csrf': 'guessed' }, body })).status, 403, 'a wrong CSRF token');
  assert.is((await fetch(url, { method: 'POST', headers: { ...headers, origin: 'http://attacker.example.test', cookie: `${cookie.name}=${cookie.value}`, 'x-slipway-csrf': csrf }, body })).status, 403, 'another origin');
  await dashboard.actions.idle();
  assert.is((await proxyStatus()).canary.state, 'admitted', 'the canary was not touched');
});

browser('setting the weights in the page changes the proxy\'s split', async () => {
  await page.getByLabel('Production weight').fill('3');
  await page.getByLabel('Canary weight').fill('1');
  await clickAndConfirm(page, page.getByRole('button', { name: 'Set weights' }));
  assert.ok(await pollUntil(async () => JSON.stringify((await proxyStatus()).weights) === JSON.stringify({ production: 3, canary: 1 }), 10_000), 'the proxy splits 3:1');
  await page.locator('#weights').filter({ hasText: 'production 3 : canary 1' }).waitFor({ timeout: 5000 });
});

browser('a raise of a container\'s memory limit is marked on its memory chart', async () => {
  const c = (await appContainers(docker, app, 'production')).find((x) => x.running)!;
  const MB = 1024 * 1024;
  // what the autoscaler does, through the same Engine API call
  await docker.getContainer(c.id).update({ Memory: 228 * MB, MemorySwap: 228 * MB });
  await page.locator(`.chart[data-container="${c.name}"][data-marks="1"]`).waitFor({ timeout: 15_000 });
});

browser('setting myflag in the page to disable takes /newfeature away again', async () => {
  const row = page.locator('#flag-table tr[data-flag="myflag"]');
  await row.getByLabel('Value').fill('disable');
  await clickAndConfirm(page, row.getByRole('button', { name: 'Set myflag' }));
  const allGone = async () => {
    for (let i = 0; i < 6; i++) if ((await fetch(`${proxy.url}/newfeature`)).status !== 404) return false;
    return true;
  };
  assert.ok(await pollUntil(allGone, 20_000), '/newfeature answers 404 through the proxy again');
});

browser('promote in the page makes the canary\'s image production; roll back in the page brings the old one back', async () => {
  const imageOf = async (role: 'production' | 'canary') => (await appContainers(docker, app, role)).filter((c) => c.running).map((c) => c.image);
  await clickAndConfirm(page, page.getByRole('button', { name: 'Promote canary' }));
  assert.ok(await pollUntil(async () => JSON.stringify(await imageOf('production')) === JSON.stringify([`${app}:v2`]) && (await imageOf('canary')).length === 0, 90_000), `promoted: ${await imageOf('production')}`);
  await page.locator('#action-list li.done').filter({ hasText: 'slipway canary promote' }).waitFor({ timeout: 30_000 });
  await page.locator('#canary-state.absent').waitFor({ timeout: 5000 });
  await clickAndConfirm(page, page.getByRole('button', { name: 'Roll back production' }));
  assert.ok(await pollUntil(async () => JSON.stringify(await imageOf('production')) === JSON.stringify([`${app}:v1`]), 90_000), `rolled back: ${await imageOf('production')}`);
  await page.locator('#action-list li.done').filter({ hasText: 'slipway rollback' }).waitFor({ timeout: 30_000 });
  await page.locator('#deploys-production tbody tr').filter({ hasText: 'rollback' }).waitFor({ timeout: 5000 });
});

browser.run();

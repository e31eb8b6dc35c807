// The dashboard in Firefox (Debian's ESR, over WebDriver BiDi) against a real deployment of the sample app: the page
// signs in, takes live state over server-sent events without a reload, and is worked from the keyboard alone; what it
// claims is checked at the proxy.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'puppeteer-core';
import { loudly } from '../support/hooks';
import { launchFirefox } from '../support/firefox';
import { startDashboardLab, type DashboardLab } from '../support/dashboard-lab';
import { load } from '../support/proxy-harness';
import { steadyLoad } from '../support/steady-load';
import { pollUntil } from '../../src/core/deadline';

const firefox = suite('the dashboard in Firefox, on a real deployment');

const TOKEN = 'dashboard-firefox-token-42';
let lab: DashboardLab;
let browser: Browser;
let page: Page;
const requested: string[] = [];

/** Presses Tab until the focused button is the one named `name` (its label or text), as a keyboard user would. */
async function tabTo(name: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = (globalThis as any).document.activeElement;
      return el?.tagName === 'BUTTON' ? el.getAttribute('aria-label') ?? el.textContent : null;
    });
    if (focused === name) return;
  }
  assert.unreachable(`Tab never reached the button "${name}"`);
}

// WebDriver BiDi names the space bar by its character
const KEYS = { Enter: 'Enter', Space: ' ' } as const;

/** Opens an action's confirmation with `openKey` on its focused button, then confirms it with `confirmKey`. */
async function confirmByKeyboard(name: string, openKey: keyof typeof KEYS, confirmKey: keyof typeof KEYS): Promise<void> {
  await tabTo(name);
  await page.keyboard.press(KEYS[openKey]);
  await page.waitForSelector('#confirm[open]', { timeout: 5000 });
  assert.is(await page.evaluate(() => (globalThis as any).document.activeElement?.id), 'confirm-ok', 'the dialog takes the focus');
  await page.keyboard.press(KEYS[confirmKey]);
  await page.waitForSelector('#confirm:not([open])', { timeout: 5000 });
}

firefox.before(loudly(async () => {
  lab = await startDashboardLab({ prefix: 'dff', token: TOKEN, offset: 27 });
  browser = await launchFirefox();
  page = await browser.newPage();
  page.on('request', (r) => void requested.push(r.url()));
}));

firefox.after(loudly(async () => {
  await browser?.close();
  await lab?.stop();
}));

firefox('signs in through the form with a password field, and gets an HttpOnly, SameSite=Strict session', async () => {
  await page.goto(lab.dashboard.url);
  assert.is(await page.$eval('#token', (el) => (el as any).type), 'password');
  await page.type('#token', TOKEN);
  await page.click('#sign-in button[type="submit"]');
  await page.waitForSelector('#canary-state.admitted', { timeout: 15_000 });
  const cookie = (await browser.defaultBrowserContext().cookies()).find((c) => c.name === 'slipway_dashboard');
  assert.ok(cookie?.httpOnly && cookie.sameSite === 'Strict' && cookie.path === '/', `session cookie: ${JSON.stringify(cookie)}`);
  // marks this load of the page: a reload would lose it
  await page.evaluate(() => void ((globalThis as any).slipwayLoaded = 'first'));
});

firefox('the traffic chart gains points while a bounded load runs', async () => {
  const before = Number(await page.$eval('#chart-rps', (el) => (el as any).dataset.points));
  const running = steadyLoad(lab.proxy.url, { concurrency: 2, max: 60_000, path: '/systems' });
  try {
    await page.waitForFunction((points0: number) => {
      const d = (globalThis as any).document;
      return Number(d.getElementById('chart-rps').dataset.points) > points0 + 2 && /^[1-9][0-9.]* req\/s/.test(d.getElementById('now-production').textContent ?? '');
    }, { timeout: 30_000 }, before);
  } finally {
    const result = await running.stop();
    assert.is(result.failed, 0, JSON.stringify(result.failures));
  }
});

firefox('a failing canary shows as ejected within two seconds of its ejection, without a reload', async () => {
  const canary = await lab.canaryUrl();
  assert.is((await fetch(`${canary}/fault/error-rate?rate=1`, { method: 'PUT' })).status, 200);
  const failing = load(lab.proxy.url, { count: 400, concurrency: 2, path: '/systems' });
  assert.ok(await pollUntil(async () => (await lab.proxyStatus()).canary.state === 'ejected', 30_000, 50), 'the proxy ejected the failing canary');
  await page.waitForSelector('#canary-state.ejected', { timeout: 2000 });
  await failing;
  assert.is((await fetch(`${canary}/fault/error-rate?rate=0`, { method: 'PUT' })).status, 200);
  assert.is(await page.evaluate(() => (globalThis as any).slipwayLoaded), 'first', 'the page was not reloaded');
});

firefox('from the keyboard: Tab reaches "Resume canary", Enter opens its confirmation, Enter confirms; the proxy re-admits it', async () => {
  await page.evaluate(() => (globalThis as any).document.activeElement?.blur());
  await confirmByKeyboard('Resume canary', 'Enter', 'Enter');
  assert.ok(await pollUntil(async () => (await lab.proxyStatus()).canary.state === 'admitted', 15_000), 'the proxy re-admitted the canary');
  await page.waitForSelector('#canary-state.admitted', { timeout: 5000 });
});

firefox('from the keyboard: Space on "Toggle myflag" opens its confirmation, Space confirms; /newfeature flips 404 → 200', async () => {
  assert.is((await fetch(`${lab.proxy.url}/newfeature`)).status, 404);
  await confirmByKeyboard('Toggle myflag', 'Space', 'Space');
  const allOk = async () => {
    for (let i = 0; i < 6; i++) if ((await fetch(`${lab.proxy.url}/newfeature`)).status !== 200) return false;
    return true;
  };
  assert.ok(await pollUntil(allOk, 20_000), '/newfeature answers 200 through the proxy (both roles)');
  await page.waitForFunction(() => {
    const cell = (globalThis as any).document.querySelector('#flag-table tr[data-flag="myflag"] .value');
    return cell?.textContent === 'enable';
  }, { timeout: 5000 });
  assert.is(await page.evaluate(() => (globalThis as any).slipwayLoaded), 'first', 'the page was not reloaded');
});

firefox('the page fetched nothing but the dashboard', async () => {
  assert.ok(requested.length > 0, 'the page was loaded');
  assert.equal(requested.filter((u) => !u.startsWith(lab.dashboard.url)), []);
});

firefox.run();

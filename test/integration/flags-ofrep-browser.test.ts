import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Redis from 'ioredis';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { startRedis, type TestRedis } from '../support/redis';
import { freePort } from '../support/ports';
import { startPageServer } from '../support/web/page-server';
import { startToggleServer, type RunningToggleServer } from '../../src/flags/serve';
import { createFlagStore } from '../../sdk/flags/store';
import { parseFlagdFile } from '../../src/flags/flagd-file';
import { fixtureText, flagdCoreOf } from '../support/flagd-golden';

const browser = suite('OpenFeature\'s web SDK with its OFREP provider, in Chromium, reads slipway\'s flags');

const TOKEN = 'browser-write-token';
const READ = 'browser-read-token';
const NS = 'ofrep-browser';
let redis: TestRedis;
let conn: Redis;
let toggle: RunningToggleServer;
let pages: { url: string; close: () => Promise<void> };
let chrome: Browser;

browser.before(async () => {
  redis = await startRedis();
  conn = new Redis(redis.url);
  const store = createFlagStore(conn, NS);
  for (const [name, def] of parseFlagdFile(fixtureText())) await store.define(name, def, { actor: 'test', source: 'import' });
  toggle = await startToggleServer({ redisUrl: redis.url, namespace: NS, defaults: {}, host: '127.0.0.1', port: await freePort(), token: TOKEN, readToken: READ, legacyGetToggle: false, log: () => undefined });
  pages = await startPageServer(toggle.url);
  chrome = await launchChromium();
});

browser.after(async () => {
  await chrome?.close();
  await pages?.close();
  await toggle?.stop();
  conn?.disconnect();
  await redis?.stop();
});

async function openPage(context: Record<string, unknown>): Promise<Page> {
  const page = await chrome.newPage();
  // the page may reach its own loopback origin and nothing else
  await page.route('**/*', (route) => (route.request().url().startsWith(pages.url) ? route.continue() : route.abort()));
  await page.goto(pages.url);
  await page.evaluate(([token, ctx]) => (globalThis as any).flagsUnderTest.start(token, ctx), [READ, context] as const);
  return page;
}

const details = (page: Page, kind: string, key: string, fallback: unknown) =>
  page.evaluate(([k, f, d]) => (globalThis as any).flagsUnderTest.details(k, f, d), [kind, key, fallback] as const);

browser('targeted, fractional, disabled and missing flags, as flagd-core evaluates them', async () => {
  const ctx = { targetingKey: 'browser-user-1', email: 'ana@slipway.example', country: 'AT' };
  const page = await openPage(ctx);
  const flagd = flagdCoreOf(fixtureText());
  const targeted = await details(page, 'boolean', 'new-welcome', false);
  assert.equal([targeted.value, targeted.reason, targeted.variant], [true, 'TARGETING_MATCH', 'on']);
  assert.is((await details(page, 'string', 'header-color', 'none')).value, flagd('header-color', 'string', ctx).value);
  assert.is((await details(page, 'string', 'grade-scale', 'none')).value, 'uiaa');
  const disabled = await details(page, 'boolean', 'old-search', false);
  assert.equal([disabled.value, disabled.reason], [false, 'DISABLED']);
  const missing = await details(page, 'number', 'nope', 3);
  assert.equal([missing.value, missing.errorCode], [3, 'FLAG_NOT_FOUND']);
  await page.close();
});

browser('a toggle reaches the page over the event stream (polling is off)', async () => {
  const page = await openPage({ targetingKey: 'browser-user-2' });
  assert.is((await details(page, 'string', 'myflag', 'none')).value, 'enable');
  const r = await fetch(`${toggle.url}/flags/myflag/toggle`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
  assert.is(r.status, 200);
  await page.waitForFunction(() => (globalThis as any).flagsUnderTest.details('string', 'myflag', 'none').value === 'disable', undefined, { timeout: 10_000 });
  assert.ok((await page.evaluate(() => (globalThis as any).flagsUnderTest.changes as string[][])).some((c) => c.includes('myflag')), 'a ConfigurationChanged event named myflag');
  await page.close();
});

browser.run();

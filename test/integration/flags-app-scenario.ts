// The seed's flag story against a running sample app, shared by the process and the container variants:
// toggle over HTTP → the app serves /newfeature or not; Redis stopped → last values, /health stale;
// Redis back → a change made meanwhile arrives; bad writes change nothing; the audit shows each change.
import type { Test } from 'uvu';
import * as assert from 'uvu/assert';
import { startRedis, type TestRedis } from '../support/redis';
import { startTcpRelay, type TcpRelay } from '../support/tcp-relay';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { startToggleServer, type RunningToggleServer } from '../../src/flags/serve';

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/** Starts the sample app with this environment (REDIS_URL, FLAGS_NAMESPACE, FLAGS_REFRESH_MS, HOST, PORT). */
export type AppStarter = (env: Record<string, string>) => Promise<RunningApp>;

const TOKEN = 'app-scenario-token';
const auth = { authorization: `Bearer ${TOKEN}` };

export async function eventually(what: string, ok: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`never happened within ${timeoutMs / 1000} s: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function flagScenario(test: Test, startApp: AppStarter, opts: { before?: () => Promise<void> } = {}): void {
  let redis: TestRedis;
  let relay: TcpRelay;
  let toggle: RunningToggleServer;
  let app: RunningApp | undefined;
  const namespace = `app-scenario-${process.pid}`;

  const appStatus = async (p: string) => (await fetch(`${app!.url}${p}`)).status;
  const appHealth = async () => (await (await fetch(`${app!.url}/health`)).json()) as { flags: { stale: boolean } };
  const write = async (method: string, p: string, headers: Record<string, string> = auth, body?: string) =>
    fetch(`${toggle.url}${p}`, { method, headers: { 'content-type': 'application/json', ...headers }, body });

  test.before(async () => {
    await opts.before?.();
    redis = await startRedis({ persistDir: tmpDir('slipway-flags-app-redis-') });
    relay = await startTcpRelay(redis.port);
    toggle = await startToggleServer({
      redisUrl: redis.url, namespace, defaults: { myflag: 'disable' }, host: '127.0.0.1', port: await freePort(),
      token: TOKEN, legacyGetToggle: false, log: () => undefined,
    });
    await eventually('myflag seeded', async () => ((await (await fetch(`${toggle.url}/flags/myflag`)).json()) as { origin: string }).origin === 'stored');
    // the app reaches Redis through the relay, so a test can cut the app off while Redis stays up
    app = await startApp({
      REDIS_URL: `redis://127.0.0.1:${relay.port}`, FLAGS_NAMESPACE: namespace, FLAGS_REFRESH_MS: '100',
      HOST: '127.0.0.1', PORT: String(await freePort()),
    });
  });

  test.after(async () => {
    await app?.stop();
    await toggle?.stop();
    await relay?.cut();
    await redis?.stop();
  });

  test('a toggle over HTTP changes what the running app serves', async () => {
    await eventually('the app answers 404 while myflag is disable', async () => (await appStatus('/newfeature')) === 404);
    assert.is((await write('POST', '/newfeature')).status, 200);
    await eventually('/newfeature served once myflag is enable', async () => (await appStatus('/newfeature')) === 200);
    assert.is((await write('POST', '/newfeature')).status, 200);
    await eventually('/newfeature gone once myflag is disable again', async () => (await appStatus('/newfeature')) === 404);
    assert.is((await write('PUT', '/flags/myflag', auth, '{"value":"enable"}')).status, 200);
    await eventually('/newfeature served again', async () => (await appStatus('/newfeature')) === 200);
  });

  test('an unauthenticated write is 401 and the app keeps serving the same', async () => {
    assert.is((await write('POST', '/newfeature', {})).status, 401);
    assert.is((await write('PUT', '/flags/myflag', { authorization: 'Bearer nope' }, '{"value":"disable"}')).status, 401);
    await new Promise((r) => setTimeout(r, 300)); // three refreshes: time for a change to show, were there one
    assert.is(await appStatus('/newfeature'), 200);
  });

  test('a malformed value is 400 and the app keeps serving the same', async () => {
    assert.is((await write('PUT', '/flags/myflag', auth, '{"value":')).status, 400);
    assert.is((await write('PUT', '/flags/myflag', auth, '{"value":false}')).status, 400);
    await new Promise((r) => setTimeout(r, 300));
    assert.is(await appStatus('/newfeature'), 200);
  });

  test('Redis stopped: the app keeps answering with the last values and /health reports flags stale', async () => {
    assert.is((await appHealth()).flags.stale, false);
    await redis.stop();
    await eventually('/health reports flags stale', async () => (await appHealth()).flags.stale === true);
    for (let i = 0; i < 50; i++) assert.is(await appStatus('/newfeature'), 200);
  });

  test('Redis back: a change made while the app was still cut off arrives', async () => {
    await relay.cut(); // the app stays away from Redis a while longer
    await redis.start();
    await eventually('the toggle server reconnects', async () => (await write('POST', '/newfeature')).status === 200);
    assert.is(await appStatus('/newfeature'), 200);
    assert.is((await appHealth()).flags.stale, true);
    await relay.restore();
    await eventually('the change made meanwhile reaches the app', async () => (await appStatus('/newfeature')) === 404);
    await eventually('/health reports flags fresh', async () => (await appHealth()).flags.stale === false);
  });

  test('the audit shows each change', async () => {
    const body = (await (await fetch(`${toggle.url}/audit?flag=myflag`, { headers: auth })).json()) as { entries: { old?: string; new?: string; source: string }[] };
    assert.equal(body.entries.map((e) => [e.old, e.new, e.source]), [
      ['enable', 'disable', 'http /newfeature'],
      ['disable', 'enable', 'http'],
      ['enable', 'disable', 'http /newfeature'],
      ['disable', 'enable', 'http /newfeature'],
      [undefined, 'disable', 'seed'],
    ]);
  });

  test('a rollout of myflag splits users of /newfeature?user=ID; the seed\'s toggle then turns it off for everybody', async () => {
    assert.is((await write('POST', '/flags/myflag/rollout', auth, '{"percent":50}')).status, 200);
    const users = Array.from({ length: 40 }, (_, i) => `climber-${i}`);
    const served = async () => (await Promise.all(users.map((u) => appStatus(`/newfeature?user=${u}`)))).filter((s) => s === 200).length;
    await eventually('some users served and some not', async () => {
      const n = await served();
      return n > 5 && n < 35;
    });
    assert.is(await appStatus('/newfeature?user=climber-1'), await appStatus('/newfeature?user=climber-1'), 'the same user, the same answer');
    assert.is((await write('POST', '/newfeature')).status, 200);
    await eventually('nobody served once the rollout is DISABLED', async () => (await served()) === 0);
  });
}

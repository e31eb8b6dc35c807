import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type * as http from 'node:http';
import { Sessions, SESSION_COOKIE, CSRF_HEADER } from '../../src/dashboard/session';
import { History, TimeRing, trafficPoint } from '../../src/dashboard/history';
import { Actions } from '../../src/dashboard/actions';
import { HttpError } from '../../src/core/http-server';
import { UsageError } from '../../src/core/errors';
import { pageFiles } from '../../src/dashboard/assets';

const TOKEN = 'unit-dashboard-token-0123';

/** A request as the session code reads it: headers only. */
const request = (headers: Record<string, string>) => ({ headers } as unknown as http.IncomingMessage);
const cookieHeader = (setCookie: string) => setCookie.split(';')[0];
const statusOf = (f: () => unknown): number | undefined => {
  try {
    f();
  } catch (err) {
    if (err instanceof HttpError) return err.status;
    throw err;
  }
  return undefined;
};

const sessions = suite('dashboard sessions');

sessions('the right token gives an HttpOnly, SameSite=Strict cookie for the whole site; a wrong one a 401', () => {
  const s = new Sessions(TOKEN, 60_000);
  const { cookie, csrf } = s.signIn(TOKEN, '127.0.0.1');
  assert.match(cookie, new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/; Max-Age=60$`));
  assert.ok(csrf.length >= 43);
  assert.ok(s.of(request({ cookie: `other=1; ${cookieHeader(cookie)}` })), 'the cookie finds its session among others');
  assert.is(statusOf(() => s.signIn('wrong-token-0123456789', '127.0.0.1')), 401);
  assert.is(statusOf(() => s.signIn(undefined, '127.0.0.1')), 401);
  assert.is(statusOf(() => s.signIn({ token: TOKEN }, '127.0.0.1')), 401);
});

sessions('guessing is slowed per address: after ten failures that address waits, even with the right token; others do not', () => {
  let now = 1_000_000;
  const s = new Sessions(TOKEN, 60_000, () => now);
  for (let i = 0; i < 10; i++) assert.is(statusOf(() => s.signIn(`guess-${i}-0123456789`, '198.51.100.7')), 401);
  assert.is(statusOf(() => s.signIn(TOKEN, '198.51.100.7')), 429);
  assert.is(statusOf(() => s.signIn(TOKEN, '127.0.0.1')), undefined);
  now += 10_001;
  assert.is(statusOf(() => s.signIn(TOKEN, '198.51.100.7')), undefined);
});

sessions('a write needs the session, its CSRF header and the dashboard\'s own Origin', () => {
  const s = new Sessions(TOKEN, 60_000);
  const { cookie, csrf } = s.signIn(TOKEN, '127.0.0.1');
  const own = { host: '127.0.0.1:8090', origin: 'http://127.0.0.1:8090', cookie: cookieHeader(cookie) };
  assert.is(statusOf(() => s.requireWrite(request({ ...own, [CSRF_HEADER]: csrf }))), undefined);
  assert.is(statusOf(() => s.requireWrite(request({ host: own.host, origin: own.origin, [CSRF_HEADER]: csrf }))), 401, 'no session');
  assert.is(statusOf(() => s.requireWrite(request(own))), 403, 'no CSRF header');
  assert.is(statusOf(() => s.requireWrite(request({ ...own, [CSRF_HEADER]: `${csrf}x` }))), 403, 'a wrong CSRF token');
  assert.is(statusOf(() => s.requireWrite(request({ ...own, origin: 'http://evil.example.test', [CSRF_HEADER]: csrf }))), 403, 'another origin');
  const { origin: _omitted, ...noOrigin } = own;
  assert.is(statusOf(() => s.requireWrite(request({ ...noOrigin, [CSRF_HEADER]: csrf }))), 403, 'no Origin');
});

sessions('a session ends when its time is up, and on sign-out', () => {
  let now = 0;
  const s = new Sessions(TOKEN, 60_000, () => now);
  const a = request({ cookie: cookieHeader(s.signIn(TOKEN, '127.0.0.1').cookie) });
  const b = request({ cookie: cookieHeader(s.signIn(TOKEN, '127.0.0.1').cookie) });
  assert.match(s.signOut(b), /Max-Age=0/);
  assert.not.ok(s.of(b));
  assert.ok(s.of(a));
  now = 60_000;
  assert.not.ok(s.of(a));
});

sessions.run();

const history = suite('dashboard history');

history('a second of samples: rate, 5xx share and nearest-rank percentiles', () => {
  const latencies = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(trafficPoint(50, 2, latencies, 5), { t: 50, rps: 50, errorRate: 0.05, p50Ms: 50, p99Ms: 99 });
  assert.equal(trafficPoint(51, 1, [], 0), { t: 51, rps: 0, errorRate: null, p50Ms: null, p99Ms: null });
});

history('points older than the window are dropped', () => {
  const ring = new TimeRing<{ t: number }>(10_000);
  for (const t of [1, 5, 9, 12, 20]) ring.push({ t });
  assert.equal(ring.all().map((p) => p.t), [12, 20]);
});

history('a memory limit that goes up is a raise, marked once', () => {
  const h = new History();
  const mb = 1024 * 1024;
  assert.is(h.addMemory('app-production', { t: 1, usedBytes: 60 * mb, limitBytes: 128 * mb, cpuPercent: 1 }), undefined);
  assert.equal(h.addMemory('app-production', { t: 6, usedBytes: 70 * mb, limitBytes: 228 * mb, cpuPercent: 1 }), { t: 6, container: 'app-production', fromBytes: 128 * mb, toBytes: 228 * mb });
  assert.is(h.addMemory('app-production', { t: 11, usedBytes: 70 * mb, limitBytes: 228 * mb, cpuPercent: 1 }), undefined);
  assert.is(h.snapshot().raises.length, 1);
});

history.run();

const actions = suite('dashboard actions');

actions('bad input is refused before anything runs, naming what is wrong', () => {
  const a = new Actions(() => { throw new Error('no command may run'); }, () => undefined);
  const refused = (name: string, body: unknown) => assert.throws(() => a.submit(name, body), (err: Error) => err instanceof UsageError);
  refused('canary-explode', { confirmed: true });
  refused('canary-abort', {});
  refused('canary-abort', { confirmed: 'yes' });
  refused('canary-weights', { confirmed: true, production: 0, canary: 0 });
  refused('canary-weights', { confirmed: true, production: '1,canary=9', canary: 1 });
  refused('flag-toggle', { confirmed: true, name: '../etc' });
  refused('flag-set', { confirmed: true, name: 'myflag' });
  refused('rollback', { confirmed: true, role: 'staging' });
  assert.is(a.recent.length, 0);
});

actions.run();

const page = suite('dashboard page files');

page('only the sign-in form, its script and the styles are served before sign-in', () => {
  const files = pageFiles();
  assert.equal([...files].filter(([, f]) => f.public).map(([n]) => n).sort(), ['dashboard.css', 'login.html', 'login.js']);
  assert.match(files.get('uPlot.iife.min.js')!.body, /uPlot/);
  for (const [name, f] of files) if (name.endsWith('.html')) assert.not.match(f.body, /<script>|\son[a-z]+="|https?:\/\//, `${name}: no inline script, no remote resource`);
});

page.run();

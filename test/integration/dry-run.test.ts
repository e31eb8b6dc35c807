// A dry run prints the calls a real run performs: each command runs once as a dry run and once for real, with a
// recording performer, against the real Docker engine and the real proxy; the printed plan must equal what was sent.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as querystring from 'node:querystring';
import { PassThrough } from 'node:stream';
import { execFileSync } from 'node:child_process';
import { createContext, type Context } from '../../src/core/context';
import { createExecutor, printable, type PrintedAction } from '../../src/core/plan';
import { createPerformer, type Performer } from '../../src/core/performer';
import { deployRole } from '../../src/deploy/deploy';
import { rollback } from '../../src/deploy/rollback';
import { promote } from '../../src/deploy/promote';
import { down } from '../../src/deploy/down';
import { runTests } from '../../src/verify/app-tests';
import { pipeline } from '../../src/pipeline/pipeline';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { freePort, freePortPairs } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { loudly } from '../support/hooks';
import { sampleAppImage } from '../support/images';
import { deployTargets, startTestProxy, type TestProxy } from '../support/proxy-harness';
import { runCli } from '../support/cli';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { makeDemoRepo } = require('../../scripts/demo-repo.cjs');

const same = suite('dry run = real run (real dockerd, real proxy)');

const app = `dr${Date.now().toString(36)}`;
const TOKEN = 'dry-run-admin-token-77';
const OFFSET = 17;
// only the calls are compared here, so the app's quickest test file stands for its suite (which runs whole in
// test-step, pipeline and the Jenkinsfile tests)
const TEST_COMMAND = 'node --test test/grades.test.js';
let dir = '';
let proxy: TestProxy;

same.before(loudly(async () => {
  await requireDocker();
  dir = tmpDir();
  const ports = await freePortPairs(2, OFFSET);
  for (const v of ['v1', 'v2']) await sampleAppImage(`${app}:${v}`, v);
  proxy = await startTestProxy({ production: `http://127.0.0.1:${ports[0]}`, canary: null }, { app, adminToken: TOKEN, allowedBackends: deployTargets(ports, OFFSET) });
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app, testCommand: TEST_COMMAND },
    stateDir: path.join(dir, 'state'),
    deploy: { production: { port: ports[0] }, canary: { port: ports[1] }, standbyPortOffset: OFFSET, healthTimeoutSec: 20, healthIntervalMs: 100, drainTimeoutSec: 2, memoryMb: 128 },
    proxy: { listen: `127.0.0.1:${proxy.listen.port}`, admin: `127.0.0.1:${proxy.admin.port}` },
  }));
}));

same.after(loudly(async () => {
  await proxy?.stop();
  await removeLabelled(`slipway.app=${app}`);
  for (const v of ['v1', 'v2']) await docker.getImage(`${app}:${v}`).remove({ force: true }).catch(() => undefined);
}));

interface Recorded {
  /** Each action as the performer got it, in the printed (masked) form. */
  performed: PrintedAction[];
  /** Each Engine API request dockerode's modem sent while a docker action was performed. */
  wire: { method: string; path: string; body?: unknown }[];
}

const quiet = () => new PassThrough().resume();
const env = { ...process.env, SLIPWAY_ADMIN_TOKEN: TOKEN };

function dryContext(): Context {
  return createContext({ app: dir, dryRun: true, json: true, env, out: quiet(), err: quiet() });
}

/** A real context whose executor records every call it performs, and what went over the Docker socket for it. */
function recordingContext(appDir = dir, runEnv = env): { ctx: Context; rec: Recorded } {
  const base = createContext({ app: appDir, dryRun: false, env: runEnv, out: quiet(), err: quiet() });
  const rec: Recorded = { performed: [], wire: [] };
  const engine = base.docker();
  const dial = engine.modem.dial.bind(engine.modem);
  let onWire = false;
  engine.modem.dial = ((opts: { method: string; path: string; options?: { _query?: Record<string, string>; _body?: unknown } }, cb: unknown) => {
    if (onWire) {
      const q = querystring.stringify(opts.options?._query ?? {});
      const body = opts.options?._body;
      // compared with the printed calls, so in their masked form (a service container's env carries the admin token)
      rec.wire.push(base.secrets.maskDeep({ method: opts.method, path: opts.path.replace(/\?$/, '') + (q ? `?${q}` : ''), ...(body && Object.keys(body).length ? { body } : {}) }));
    }
    return dial(opts as never, cb as never);
  }) as typeof engine.modem.dial;
  const inner = createPerformer({ docker: () => engine, log: base.log });
  const recorder: Performer = {
    async perform(action, done) {
      rec.performed.push(printable(action, rec.performed.length + 1, base.secrets));
      onWire = action.kind === 'docker';
      try {
        return await inner.perform(action, done);
      } finally {
        onWire = false;
      }
    },
  };
  return { ctx: { ...base, executor: createExecutor({ dryRun: false, log: base.log, secrets: base.secrets, performer: recorder }) }, rec };
}

/** What must match: kind, summary and the call; names made of a time or random part are the only difference allowed. */
function comparable(actions: PrintedAction[], names: Record<string, string>): unknown[] {
  let text = JSON.stringify(actions.map(({ kind, summary, detail }) => ({ kind, summary, detail })));
  for (const [from, to] of Object.entries(names)) text = text.split(from).join(to);
  return JSON.parse(text);
}

/** Runs `work` as a dry run, then for real, and checks the plan against the calls and the calls against the wire. */
async function compare<T>(what: string, work: (ctx: Context) => Promise<T>, names: (dry: T, real: T) => Record<string, string>): Promise<{ real: T; printed: PrintedAction[]; performed: PrintedAction[] }> {
  const dry = dryContext();
  const planned = await work(dry);
  const printed = dry.executor.printed();
  const { ctx, rec } = recordingContext();
  const real = await work(ctx);
  const rename = names(planned, real);
  // an action that runs only on a condition (a kill after a time-out) is printed, and performed only when it holds
  const expected = printed.filter((p) => !p.when);
  assert.equal(comparable(rec.performed, rename), comparable(expected, rename), `${what}: the dry run printed other calls than the real run performed`);
  const dockerCalls = rec.performed.filter((p) => p.kind === 'docker').map((p) => ({ method: p.detail.method, path: p.detail.path, ...(p.detail.body ? { body: p.detail.body } : {}) }));
  assert.equal(rec.wire, dockerCalls, `${what}: the Docker socket saw other requests than the printed ones`);
  assert.ok(printed.length > 0, `${what}: planned nothing`);
  return { real, printed, performed: rec.performed };
}

const deployIds = (dry: { deployId?: string }, real: { deployId?: string }) => ({ [dry.deployId ?? '-dry-']: 'ID', [real.deployId ?? '-real-']: 'ID' });

same('deploy: port check, create, start, health probe, its own answer, proxy re-point (token masked), history — printed as performed', async () => {
  const { printed, real } = await compare('deploy production v1', (ctx) => deployRole(ctx, 'production', `${app}:v1`), deployIds);
  const kinds = printed.map((p) => p.kind);
  assert.equal(kinds, ['check', 'docker', 'docker', 'check', 'docker', 'http', 'file']);
  const repoint = printed[5].detail;
  assert.equal([repoint.method, repoint.url, repoint.headers], ['PUT', `${proxy.adminUrl}/backends`, { Authorization: 'Bearer ***' }]);
  assert.is(proxy.core.status().backends[0].target, real.url, 'the proxy was re-pointed for real');
});

same('deploy of a new image drains and stops the old container gracefully: stop?t=N, then DELETE', async () => {
  const { printed } = await compare('deploy production v2', (ctx) => deployRole(ctx, 'production', `${app}:v2`), deployIds);
  const calls = printed.filter((p) => p.kind === 'docker').map((p) => `${p.detail.method} ${String(p.detail.path).replace(/-production-[0-9a-z]+/, '-production-ID')}`);
  assert.equal(calls.slice(-2), [`POST /containers/${app}-production-ID/stop?t=2`, `DELETE /containers/${app}-production-ID`]);
  assert.ok(printed.some((p) => p.kind === 'check' && String((p.detail.probe as { url?: string } | undefined)?.url).endsWith('/status')), 'the drain wait probes the proxy status');
});

same('rollback: back to v1 through the same calls', async () => {
  const { real } = await compare('rollback production', (ctx) => rollback(ctx, 'production'), deployIds);
  assert.is(real.image, `${app}:v1`);
});

same('promote: the canary image becomes production, then the canary leaves the proxy and is stopped and removed', async () => {
  const canary = await deployRole(recordingContext().ctx, 'canary', `${app}:v2`);
  const { printed } = await compare('promote', (ctx) => promote(ctx), (dry, real) => ({ ...deployIds(dry.production, real.production) }));
  const tail = printed.slice(-4).map((p) => `${p.kind} ${p.detail.method ?? ''} ${p.detail.path ?? p.detail.url ?? ''}`.trim());
  assert.equal(tail, [`http PUT ${proxy.adminUrl}/backends`, `check`, `docker POST /containers/${canary.container}/stop?t=2`, `docker DELETE /containers/${canary.container}`]);
  assert.is((await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`, 'slipway.role=canary'] } })).length, 0);
});

same('test: the image is inspected for its user by both runs; create, attach, start, wait, remove as printed', async () => {
  const junit = path.join(tmpDir('slipway-dry-junit-'), 'junit.xml');
  // each run names its container with a random part; the rest must be equal
  const { printed } = await compare('test', async (ctx) => {
    await runTests(ctx, { image: `${app}:v1`, junit, timeoutSec: 300 }).catch((err) => err);
    return String(ctx.executor.printed()[0]?.detail.path).split('name=')[1];
  }, (dry, real) => ({ [dry]: `${app}-test-X`, [real]: `${app}-test-X` }));
  const user = (await docker.getImage(`${app}:v1`).inspect()).Config.User;
  const create = printed[0].detail.body as { User: string };
  assert.is(create.User, user && !/^(root|0)(:|$)/.test(user) ? user : '1000:1000');
  assert.ok(fs.existsSync(junit), 'the real run wrote the JUnit report');
  assert.is((await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`, 'slipway.role=test'] } })).length, 0);
});

same('down: each container stopped gracefully, then removed — as printed', async () => {
  const { printed } = await compare('down', (ctx) => down(ctx), () => ({}));
  assert.ok(printed.length >= 2);
  for (let i = 0; i < printed.length; i += 2) {
    assert.match(String(printed[i].detail.path), /\/stop\?t=2$/);
    assert.is(printed[i + 1].detail.method, 'DELETE');
  }
  assert.is((await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`] } })).length, 0);
});

/** The parts of a run that are new each time: temp directories, deploy ids, container name suffixes. */
function generic(actions: PrintedAction[]): unknown[] {
  const text = JSON.stringify(actions.map(({ kind, summary, detail, when }) => ({ kind, summary, detail, when })))
    .replace(/slipway-([A-Za-z0-9_.-]+?)-[A-Za-z0-9]{6}(?=[/"\\ )])/g, 'slipway-$1-TMP')
    .replace(/-(production|canary)-[0-9a-z]{8,}/g, '-$1-ID')
    .replace(/-(test|lint)-[0-9a-f]{8}/g, '-$1-ID')
    .replace(/"deployId":"[^"]+"/g, '"deployId":"ID"')
    .replace(/"slipway\.deploy-id":"[^"]+"/g, '"slipway.deploy-id":"ID"');
  return JSON.parse(text);
}

/** The call an action makes, without its body: what a first pipeline can plan before the images and containers exist. */
function callsOf(actions: PrintedAction[]): unknown[] {
  return (generic(actions) as PrintedAction[]).map(({ kind, summary, detail }) => ({ kind, summary, method: detail.method, at: detail.path ?? detail.url ?? detail.argv ?? detail.probe }));
}

same('pipeline: a dry run prints the calls the real pipeline then performs, exactly so once the deployment runs', async () => {
  const [listen, admin, flags, metrics] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const [prod, canary] = await freePortPairs(2, OFFSET);
  const name = `${app}q`;
  const repo = makeDemoRepo(path.join(tmpDir('slipway-real-pipeline-'), name), {
    app: { name, testCommand: TEST_COMMAND },
    stateDir: path.join(tmpDir('slipway-real-pipeline-state-'), 'state'),
    deploy: { production: { port: prod }, canary: { port: canary }, standbyPortOffset: OFFSET, healthTimeoutSec: 30, healthIntervalMs: 100, drainTimeoutSec: 2 },
    proxy: { listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${admin}` },
    flags: { listen: `127.0.0.1:${flags}` },
    autoscaler: { metricsListen: `127.0.0.1:${metrics}` },
  });
  const argv = { _: [], reports: path.join(tmpDir('slipway-real-pipeline-reports-'), 'reports'), skipProvision: true };
  const runEnv = { ...env, SLIPWAY_ESLINT: path.join(__dirname, '../../node_modules/eslint/bin/eslint.js') };
  const dryRun = async () => {
    const dry = createContext({ app: repo, dryRun: true, json: true, env: runEnv, out: quiet(), err: quiet() });
    await pipeline(dry, argv);
    return dry.executor.printed().filter((p) => !p.when);
  };
  const realRun = async () => {
    const { ctx, rec } = recordingContext(repo, runEnv);
    const result = await pipeline(ctx, argv);
    const dockerCalls = rec.performed.filter((p) => p.kind === 'docker').map((p) => ({ method: p.detail.method, path: p.detail.path, ...(p.detail.body ? { body: p.detail.body } : {}) }));
    assert.equal(rec.wire, dockerCalls, 'pipeline: the Docker socket saw other requests than the printed ones');
    return { result, performed: rec.performed };
  };
  try {
    // first run: the images and containers a later stage reads (image ids, the canary's address) do not exist yet
    const firstPlan = await dryRun();
    const first = await realRun();
    assert.equal(Object.keys(first.result.images), ['production', 'canary']);
    assert.equal(callsOf(first.performed), callsOf(firstPlan), 'first pipeline: the dry run printed other calls than the real run performed');
    // over the running deployment every input exists: the plan is the performed calls, bodies and all
    const secondPlan = await dryRun();
    const second = await realRun();
    assert.equal(generic(second.performed), generic(secondPlan), 'second pipeline: the dry run printed other calls than the real run performed');
    assert.ok(second.performed.some((p) => p.kind === 'docker' && String(p.detail.path).startsWith('/build')), 'the second run builds (from the cache) and tests again');
  } finally {
    await removeLabelled(`slipway.app=${name}`);
  }
});

same('pipeline --dry-run builds the canary from the staging branch\'s own files, in a worktree removed afterwards', async () => {
  const [listen, admin, flags, metrics] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const repo = makeDemoRepo(path.join(tmpDir('slipway-dry-pipeline-'), app), {
    app: { name: `${app}p` },
    stateDir: path.join(tmpDir('slipway-dry-pipeline-state-'), 'state'),
    proxy: { listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${admin}` },
    flags: { listen: `127.0.0.1:${flags}` },
    autoscaler: { metricsListen: `127.0.0.1:${metrics}` },
  });
  const r = await runCli(['pipeline', '--app', repo, '--skip-provision', '--dry-run', '--json'], { SLIPWAY_ADMIN_TOKEN: TOKEN });
  assert.is(r.code, 0, r.stderr);
  // the app's two builds (the runtime image of slipway's services may be built too)
  const builds = (r.json().actions as PrintedAction[]).filter((a) => a.kind === 'docker' && String(a.detail.path).startsWith(`/build?t=${app}p%3A`));
  const versions = builds.map((b) => JSON.parse(new URLSearchParams(String(b.detail.path).split('?')[1]).get('labels')!)['org.opencontainers.image.version']);
  assert.equal(versions, ['1.0.0', '1.1.0'], 'production from main (1.0.0), the canary from staging (1.1.0)');
  const worktrees = execFileSync('git', ['-C', repo, 'worktree', 'list', '--porcelain'], { encoding: 'utf8' }).split('\n').filter((l) => l.startsWith('worktree '));
  assert.is(worktrees.length, 1, worktrees.join('; '));
  assert.not.ok(fs.existsSync(String(builds[1].detail.tar && (builds[1].detail.tar as { dir: string }).dir)), 'the worktree directory is gone');
});

same.run();

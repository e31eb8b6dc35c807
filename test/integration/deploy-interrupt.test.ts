// Deploys killed with SIGKILL (a Jenkins abort) at each of their steps, each followed by a deploy: the role ends with
// exactly one container, of the image the last deploy deployed, routed by the proxy, recorded, and `status` agrees.
// A deploy started while another runs waits for it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { runCli } from '../support/cli';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { freePortPairs } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { loudly } from '../support/hooks';
import { sampleAppImage } from '../support/images';
import { deployTargets, startTestProxy, type TestProxy } from '../support/proxy-harness';
import { pollUntil } from '../../src/core/deadline';
import { readHistory } from '../../src/deploy/deploy-history';
import { cliArgs } from '../support/cli-process';

const interrupted = suite('deploys interrupted anywhere');

const app = `di${Date.now().toString(36)}`;
const TOKEN = 'deploy-interrupt-token-42';
const OFFSET = 11;
const ROOT = path.resolve(__dirname, '../..');
const VERSIONS = ['v1', 'v2', 'v3'];
let dir = '';
let cli: string[] = [];
let proxy: TestProxy;
const running: ChildProcess[] = [];
const env = { ...process.env, SLIPWAY_ADMIN_TOKEN: TOKEN };

/** The steps of a deploy that replaces a container behind the proxy, as its progress lines name them. */
const STEPS = [
  /check that port \d+ .* is free/,
  /create \S+ from/,
  /· start \S+/,
  /wait until .* answers 200/,
  /is still the process it started as/,
  /point the proxy's production backend/,
  /record \S+ in the production history/,
  /let in-flight requests on/,
  /stop \S+ \(replaced\)/,
  /· remove \S+$/m,
];

/** `slipway deploy` as its own process, with its stderr as it comes. */
function deployProcess(image: string, killAt?: RegExp) {
  const c = spawn(process.execPath, [...cli, 'deploy', '--role', 'production', '--image', image, '--app', dir], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(c);
  let err = '';
  let out = '';
  c.stderr!.on('data', (d) => {
    err += d;
    // SIGKILL the moment the step's line arrives, not at the next poll: the last steps take only milliseconds
    if (killAt?.test(err) && c.exitCode === null && !c.killed) c.kill('SIGKILL');
  });
  c.stdout!.on('data', (d) => (out += d));
  const done = new Promise<number | null>((resolve) => c.on('exit', (code) => resolve(code)));
  return { child: c, err: () => err, out: () => out, done };
}

/** One production container, of `image`, routed, recorded, healthy in `status`. */
async function assertOneServing(image: string, context: string): Promise<void> {
  const all = await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`, 'slipway.role=production'] } });
  assert.is(all.length, 1, `${context}: containers of the role: ${all.map((c) => `${c.Names[0]} ${c.State}`).join(', ')}`);
  const [c] = all;
  assert.is(c.State, 'running', context);
  assert.is(c.Labels['slipway.image'], image, context);
  assert.is(c.ImageID, (await docker.getImage(image).inspect()).Id, context);
  const url = `http://127.0.0.1:${c.Labels['slipway.port']}`;
  assert.is(proxy.core.status().backends.find((b) => b.role === 'production')?.target, url, `${context}: the proxy routes production to it`);
  const last = readHistory(path.join(dir, 'state'), app).production.at(-1);
  assert.is(last?.deployId, c.Labels['slipway.deploy-id'], `${context}: the history's last production deploy is it`);
  const s = await runCli(['status', '--json', '--app', dir], { SLIPWAY_ADMIN_TOKEN: TOKEN });
  assert.is(s.code, 0, s.stderr);
  const rows = (s.json().result.containers as { role: string; image: string; health: string; proxy: string }[]).filter((r) => r.role === 'production');
  assert.equal(rows.map((r) => [r.image, r.health, r.proxy]), [[image, 'healthy', 'active']], `${context}: status`);
}

interrupted.before(loudly(async () => {
  await requireDocker();
  cli = await cliArgs();
  dir = tmpDir();
  const [port] = await freePortPairs(1, OFFSET);
  for (const v of VERSIONS) await sampleAppImage(`${app}:${v}`, v);
  proxy = await startTestProxy({ production: `http://127.0.0.1:${port}`, canary: null }, { app, adminToken: TOKEN, allowedBackends: deployTargets([port, port + 1], OFFSET) });
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({
    app: { name: app },
    stateDir: path.join(dir, 'state'),
    deploy: { production: { port }, canary: { port: port + 1 }, standbyPortOffset: OFFSET, healthTimeoutSec: 30, healthIntervalMs: 100, drainTimeoutSec: 2, memoryMb: 128 },
    proxy: { listen: `127.0.0.1:${proxy.listen.port}`, admin: `127.0.0.1:${proxy.admin.port}` },
  }));
  const r = await runCli(['deploy', '--role', 'production', '--image', `${app}:v1`, '--app', dir], { SLIPWAY_ADMIN_TOKEN: TOKEN });
  assert.is(r.code, 0, r.stderr);
}));

interrupted.after(loudly(async () => {
  for (const c of running) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await proxy?.stop();
  await removeLabelled(`slipway.app=${app}`);
  for (const v of VERSIONS) await docker.getImage(`${app}:${v}`).remove({ force: true }).catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
}));

STEPS.forEach((step, i) => {
  interrupted(`killed at step ${i + 1} (${step.source}), the next deploy ends with one container of its image`, async () => {
    const image = `${app}:${VERSIONS[1 + (i % 2)]}`;
    const d = deployProcess(image, step);
    const code = await d.done;
    assert.ok(step.test(d.err()), `the deploy never reached the step:\n${d.err()}`);
    assert.is(code, null, `killed at the step, not ended:\n${d.err()}`);
    // the killed deploy's image again: whatever it left, the next deploy finishes the job
    const next = await runCli(['deploy', '--role', 'production', '--image', image, '--app', dir], { SLIPWAY_ADMIN_TOKEN: TOKEN });
    assert.is(next.code, 0, next.stderr);
    await assertOneServing(image, `after a kill at step ${i + 1}`);
  });
});

interrupted('a deploy started while another runs waits for it; the later one wins', async () => {
  const a = deployProcess(`${app}:v1`);
  assert.ok(await pollUntil(() => /create \S+ from/.test(a.err()) || a.child.exitCode !== null, 120_000, 20), a.err());
  const b = deployProcess(`${app}:v2`);
  assert.ok(await pollUntil(() => /holds .*slipway\.lock.*waiting/.test(b.err()) || b.child.exitCode !== null, 120_000, 20), b.err());
  assert.is(await a.done, 0, a.err());
  assert.is(await b.done, 0, b.err());
  assert.match(a.out(), 'deployed');
  assert.ok(b.err().indexOf('waiting') < b.err().indexOf('check that port'), `the second planned only once it held the lock:\n${b.err()}`);
  await assertOneServing(`${app}:v2`, 'after two deploys at once');
});

interrupted.run();

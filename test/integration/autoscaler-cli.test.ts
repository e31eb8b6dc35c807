import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { docker } from '../support/docker';
import { waitFor } from '../../src/core/deadline';
import { cleanup, cleanupAll, limitMbOf, requireParts, startHolder, stoppable, uniqueApp } from './autoscaler-support';

const cli = suite('autoscaler command (real dockerd)');

cli.before(async () => {
  await requireParts();
});
cli.after(cleanupAll);

function appDir(app: string): string {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: app }));
  return dir;
}

async function envFor(dir: string) {
  return { SLIPWAY_AUTOSCALER_METRICS_LISTEN: `127.0.0.1:${await freePort()}`, SLIPWAY_STATE_DIR: path.join(dir, 'state'), DD_API_KEY: undefined, SLIPWAY_CONFIG_JSON: undefined };
}

cli('status says when no autoscaler runs, and how to start one', async () => {
  const app = uniqueApp();
  const dir = appDir(app);
  const r = await runCli(['autoscaler', 'status', '--app', dir], await envFor(dir));
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /autoscaler: not running — nothing answers on http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  assert.match(r.stdout, 'slipway autoscaler up');
});

cli('bad flags are refused before anything starts, naming the field and the value', async () => {
  const dir = appDir(uniqueApp());
  const env = await envFor(dir);
  let r = await runCli(['autoscaler', 'run', '--app', dir, '--threshold-percent', '150'], env);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'autoscaler.thresholdPercent (from --threshold-percent)');
  r = await runCli(['autoscaler', 'run', '--app', dir, '--for', '-3'], env);
  assert.is(r.code, 2);
  assert.match(r.stderr, '--for: expected 0 (until SIGTERM) or a number of seconds, got -3');
  r = await runCli(['autoscaler', 'run', '--app', dir, '--scale-down'], { ...env, SLIPWAY_AUTOSCALER_SCALE_DOWN_BELOW_PERCENT: '60' });
  assert.is(r.code, 2);
  assert.match(r.stderr, 'autoscaler.scaleDown.belowPercent: 60 is not below autoscaler.thresholdPercent 50');
  // up refuses the same, before any container exists that would only crash
  r = await runCli(['autoscaler', 'up', '--app', dir, '--scale-down'], { ...env, SLIPWAY_AUTOSCALER_SCALE_DOWN_BELOW_PERCENT: '60' });
  assert.is(r.code, 2);
  r = await runCli(['autoscaler', 'up', '--app', dir], { ...env, DD_API_KEY: undefined, SLIPWAY_MONITORS_LOCAL_SMTP: '127.0.0.1:25' });
  assert.is(r.code, 2);
  assert.match(r.stderr, 'monitors.emails is empty while monitors.local.smtp is set');
});

cli('run --dry-run prints the watch it would start and changes nothing', async () => {
  const dir = appDir(uniqueApp());
  const r = await runCli(['autoscaler', 'run', '--app', dir, '--dry-run', '--json'], await envFor(dir));
  assert.is(r.code, 0, r.stderr);
  const out = r.json();
  assert.is(out.actions.length, 1);
  assert.is(out.actions[0].kind, 'process');
  assert.match(out.actions[0].summary, 'every 5 s: used > 50 % of the limit → +100 MB');
});

cli('run watches, raises, serves /status and /metrics, and stops when --for runs out', async () => {
  const app = uniqueApp();
  const dir = appDir(app);
  const env = await envFor(dir);
  const url = `http://${env.SLIPWAY_AUTOSCALER_METRICS_LISTEN}`;
  try {
    const c = await startHolder({ app, limitMb: 128, holdMb: 80 });
    const run = runCli(['autoscaler', 'run', '--app', dir, '--for', '12', '--interval-sec', '1', '--json'], env);
    let s: any;
    await waitFor('the raise, seen by status', async () => {
      const status = await runCli(['autoscaler', 'status', '--app', dir, '--json'], env);
      s = status.code === 0 ? status.json().result : undefined;
      return s?.containers?.[0]?.lastAction?.result === 'done';
    }, 30_000);
    assert.equal(await limitMbOf(c), { memory: 228, swap: 228 });
    assert.is(s.running, true);
    assert.is(s.containers[0].name, `${app}-production`);
    assert.is(s.containers[0].lastAction.action, 'raise');
    const human = await runCli(['autoscaler', 'status', '--app', dir], env);
    assert.match(human.stdout, new RegExp(`${app}-production\\s+production\\s+running\\s+[\\d.]+ MB \\([\\d.]+ %\\)\\s+228 MB\\s+128 MB`));
    const metrics = await (await fetch(`${url}/metrics`)).text();
    assert.match(metrics, `slipway_autoscaler_memory_limit_bytes{container="${app}-production",role="production"} ${228 * 1024 * 1024}`);
    const done = await run;
    assert.is(done.code, 0, done.stderr);
    assert.match(done.json().result.stoppedBy, '--for 12 s ran out');
    assert.match(done.stderr, `${app}-production (production): raise 128 → 228 MB`);
  } finally {
    await cleanup(app);
  }
});

cli('up --dry-run plans a container with the Docker socket mounted, host network and a restart policy', async () => {
  const dir = appDir(uniqueApp());
  const r = await runCli(['autoscaler', 'up', '--app', dir, '--dry-run', '--json'], { ...(await envFor(dir)), DD_API_KEY: 'dd-key-for-the-test' });
  assert.is(r.code, 0, r.stderr);
  const create = r.json().actions.find((a: { summary: string }) => a.summary.startsWith('create '));
  assert.ok(create, 'no create action in the plan');
  const body = create.detail.body;
  assert.ok(body.HostConfig.Binds.includes('/var/run/docker.sock:/var/run/docker.sock'));
  // the containers' memory is read from the host's cgroup tree, which the container may only read
  assert.ok(body.HostConfig.Binds.includes('/sys/fs/cgroup:/host/sys/fs/cgroup:ro'), JSON.stringify(body.HostConfig.Binds));
  assert.is(body.HostConfig.NetworkMode, 'host');
  assert.is(body.HostConfig.RestartPolicy.Name, 'unless-stopped');
  // with Datadog keys the container leaves alerting to Datadog, and the key itself stays out of it
  assert.equal(body.Cmd.slice(0, 3), ['autoscaler', 'run', '--no-local-alerting']); // then --config <its config file>
  // the autoscaler's own bundle, not the whole CLI, runs in it for months
  assert.equal(body.Entrypoint, ['node', '/opt/slipway/autoscaler.cjs']);
  assert.not.match(r.stdout, 'dd-key-for-the-test');
});

cli('up runs the autoscaler as a container that outlives the command and scales the app', async () => {
  const app = uniqueApp();
  const dir = appDir(app);
  const env = await envFor(dir);
  try {
    const r = await runCli(['autoscaler', 'up', '--app', dir, '--interval-sec', '1'], env);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, `${app}-autoscaler is up`);
    const info = await docker.getContainer(`${app}-autoscaler`).inspect();
    assert.is(info.HostConfig.RestartPolicy?.Name, 'unless-stopped');
    assert.equal([info.Path, info.Args[0]], ['node', '/opt/slipway/autoscaler.cjs'], 'the container runs the autoscaler\'s own bundle');
    // a second up with the same config changes nothing
    const again = await runCli(['autoscaler', 'up', '--app', dir, '--interval-sec', '1'], env);
    assert.match(again.stdout, 'is already up to date');
    const c = await startHolder({ app, limitMb: 128, holdMb: 80 });
    let seen: any;
    await waitFor('the raise by the container, seen by status', async () => {
      const status = await runCli(['autoscaler', 'status', '--app', dir, '--json'], env);
      seen = status.code === 0 ? status.json().result.containers?.[0] : undefined;
      return seen?.lastAction?.result === 'done';
    }, 60_000);
    assert.equal(await limitMbOf(c), { memory: 228, swap: 228 });
    // from inside its container the autoscaler reads the app container's cgroup files, not Docker's stats
    assert.is(seen.source, 'cgroup');
  } finally {
    await cleanup(app); // removes <app>-autoscaler too: it carries slipway.app
  }
});

cli('a config reloaded on SIGHUP reaches the running autoscaler: the new threshold decides the next evaluation', async () => {
  const app = uniqueApp();
  const dir = appDir(app);
  const env = await envFor(dir);
  const url = `http://${env.SLIPWAY_AUTOSCALER_METRICS_LISTEN}`;
  const configure = (thresholdPercent: number) =>
    fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({ autoscaler: { intervalSec: 1, cooldownSec: 0, thresholdPercent, watermarkPercent: 0 } }));
  const holds = async () => Number(/action="hold",reason="within"\} (\d+)/.exec(await (await fetch(`${url}/metrics`).catch(() => undefined))?.text() ?? '')?.[1] ?? 0);
  configure(90);
  try {
    const c = await startHolder({ app, limitMb: 128, holdMb: 80 }); // ~67 % with Node itself: under 90, over 50
    const run = stoppable(runCli(['autoscaler', 'run', '--app', dir, '--for', '25', '--json'], env));
    await waitFor('three evaluations under the 90 % threshold', async () => (await holds()) >= 3, 20_000);
    assert.equal(await limitMbOf(c), { memory: 128, swap: 128 });
    configure(50);
    process.kill(process.pid, 'SIGHUP');
    await waitFor('the raise under the reloaded 50 % threshold', async () => (await limitMbOf(c)).memory === 228, 20_000);
    const status = (await (await fetch(`${url}/status`)).json()) as { policy: { thresholdPercent: number } };
    assert.is(status.policy.thresholdPercent, 50);
    // the reload is proven: the run need not last its --for
    const done = await run.stop();
    assert.is(done.code, 0, done.stderr);
    assert.match(done.stderr, 'autoscaler: config reloaded — every 1 s: used > 50 %');
    assert.match(done.stderr, `${app}-production (production): raise 128 → 228 MB`);
  } finally {
    await cleanup(app);
  }
});

cli.run();

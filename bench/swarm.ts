// `npm run bench:swarm`: slipway on a real two-node swarm (test/support/swarm-lab.ts) — production with 2 tasks
// spread over both nodes and a canary, behind slipway's proxy service, under bounded load: the split, a production
// rolling update, a promote, a production task killed on the worker, and a canary answering 5xx until it is ejected.
// Ends with one JSON line: nodes, split_canary_share, failed_rolling_update, failed_promote, failed_task_killed,
// ejection_ms. Run it under /tmp/slipway-it.lock: it switches the shared dockerd into swarm mode and back.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runCli } from '../test/support/cli';
import { docker } from '../test/support/docker';
import { freePort } from '../test/support/ports';
import { failingImage, sampleAppImage } from '../test/support/images';
import { steadyLoad, type SteadyResult } from '../test/support/steady-load';
import { startSwarmLab, type SwarmLab } from '../test/support/swarm-lab';
import { pollUntil, sleep } from '../src/core/deadline';

const LOAD = Number(process.env.BENCH_REQUESTS ?? 3000); // requests of the split and the ejection phases
const MAX_DURING = 200_000; // the most a phase under load sends while a change runs (each change is bounded in time too)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const TOKEN = 'bench-swarm-admin-token';
const app = `bsw${Date.now().toString(36)}`;

function ensurePackages(): void {
  const missing = [['ip', 'iproute2'], ['nsenter', 'util-linux'], ['/usr/bin/docker-registry', 'docker-registry']].filter(([cmd]) => {
    try {
      execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  }).map(([, pkg]) => pkg);
  if (!missing.length) return;
  console.log(`installing ${missing.join(' ')}`);
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const revisions = (r: SteadyResult): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const [body, n] of Object.entries(r.bodies)) {
    const rev = (() => { try { return String(JSON.parse(body).revision); } catch { return 'other'; } })();
    out[rev] = (out[rev] ?? 0) + n;
  }
  return out;
};

/** Load through the proxy while `during` runs; the load stops once it is done (and at LOAD requests at most). */
async function underLoad(url: string, reqPath: string, during: () => Promise<void>): Promise<SteadyResult> {
  const load = steadyLoad(url, { concurrency: CONCURRENCY, max: MAX_DURING, path: reqPath });
  await during();
  return load.stop();
}

let appDir = '';

async function cli(args: string[]): Promise<void> {
  const r = await runCli([...args, '--app', appDir]);
  if (r.code !== 0) throw new Error(`slipway ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
}

async function main(): Promise<void> {
  ensurePackages();
  process.env.SLIPWAY_ADMIN_TOKEN = TOKEN;
  let lab: SwarmLab | undefined;
  try {
    lab = await startSwarmLab(2);
    for (const [tag, v] of [['bench-swarm:v1', '1'], ['bench-swarm:v2', '2'], ['bench-swarm:v3', '3']]) await sampleAppImage(tag, v);
    await failingImage('bench-swarm:bad');
    const listen = await freePort();
    const admin = await freePort();
    appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-swarm-'));
    fs.writeFileSync(path.join(appDir, 'slipway.json'), JSON.stringify({
      app: { name: app }, stateDir: path.join(appDir, 'state'),
      proxy: { listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${admin}` },
      deploy: { target: 'swarm', healthTimeoutSec: 30, healthIntervalMs: 500, drainTimeoutSec: 3, memoryMb: 128, swarm: { replicas: { production: 2, canary: 1 }, updateMonitorSec: 2 } },
    }));
    const url = `http://127.0.0.1:${listen}`;
    await cli(['deploy', '--role', 'production', '--image', 'bench-swarm:v1']);
    const tasks = (await docker.listTasks({ filters: { service: [`${app}-production`], 'desired-state': ['running'] } })).filter((t) => t.Status?.State === 'running');
    const nodes = new Set(tasks.map((t) => t.NodeID)).size;
    console.log(`production: ${tasks.length} tasks on ${nodes} node(s)`);
    await cli(['deploy', '--role', 'canary', '--image', 'bench-swarm:v2']);

    const split = steadyLoad(url, { concurrency: CONCURRENCY, max: LOAD, path: '/health' });
    await pollUntil(() => split.sent() >= LOAD, 120_000, 100);
    const splitResult = await split.stop();
    const revs = revisions(splitResult);
    const share = (revs['rev-2'] ?? 0) / Math.max(1, (revs['rev-1'] ?? 0) + (revs['rev-2'] ?? 0));
    console.log(`split over ${splitResult.sent} GETs: ${JSON.stringify(revs)} → canary share ${(share * 100).toFixed(1)} % (configured 33.3 %), failed ${splitResult.failed}`);

    let t = Date.now();
    const rolling = await underLoad(url, '/health', () => cli(['deploy', '--role', 'production', '--image', 'bench-swarm:v3']));
    console.log(`production rolling update v1 → v3 (2 tasks, start-first) in ${Date.now() - t} ms: ${rolling.sent} GETs, ${rolling.failed} failed ${JSON.stringify(rolling.failures)}`);

    t = Date.now();
    const promoted = await underLoad(url, '/health', () => cli(['canary', 'promote']));
    console.log(`promote (production → v2, canary removed) in ${Date.now() - t} ms: ${promoted.sent} GETs, ${promoted.failed} failed ${JSON.stringify(promoted.failures)}`);

    const onWorker = (await lab.worker!.listContainers({ filters: { label: [`com.docker.swarm.service.name=${app}-production`] } }))[0];
    t = Date.now();
    const killed = await underLoad(url, '/health', async () => {
      await sleep(1000);
      await lab!.worker!.getContainer(onWorker.Id).kill();
      // until Swarm has a replacement running
      await pollUntil(async () => (await docker.listTasks({ filters: { service: [`${app}-production`], 'desired-state': ['running'] } })).filter((x) => x.Status?.State === 'running').length === 2 && Date.now() - t > 3000, 60_000, 250);
    });
    console.log(`a production task killed on the worker: ${killed.sent} GETs, ${killed.failed} failed ${JSON.stringify(killed.failures)}`);

    await cli(['deploy', '--role', 'canary', '--image', 'bench-swarm:bad']);
    const load = steadyLoad(url, { concurrency: CONCURRENCY, max: LOAD, path: '/' });
    const status = async () => (await (await fetch(`http://127.0.0.1:${admin}/status`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { canary?: { state?: string } };
    const started = Date.now();
    // from the first requests the canary gets (its first 5xx) until the proxy reports it ejected
    await pollUntil(async () => (await status()).canary?.state === 'ejected', 30_000, 20);
    const ejectedAt = Date.now();
    const ej = await load.stop();
    console.log(`canary answering 500: ejected ${ejectedAt - started} ms after the load on / began (${ej.failed} 5xx seen by clients of ${ej.sent})`);
    const result = {
      nodes,
      split_canary_share: Number(share.toFixed(4)),
      failed_rolling_update: rolling.failed,
      failed_promote: promoted.failed,
      failed_task_killed: killed.failed,
      ejection_ms: ejectedAt - started,
    };
    await cli(['down']);
    // down keeps the volume of slipway's Redis (the flags); the bench made it, so it goes
    await docker.getVolume(`${app}-redis-data`).remove().catch(() => undefined);
    console.log(JSON.stringify(result));
  } finally {
    await lab?.teardown();
    if (appDir) fs.rmSync(appDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

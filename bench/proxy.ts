// `npm run bench:proxy`: the same bounded loopback load (wrk, 50 connections) against one backend directly, against
// nginx with the same 2:1 upstream and keep-alive, and against slipway's proxy — interleaved in rounds so every proxy
// sees the same machine — then req/s, p50 and p99 of each and one JSON line with the ratios.
// What is compared, like with like: nginx with N worker processes against slipway with N data-plane workers
// (proxy.workers), N = the number of cores, which is what each ships with — the JSON's main keys; and one nginx
// worker against one slipway process (proxy.workers 1) — the *_1v1 keys. Same backends, same upstream keep-alive and
// X-Forwarded-*, no per-request log on either side, all left to the scheduler beside wrk and the backends; a proxy's
// CPU is that of all its processes. BENCH_PIN=1 pins the proxies to the last core and the load side to the others
// (then N is 1).
import * as os from 'node:os';
import { startBackend, type TestBackend } from '../test/support/backends';
import { corePlan, cpuSeconds, median, pin, requireTool, round, startNginx, startSlipwayProxy, wrk, type Started, type WrkResult } from './proxy-kit';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

type Name = 'direct' | 'nginx' | 'slipway' | 'nginx-1' | 'slipway-1';

interface Target {
  name: Name;
  url: string;
  pids?: () => number[];
  runs: (WrkResult & { cpuPct: number })[];
}

const cpuOf = (pids: number[]) => pids.reduce((sum, pid) => sum + (cpuSeconds(pid) || 0), 0);

async function main(): Promise<void> {
  requireTool('wrk', 'wrk');
  const started: (Started | TestBackend)[] = [];
  const stopAll = async () => {
    for (const s of started.reverse()) await ('stop' in s ? s.stop() : s.kill()).catch(() => undefined);
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  const plan = corePlan();
  if (plan) pin(process.pid, plan.load); // wrk and the backends start from here and inherit the load cores
  try {
    const production = await startBackend('production');
    const canary = await startBackend('canary');
    started.push(production, canary);
    const cores = plan ? 1 : os.cpus().length;
    // BENCH_NODE_ARGS: extra node flags for the proxy processes, e.g. --cpu-prof to see where their time goes
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const proxies = {
      nginx: await startNginx(production.port, canary.port, cores),
      slipway: await startSlipwayProxy(production.url, canary.url, nodeArgs, { workers: cores }),
      'nginx-1': await startNginx(production.port, canary.port, 1),
      'slipway-1': await startSlipwayProxy(production.url, canary.url, nodeArgs, { workers: 1 }),
    };
    started.push(...Object.values(proxies));
    if (plan) for (const p of Object.values(proxies)) for (const pid of p.pids!()) pin(pid, plan.proxy);
    const targets: Target[] = [{ name: 'direct', url: `${production.url}/`, runs: [] }];
    for (const [name, p] of Object.entries(proxies)) targets.push({ name: name as Name, url: `http://127.0.0.1:${p.port}/`, pids: () => p.pids!(), runs: [] });
    const placement = plan ? `proxies on cpu ${plan.proxy}, wrk and backends on cpu ${plan.load}` : 'no pinning';
    console.log(`bench:proxy — wrk -t1 -c${CONNECTIONS} -d${SECONDS}s, ${ROUNDS} rounds, 2 backends (node http, 2:1), ${os.cpus().length} cores, ${placement}`);
    console.log(`  nginx: ${cores} worker processes vs slipway: ${cores} workers; nginx-1 vs slipway-1: one process each`);
    for (const t of targets) await wrk(t.url, { seconds: 2, connections: CONNECTIONS }); // warm-up: JIT, pools, caches
    for (let r = 1; r <= ROUNDS; r++) {
      for (const t of targets) {
        const pids = t.pids?.() ?? [];
        const before = cpuOf(pids);
        const result = await wrk(t.url, { seconds: SECONDS, connections: CONNECTIONS });
        const cpuPct = pids.length ? ((cpuOf(pids) - before) / SECONDS) * 100 : NaN;
        t.runs.push({ ...result, cpuPct });
        console.log(`  round ${r} ${t.name.padEnd(9)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50ms.toFixed(2).padStart(6)} ms  p99 ${result.p99ms.toFixed(2).padStart(7)} ms${Number.isNaN(cpuPct) ? '' : `  proxy cpu ${cpuPct.toFixed(0)}%`}${result.non2xx || result.errors ? `  non-2xx ${result.non2xx} errors ${result.errors}` : ''}`);
      }
    }
    const fig = (name: Name) => {
      const t = targets.find((x) => x.name === name)!;
      // CPU time the proxy process spent per request: what decides throughput once the proxy saturates its core
      const cpuUs = median(t.runs.map((x) => ((x.cpuPct / 100) * 1e6) / x.rps));
      return { rps: median(t.runs.map((x) => x.rps)), p50: median(t.runs.map((x) => x.p50ms)), p99: median(t.runs.map((x) => x.p99ms)), cpuUs, bad: t.runs.reduce((n, x) => n + x.non2xx + x.errors, 0) };
    };
    const f = Object.fromEntries(targets.map((t) => [t.name, fig(t.name)])) as Record<Name, ReturnType<typeof fig>>;
    console.log('\nmedian of the rounds:');
    console.log('  target      req/s    p50 ms   p99 ms   proxy cpu µs/req');
    for (const t of targets) {
      const x = f[t.name];
      const cpu = Number.isNaN(x.cpuUs) ? '' : x.cpuUs.toFixed(1).padStart(10);
      console.log(`  ${t.name.padEnd(9)} ${x.rps.toFixed(0).padStart(7)}  ${x.p50.toFixed(2).padStart(7)}  ${x.p99.toFixed(2).padStart(7)}  ${cpu}${x.bad ? `  (${x.bad} non-2xx/errors)` : ''}`);
    }
    const [sw, ngx, sw1, ngx1] = [f.slipway, f.nginx, f['slipway-1'], f['nginx-1']];
    console.log(`  slipway / nginx, ${cores} vs ${cores} processes: ${(sw.rps / ngx.rps).toFixed(2)} × throughput (target ≥ 0.6), ${(sw.p99 / ngx.p99).toFixed(2)} × p99 (target ≤ 1.5)`);
    console.log(`  slipway / nginx, 1 vs 1: ${(sw1.rps / ngx1.rps).toFixed(2)} × throughput, ${(sw1.p99 / ngx1.p99).toFixed(2)} × p99`);
    console.log(JSON.stringify({
      workers: cores, direct_rps: round(f.direct.rps, 0), nginx_rps: round(ngx.rps, 0), slipway_rps: round(sw.rps, 0), ratio_rps: round(sw.rps / ngx.rps, 3),
      nginx_p99_ms: round(ngx.p99, 2), slipway_p99_ms: round(sw.p99, 2), ratio_p99: round(sw.p99 / ngx.p99, 3),
      nginx_cpu_us_per_req: round(ngx.cpuUs, 1), slipway_cpu_us_per_req: round(sw.cpuUs, 1),
      nginx_rps_1v1: round(ngx1.rps, 0), slipway_rps_1v1: round(sw1.rps, 0), ratio_rps_1v1: round(sw1.rps / ngx1.rps, 3),
      nginx_p99_ms_1v1: round(ngx1.p99, 2), slipway_p99_ms_1v1: round(sw1.p99, 2), ratio_p99_1v1: round(sw1.p99 / ngx1.p99, 3),
      nginx_cpu_us_per_req_1v1: round(ngx1.cpuUs, 1), slipway_cpu_us_per_req_1v1: round(sw1.cpuUs, 1),
    }));
  } finally {
    await stopAll();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

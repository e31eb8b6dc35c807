// `npm run bench:proxy`: the same bounded loopback load (wrk, 50 connections) against one backend directly,
// against nginx with the same 2:1 upstream and keep-alive, and against slipway's proxy — interleaved in rounds so
// both proxies see the same machine — then req/s, p50 and p99 of each and one JSON line with the ratios.
// What is compared: one nginx worker process against one slipway process (each is one event loop), same backends,
// same upstream keep-alive and X-Forwarded-*, no per-request log on either side, both left to the scheduler beside
// wrk and the backends. BENCH_PIN=1 pins each proxy alone to the last core and the load side to the others, so a
// proxy's own cost per request decides its figure (slipway's core saturates first; nginx then shows the load side's
// ceiling, direct_rps being what that side delivers with no proxy at all).
import { startBackend, type TestBackend } from '../test/support/backends';
import { corePlan, cpuSeconds, median, pin, requireTool, round, startNginx, startSlipwayProxy, wrk, type Started, type WrkResult } from './proxy-kit';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

interface Target {
  name: 'direct' | 'nginx' | 'slipway';
  url: string;
  pid?: () => number;
  runs: (WrkResult & { cpuPct: number })[];
}

async function main(): Promise<void> {
  requireTool('wrk', 'wrk');
  const started: (Started | TestBackend)[] = [];
  const stopAll = async () => {
    for (const s of started.reverse()) await ('stop' in s ? s.stop() : s.kill()).catch(() => undefined);
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  const cores = corePlan();
  if (cores) pin(process.pid, cores.load); // wrk and the backends start from here and inherit the load cores
  try {
    const production = await startBackend('production');
    const canary = await startBackend('canary');
    started.push(production, canary);
    const nginx = await startNginx(production.port, canary.port);
    started.push(nginx);
    // BENCH_NODE_ARGS: extra node flags for the proxy process, e.g. --cpu-prof to see where its time goes
    const slipway = await startSlipwayProxy(production.url, canary.url, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
    started.push(slipway);
    if (cores) for (const pid of [...nginx.pids!(), slipway.pid]) pin(pid, cores.proxy);
    const targets: Target[] = [
      { name: 'direct', url: `${production.url}/`, runs: [] },
      { name: 'nginx', url: `http://127.0.0.1:${nginx.port}/`, pid: () => nginx.pid, runs: [] },
      { name: 'slipway', url: `http://127.0.0.1:${slipway.port}/`, pid: () => slipway.pid, runs: [] },
    ];
    const placement = cores ? `proxies on cpu ${cores.proxy}, wrk and backends on cpu ${cores.load}` : 'no pinning';
    console.log(`bench:proxy — wrk -t1 -c${CONNECTIONS} -d${SECONDS}s, ${ROUNDS} rounds, 2 backends (node http, 2:1), ${require('node:os').cpus().length} cores, ${placement}`);
    for (const t of targets) await wrk(t.url, { seconds: 2, connections: CONNECTIONS }); // warm-up: JIT, pools, caches
    for (let r = 1; r <= ROUNDS; r++) {
      for (const t of targets) {
        const pid = t.pid?.();
        const before = pid ? cpuSeconds(pid) : NaN;
        const result = await wrk(t.url, { seconds: SECONDS, connections: CONNECTIONS });
        const cpuPct = pid ? ((cpuSeconds(pid) - before) / SECONDS) * 100 : NaN;
        t.runs.push({ ...result, cpuPct });
        console.log(`  round ${r} ${t.name.padEnd(8)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50ms.toFixed(2).padStart(6)} ms  p99 ${result.p99ms.toFixed(2).padStart(7)} ms${Number.isNaN(cpuPct) ? '' : `  proxy cpu ${cpuPct.toFixed(0)}%`}${result.non2xx || result.errors ? `  non-2xx ${result.non2xx} errors ${result.errors}` : ''}`);
      }
    }
    const fig = (name: Target['name']) => {
      const t = targets.find((x) => x.name === name)!;
      // CPU time the proxy process spent per request: what decides throughput once the proxy saturates its core
      const cpuUs = median(t.runs.map((x) => ((x.cpuPct / 100) * 1e6) / x.rps));
      return { rps: median(t.runs.map((x) => x.rps)), p50: median(t.runs.map((x) => x.p50ms)), p99: median(t.runs.map((x) => x.p99ms)), cpuUs, bad: t.runs.reduce((n, x) => n + x.non2xx + x.errors, 0) };
    };
    const direct = fig('direct');
    const ngx = fig('nginx');
    const sw = fig('slipway');
    console.log('\nmedian of the rounds:');
    console.log('  target     req/s    p50 ms   p99 ms   proxy cpu µs/req');
    for (const [name, f] of [['direct', direct], ['nginx', ngx], ['slipway', sw]] as const) {
      const cpu = Number.isNaN(f.cpuUs) ? '' : f.cpuUs.toFixed(1).padStart(10);
      console.log(`  ${name.padEnd(8)} ${f.rps.toFixed(0).padStart(7)}  ${f.p50.toFixed(2).padStart(7)}  ${f.p99.toFixed(2).padStart(7)}  ${cpu}${f.bad ? `  (${f.bad} non-2xx/errors)` : ''}`);
    }
    console.log(`  slipway / nginx: ${(sw.rps / ngx.rps).toFixed(2)} × throughput (target ≥ 0.6), ${(sw.p99 / ngx.p99).toFixed(2)} × p99 (target ≤ 1.5)`);
    console.log(JSON.stringify({
      direct_rps: round(direct.rps, 0), nginx_rps: round(ngx.rps, 0), slipway_rps: round(sw.rps, 0), ratio_rps: round(sw.rps / ngx.rps, 3),
      nginx_p99_ms: round(ngx.p99, 2), slipway_p99_ms: round(sw.p99, 2), ratio_p99: round(sw.p99 / ngx.p99, 3),
      nginx_cpu_us_per_req: round(ngx.cpuUs, 1), slipway_cpu_us_per_req: round(sw.cpuUs, 1),
    }));
  } finally {
    await stopAll();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

// `npm run bench:canary`: a steady paced load (GET and POST) through slipway's proxy; mid-run the canary starts
// answering 500 to everything. Prints what clients saw and how long the proxy took from the canary's first 5xx
// to its ejection, then one JSON line: get_5xx_seen, post_5xx_seen, ejection_ms, requests.
import { Pool } from 'undici';
import { startBackend, type TestBackend } from '../test/support/backends';
import { startSlipwayProxy, type SlipwayProxy } from './proxy-kit';

const RATE = Number(process.env.BENCH_RATE ?? 1000); // requests per second, steady
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const FAIL_AT_SEC = Number(process.env.BENCH_FAIL_AT_SEC ?? 2);
const POST_SHARE = Number(process.env.BENCH_POST_SHARE ?? 0.2);

interface Tally {
  sent: number;
  byStatus: Record<string, number>;
  fivexx: number;
  errors: number;
}

async function main(): Promise<void> {
  let production: TestBackend | undefined;
  let canary: TestBackend | undefined;
  let proxy: SlipwayProxy | undefined;
  try {
    production = await startBackend('production');
    canary = await startBackend('canary');
    proxy = await startSlipwayProxy(production.url, canary.url);
    const pool = new Pool(`http://127.0.0.1:${proxy.port}`, { connections: 64, pipelining: 1 });
    const get: Tally = { sent: 0, byStatus: {}, fivexx: 0, errors: 0 };
    const post: Tally = { sent: 0, byStatus: {}, fivexx: 0, errors: 0 };
    const total = RATE * SECONDS;
    console.log(`bench:canary — ${RATE} req/s for ${SECONDS}s (${Math.round(POST_SHARE * 100)}% POST) through slipway proxy, 2:1 split; canary answers 500 from t=${FAIL_AT_SEC}s`);
    const started = Date.now();
    let issued = 0;
    let owed = 0;
    let failed = false;
    const inFlight = new Set<Promise<void>>();
    const fire = (isPost: boolean) => {
      const t = isPost ? post : get;
      t.sent++;
      const p = pool
        .request({ path: '/', method: isPost ? 'POST' : 'GET', body: isPost ? 'order=1' : undefined, headersTimeout: 5000, bodyTimeout: 5000 })
        .then(async (r) => {
          await r.body.dump();
          t.byStatus[r.statusCode] = (t.byStatus[r.statusCode] ?? 0) + 1;
          if (r.statusCode >= 500) t.fivexx++;
        }, () => void t.errors++)
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    };
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const elapsed = (Date.now() - started) / 1000;
        if (!failed && elapsed >= FAIL_AT_SEC) {
          failed = true;
          void canary!.setFailing(true);
        }
        // catch up if a tick came late, so the rate stays what was asked
        owed = Math.min(total - issued, Math.round(elapsed * RATE) - issued);
        for (; owed > 0; owed--, issued++) fire(issued % Math.round(1 / POST_SHARE) === 0);
        if (issued >= total || elapsed > SECONDS * 3) {
          clearInterval(timer);
          resolve();
        }
      }, 10);
    });
    await Promise.all(inFlight);
    const wallSec = (Date.now() - started) / 1000;
    await pool.close();
    const status = (await (await fetch(`${proxy.adminUrl}/status`)).json()) as { canary: { state: string; since: string; reason: string }; retries: number; backends: { role: string; requests: number; '5xx': number }[] };
    const first500 = (await canary.control()).first500;
    const ejectionMs = status.canary.state === 'ejected' && first500 ? Date.parse(status.canary.since) - first500 : NaN;
    const requests = get.sent + post.sent;
    console.log(`  sent ${requests} requests in ${wallSec.toFixed(1)}s (${Math.round(requests / wallSec)} req/s)`);
    console.log(`  GET : ${get.sent} sent, statuses ${JSON.stringify(get.byStatus)}, 5xx seen ${get.fivexx}, no answer ${get.errors}`);
    console.log(`  POST: ${post.sent} sent, statuses ${JSON.stringify(post.byStatus)}, 5xx seen ${post.fivexx} (never retried: a POST may not be sent twice), no answer ${post.errors}`);
    console.log(`  canary: ${status.canary.state} — ${status.canary.reason}`);
    console.log(`  canary 5xx seen by the proxy ${status.backends[1]['5xx']}, GETs answered by production instead ${status.retries}`);
    console.log(`  first canary 5xx → ejected: ${Number.isNaN(ejectionMs) ? 'not ejected' : `${ejectionMs} ms`} (target ≤ 1000 ms; get_5xx_seen target 0)`);
    console.log(JSON.stringify({ get_5xx_seen: get.fivexx + get.errors, post_5xx_seen: post.fivexx + post.errors, ejection_ms: Number.isNaN(ejectionMs) ? null : ejectionMs, requests }));
  } finally {
    await proxy?.stop();
    await canary?.kill();
    await production?.kill();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

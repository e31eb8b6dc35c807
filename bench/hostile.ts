// `npm run bench:hostile`: malformed and abusive HTTP/1.1 against every slipway server (proxy data plane and admin API,
// toggle server, autoscaler metrics, dashboard), seeded and bounded in count and time; prints the outcome table, each finding with
// the seed and index that replay it, and one JSON line. Options (or env): --seed N (HOSTILE_SEED), --count N
// (HOSTILE_COUNT, default 20000), --seconds N (HOSTILE_SECONDS, default 300), --concurrency N (default 32),
// --no-stalls, --replay I,J (only those cases of the seed, each one's bytes and answer printed).
import { spawnSync } from 'node:child_process';
import { runFuzz } from '../test/support/hostile/run';
import { findingLines, findingsByShape, outcomeTable } from '../test/support/hostile/report';

function option(name: string, env: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : (process.env[env] ?? fallback);
}

/** redis-server is the one part the bench needs from Debian; dockerd (for the autoscaler) is `slipway provision`'s. */
function requireRedis(): void {
  if (spawnSync('redis-server', ['--version']).status === 0) return;
  console.log('bench:hostile: installing redis-server (apt-get)');
  const r = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('redis-server is missing and apt-get could not install it: apt-get install redis-server');
}

async function main(): Promise<void> {
  requireRedis();
  const seed = Number(option('seed', 'HOSTILE_SEED', String(Date.now() % 1_000_000)));
  const replay = option('replay', 'HOSTILE_REPLAY', '');
  const only = replay ? replay.split(',').map(Number) : undefined;
  const count = Number(option('count', 'HOSTILE_COUNT', '20000'));
  const seconds = Number(option('seconds', 'HOSTILE_SECONDS', '300'));
  const concurrency = Number(option('concurrency', 'HOSTILE_CONCURRENCY', '32'));
  const stalls = !process.argv.includes('--no-stalls') && !only;
  console.log(`bench:hostile — seed ${seed}, ${only ? `replay of ${only.length} case(s)` : `${count} cases`}, at most ${seconds} s, ${concurrency} connections at once, stalled senders ${stalls ? 'on' : 'off'}`);
  const result = await runFuzz({ seed, count, timeMs: seconds * 1000, concurrency, stalls, only, log: (l) => console.log(l) });
  console.log('\noutcomes per server and shape (4xx:N is slipway refusing, reset/closed is a connection dropped without an answer):');
  for (const line of outcomeTable(result)) console.log(line);
  const { summary } = result;
  console.log(`\nfindings (${result.judge.findings.length}):`);
  for (const line of findingsByShape(result)) console.log(line);
  console.log('\neach finding with the case(s) that replay it (npm run bench:hostile -- --seed S --replay I):');
  for (const line of findingLines(result)) console.log(line);
  console.log(`\n${summary.requests_tried} requests; ${summary.seconds} s overall (sending, waiting for stalled senders to be cut, replays); resets or closes without an answer: ${summary.resets}; hangs: ${summary.hangs}`);
  console.log(JSON.stringify(summary));
}

main().catch((err) => {
  console.error(`bench:hostile: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
});

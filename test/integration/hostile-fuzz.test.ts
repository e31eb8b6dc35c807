import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runFuzz, type FuzzResult } from '../support/hostile/run';
import { findingLines } from '../support/hostile/report';
import type { FindingKind } from '../support/hostile/judge';

const fuzz = suite('hostile HTTP/1.1 against every slipway server (seeded fuzz: proxy, admin API, toggle server, autoscaler, dashboard)');

// the same seed every run, so a failure here replays with `npm run bench:hostile -- --seed 18011 --replay INDEX`
const SEED = 18011;
const COUNT = 1500;
let result: FuzzResult;

/** The findings of one kind, each with the case that reproduces it, as the assertion's message. */
function shown(kind: FindingKind): string {
  const only = { ...result, judge: { ...result.judge, findings: result.judge.findings.filter((f) => f.kind === kind) } } as FuzzResult;
  return `\n${findingLines(only, 1).slice(0, 40).join('\n')}`;
}

fuzz.before(async () => {
  // the time bound only keeps a broken server from holding the suite; the cases take a fraction of it
  result = await runFuzz({ seed: SEED, count: COUNT, timeMs: 200_000, concurrency: 16, stalls: false, log: (l) => console.log(l) });
  console.log(JSON.stringify(result.summary));
});

fuzz('every case of the seeded run was sent and judged', () => {
  assert.is(result.summary.requests_tried, COUNT);
});

fuzz('no server exits, stops answering its health request, or logs an exception no request guard caught', () => {
  assert.is(result.summary.crashes, 0, shown('crash'));
});

fuzz('no hostile request moves a backend failure counter or ejection, or reaches a backend when slipway must answer it', () => {
  assert.is(result.summary.backend_blamed, 0, shown('backend_blamed'));
});

fuzz('slipway answers hostile input with a 4xx or a closed connection, never a 5xx of its own', () => {
  assert.is(result.summary.server_5xx, 0, shown('server_5xx'));
});

fuzz('no answer and no log line carries a secret, in any of its encodings', () => {
  assert.is(result.summary.secrets_seen, 0, shown('secrets_seen'));
});

fuzz('every connection is answered or closed within the server request timeout', () => {
  assert.is(result.summary.hangs, 0, shown('hang'));
});

fuzz.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { MetricFamily, renderFamilies } from '../../src/autoscaler/metrics';
import { createCounters, renderMetrics, type AutoscalerStatus } from '../../src/autoscaler/report';
import { renderStatus } from '../../src/autoscaler/render';
import { baseUrlOf, startStatusServer } from '../../src/autoscaler/http';
import { parseHostPort } from '../../src/core/listen-address';
import { freePort } from '../support/ports';

const report = suite('autoscaler report');

const MiB = 1024 * 1024;
const status: AutoscalerStatus = {
  app: 'demo',
  pid: 42,
  startedAt: '2026-11-26T10:00:00.000Z',
  docker: { connected: true, since: '2026-11-26T10:00:00.000Z' },
  policy: { intervalSec: 5, thresholdPercent: 50, stepMb: 100, maxMb: 2048, cooldownSec: 10, oomFactor: 1.2, watermarkPercent: 85, tickMs: 250, scaleDown: { enabled: false, belowPercent: 20, afterSec: 300 }, metricsListen: '127.0.0.1:9464' },
  containers: [
    {
      id: 'abcdef012345',
      name: 'demo-production',
      role: 'production',
      running: true,
      usedBytes: 70 * MiB,
      usedPercent: 30.7,
      limitBytes: 228 * MiB,
      startLimitBytes: 128 * MiB,
      cpuPercent: 1.5,
      lastAction: { at: '2026-11-26T10:00:05.000Z', action: 'raise', fromBytes: 128 * MiB, toBytes: 228 * MiB, reason: 'used 70 MB is 54.7 % of the 128 MB limit (> 50 %): +100 MB', result: 'done' },
    },
    { id: '0123456789ab', name: 'demo-canary', role: 'canary', running: false, limitBytes: 128 * MiB, startLimitBytes: 128 * MiB },
  ],
};

report('metrics are Prometheus text with HELP and TYPE, labelled by container and role', () => {
  const counters = createCounters();
  counters.decisions.inc({ container: 'demo-production', role: 'production', action: 'raise', reason: 'raise' });
  counters.decisions.inc({ container: 'demo-production', role: 'production', action: 'raise', reason: 'raise' });
  const text = renderMetrics(status, counters);
  assert.match(text, '# TYPE slipway_autoscaler_memory_used_bytes gauge');
  assert.match(text, `slipway_autoscaler_memory_used_bytes{container="demo-production",role="production"} ${70 * MiB}`);
  assert.match(text, `slipway_autoscaler_memory_limit_bytes{container="demo-canary",role="canary"} ${128 * MiB}`);
  assert.match(text, 'slipway_autoscaler_container_running{container="demo-canary",role="canary"} 0');
  assert.match(text, 'slipway_autoscaler_decisions_total{container="demo-production",role="production",action="raise",reason="raise"} 2');
  assert.match(text, 'slipway_autoscaler_watched_containers 2');
  assert.match(text, /process_resident_memory_bytes \d+/);
  assert.ok(text.endsWith('\n'));
  // every sample line is name{labels} value
  for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) assert.match(line, /^[a-z_]+(\{[^}]*\})? [0-9.e+-]+$/);
});

report('label values are escaped', () => {
  const f = new MetricFamily('x_total', 'counter', 'help');
  f.inc({ reason: 'say "hi"\\\n' });
  assert.match(renderFamilies([f]), 'x_total{reason="say \\"hi\\"\\\\\\n"} 1');
});

report('status shows each container\'s used/limit and the last action', () => {
  const text = renderStatus({ running: true, url: 'http://127.0.0.1:9464', ...status });
  assert.match(text, 'autoscaler for demo: running since 2026-11-26T10:00:00.000Z (pid 42)');
  assert.match(text, 'every 5 s: used > 50 % of the limit → +100 MB, at most 2048 MB; cooldown 10 s; fast path: growth toward 85 % or beyond the step → raised at once to cover it; OOM → max(+100 MB, ×1.2); scale-down off; sampled every 250 ms');
  assert.match(text, /demo-production\s+production\s+running\s+70 MB \(30.7 %\)\s+228 MB\s+128 MB\s+1.5 %\s+raise 128 → 228 MB at 2026-11-26T10:00:05.000Z \(done\)/);
  assert.match(text, /demo-canary\s+canary\s+stopped\s+-\s+128 MB/);
});

report('status of an autoscaler that is not running says so and how to start it', () => {
  const text = renderStatus({ running: false, url: 'http://127.0.0.1:9464', reason: 'nothing answers on http://127.0.0.1:9464 (ECONNREFUSED)', container: { name: 'demo-autoscaler', status: 'exited', restarting: false, exitCode: 1, oomKilled: false, startedAt: '', finishedAt: '2026-11-26T10:00:00Z' } });
  assert.match(text, 'autoscaler: not running — nothing answers on http://127.0.0.1:9464 (ECONNREFUSED)');
  assert.match(text, 'container demo-autoscaler: exited, last exit 1 at 2026-11-26T10:00:00Z');
  assert.match(text, 'slipway autoscaler up');
});

report('listen addresses: IPv4, IPv6 and the any-address map to a URL a client can use', () => {
  assert.equal(parseHostPort('[::1]:9464', 'autoscaler.metricsListen'), { host: '::1', port: 9464 });
  assert.is(baseUrlOf('127.0.0.1:9464'), 'http://127.0.0.1:9464');
  assert.is(baseUrlOf('[::1]:9464'), 'http://[::1]:9464');
  assert.is(baseUrlOf('0.0.0.0:9464'), 'http://127.0.0.1:9464');
});

report('the status server answers /status, /metrics and /health, and refuses writes', async () => {
  const port = await freePort();
  const server = await startStatusServer(`127.0.0.1:${port}`, { status: () => ({ app: 'demo' }), metrics: () => 'm 1\n' });
  try {
    assert.equal(await (await fetch(`${server.url}/status`)).json(), { app: 'demo' });
    const metrics = await fetch(`${server.url}/metrics`);
    assert.match(metrics.headers.get('content-type')!, 'text/plain; version=0.0.4');
    assert.is(await metrics.text(), 'm 1\n');
    assert.is((await fetch(`${server.url}/health`)).status, 200);
    assert.is((await fetch(`${server.url}/status`, { method: 'POST' })).status, 405);
    assert.is((await fetch(`${server.url}/nope`)).status, 404);
  } finally {
    await server.close();
  }
});

report('a port already taken is a failure that says what to do', async () => {
  const port = await freePort();
  const first = await startStatusServer(`127.0.0.1:${port}`, { status: () => ({}), metrics: () => '' });
  try {
    const err = await startStatusServer(`127.0.0.1:${port}`, { status: () => ({}), metrics: () => '' }).then(() => undefined, (e: Error & { hint?: string }) => e);
    assert.ok(err, 'expected the second listen to fail');
    assert.match(err!.message, `cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
    assert.match(err!.hint!, 'is an autoscaler already running');
  } finally {
    await first.close();
  }
});

report.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { OOM_NEWS_MS, readingOf, staleAfterMs, takeReading, type ContainerReading } from '../../src/autoscaler/peers';
import { firstSeen, type Watched } from '../../src/autoscaler/watched';
import type { AppContainer } from '../../src/autoscaler/discovery';

const peers = suite("a peer's readings, as the deciding task takes them in");

const MB = 1024 * 1024;
const TICK = 250;
const container = (over: Partial<AppContainer> = {}): AppContainer => ({
  id: 'c1'.padEnd(64, '0'), name: 'shop-production.1.abc', role: 'production', running: true, memoryBytes: 128 * MB, memorySwapBytes: 0,
  startedAt: 0, oomKilled: false, pid: 0, cgroupParent: '', swarmService: 'svc1', ...over,
});
const reading = (over: Partial<ContainerReading> = {}): ContainerReading => ({ container: container(), source: 'cgroup', sample: { at: 1000, ageMs: 100, usedBytes: 80 * MB, limitBytes: 128 * MB, cpuPercent: 3 }, ...over });

peers('what a node serves is what the deciding task takes in: the sample on its clock, the container as it is', () => {
  const on = firstSeen(container());
  on.latest = { at: 5000, usedBytes: 90 * MB, cpuPercent: 2 };
  on.oomSeen = { seq: 2, at: 4000, source: 'oom event' };
  const served = JSON.parse(JSON.stringify(readingOf(on, 5300))) as ContainerReading;
  assert.equal(served.sample, { at: 5000, ageMs: 300, usedBytes: 90 * MB, limitBytes: 128 * MB, cpuPercent: 2 });
  assert.equal(served.oom, { seq: 2, ageMs: 1300, source: 'oom event' });
  const here: Watched = firstSeen(served.container);
  const heard = takeReading(here, served, 900_000, TICK);
  assert.equal(heard.sample, { at: 900_000 - 300, usedBytes: 90 * MB, limitBytes: 128 * MB, cpuPercent: 2 }, 'moved to this clock by its age');
});

peers('a sample is taken once; the next one counts the time between the two on the peer', () => {
  const w = firstSeen(container());
  assert.ok(takeReading(w, reading(), 10_000, TICK).sample);
  assert.not.ok(takeReading(w, reading(), 10_250, TICK).sample, 'the same sample polled again');
  const next = takeReading(w, reading({ sample: { at: 2000, ageMs: 50, usedBytes: 90 * MB, limitBytes: 128 * MB, cpuPercent: 3 } }), 11_000, TICK);
  assert.is(next.periodMs, 1000);
  assert.is(next.sample?.usedBytes, 90 * MB);
});

peers('a stale sample (the peer stalled) and a stopped container are not decided on', () => {
  const stale = reading({ sample: { at: 1000, ageMs: staleAfterMs(TICK), usedBytes: 80 * MB, limitBytes: 128 * MB, cpuPercent: 0 } });
  assert.not.ok(takeReading(firstSeen(container()), stale, 10_000, TICK).sample);
  assert.not.ok(takeReading(firstSeen(container()), reading({ container: container({ running: false }) }), 10_000, TICK).sample);
});

peers('an OOM kill is news once; one counted long before this task heard of the container is history', () => {
  const w = firstSeen(container());
  const first = takeReading(w, reading({ oom: { seq: 1, ageMs: 200, source: 'oom event' } }), 50_000, TICK);
  assert.equal(first.oom, { at: 49_800, source: 'oom event' });
  assert.not.ok(takeReading(w, reading({ oom: { seq: 1, ageMs: 450, source: 'oom event' } }), 50_250, TICK).oom, 'the same kill polled again');
  assert.ok(takeReading(w, reading({ oom: { seq: 2, ageMs: 10, source: 'cgroup oom_kill +1' } }), 60_000, TICK).oom);
  assert.not.ok(takeReading(firstSeen(container()), reading({ oom: { seq: 3, ageMs: OOM_NEWS_MS + 1, source: 'oom event' } }), 200_000, TICK).oom);
});

peers('the limit follows the container unless an update of it is in flight', () => {
  const w = firstSeen(container());
  takeReading(w, reading({ container: container({ memoryBytes: 228 * MB }) }), 1, TICK);
  assert.is(w.limitBytes, 228 * MB);
  w.updating = true;
  takeReading(w, reading({ container: container({ memoryBytes: 128 * MB }) }), 2, TICK);
  assert.is(w.limitBytes, 228 * MB);
});

peers.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough } from 'node:stream';
import { cpuPercent, isLiveSample, memoryUsedBytes, type DockerStats } from '../../src/core/docker-stats';
import { jsonLines } from '../../src/autoscaler/json-lines';
import { limitsFor, refusalOf } from '../../src/autoscaler/updater';
import { appContainerOf } from '../../src/autoscaler/discovery';

const stats = suite('autoscaler stats');

stats('memory used on cgroup v1 is usage minus total_inactive_file, as the docker CLI computes it', () => {
  assert.is(memoryUsedBytes({ usage: 100_000_000, stats: { total_inactive_file: 30_000_000, inactive_file: 1 } }), 70_000_000);
});

stats('memory used on cgroup v2 is usage minus inactive_file', () => {
  assert.is(memoryUsedBytes({ usage: 100_000_000, stats: { inactive_file: 25_000_000, anon: 5 } }), 75_000_000);
});

stats('an inactive file figure above usage is ignored rather than giving a negative use', () => {
  assert.is(memoryUsedBytes({ usage: 10, stats: { total_inactive_file: 50 } }), 10);
  assert.is(memoryUsedBytes(undefined), 0);
});

stats('CPU percent is the container delta over the system delta times the CPUs, like docker stats', () => {
  const s: DockerStats = {
    read: '2026-01-01T00:00:01Z',
    cpu_stats: { cpu_usage: { total_usage: 1_500_000_000 }, system_cpu_usage: 20_000_000_000, online_cpus: 2 },
    precpu_stats: { cpu_usage: { total_usage: 1_000_000_000 }, system_cpu_usage: 18_000_000_000 },
  };
  assert.is(cpuPercent(s), 50); // 0.5 s of CPU in 2 s of system time (both cores) × 2 CPUs = half a core
  assert.is(cpuPercent({ read: 'x', cpu_stats: { cpu_usage: { total_usage: 5, percpu_usage: [1, 2, 3, 4] }, system_cpu_usage: 10 }, precpu_stats: { cpu_usage: { total_usage: 4 }, system_cpu_usage: 8 } }), 200);
  assert.is(cpuPercent({ read: 'x' }), 0);
});

stats('the empty samples of a stopped container are recognised', () => {
  assert.not.ok(isLiveSample({ read: '0001-01-01T00:00:00Z', memory_stats: {} }));
  assert.ok(isLiveSample({ read: '2026-11-26T10:01:23.767910707Z', memory_stats: { usage: 3538944 } }));
});

stats('JSON lines split across chunks arrive whole, and a broken line is reported, not thrown', () => {
  const stream = new PassThrough();
  const got: unknown[] = [];
  const bad: string[] = [];
  jsonLines(stream, (v) => got.push(v), (l) => bad.push(l));
  stream.write('{"a":1}\n{"b"');
  stream.write(':2}\n\nnot json\n{"c":3}');
  stream.write('\n');
  assert.equal(got, [{ a: 1 }, { b: 2 }, { c: 3 }]);
  assert.equal(bad, ['not json']);
});

stats('Memory and MemorySwap move together and keep the container\'s swap allowance', () => {
  const MiB = 1024 * 1024;
  assert.equal(limitsFor(228 * MiB, { memoryBytes: 128 * MiB, memorySwapBytes: 128 * MiB }), { Memory: 228 * MiB, MemorySwap: 228 * MiB });
  assert.equal(limitsFor(228 * MiB, { memoryBytes: 128 * MiB, memorySwapBytes: 256 * MiB }), { Memory: 228 * MiB, MemorySwap: 356 * MiB });
  assert.equal(limitsFor(228 * MiB, { memoryBytes: 128 * MiB, memorySwapBytes: -1 }), { Memory: 228 * MiB, MemorySwap: -1 });
  assert.equal(limitsFor(228 * MiB, { memoryBytes: 128 * MiB, memorySwapBytes: 0 }), { Memory: 228 * MiB, MemorySwap: 228 * MiB });
});

stats('a refused update is told in Docker\'s own words', () => {
  const err = Object.assign(new Error('(HTTP code 500) server error - Cannot update container 1019: unable to set memory limit to 8388608 (current usage: 48357376)'), { statusCode: 500 });
  assert.is(refusalOf(err), 'Cannot update container 1019: unable to set memory limit to 8388608 (current usage: 48357376) (HTTP 500)');
  assert.is(refusalOf(new Error('connect ENOENT /var/run/docker.sock')), 'connect ENOENT /var/run/docker.sock');
});

stats('a container is watched only with a production or canary role, and its starting limit comes from the label', () => {
  const info = (labels: Record<string, string>) =>
    ({
      Id: 'abc',
      Name: '/demo-production',
      Config: { Labels: labels },
      State: { Running: true, StartedAt: '2026-11-26T10:00:00Z', OOMKilled: false },
      HostConfig: { Memory: 268435456, MemorySwap: 268435456 },
    }) as never;
  const c = appContainerOf(info({ 'slipway.app': 'demo', 'slipway.role': 'production', 'slipway.memory.start': '134217728' }))!;
  assert.is(c.name, 'demo-production');
  assert.is(c.startLimitLabelBytes, 134217728);
  assert.is(c.memoryBytes, 268435456);
  assert.is(appContainerOf(info({ 'slipway.app': 'demo', 'slipway.service': 'proxy' })), undefined);
  assert.is(appContainerOf(info({ 'slipway.app': 'demo', 'slipway.role': 'canary', 'slipway.memory.start': 'lots' }))!.startLimitLabelBytes, undefined);
});

stats.run();

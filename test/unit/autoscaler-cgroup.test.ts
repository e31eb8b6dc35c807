import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CgroupFiles, locateCgroup } from '../../src/core/container-memory';
import { CgroupSampler } from '../../src/autoscaler/cgroup-sampler';
import { pollUntil } from '../../src/core/deadline';

const cgroup = suite('autoscaler cgroup files (v1 and v2 layouts)');

const MiB = 1024 * 1024;
const ID = 'a'.repeat(64);

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-cgroup-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

cgroup('cgroup v2 (systemd driver): working set = memory.current − inactive_file, memory.max, oom_kill from memory.events, CPU from cpu.stat', () => {
  const dir = `system.slice/docker-${ID}.scope`;
  const root = tree({
    [`${dir}/memory.current`]: `${300 * MiB}\n`,
    [`${dir}/memory.stat`]: `anon ${200 * MiB}\nfile ${100 * MiB}\nactive_file ${40 * MiB}\ninactive_file ${60 * MiB}\n`,
    [`${dir}/memory.max`]: `${512 * MiB}\n`,
    [`${dir}/memory.events`]: 'low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n',
    [`${dir}/cpu.stat`]: 'usage_usec 2500000\nuser_usec 2000000\nsystem_usec 500000\n',
  });
  try {
    const place = locateCgroup({ id: ID }, [path.join(root, 'nowhere'), root]);
    assert.equal(place, { version: 2, memoryDir: path.join(root, dir), cpuFile: path.join(root, dir, 'cpu.stat') });
    const files = new CgroupFiles(place!);
    assert.equal(files.read(true), { usedBytes: 240 * MiB, limitBytes: 512 * MiB, oomKills: 1, cpuNs: 2.5e9 });
    // the files stay open and are read again from the start: a change shows on the next read
    fs.writeFileSync(path.join(root, dir, 'memory.max'), 'max\n');
    fs.writeFileSync(path.join(root, dir, 'memory.events'), 'low 0\nhigh 0\nmax 4\noom 2\noom_kill 2\n');
    // between full reads the inactive file cache is the last one read; use, limit and OOM kills are read every time
    fs.writeFileSync(path.join(root, dir, 'memory.current'), `${400 * MiB}\n`);
    fs.writeFileSync(path.join(root, dir, 'memory.stat'), `inactive_file ${10 * MiB}\n`);
    const again = files.read(false);
    assert.is(again.usedBytes, 340 * MiB);
    assert.is(files.read(true).usedBytes, 390 * MiB);
    assert.is(again.limitBytes, 0);
    assert.is(again.oomKills, 2);
    assert.is(again.cpuNs, undefined);
    files.close();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

cgroup('cgroup v1 (cgroupfs driver): usage_in_bytes − total_inactive_file, limit_in_bytes (LONG_MAX is no limit), oom_kill from memory.oom_control, cpuacct.usage', () => {
  const root = tree({
    [`memory/docker/${ID}/memory.usage_in_bytes`]: `${150 * MiB}\n`,
    [`memory/docker/${ID}/memory.stat`]: `cache ${50 * MiB}\nrss ${100 * MiB}\ninactive_file 0\ntotal_cache ${50 * MiB}\ntotal_inactive_file ${30 * MiB}\n`,
    [`memory/docker/${ID}/memory.limit_in_bytes`]: '9223372036854771712\n',
    [`memory/docker/${ID}/memory.oom_control`]: 'oom_kill_disable 0\nunder_oom 0\noom_kill 0\n',
    [`cpuacct/docker/${ID}/cpuacct.usage`]: '123456789\n',
  });
  try {
    const place = locateCgroup({ id: ID, parent: '' }, [root]);
    assert.is(place?.version, 1);
    const files = new CgroupFiles(place!);
    assert.equal(files.read(true), { usedBytes: 120 * MiB, limitBytes: 0, oomKills: 0, cpuNs: 123456789 });
    files.close();
    // a cgroup parent set on the container is where its cgroup is
    assert.is(locateCgroup({ id: ID, parent: '/elsewhere' }, [root]), undefined);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

cgroup('a kernel without an oom_kill count (before 4.13) reads as unknown, not as zero', () => {
  const root = tree({
    [`memory/docker/${ID}/memory.usage_in_bytes`]: `${10 * MiB}\n`,
    [`memory/docker/${ID}/memory.stat`]: 'total_inactive_file 0\n',
    [`memory/docker/${ID}/memory.limit_in_bytes`]: `${128 * MiB}\n`,
    [`memory/docker/${ID}/memory.oom_control`]: 'oom_kill_disable 0\nunder_oom 0\n',
  });
  try {
    const files = new CgroupFiles(locateCgroup({ id: ID }, [root])!);
    assert.equal(files.read(true), { usedBytes: 10 * MiB, limitBytes: 128 * MiB, oomKills: undefined });
    files.close();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

cgroup('nothing mounted where it looks: undefined, so the autoscaler falls back to Docker stats', () => {
  assert.is(locateCgroup({ id: ID, pid: 999_999_999 }, ['/nonexistent/cgroup']), undefined);
});

cgroup('on cgroup v2 a change of memory.events reports the OOM kill at once, without waiting for the next tick', async () => {
  const dir = `docker/${ID}`;
  const root = tree({
    [`${dir}/memory.current`]: `${100 * MiB}\n`,
    [`${dir}/memory.stat`]: 'inactive_file 0\n',
    [`${dir}/memory.max`]: `${128 * MiB}\n`,
    [`${dir}/memory.events`]: 'max 0\noom 0\noom_kill 0\n',
  });
  const kills: number[] = [];
  // a tick of an hour: any report in this test came from the kernel's (here: the file's) change notice
  const sampler = new CgroupSampler<string>(3_600_000, { onSample: () => undefined, onOomKill: (_k, _at, n) => kills.push(n), onLost: () => undefined }, Date.now, [root]);
  try {
    assert.ok(sampler.attach('c', { id: ID }));
    fs.writeFileSync(path.join(root, dir, 'memory.events'), 'max 5\noom 1\noom_kill 1\n');
    assert.ok(await pollUntil(() => kills.length > 0, 5000, 20), 'no OOM kill reported');
    assert.equal(kills, [1]);
  } finally {
    sampler.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

cgroup.run();

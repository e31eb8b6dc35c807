// What bench/autoscaler.ts measures with, outside the autoscaler: the container's own cgroup files read every
// 50 ms (when use really crossed the threshold, when the limit really changed), /proc CPU and RSS, and the peer —
// the seed's approach, a shell loop calling `docker stats --no-stream` every interval.
import * as fs from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';

export interface CgroupReading {
  at: number;
  usedBytes: number;
  limitBytes: number;
  /** The kernel's OOM kill count of the cgroup (oom_kill in memory.oom_control or memory.events). */
  oomKills: number;
}

/** cgroup v1 (this host: cgroupfs driver) or v2 (systemd driver) files of one container. */
export function cgroupReader(containerId: string): () => CgroupReading {
  const v1 = `/sys/fs/cgroup/memory/docker/${containerId}`;
  const v2 = [`/sys/fs/cgroup/system.slice/docker-${containerId}.scope`, `/sys/fs/cgroup/docker/${containerId}`].find((d) => fs.existsSync(`${d}/memory.current`));
  const stat = (file: string, key: string) => Number(new RegExp(`^${key} (\\d+)$`, 'm').exec(fs.readFileSync(file, 'utf8'))?.[1] ?? 0);
  if (fs.existsSync(`${v1}/memory.usage_in_bytes`)) {
    return () => {
      const usage = Number(fs.readFileSync(`${v1}/memory.usage_in_bytes`, 'utf8'));
      const inactive = stat(`${v1}/memory.stat`, 'total_inactive_file');
      return { at: Date.now(), usedBytes: inactive < usage ? usage - inactive : usage, limitBytes: Number(fs.readFileSync(`${v1}/memory.limit_in_bytes`, 'utf8')), oomKills: stat(`${v1}/memory.oom_control`, 'oom_kill') };
    };
  }
  if (v2) {
    return () => {
      const usage = Number(fs.readFileSync(`${v2}/memory.current`, 'utf8'));
      const inactive = stat(`${v2}/memory.stat`, 'inactive_file');
      const max = fs.readFileSync(`${v2}/memory.max`, 'utf8').trim();
      return { at: Date.now(), usedBytes: inactive < usage ? usage - inactive : usage, limitBytes: max === 'max' ? 0 : Number(max), oomKills: stat(`${v2}/memory.events`, 'oom_kill') };
    };
  }
  throw new Error(`no memory cgroup found for container ${containerId.slice(0, 12)} (looked under /sys/fs/cgroup): run the bench as root on the Docker host itself`);
}

export interface Reaction {
  fromBytes: number;
  toBytes: number;
  crossedAt: number;
  raisedAt: number;
  ms: number;
}

/** Each limit change, timed from the first reading over threshold × the old limit to the first reading of the new limit. */
export function reactionsOf(readings: CgroupReading[], thresholdPercent: number): Reaction[] {
  const out: Reaction[] = [];
  let limit = readings[0]?.limitBytes ?? 0;
  let crossedAt: number | undefined;
  for (const r of readings) {
    if (r.limitBytes !== limit) {
      if (r.limitBytes > limit && crossedAt !== undefined) out.push({ fromBytes: limit, toBytes: r.limitBytes, crossedAt, raisedAt: r.at, ms: r.at - crossedAt });
      limit = r.limitBytes;
      crossedAt = undefined;
    }
    if (crossedAt === undefined && r.usedBytes > (limit * thresholdPercent) / 100) crossedAt = r.at;
  }
  return out;
}

/** CPU seconds (own + reaped children) and resident memory of a process, from /proc. */
export function procUsage(pid: number): { cpuSec: number; childCpuSec: number; rssBytes: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const tick = 100; // USER_HZ on Linux
  const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuSec: (Number(f[11]) + Number(f[12])) / tick, childCpuSec: (Number(f[13]) + Number(f[14])) / tick, rssBytes: rssKb * 1024 };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * The seed's autoscaler as a bash loop, made as cheap as bash can be: one `docker stats --no-stream` for all
 * containers per interval, `docker update --memory/--memory-swap` for any above the threshold. Bounded: `rounds` ticks.
 */
export function startSeedLoop(containers: string[], intervalSec: number, rounds: number): ChildProcess {
  const script = `
for round in $(seq 1 ${rounds}); do
  docker stats --no-stream --format '{{.Name}} {{.MemPerc}} {{.MemUsage}}' ${containers.join(' ')} | while read -r name perc usage; do
    p=\${perc%%.*}; p=\${p%%%}
    if [ "\${p:-0}" -gt 50 ]; then
      limit=$(docker inspect -f '{{.HostConfig.Memory}}' "$name"); new=$((limit + 104857600))
      docker update --memory "$new" --memory-swap "$new" "$name" >/dev/null
    fi
  done
  sleep ${intervalSec}
done`;
  // its own process group, so stopSeedLoop also stops a `docker stats` still running (it would print EOF later)
  return spawn('bash', ['-c', script], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
}

/** Stops the loop and its docker CLI children. */
export function stopSeedLoop(loop: ChildProcess): void {
  try {
    process.kill(-loop.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
}

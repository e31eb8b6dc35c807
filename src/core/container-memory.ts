// Memory a container uses right now. First from its cgroup files (v1 and v2), as cAdvisor reads them: working set =
// usage − inactive file cache; the files stay open and are re-read from offset 0 (the kernel regenerates them), so a
// read costs a few syscalls and dockerd does no work at all. Docker's stats where those files are out of reach.
import * as fs from 'node:fs';
import type Docker from 'dockerode';
import { memoryUsedBytes, type DockerStats } from './docker-stats';

/** Where `autoscaler up` mounts the host's cgroup tree, read-only, in the autoscaler's own container. */
export const HOST_CGROUP_MOUNT = '/host/sys/fs/cgroup';
export const CGROUP_ROOTS = [HOST_CGROUP_MOUNT, '/sys/fs/cgroup'];
/** cgroup v1 reports "no limit" as a page-rounded LONG_MAX. */
const UNLIMITED_V1 = 2 ** 62;

export interface CgroupReading {
  usedBytes: number;
  /** 0 when the cgroup has no limit. */
  limitBytes: number;
  /** The kernel's count of OOM kills in this cgroup; undefined on kernels that do not count them (before 4.13). */
  oomKills?: number;
  /** CPU time used since the cgroup was made, when asked for. */
  cpuNs?: number;
}

export interface CgroupPlace {
  version: 1 | 2;
  /** The directory holding memory.* files. */
  memoryDir: string;
  /** cpuacct.usage (v1) or cpu.stat (v2). */
  cpuFile?: string;
}

export interface ContainerCgroupFacts {
  id: string;
  /** HostConfig.CgroupParent: '' means Docker's default (/docker with cgroupfs, system.slice with systemd). */
  parent?: string;
  /** State.Pid: its /proc/<pid>/cgroup names the path exactly, when this process shares the host's PID namespace. */
  pid?: number;
}

/** The container's cgroup under the first root that has it, or undefined (not mounted here, or the container is not running). */
export function locateCgroup(c: ContainerCgroupFacts, roots: string[] = CGROUP_ROOTS): CgroupPlace | undefined {
  const rels = candidatePaths(c);
  for (const root of roots) {
    for (const rel of rels) {
      const v1 = `${root}/memory${rel}`;
      if (fs.existsSync(`${v1}/memory.usage_in_bytes`)) {
        const cpuFile = [`${root}/cpuacct${rel}/cpuacct.usage`, `${root}/cpu,cpuacct${rel}/cpuacct.usage`].find((f) => fs.existsSync(f));
        return { version: 1, memoryDir: v1, cpuFile };
      }
      const v2 = `${root}${rel}`;
      if (fs.existsSync(`${v2}/memory.current`)) return { version: 2, memoryDir: v2, cpuFile: fs.existsSync(`${v2}/cpu.stat`) ? `${v2}/cpu.stat` : undefined };
    }
  }
  return undefined;
}

function candidatePaths(c: ContainerCgroupFacts): string[] {
  const out: string[] = [];
  const fromProc = procCgroupPath(c);
  if (fromProc) out.push(fromProc);
  const parent = (c.parent ?? '').replace(/\/+$/, '');
  const parents = parent ? [parent.startsWith('/') ? parent : `/${parent}`] : ['/docker', '/system.slice'];
  for (const p of parents) out.push(`${p}/${c.id}`, `${p}/docker-${c.id}.scope`);
  return out;
}

/** The path /proc/<pid>/cgroup gives, only when it names this container (in another PID namespace the pid is someone else). */
function procCgroupPath(c: ContainerCgroupFacts): string | undefined {
  if (!c.pid) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${c.pid}/cgroup`, 'utf8');
  } catch {
    return undefined;
  }
  const line = text.split('\n').find((l) => /^\d+:(memory)?:/.test(l) && l.includes(c.id) && (l.includes(':memory:') || l.startsWith('0::')));
  return line?.slice(line.indexOf(':', line.indexOf(':') + 1) + 1);
}

/** The open files of one container's cgroup. read() throws once the cgroup is gone (the container stopped). */
export class CgroupFiles {
  private readonly buf = Buffer.alloc(8192);
  private readonly fds: number[] = [];
  private readonly usage: number;
  private readonly stat: number;
  private readonly limit: number;
  private readonly events: number;
  private readonly cpu?: number;
  private inactive?: number;

  constructor(readonly place: CgroupPlace) {
    const v1 = place.version === 1;
    const dir = place.memoryDir;
    try {
      this.usage = this.open(`${dir}/${v1 ? 'memory.usage_in_bytes' : 'memory.current'}`);
      this.stat = this.open(`${dir}/memory.stat`);
      this.limit = this.open(`${dir}/${v1 ? 'memory.limit_in_bytes' : 'memory.max'}`);
      this.events = this.open(`${dir}/${v1 ? 'memory.oom_control' : 'memory.events'}`);
      if (place.cpuFile) this.cpu = this.open(place.cpuFile);
    } catch (err) {
      this.close();
      throw err;
    }
  }

  /**
   * full: memory.stat (the inactive file cache, the one costly file: the kernel writes ~40 counters) and the CPU time
   * too; otherwise the last inactive file figure stands in, since page cache moves far slower than a leak grows.
   */
  read(full: boolean): CgroupReading {
    const v1 = this.place.version === 1;
    const usage = Number(this.text(this.usage));
    if (full || this.inactive === undefined) this.inactive = keyed(this.text(this.stat), v1 ? 'total_inactive_file' : 'inactive_file') ?? 0;
    const inactive = this.inactive;
    const limitText = this.text(this.limit).trim();
    const limit = limitText === 'max' ? 0 : Number(limitText);
    const reading: CgroupReading = {
      usedBytes: inactive < usage ? usage - inactive : usage,
      limitBytes: limit >= UNLIMITED_V1 ? 0 : limit,
      oomKills: keyed(this.text(this.events), 'oom_kill'),
    };
    if (full && this.cpu !== undefined) reading.cpuNs = v1 ? Number(this.text(this.cpu)) : (keyed(this.text(this.cpu), 'usage_usec') ?? 0) * 1000;
    return reading;
  }

  close(): void {
    for (const fd of this.fds.splice(0)) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already gone with its cgroup */
      }
    }
  }

  private open(file: string): number {
    const fd = fs.openSync(file, 'r');
    this.fds.push(fd);
    return fd;
  }

  private text(fd: number): string {
    const n = fs.readSync(fd, this.buf, 0, this.buf.length, 0);
    if (n === 0) throw new Error('the cgroup is gone');
    return this.buf.toString('latin1', 0, n);
  }
}

/** The value of "key N" in a flat-keyed cgroup file (memory.stat, memory.events, cpu.stat). */
function keyed(text: string, key: string): number | undefined {
  const at = text.startsWith(`${key} `) ? 0 : text.indexOf(`\n${key} `) + 1;
  if (at === 0 && !text.startsWith(`${key} `)) return undefined;
  const end = text.indexOf('\n', at);
  return Number(text.slice(at + key.length + 1, end < 0 ? undefined : end));
}

/** Used and limit bytes of a running container (the cgroup's files, else one-shot Docker stats), or null. */
export async function memoryOf(docker: Docker, id: string): Promise<{ used: number; limit: number } | null> {
  try {
    const info = await docker.getContainer(id).inspect();
    const place = locateCgroup({ id: info.Id, pid: info.State.Pid, parent: info.HostConfig.CgroupParent });
    if (place) {
      const files = new CgroupFiles(place);
      try {
        const r = files.read(false);
        return { used: r.usedBytes, limit: r.limitBytes };
      } finally {
        files.close();
      }
    }
    const s = (await docker.getContainer(id).stats({ stream: false })) as unknown as DockerStats;
    return { used: memoryUsedBytes(s.memory_stats), limit: s.memory_stats?.limit ?? 0 };
  } catch {
    return null;
  }
}

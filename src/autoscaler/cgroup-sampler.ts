// One timer for every watched container: each tick reads each container's memory use, limit and the kernel's OOM
// kill count from its cgroup files, and once a second its memory.stat and CPU time. On cgroup v2 the kernel also
// signals a change of memory.events (inotify), so an OOM kill is answered at once; v1 signals only through an eventfd
// Node cannot make, so there the next tick sees it. No stats streams: dockerd does nothing for the autoscaler between
// events.
import * as fs from 'node:fs';
import { CGROUP_ROOTS, CgroupFiles, locateCgroup, type ContainerCgroupFacts } from '../core/container-memory';

export interface CgroupSample {
  at: number;
  usedBytes: number;
  limitBytes: number;
  /** Percent of one core over the last second or so, as `docker stats` shows it. */
  cpuPercent: number;
}

export interface CgroupSamplerHandlers<K> {
  onSample(key: K, sample: CgroupSample): void;
  /** The kernel's oom_kill count of the cgroup went up: a process in it was killed for memory. */
  onOomKill(key: K, at: number, kills: number): void;
  /** The files could not be read any more (the container stopped, or its cgroup was replaced); detached. */
  onLost(key: K, error: Error): void;
}

interface Attached {
  files: CgroupFiles;
  oomKills?: number;
  cpu?: { at: number; ns: number };
  fullAt?: number;
  cpuPercent: number;
  events?: fs.FSWatcher;
}

const FULL_READ_EVERY_MS = 1000;

export class CgroupSampler<K> {
  private readonly attached = new Map<K, Attached>();
  private timer?: NodeJS.Timeout;

  constructor(
    private tickMs: number,
    private readonly handlers: CgroupSamplerHandlers<K>,
    private readonly now: () => number = Date.now,
    private readonly roots: string[] = CGROUP_ROOTS,
  ) {}

  get periodMs(): number {
    return this.tickMs;
  }

  /** Starts reading the container's cgroup; false when its files are not reachable from here (then use Docker's stats). */
  attach(key: K, facts: ContainerCgroupFacts): boolean {
    this.detach(key);
    const place = locateCgroup(facts, this.roots);
    if (!place) return false;
    let files: CgroupFiles;
    try {
      files = new CgroupFiles(place);
      // the count so far is history: only kills from now on are news
      this.attached.set(key, { files, oomKills: files.read(false).oomKills, cpuPercent: 0 });
    } catch {
      return false; // gone between finding and opening: the caller tries again on the next start
    }
    if (place.version === 2) this.watchEvents(key, `${place.memoryDir}/memory.events`);
    this.schedule();
    return true;
  }

  isAttached(key: K): boolean {
    return this.attached.has(key);
  }

  detach(key: K): void {
    const a = this.attached.get(key);
    a?.events?.close();
    a?.files.close();
    this.attached.delete(key);
    if (!this.attached.size) this.unschedule();
  }

  /** A reloaded config's tick takes effect at once. */
  setTick(ms: number): void {
    if (ms === this.tickMs) return;
    this.tickMs = ms;
    this.unschedule();
    this.schedule();
  }

  stop(): void {
    for (const key of [...this.attached.keys()]) this.detach(key);
  }

  private schedule(): void {
    if (!this.timer && this.attached.size) this.timer = setInterval(() => this.tick(), this.tickMs);
  }

  private unschedule(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private noteOomKills(key: K, a: Attached, kills: number | undefined, at: number): void {
    if (kills !== undefined && a.oomKills !== undefined && kills > a.oomKills) this.handlers.onOomKill(key, at, kills - a.oomKills);
    a.oomKills = kills;
  }

  /** memory.events changed (v2): read the OOM kill count now rather than at the next tick. */
  private watchEvents(key: K, file: string): void {
    const a = this.attached.get(key)!;
    try {
      a.events = fs.watch(file, { persistent: false }, () => {
        if (this.attached.get(key) !== a) return;
        try {
          this.noteOomKills(key, a, a.files.read(false).oomKills, this.now());
        } catch {
          /* gone: the next tick reports it lost */
        }
      });
      a.events.on('error', () => a.events?.close());
    } catch {
      /* no inotify here: the tick reads the count */
    }
  }

  private tick(): void {
    const at = this.now();
    for (const [key, a] of [...this.attached]) {
      const fullDue = a.fullAt === undefined || at - a.fullAt >= FULL_READ_EVERY_MS;
      if (fullDue) a.fullAt = at;
      let r;
      try {
        r = a.files.read(fullDue);
      } catch (err) {
        this.detach(key);
        this.handlers.onLost(key, err as Error);
        continue;
      }
      if (r.cpuNs !== undefined) {
        if (a.cpu && at > a.cpu.at) a.cpuPercent = Math.max(0, ((r.cpuNs - a.cpu.ns) / 1e6 / (at - a.cpu.at)) * 100);
        a.cpu = { at, ns: r.cpuNs };
      }
      this.noteOomKills(key, a, r.oomKills, at);
      this.handlers.onSample(key, { at, usedBytes: r.usedBytes, limitBytes: r.limitBytes, cpuPercent: a.cpuPercent });
    }
  }
}

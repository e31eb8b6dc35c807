// Bounded concurrency per lane (one per server, one for stalled senders), and the narrowing of a finding seen only as
// "one of these cases" by replaying each suspect alone.
import type { Finding } from './judge';

export class Lanes {
  private readonly lanes = new Map<string, { free: number; waiters: (() => void)[] }>();

  constructor(sizes: Record<string, number>) {
    for (const [name, size] of Object.entries(sizes)) this.lanes.set(name, { free: Math.max(1, size), waiters: [] });
  }

  acquire(name: string): Promise<void> | void {
    const lane = this.lanes.get(name)!;
    if (lane.free > 0) return void lane.free--;
    return new Promise<void>((resolve) => lane.waiters.push(resolve));
  }

  release(name: string): void {
    const lane = this.lanes.get(name)!;
    const next = lane.waiters.shift();
    if (next) next();
    else lane.free++;
  }
}

/** What makes two findings the same, whatever backend or count: "upgrade-not-allowed", "exited", … */
const signature = (f: Finding) => `${f.kind}:${f.detail.split(/ reached | \(|:/)[0].replace(/\d+/g, '#')}`;

/** Each finding with several suspects: replay them alone (at most `budget` replays) and keep those that bring it back. */
export async function narrowByReplay(findings: Finding[], replay: (index: number) => Promise<Finding[]>, budget: number): Promise<void> {
  const seen = new Map<number, Set<string>>();
  for (const f of findings) {
    if (f.cases.length < 2 || !['crash', 'backend_blamed'].includes(f.kind)) continue;
    const confirmed: number[] = [];
    for (const index of f.cases) {
      if (!seen.has(index)) {
        if (budget-- <= 0) break;
        // twice: a finding that depends on timing may not come back on the first try
        const found = new Set((await replay(index)).map(signature));
        if (!found.has(signature(f)) && budget-- > 0) for (const g of await replay(index)) found.add(signature(g));
        seen.set(index, found);
      }
      if (seen.get(index)!.has(signature(f))) confirmed.push(index);
    }
    if (confirmed.length) {
      f.cases = confirmed;
      f.detail += ' (reproduced alone by replay)';
    } else {
      f.detail += ` (no suspect reproduced it alone; suspects: ${f.cases.slice(0, 12).join(', ')})`;
    }
  }
}

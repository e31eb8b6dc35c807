// What a fuzz run prints: the per-server, per-shape table of outcomes, every finding with the case that reproduces it
// (seed, index and the bytes), and the one JSON line of figures.
import { describeBytes } from './cases';
import type { FuzzResult } from './run';

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export function outcomeTable(result: FuzzResult): string[] {
  const lines: string[] = [];
  const counts = new Map<string, number>();
  for (const [server, byShape] of [...result.judge.table.entries()].sort()) {
    lines.push(`${server}:`);
    for (const [shape, row] of [...byShape.entries()].sort()) {
      const n = [...row.values()].reduce((a, b) => a + b, 0);
      const cells = [...row.entries()].sort().map(([label, count]) => `${label} ${count}`).join(' · ');
      lines.push(`  ${pad(shape, 44)} ${String(n).padStart(5)}  ${cells}`);
      counts.set(shape, (counts.get(shape) ?? 0) + n);
    }
  }
  const slowest = [...counts.entries()].map(([shape, n]) => [shape, result.judge.ms.get(shape)! / n] as const).sort((a, b) => b[1] - a[1]).slice(0, 8);
  lines.push(`slowest shapes (mean ms per case): ${slowest.map(([s, ms]) => `${s} ${Math.round(ms)}`).join(' · ')}`);
  return lines;
}

/** One line per finding, then the bytes of each case named (first few), to replay with --seed S --replay I. */
export function findingLines(result: FuzzResult, maxCases = 3): string[] {
  const lines: string[] = [];
  const { seed } = result.summary;
  for (const f of result.judge.findings) {
    lines.push(`${f.kind}${f.weight > 1 ? ` ×${f.weight}` : ''} · ${f.server} · ${f.detail}`);
    for (const index of f.cases.slice(0, maxCases)) {
      const c = result.cases.get(index);
      if (c) lines.push(`    seed ${seed} index ${index} → ${c.server} ${c.shape}: ${describeBytes(c, result.secrets)}`);
    }
    if (f.cases.length > maxCases) lines.push(`    … and ${f.cases.length - maxCases} more case(s): ${f.cases.slice(maxCases, maxCases + 20).join(', ')}`);
  }
  return lines;
}

/** Findings grouped by kind and shape: the short list a reader checks first. */
export function findingsByShape(result: FuzzResult): string[] {
  const groups = new Map<string, { count: number; example: number | undefined; detail: string }>();
  for (const f of result.judge.findings) {
    const shapes = [...new Set(f.cases.map((i) => result.cases.get(i)?.shape ?? '?'))];
    const key = `${f.kind} · ${f.server} · ${f.cases.length === 1 ? shapes[0] : `one of ${shapes.slice(0, 4).join(', ')}`}`;
    const g = groups.get(key) ?? { count: 0, example: f.cases[0], detail: f.detail };
    g.count += f.weight;
    groups.set(key, g);
  }
  return [...groups.entries()].map(([key, g]) => `${String(g.count).padStart(5)}  ${key}  (e.g. index ${g.example}: ${g.detail.slice(0, 140)})`);
}

// Prometheus text exposition (format 0.0.4) for the autoscaler: counters kept as it runs, gauges read at scrape time.

export type Labels = Record<string, string>;
type MetricType = 'counter' | 'gauge';

export class MetricFamily {
  private readonly series = new Map<string, { labels: Labels; value: number }>();
  constructor(readonly name: string, readonly type: MetricType, readonly help: string) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = keyOf(labels);
    const s = this.series.get(key);
    if (s) s.value += by;
    else this.series.set(key, { labels, value: by });
  }

  set(labels: Labels, value: number): void {
    this.series.set(keyOf(labels), { labels, value });
  }

  get(labels: Labels = {}): number {
    return this.series.get(keyOf(labels))?.value ?? 0;
  }

  /** Drops the series of a container that is gone, so scrapes do not report it for ever. */
  forget(match: Labels): void {
    for (const [key, s] of this.series) {
      if (Object.entries(match).every(([k, v]) => s.labels[k] === v)) this.series.delete(key);
    }
  }

  clear(): void {
    this.series.clear();
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`, `# TYPE ${this.name} ${this.type}`];
    for (const s of this.series.values()) lines.push(`${this.name}${labelText(s.labels)} ${formatValue(s.value)}`);
    return lines.join('\n');
  }
}

export function renderFamilies(families: MetricFamily[]): string {
  return families.map((f) => f.render()).join('\n') + '\n';
}

function keyOf(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join('\u0000');
}

function labelText(labels: Labels): string {
  const entries = Object.entries(labels);
  if (!entries.length) return '';
  return `{${entries.map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`).join(',')}}`;
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

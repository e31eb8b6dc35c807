// Prometheus counters kept as plain arrays indexed by role, so the data path pays a few increments per request.
import type { Role } from '../core/config';

export const ROLE_INDEX: Record<Role, 0 | 1> = { production: 0, canary: 1 };
const ROLE_NAMES: Role[] = ['production', 'canary'];
const CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'];
export type FailureKind = 'connect' | 'timeout' | 'reset';
const FAILURE_KINDS: FailureKind[] = ['connect', 'timeout', 'reset'];
/** Seconds; fine at the low end where a loopback proxy lives, coarse at the high end where timeouts live. */
export const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

class Histogram {
  readonly counts = new Array<number>(LATENCY_BUCKETS.length + 1).fill(0);
  sum = 0;
  count = 0;

  observe(seconds: number): void {
    let i = 0;
    while (i < LATENCY_BUCKETS.length && seconds > LATENCY_BUCKETS[i]) i++;
    this.counts[i]++;
    this.sum += seconds;
    this.count++;
  }
}

export interface Gauges {
  inFlight(role: Role): number;
  weight(role: Role): number;
  /** 1 when the role gets traffic, 0 when ejected or absent. */
  up(role: Role): number;
}

/** A process's counters as plain data, so the primary of a multi-process proxy can add its workers' up. */
export interface MetricCounters {
  upstreamResponses: number[][];
  upstreamFailures: number[][];
  clientResponses: number[][];
  latency: { counts: number[]; sum: number; count: number }[];
  retries: number;
  ejections: Record<string, number>;
  readmissions: Record<string, number>;
  webhooks: Record<string, number>;
}

export class ProxyMetrics {
  /** Answers from each backend by status class (a retried canary 5xx counts here as canary 5xx). */
  readonly upstreamResponses = [new Array<number>(5).fill(0), new Array<number>(5).fill(0)];
  readonly upstreamFailures = [new Array<number>(3).fill(0), new Array<number>(3).fill(0)];
  /** What clients were sent, by the role that answered, including the proxy's own 502/504. */
  readonly clientResponses = [new Array<number>(5).fill(0), new Array<number>(5).fill(0)];
  readonly latency = [new Histogram(), new Histogram()];
  retries = 0;
  readonly ejections = new Map<string, number>();
  readonly readmissions = new Map<string, number>();
  readonly webhooks = new Map<string, number>();

  upstreamResponse(role: 0 | 1, status: number): void {
    this.upstreamResponses[role][classIndex(status)]++;
  }

  upstreamFailure(role: 0 | 1, kind: FailureKind): void {
    this.upstreamFailures[role][FAILURE_KINDS.indexOf(kind)]++;
  }

  clientResponse(role: 0 | 1, status: number, seconds: number): void {
    this.clientResponses[role][classIndex(status)]++;
    this.latency[role].observe(seconds);
  }

  count(map: Map<string, number>, key: string): void {
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  counters(): MetricCounters {
    return {
      upstreamResponses: this.upstreamResponses, upstreamFailures: this.upstreamFailures, clientResponses: this.clientResponses,
      latency: this.latency.map((h) => ({ counts: h.counts, sum: h.sum, count: h.count })), retries: this.retries,
      ejections: Object.fromEntries(this.ejections), readmissions: Object.fromEntries(this.readmissions), webhooks: Object.fromEntries(this.webhooks),
    };
  }

  /** Adds another process's counters to these. */
  add(c: MetricCounters): void {
    const addAll = (into: number[][], from: number[][]) => into.forEach((row, r) => row.forEach((_, i) => (row[i] += from[r]?.[i] ?? 0)));
    addAll(this.upstreamResponses, c.upstreamResponses);
    addAll(this.upstreamFailures, c.upstreamFailures);
    addAll(this.clientResponses, c.clientResponses);
    this.latency.forEach((h, r) => {
      h.counts.forEach((_, i) => (h.counts[i] += c.latency[r]?.counts[i] ?? 0));
      h.sum += c.latency[r]?.sum ?? 0;
      h.count += c.latency[r]?.count ?? 0;
    });
    this.retries += c.retries;
    for (const [map, from] of [[this.ejections, c.ejections], [this.readmissions, c.readmissions], [this.webhooks, c.webhooks]] as const) {
      for (const [k, n] of Object.entries(from)) map.set(k, (map.get(k) ?? 0) + n);
    }
  }

  requests(role: Role): number {
    const i = ROLE_INDEX[role];
    return sum(this.upstreamResponses[i]) + sum(this.upstreamFailures[i]);
  }

  failures(role: Role): number {
    const i = ROLE_INDEX[role];
    return this.upstreamResponses[i][4] + sum(this.upstreamFailures[i]);
  }

  render(gauges: Gauges): string {
    const lines: string[] = [];
    const family = (name: string, type: string, help: string) => lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    family('slipway_proxy_upstream_responses_total', 'counter', 'Responses received from each backend, by status class.');
    ROLE_NAMES.forEach((role, r) => CLASSES.forEach((c, k) => lines.push(`slipway_proxy_upstream_responses_total{role="${role}",class="${c}"} ${this.upstreamResponses[r][k]}`)));
    family('slipway_proxy_upstream_failures_total', 'counter', 'Requests to a backend that got no response: connect refused, timeout, reset.');
    ROLE_NAMES.forEach((role, r) => FAILURE_KINDS.forEach((k, i) => lines.push(`slipway_proxy_upstream_failures_total{role="${role}",kind="${k}"} ${this.upstreamFailures[r][i]}`)));
    family('slipway_proxy_requests_total', 'counter', 'Responses sent to clients, by the role that answered and status class.');
    ROLE_NAMES.forEach((role, r) => CLASSES.forEach((c, k) => lines.push(`slipway_proxy_requests_total{role="${role}",class="${c}"} ${this.clientResponses[r][k]}`)));
    family('slipway_proxy_request_duration_seconds', 'histogram', 'Time from request to response headers sent to the client, by the role that answered.');
    ROLE_NAMES.forEach((role, r) => {
      const h = this.latency[r];
      let cumulative = 0;
      LATENCY_BUCKETS.forEach((le, i) => {
        cumulative += h.counts[i];
        lines.push(`slipway_proxy_request_duration_seconds_bucket{role="${role}",le="${le}"} ${cumulative}`);
      });
      lines.push(`slipway_proxy_request_duration_seconds_bucket{role="${role}",le="+Inf"} ${h.count}`);
      lines.push(`slipway_proxy_request_duration_seconds_sum{role="${role}"} ${h.sum}`);
      lines.push(`slipway_proxy_request_duration_seconds_count{role="${role}"} ${h.count}`);
    });
    family('slipway_proxy_retries_total', 'counter', 'Idempotent requests that failed on the canary and were answered by production.');
    lines.push(`slipway_proxy_retries_total{from="canary",to="production"} ${this.retries}`);
    family('slipway_proxy_ejections_total', 'counter', 'Canary ejections, by what caused them.');
    for (const source of ['passive', 'webhook', 'manual']) lines.push(`slipway_proxy_ejections_total{role="canary",source="${source}"} ${this.ejections.get(source) ?? 0}`);
    family('slipway_proxy_readmissions_total', 'counter', 'Canary re-admissions, by what caused them.');
    for (const source of ['resume', 'probation']) lines.push(`slipway_proxy_readmissions_total{role="canary",source="${source}"} ${this.readmissions.get(source) ?? 0}`);
    family('slipway_proxy_webhooks_total', 'counter', 'Datadog webhook deliveries, by what the proxy did with them.');
    for (const [action, n] of this.webhooks) lines.push(`slipway_proxy_webhooks_total{action="${action}"} ${n}`);
    family('slipway_proxy_backend_up', 'gauge', '1 when the role gets traffic, 0 when it is ejected or absent.');
    for (const role of ROLE_NAMES) lines.push(`slipway_proxy_backend_up{role="${role}"} ${gauges.up(role)}`);
    family('slipway_proxy_weight', 'gauge', 'Configured weight of each role.');
    for (const role of ROLE_NAMES) lines.push(`slipway_proxy_weight{role="${role}"} ${gauges.weight(role)}`);
    family('slipway_proxy_in_flight', 'gauge', 'Requests in progress on each role (its current target and any draining one).');
    for (const role of ROLE_NAMES) lines.push(`slipway_proxy_in_flight{role="${role}"} ${gauges.inFlight(role)}`);
    return lines.join('\n') + '\n';
  }
}

function classIndex(status: number): number {
  const c = Math.floor(status / 100) - 1;
  return c < 0 ? 0 : c > 4 ? 4 : c;
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

// The rollout's optional metric providers (canary.analysis.metrics), after Argo Rollouts' datadog and web providers:
// each is measured once per analysis window and judged with its success/failure conditions. An answer that cannot
// be had or read is an Error measurement, never a verdict.
import { UsageError } from '../core/errors';
import { send, HttpUnreachable } from '../core/http-client';
import type { DatadogClient } from '../monitors/datadog-client';
import type { Check, Measurement } from './judge';
import { ConditionSyntaxError, ConditionTypeError, describe, holds, parseCondition, type Condition } from './condition';
import { JsonPathSyntaxError, parseJsonPath, readJsonPath } from './json-path';

interface MetricBase {
  name: string;
  successCondition?: string;
  failureCondition?: string;
}

export type MetricConfig =
  | (MetricBase & { provider: 'datadog'; query: string; lookbackSec?: number })
  | (MetricBase & { provider: 'web'; url: string; jsonPath: string; timeoutSec?: number });

/** Argo's Datadog default interval (5m): how far back a query looks, at least the window. */
export const DEFAULT_LOOKBACK_SEC = 300;
export const DEFAULT_WEB_TIMEOUT_SEC = 10;

/** What a check of a provider or webhook adds to a judgment: its verdict may be Error (no answer). */
export type GateCheck = Omit<Check, 'verdict'> & { verdict: Measurement };

/** Argo's mapping: failureCondition true → Failed; successCondition true → Passed; else Inconclusive. One condition alone decides both ways. */
export function verdictOf(conditions: { success?: Condition; failure?: Condition }, result: unknown): Measurement {
  const { success, failure } = conditions;
  if (failure && holds(failure, result)) return 'Failed';
  if (success && holds(success, result)) return 'Passed';
  if (!success) return 'Passed';
  if (!failure) return 'Failed';
  return 'Inconclusive';
}

/** Refuses (exit 2) a metric whose fields do not fit its provider, or whose condition or path cannot be read. */
export function checkMetrics(metrics: MetricConfig[]): void {
  const seen = new Set<string>();
  metrics.forEach((m, i) => {
    const field = `canary.analysis.metrics[${i}]`;
    if (seen.has(m.name)) throw new UsageError(`${field}.name: "${m.name}" names another metric too`, 'give each metric its own name');
    seen.add(m.name);
    const needs = m.provider === 'datadog' ? ['query'] : ['url', 'jsonPath'];
    const foreign = m.provider === 'datadog' ? ['url', 'jsonPath', 'timeoutSec'] : ['query', 'lookbackSec'];
    for (const k of needs) if ((m as unknown as Record<string, unknown>)[k] === undefined) throw new UsageError(`${field}.${k}: is required for a ${m.provider} metric`, m.provider === 'datadog' ? 'e.g. "query": "avg:trace.http.request.errors{service:app}.as_rate()"' : 'e.g. "url": "https://status.example.com/health", "jsonPath": "$.data.ok"');
    for (const k of foreign) if ((m as unknown as Record<string, unknown>)[k] !== undefined) throw new UsageError(`${field}.${k}: a ${m.provider} metric has no ${k}`, `remove it, or set "provider" to ${m.provider === 'datadog' ? '"web"' : '"datadog"'}`);
    if (m.successCondition === undefined && m.failureCondition === undefined) throw new UsageError(`${field}: has neither successCondition nor failureCondition`, 'e.g. "successCondition": "result < 0.05"');
    conditionsOf(m, field);
    if (m.provider === 'web') {
      try {
        parseJsonPath(m.jsonPath);
      } catch (err) {
        if (err instanceof JsonPathSyntaxError) throw new UsageError(`${field}.jsonPath: ${err.message}`, 'write a path like $.data.ok or $.checks[0].status');
        throw err;
      }
    }
  });
}

function conditionsOf(m: MetricConfig, field = m.name): { success?: Condition; failure?: Condition } {
  const read = (key: 'successCondition' | 'failureCondition') => {
    const text = m[key];
    if (text === undefined) return undefined;
    try {
      return parseCondition(text);
    } catch (err) {
      if (err instanceof ConditionSyntaxError) throw new UsageError(`${field}.${key}: ${err.message} in ${JSON.stringify(text.slice(0, 80))}`, 'write result <op> literal (ops < <= > >= == !=; a number, true, false or a quoted string), joined by && or ||, e.g. "result < 0.05"');
      throw err;
    }
  };
  return { success: read('successCondition'), failure: read('failureCondition') };
}

export interface MeasureDeps {
  /** Undefined when DD_API_KEY/DD_APP_KEY are not set (the controller refuses Datadog metrics then). */
  datadog?: DatadogClient;
}

/** One measurement of one metric over the window that began at windowStartMs; never throws. */
export async function measure(m: MetricConfig, deps: MeasureDeps, windowStartMs: number): Promise<GateCheck> {
  const name = `metric ${m.name}`;
  let got: { value: unknown; from: string } | { verdict: Measurement; detail: string };
  try {
    got = m.provider === 'datadog' ? await datadogValue(m, deps, windowStartMs) : await webValue(m);
  } catch (err) {
    return { name, verdict: 'Error', detail: `${m.provider} metric ${m.name} could not be measured: ${(err as Error).message}` };
  }
  if ('verdict' in got) return { name, ...got };
  try {
    const verdict = verdictOf(conditionsOf(m), got.value);
    const met = verdict === 'Failed' ? (m.failureCondition && holds(parseCondition(m.failureCondition), got.value) ? `meets the failureCondition ${m.failureCondition}` : `misses the successCondition ${m.successCondition}`)
      : verdict === 'Passed' ? (m.successCondition ? `meets the successCondition ${m.successCondition}` : `misses the failureCondition ${m.failureCondition}`)
        : 'meets neither condition';
    return { name, verdict, detail: `${m.provider} metric ${m.name}: result ${describe(got.value)} (${got.from}) ${met}` };
  } catch (err) {
    if (err instanceof ConditionTypeError) return { name, verdict: 'Error', detail: `${m.provider} metric ${m.name}: ${err.message}` };
    throw err;
  }
}

interface QueryResponse {
  status?: string;
  error?: string;
  series?: { pointlist?: (number | null)[][]; expression?: string }[];
}

/** Datadog's v1 query: the last point of the first series over the metric's lookback (at least the window). */
async function datadogValue(m: Extract<MetricConfig, { provider: 'datadog' }>, deps: MeasureDeps, windowStartMs: number) {
  if (!deps.datadog) throw new Error('DD_API_KEY and DD_APP_KEY are not set');
  const to = Math.floor(Date.now() / 1000);
  const from = Math.min(to - (m.lookbackSec ?? DEFAULT_LOOKBACK_SEC), Math.floor(windowStartMs / 1000));
  const res = await deps.datadog.request<QueryResponse>('GET', '/api/v1/query', { query: { from, to, query: m.query }, about: `the rollout metric "${m.name}"` });
  if (!res || typeof res !== 'object') throw new Error('Datadog answered no JSON');
  if (res.status === 'error') throw new Error(`Datadog: ${res.error ?? 'the query failed'}`);
  const series = Array.isArray(res.series) ? res.series[0] : undefined;
  if (!series) return { verdict: 'Inconclusive' as const, detail: `datadog metric ${m.name}: no series for ${m.query} in the last ${to - from} s` };
  const points = Array.isArray(series.pointlist) ? series.pointlist : [];
  const last = [...points].reverse().find((p) => Array.isArray(p) && typeof p[1] === 'number');
  if (!last) return { verdict: 'Inconclusive' as const, detail: `datadog metric ${m.name}: the series of ${m.query} has no point with a value` };
  return { value: last[1], from: `the last point of ${series.expression ?? m.query}` };
}

/** Bounded: a web metric's answer is a small JSON document, not a download. */
const WEB_MAX_BYTES = 1 << 20;

async function webValue(m: Extract<MetricConfig, { provider: 'web' }>) {
  let res;
  try {
    res = await send({ method: 'GET', url: m.url, headers: { Accept: 'application/json' }, timeoutMs: (m.timeoutSec ?? DEFAULT_WEB_TIMEOUT_SEC) * 1000, maxBytes: WEB_MAX_BYTES });
  } catch (err) {
    if (err instanceof HttpUnreachable) throw new Error(err.code === 'ETOOBIG' ? `${m.url} answered more than ${WEB_MAX_BYTES} bytes` : `${m.url} did not answer (${err.code})`);
    throw err;
  }
  if (res.status < 200 || res.status > 299) throw new Error(`${m.url} answered HTTP ${res.status}`);
  if (res.json === undefined) throw new Error(`${m.url} answered no JSON`);
  const at = readJsonPath(res.json, parseJsonPath(m.jsonPath));
  if (!at.found) throw new Error(`${m.url}'s answer has nothing at ${at.missing}`);
  return { value: at.value, from: `${m.jsonPath} of ${m.url}` };
}

// A local stand-in for the Datadog API v1 monitor and webhook endpoints. Every request is checked against
// test/fixtures/datadog/monitor-openapi.yaml (path, method, path and query parameters, body schema, auth headers),
// and answered as Datadog does: 200 on create, Datadog-style { errors: [...] } on a 4xx, 429 with X-RateLimit-*
// headers on demand. Its own 2xx answers are checked against the spec's response schemas too.
// The webhook integration paths are in that spec fragment as well, so they are validated like the rest, and so is the
// v1 metric query (GET /api/v1/query), answered with the series a test sets for a query.
import * as http from 'node:http';
import { coerce, loadSpec, SPEC_FILE, type Json, type Operation } from './datadog-standin-spec';

export { SPEC_FILE };

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  headers: http.IncomingHttpHeaders;
  status: number;
}

export interface WebhookDelivery {
  webhook: string;
  url: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export interface DatadogStandin {
  url: string;
  apiKey: string;
  appKey: string;
  monitors: Map<number, Json>;
  webhooks: Map<string, Json>;
  requests: RecordedRequest[];
  /** The schema refs the fragment leaves out; they accept any value. */
  unresolvedRefs: string[];
  /** Requests that change something (POST/PUT/DELETE), validate calls excluded. */
  writes(): RecordedRequest[];
  /** What GET /api/v1/query answers for this exact query: one series with these [ms, value] points; none → no series. */
  setSeries(query: string, pointlist: [number, number | null][] | undefined): void;
  /** The next `count` requests get 429 with X-RateLimit-Reset: resetSec. */
  rateLimitNext(count: number, resetSec?: number): void;
  /** The next `count` requests get this status (a 5xx) with a Datadog error body. */
  failNext(count: number, status: number): void;
  /** What Datadog does when a monitor changes state: POST the rendered payload to each @webhook-<name> in its message. */
  fire(monitorId: number, transition: string, scope?: string): Promise<WebhookDelivery[]>;
  close(): Promise<void>;
}

export async function startDatadogStandin(opts: { apiKey?: string; appKey?: string } = {}): Promise<DatadogStandin> {
  const spec = loadSpec();
  const apiKey = opts.apiKey ?? 'standin-api-key-0123456789';
  const appKey = opts.appKey ?? 'standin-app-key-0123456789abcdef';
  const monitors = new Map<number, Json>();
  const webhooks = new Map<string, Json>();
  const requests: RecordedRequest[] = [];
  const series = new Map<string, [number, number | null][]>();
  let nextId = 1_000_001;
  let rateLimited = { count: 0, reset: 1 };
  let failing = { count: 0, status: 500 };

  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://standin');
      const query = Object.fromEntries(url.searchParams.entries());
      let body: unknown;
      const record: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query, headers: req.headers, status: 0 };
      const answer = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        requests.push(record);
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      };
      const fail = (status: number, ...errors: string[]) => answer(status, { errors });
      try {
        if (raw) {
          try {
            body = JSON.parse(raw);
            record.body = body;
          } catch {
            return fail(400, 'Invalid JSON');
          }
        }
        if (rateLimited.count > 0) {
          rateLimited.count--;
          return answer(429, { errors: ['Too many requests'] }, {
            'X-RateLimit-Limit': '100', 'X-RateLimit-Period': '10', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(rateLimited.reset), 'X-RateLimit-Name': 'monitor_api',
          });
        }
        if (failing.count > 0) {
          failing.count--;
          return fail(failing.status, 'Internal Server Error');
        }
        const op = spec.ops.find((o) => o.method === req.method && o.regex.test(url.pathname));
        if (!op) return fail(404, `Not found: ${req.method} ${url.pathname} is not in the spec`);
        if (req.headers['dd-api-key'] !== apiKey || req.headers['dd-application-key'] !== appKey) return fail(403, 'Forbidden');
        const params: Record<string, unknown> = {};
        const m = op.regex.exec(url.pathname)!;
        const declared: Json[] = op.op.parameters ?? [];
        for (const [i, name] of op.pathParams.entries()) params[name] = decodeURIComponent(m[i + 1]);
        for (const name of Object.keys(query)) {
          if (!declared.some((p) => p.in === 'query' && p.name === name)) return fail(400, `Unknown query parameter ${name} for ${op.method} ${op.template}`);
          params[name] = query[name];
        }
        for (const p of declared) {
          if (p.required && params[p.name] === undefined) return fail(400, `Missing required parameter ${p.name}`);
          if (params[p.name] === undefined) continue;
          params[p.name] = coerce(String(params[p.name]), p.schema);
          const errs = spec.validateSchema(p.schema, params[p.name]);
          if (errs.length) return fail(400, `Invalid parameter ${p.name}: ${errs.join('; ').replace('(body)', String(params[p.name]))}`);
        }
        if (op.op.requestBody) {
          if (body === undefined) return fail(400, 'Request body is required');
          if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return fail(415, 'Content-Type must be application/json');
          const errs = spec.validateRequest(`${op.method} ${op.template}`, body);
          if (errs.length) return fail(400, ...errs.map((e) => `Invalid request body: ${e}`));
        } else if (body !== undefined) {
          return fail(400, `${op.method} ${op.template} takes no body`);
        }
        const [status, payload] = handle(op, params, body as Json);
        if (status >= 200 && status < 300) {
          const schema = op.op.responses?.[String(status)]?.content?.['application/json']?.schema;
          if (!op.op.responses?.[String(status)]) throw new Error(`stand-in answers ${status}, which the spec does not list for ${op.method} ${op.template}`);
          if (schema && payload !== undefined) {
            const errs = spec.validateSchema(schema, payload);
            if (errs.length) throw new Error(`stand-in answer does not fit the spec: ${errs.join('; ')}`);
          }
        }
        return status >= 400 ? fail(status, ...(payload as string[])) : answer(status, payload);
      } catch (err) {
        return fail(500, `stand-in bug: ${(err as Error).message}`);
      }
    });
  });

  const monitorProblems = (m: Json): string[] => {
    const problems: string[] = [];
    if (m.type === 'query alert' || m.type === 'metric alert' || m.type === 'log alert') {
      const cmp = /(>=|<=|>|<|==|!=)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(m.query ?? '');
      if (!cmp) return [`The value provided for parameter 'query' is invalid: no comparison with a threshold at its end`];
      if (m.type === 'log alert' && !/^logs\(".*"\)(\.index\("[^"]*"\))?\.rollup\("(count|avg|cardinality)"(, ?"[^"]+")?\)\.last\("\d+[mh]"\)/.test(m.query)) {
        problems.push(`The value provided for parameter 'query' is invalid: not a log alert query`);
      }
      if (m.type !== 'log alert' && !/^(avg|sum|max|min|change|pct_change)\(last_\d+[mhdw]\):/.test(m.query)) {
        problems.push(`The value provided for parameter 'query' is invalid: not a metric query`);
      }
      const critical = m.options?.thresholds?.critical;
      if (critical !== undefined && Number(critical) !== Number(cmp[2])) {
        problems.push(`Alert threshold (${critical}) does not match that used in the query (${cmp[2]}).`);
      }
    }
    return problems;
  };

  const stored = (id: number, body: Json, created: string): Json => ({
    id,
    name: body.name ?? `Monitor ${id}`,
    type: body.type,
    query: body.query,
    message: body.message ?? '',
    tags: body.tags ?? [],
    priority: body.priority ?? null,
    // Datadog fills in the options a request leaves out
    options: { notify_audit: false, include_tags: true, new_host_delay: 300, notify_no_data: false, silenced: {}, ...(body.options ?? {}) },
    multi: / by \{/.test(body.query ?? ''),
    created,
    modified: new Date().toISOString(),
    creator: { email: 'standin@example.com', handle: 'standin@example.com', name: 'Stand-in', id: 1 },
    deleted: null,
    overall_state: 'No Data',
    restricted_roles: null,
  });

  const handle = (op: Operation, params: Record<string, unknown>, body: Json): [number, unknown] => {
    const key = `${op.method} ${op.template}`;
    const id = Number(params.monitor_id);
    switch (key) {
      case 'GET /api/v1/monitor': {
        let list = [...monitors.values()].sort((a, b) => a.id - b.id);
        // like Datadog's, the name filter matches any monitor whose name contains the text
        if (params.name) list = list.filter((m) => m.name.toLowerCase().includes(String(params.name).toLowerCase()));
        if (params.monitor_tags) {
          const wanted = String(params.monitor_tags).split(',').map((t) => t.trim()).filter(Boolean);
          list = list.filter((m) => wanted.every((t) => m.tags.includes(t)));
        }
        if (params.id_offset !== undefined) list = list.filter((m) => m.id > Number(params.id_offset));
        if (params.page !== undefined) {
          const size = Number(params.page_size ?? 100);
          list = list.slice(Number(params.page) * size, (Number(params.page) + 1) * size);
        }
        return [200, list];
      }
      case 'POST /api/v1/monitor': {
        const problems = monitorProblems(body);
        if (problems.length) return [400, problems];
        const m = stored(nextId++, body, new Date().toISOString());
        monitors.set(m.id, m);
        return [200, m];
      }
      case 'POST /api/v1/monitor/validate': {
        const problems = monitorProblems(body);
        return problems.length ? [400, problems] : [200, {}];
      }
      case 'GET /api/v1/monitor/{monitor_id}':
        return monitors.has(id) ? [200, monitors.get(id)] : [404, ['Monitor not found']];
      case 'PUT /api/v1/monitor/{monitor_id}': {
        const old = monitors.get(id);
        if (!old) return [404, ['Monitor not found']];
        const merged = { ...old, ...body, options: body.options ? { notify_audit: false, include_tags: true, new_host_delay: 300, notify_no_data: false, silenced: {}, ...body.options } : old.options };
        const problems = monitorProblems(merged);
        if (problems.length) return [400, problems];
        const m = { ...stored(id, merged, old.created), options: merged.options };
        monitors.set(id, m);
        return [200, m];
      }
      case 'DELETE /api/v1/monitor/{monitor_id}':
        if (!monitors.delete(id)) return [404, ['Monitor not found']];
        return [200, { deleted_monitor_id: id }];
      case 'POST /api/v1/integration/webhooks/configuration/webhooks':
        if (webhooks.has(body.name)) return [400, [`Webhook ${body.name} already exists`]];
        webhooks.set(body.name, { encode_as: 'json', ...body });
        return [201, webhooks.get(body.name)];
      case 'GET /api/v1/integration/webhooks/configuration/webhooks/{webhook_name}': {
        const w = webhooks.get(String(params.webhook_name));
        return w ? [200, w] : [404, ['Webhook not found']];
      }
      case 'PUT /api/v1/integration/webhooks/configuration/webhooks/{webhook_name}': {
        const name = String(params.webhook_name);
        const w = webhooks.get(name);
        if (!w) return [404, ['Webhook not found']];
        const updated = { ...w, ...body };
        webhooks.delete(name);
        webhooks.set(updated.name, updated);
        return [200, updated];
      }
      case 'GET /api/v1/query': {
        const query = String(params.query);
        const points = series.get(query);
        const from = Number(params.from) * 1000;
        const to = Number(params.to) * 1000;
        if (!(from < to)) return [400, ['The value provided for parameter \'from\' must be before \'to\'']];
        const found = points ? [{ aggr: 'avg', display_name: query, expression: query, metric: query.replace(/^\w+:|\{.*$/g, ''), scope: '*', interval: 20, length: points.length, start: from, end: to, pointlist: points, query_index: 0, tag_set: [] }] : [];
        return [200, { status: 'ok', res_type: 'time_series', query, from_date: from, to_date: to, group_by: [], message: '', series: found }];
      }
      case 'DELETE /api/v1/integration/webhooks/configuration/webhooks/{webhook_name}':
        return webhooks.delete(String(params.webhook_name)) ? [200, undefined] : [404, ['Webhook not found']];
      default:
        return [404, [`the stand-in does not implement ${key}`]];
    }
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    appKey,
    monitors,
    webhooks,
    requests,
    unresolvedRefs: spec.unresolved,
    writes: () => requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/validate')),
    setSeries(query, pointlist) {
      if (pointlist) series.set(query, pointlist);
      else series.delete(query);
    },
    rateLimitNext(count, resetSec = 1) {
      rateLimited = { count, reset: resetSec };
    },
    failNext(count, status) {
      failing = { count, status };
    },
    async fire(monitorId, transition, scope = '') {
      const m = monitors.get(monitorId);
      if (!m) throw new Error(`no monitor ${monitorId}`);
      const deliveries: WebhookDelivery[] = [];
      for (const [, name] of String(m.message).matchAll(/@webhook-([A-Za-z0-9_-]+)/g)) {
        const w = webhooks.get(name);
        if (!w) continue;
        const title = `[${transition}${scope ? ` on {${scope}}` : ''}] ${m.name}`;
        const vars: Record<string, string> = {
          ALERT_TRANSITION: transition, ALERT_ID: String(m.id), ALERT_TITLE: title, ALERT_SCOPE: scope, TAGS: m.tags.join(','),
          DATE: String(Date.now()), ALERT_QUERY: m.query, ALERT_TYPE: transition === 'Recovered' ? 'success' : 'error', EVENT_TITLE: title, LINK: `https://app.datadoghq.com/monitors/${m.id}`,
        };
        const template: string = w.payload ?? JSON.stringify({ body: '$EVENT_MSG', last_updated: '$LAST_UPDATED', event_type: '$EVENT_TYPE', title: '$EVENT_TITLE', date: '$DATE', org: { id: '$ORG_ID', name: '$ORG_NAME' }, id: '$ID' });
        // longest names first, so $ALERT_TITLE is not read as $ALERT_T… ; values are escaped for the JSON strings they land in
        const rendered = Object.keys(vars).sort((a, b) => b.length - a.length).reduce((t, k) => t.split(`$${k}`).join(JSON.stringify(vars[k]).slice(1, -1)), template);
        const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(w.custom_headers ? JSON.parse(w.custom_headers) : {}) };
        const res = await fetch(w.url, { method: 'POST', headers, body: rendered });
        const text = await res.text();
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        deliveries.push({ webhook: name, url: w.url, status: res.status, body: parsed, headers });
      }
      return deliveries;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// OFREP, the OpenFeature Remote Evaluation Protocol, on the toggle server: single and bulk evaluation from the
// server's in-memory flags (the same client and flagd-core rules as the apps), OFREP's reasons and error codes, an
// ETag on bulk answers (304 for If-None-Match), and the change stream announced in the bulk answer's eventStreams.
import { createHash } from 'node:crypto';
import type { FlagClient } from '../../sdk/flags/client';
import { needsTargetingKey, type EvaluationContext } from '../../sdk/flags/evaluate';
import { HttpError, json, type Credential, type Reply, type Route, type RouteRequest } from '../core/http-server';
import { refusal } from '../core/bearer';
import { streamKey, streamKeyMatches, type EventStreamHub, MAX_STREAMS } from './event-stream';

export const OFREP_BASE = '/ofrep/v1';
const EVENTS_PATH = `${OFREP_BASE}/events`;

export interface OfrepOptions {
  flags: FlagClient;
  events: EventStreamHub;
  /** SLIPWAY_FLAGS_READ_TOKEN: when set, evaluation needs it (or the write token). */
  readToken?: string;
  token?: string;
}

/** The request's context, or the OFREP failure (PARSE_ERROR, INVALID_CONTEXT) to answer with 400. */
async function contextOf(r: RouteRequest, key?: string): Promise<{ context: EvaluationContext } | { failure: Reply }> {
  const fail = (errorCode: string, errorDetails: string) => ({ failure: json({ ...(key ? { key } : {}), errorCode, errorDetails }, 400) });
  let body: unknown;
  try {
    body = await r.body();
  } catch (err) {
    if (err instanceof HttpError && err.status === 400) return fail('PARSE_ERROR', err.message);
    throw err;
  }
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) return fail('PARSE_ERROR', 'expected a JSON object: {"context": {"targetingKey": "user-1"}}');
  const context = (body as { context?: unknown } | undefined)?.context ?? {};
  if (typeof context !== 'object' || context === null || Array.isArray(context)) return fail('INVALID_CONTEXT', 'context must be a JSON object');
  const targetingKey = (context as EvaluationContext).targetingKey;
  if (targetingKey !== undefined && typeof targetingKey !== 'string') return fail('INVALID_CONTEXT', 'context.targetingKey must be a string');
  return { context: context as EvaluationContext };
}

/** One flag as OFREP answers it: a success (no value: the caller's code default) or a failure with its status. */
export function ofrepEvaluation(flags: FlagClient, key: string, context: EvaluationContext): { status: number; body: Record<string, unknown> } {
  const e = flags.evaluate(key, context);
  const metadata = e.flagMetadata;
  if (e.errorCode === 'FLAG_NOT_FOUND') return { status: 404, body: { key, errorCode: 'FLAG_NOT_FOUND', errorDetails: `flag '${key}' was not found`, metadata } };
  if (e.reason !== 'DISABLED' && !context.targetingKey && needsTargetingKey(flags.stored(key))) {
    return { status: 400, body: { key, errorCode: 'TARGETING_KEY_MISSING', errorDetails: `flag '${key}' splits users by targetingKey; send one in the context`, metadata } };
  }
  if (e.errorCode) return { status: 400, body: { key, errorCode: e.errorCode, errorDetails: e.errorMessage ?? e.errorCode, metadata } };
  return { status: 200, body: { key, reason: e.reason, ...(e.variant === undefined ? {} : { variant: e.variant }), ...(e.value === undefined ? {} : { value: e.value }), metadata } };
}

function bulkAnswer(opts: OfrepOptions, context: EvaluationContext, ifNoneMatch: string | undefined): Reply {
  const { version } = opts.flags.status();
  const body = {
    flags: opts.flags.names().map((key) => ofrepEvaluation(opts.flags, key, context).body),
    eventStreams: [{ type: 'sse', endpoint: { requestUri: opts.readToken ? `${EVENTS_PATH}?key=${streamKey(opts.readToken)}` : EVENTS_PATH }, inactivityDelaySec: 120 }],
    metadata: { version: String(version) },
  };
  const etag = `"${createHash('sha1').update(JSON.stringify(body.flags)).digest('base64url')}"`;
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === etag)) return { status: 304, headers: { etag } };
  return json(body, 200, { etag });
}

export function ofrepRoutes(opts: OfrepOptions): Route[] {
  const readers: Credential[] = [{ name: 'SLIPWAY_FLAGS_READ_TOKEN', value: opts.readToken }, { name: 'SLIPWAY_FLAGS_TOKEN', value: opts.token }];
  // without a read token evaluation is open, like GET /flags
  const auth = opts.readToken ? readers : undefined;
  return [
    {
      method: 'POST', path: `${OFREP_BASE}/evaluate/flags/:key`, auth,
      handle: async (r) => {
        const c = await contextOf(r, r.params.key);
        if ('failure' in c) return c.failure;
        const { status, body } = ofrepEvaluation(opts.flags, r.params.key, c.context);
        return json(body, status);
      },
    },
    {
      method: 'POST', path: `${OFREP_BASE}/evaluate/flags`, auth,
      handle: async (r) => {
        const c = await contextOf(r);
        if ('failure' in c) return c.failure;
        return bulkAnswer(opts, c.context, headerText(r.req.headers['if-none-match']));
      },
    },
    {
      method: 'GET', path: EVENTS_PATH,
      handle: (r) => {
        const keyed = opts.readToken !== undefined && streamKeyMatches(r.query.get('key'), opts.readToken);
        const refused = !keyed && opts.readToken ? refusal(r.req, readers) : undefined;
        if (refused) throw new HttpError(refused.status, `${refused.message} (or the key from the bulk answer's eventStreams)`, refused.headers);
        if (opts.events.size >= MAX_STREAMS) throw new HttpError(503, `${MAX_STREAMS} event streams are open already; poll the bulk evaluation instead`, { 'retry-after': '30' });
        return { stream: (res) => opts.events.attach(res, opts.flags.status().version, headerText(r.req.headers['last-event-id'])) };
      },
    },
  ];
}

const headerText = (h: string | string[] | undefined) => (Array.isArray(h) ? h.join(',') : h);

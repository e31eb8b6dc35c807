// The dashboard's HTTP side on the project's server kit: the sign-in form, the page (only with a session), the live
// state as server-sent events, and the actions (session + CSRF header + own Origin).
import type * as http from 'node:http';
import type { Context } from '../core/context';
import { StepFailed, UsageError } from '../core/errors';
import { closeServer, createJsonServer, HttpError, json, listenOn, type Reply, type Route } from '../core/http-server';
import { formatHostPort, type HostPort } from '../core/listen-address';
import { pageFiles, type PageFile } from './assets';
import { Actions } from './actions';
import { Collector } from './collector';
import { Sessions, checkOrigin } from './session';

/** Every answer of ours: no framing, no sniffing, no referrer, and only the page's own scripts and styles. */
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};
/** A page that reads slower than this much backlog is cut off (it reconnects and gets a fresh snapshot). */
const MAX_BACKLOG_BYTES = 4 * 1024 * 1024;

export interface RunningDashboard {
  url: string;
  address: HostPort;
  collector: Collector;
  actions: Actions;
  reconfigure(ctx: Context): void;
  stop(): Promise<void>;
}

/** The token people sign in with: the admin token, which the dashboard also steers the proxy and rollout with. */
export function adminTokenOf(ctx: Context): string {
  const token = ctx.secrets.get('SLIPWAY_ADMIN_TOKEN');
  if (!token) throw new UsageError('SLIPWAY_ADMIN_TOKEN is not set: the dashboard signs people in with it', 'export SLIPWAY_ADMIN_TOKEN (the token the proxy was started with)');
  return token;
}

/** The open event streams; each lives only as long as its session. */
class EventStreams {
  private readonly open = new Set<{ req: http.IncomingMessage; res: http.ServerResponse }>();

  constructor(private readonly sessions: Sessions) {}

  add(req: http.IncomingMessage, res: http.ServerResponse, first: unknown): void {
    const l = { req, res };
    this.open.add(l);
    res.on('close', () => this.open.delete(l));
    res.write(`retry: 2000\nevent: snapshot\ndata: ${JSON.stringify(first)}\n\n`);
  }

  send(event: string, data: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const l of this.open) {
      // a session that ended (expired, signed out) ends its streams too
      if (!this.sessions.of(l.req) || l.res.writableLength > MAX_BACKLOG_BYTES) l.res.destroy();
      else l.res.write(frame);
    }
  }

  closeAll(): void {
    for (const l of this.open) l.res.destroy();
  }
}

interface Parts {
  sessions: Sessions;
  files: Map<string, PageFile>;
  collector: Collector;
  actions: Actions;
  streams: EventStreams;
  app: () => string;
}

const page = (f: PageFile | undefined): Reply => {
  if (!f) throw new HttpError(404, 'no such file');
  return { text: f.body, contentType: f.contentType, headers: PAGE_HEADERS };
};

function routesOf({ sessions, files, collector, actions, streams, app }: Parts): Route[] {
  const snapshot = () => ({ state: collector.state, history: collector.history.snapshot(), actions: actions.recent });
  return [
    { method: 'GET', path: '/healthz', handle: () => json({ ok: true }) },
    { method: 'GET', path: '/', handle: ({ req }) => page(files.get(sessions.of(req) ? 'index.html' : 'login.html')) },
    {
      method: 'GET',
      path: '/assets/:name',
      handle: ({ req, params }) => {
        const f = files.get(params.name);
        if (f && !f.public) sessions.require(req);
        return page(f);
      },
    },
    {
      method: 'POST',
      path: '/api/session',
      handle: async ({ req, body }) => {
        const b = (await body()) as { token?: unknown } | undefined;
        // a sign-in from another site's page would put its victim in the attacker's session
        if (req.headers.origin !== undefined) checkOrigin(req);
        const { cookie, csrf } = sessions.signIn(b?.token, req.socket.remoteAddress ?? '');
        return json({ csrf, app: app() }, 200, { 'set-cookie': cookie, ...PAGE_HEADERS });
      },
    },
    { method: 'GET', path: '/api/session', handle: ({ req }) => json({ csrf: sessions.require(req).csrf, app: app() }, 200, PAGE_HEADERS) },
    {
      method: 'DELETE',
      path: '/api/session',
      handle: ({ req }) => {
        sessions.requireWrite(req);
        return json({ signedOut: true }, 200, { 'set-cookie': sessions.signOut(req), ...PAGE_HEADERS });
      },
    },
    { method: 'GET', path: '/api/state', handle: ({ req }) => (sessions.require(req), json(snapshot(), 200, PAGE_HEADERS)) },
    {
      method: 'GET',
      path: '/api/events',
      handle: ({ req }) => {
        sessions.require(req);
        return { headers: { ...PAGE_HEADERS, 'x-accel-buffering': 'no' }, stream: (res) => streams.add(req, res, snapshot()) };
      },
    },
    {
      method: 'POST',
      path: '/api/actions/:name',
      handle: async ({ req, params, body }) => {
        sessions.requireWrite(req);
        const record = actions.submit(params.name, await body());
        void actions.idle().then(() => collector.refresh());
        return json(record, 202, PAGE_HEADERS);
      },
    },
  ];
}

export async function startDashboard(ctx: Context, listen: HostPort): Promise<RunningDashboard> {
  let current = ctx;
  const sessions = new Sessions(adminTokenOf(ctx), ctx.config.dashboard.sessionMinutes * 60_000);
  const streams = new EventStreams(sessions);
  const actions = new Actions(() => current, () => streams.send('actions', actions.recent));
  const collector = new Collector(ctx, (state, delta) => streams.send('update', { state, delta, actions: actions.recent }));
  const server = createJsonServer({
    name: 'dashboard',
    routes: routesOf({ sessions, files: pageFiles(), collector, actions, streams, app: () => current.config.app.name }),
    mapError: (err) => (err instanceof UsageError ? new HttpError(400, err.hint ? `${err.message} (${err.hint})` : err.message) : err instanceof StepFailed ? new HttpError(502, err.message) : undefined),
    log: (line) => ctx.log.warn(line),
  });
  const address = await listenOn(server, listen, 'dashboard.listen', 'another process holds that port: is a dashboard already running? Else set dashboard.listen (--listen) to a free port');
  collector.start();
  return {
    url: `http://${formatHostPort(address.host === '0.0.0.0' ? { ...address, host: '127.0.0.1' } : address)}`,
    address,
    collector,
    actions,
    reconfigure(next: Context) {
      current = next;
      sessions.setLifetime(next.config.dashboard.sessionMinutes * 60_000);
      collector.reconfigure(next);
    },
    async stop() {
      collector.stop();
      streams.closeAll();
      server.closeAllConnections();
      await closeServer(server);
      await actions.idle();
    },
  };
}

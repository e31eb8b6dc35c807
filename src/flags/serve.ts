// Runs the toggle server against Redis: one connection, defaults seeded whenever Redis (re)appears, so the
// server, the CLI and every app agree on what an unset flag is.
import { openRedis, displayRedisUrl } from '../../sdk/flags/connection';
import { createFlagStore } from '../../sdk/flags/store';
import type Redis from 'ioredis';
import { closeServer } from '../core/http-server';
import { listenTakingOver } from '../core/handover';
import { formatHostPort } from '../core/listen-address';
import { createToggleServer } from './server';
import { LastKnownFlagsKeeper, type ServeLog } from './last-known';
import { createFlagClient, type FlagClient } from '../../sdk/flags/client';
import { EventStreamHub } from './event-stream';

/** How often the toggle server reads its namespace, to notice a Redis that came back empty. */
const CHECK_EVERY_MS = 1000;

export interface ServeOptions {
  redisUrl: string;
  namespace: string;
  defaults: Record<string, unknown>;
  host: string;
  port: number;
  token?: string;
  /** SLIPWAY_FLAGS_READ_TOKEN: reads the audit. */
  readToken?: string;
  legacyGetToggle: boolean;
  /** level 'warn' for what an operator must see (flags restored after Redis came back empty). */
  log: ServeLog;
}

/** What a running toggle server takes on a reload (SIGHUP); the rest needs a new process. */
export type ReloadableSettings = Pick<ServeOptions, 'defaults' | 'legacyGetToggle'>;

export interface RunningToggleServer {
  url: string;
  /** New defaults (seeded at once) and routes, on the same listening socket. */
  reconfigure(settings: ReloadableSettings): Promise<void>;
  stop(): Promise<void>;
}

/** The store with its defaults, the keeper of its last known flags, and the request handler serving them. */
function toggleApp(redis: Redis, opts: ServeOptions, redisReady: () => boolean, ofrep: { flags: FlagClient; events: EventStreamHub }) {
  const store = createFlagStore(redis, opts.namespace, opts.defaults);
  const keeper = new LastKnownFlagsKeeper(redis, store, opts.log);
  const server = createToggleServer({ store: keeper.remembering(), token: opts.token, readToken: opts.readToken, legacyGetToggle: opts.legacyGetToggle, redisReady, log: opts.log, ofrep });
  const check = () => keeper.check().catch((err: Error) => opts.log(`flags: could not read or restore namespace ${opts.namespace}: ${err.message}`, 'warn'));
  const seed = () => store.seedDefaults({ actor: 'slipway flags serve', source: 'seed' }).then(
    (seeded) => seeded.forEach((s) => opts.log(`flags: seeded ${s.name} = ${JSON.stringify(s.value)} (its default)`)),
    (err: Error) => opts.log(`flags: could not seed defaults: ${err.message}`),
  );
  return { server, check, seed };
}

export async function startToggleServer(opts: ServeOptions): Promise<RunningToggleServer> {
  let down = false;
  const redis = openRedis(opts.redisUrl, {
    onError: (err) => {
      if (!down) opts.log(`flags: Redis at ${displayRedisUrl(opts.redisUrl)} unreachable (${err.message}); reads and writes answer 503 until it is back`);
      down = true;
    },
  });
  const redisReady = () => redis.status === 'ready';
  const ofrep = await startOfrepSource(opts);
  let app = toggleApp(redis, opts, redisReady, ofrep);
  redis.on('ready', () => {
    if (down) opts.log(`flags: Redis at ${displayRedisUrl(opts.redisUrl)} is back`);
    down = false;
    // restore before seeding: seeded defaults would make an emptied Redis look written
    void app.check().then(() => app.seed());
  });
  const timer = setInterval(() => redisReady() && void app.check(), CHECK_EVERY_MS);
  timer.unref();
  redis.connect().catch(() => undefined); // the error handler reports it and ioredis keeps retrying
  const server = app.server;
  let url: string;
  try {
    url = `http://${formatHostPort(await listenTakingOver(server, { host: opts.host, port: opts.port }, 'flags.listen', (m) => opts.log(`flags: ${m}`)))}`;
  } catch (err) {
    clearInterval(timer);
    redis.disconnect();
    ofrep.events.close();
    await ofrep.flags.close();
    throw err;
  }
  opts.log(`flags: toggle server on ${url} (namespace ${opts.namespace}, Redis ${displayRedisUrl(opts.redisUrl)}, writes ${opts.token ? 'need the bearer token' : 'from loopback only'})`);
  return {
    url,
    async reconfigure(settings) {
      const fresh = toggleApp(redis, { ...opts, ...settings }, redisReady, ofrep);
      if (redisReady()) await fresh.check(); // its last known flags before it answers a write
      // the listening socket stays; only the handler behind it changes
      server.removeAllListeners('request');
      for (const listener of fresh.server.listeners('request')) server.on('request', listener as (...args: unknown[]) => void);
      app = fresh;
      if (redisReady()) await app.seed();
    },
    async stop() {
      clearInterval(timer);
      ofrep.events.close(); // open streams would keep the server from closing
      await closeServer(server);
      redis.disconnect();
      await ofrep.flags.close();
    },
  };
}

/** OFREP answers from an in-memory copy kept by the apps' own client; each new version is announced to the streams. */
async function startOfrepSource(opts: ServeOptions): Promise<{ flags: FlagClient; events: EventStreamHub }> {
  const flags = createFlagClient({ namespace: opts.namespace, redisUrl: opts.redisUrl, defaults: opts.defaults as never, restore: false, log: (e) => e.level === 'warn' && opts.log(`flags (OFREP copy): ${e.msg}`) });
  const events = new EventStreamHub();
  let announced = -1;
  flags.onChange((c) => {
    if (c.version !== announced) events.announce((announced = c.version));
  });
  await flags.start();
  return { flags, events };
}

// Runs the toggle server against Redis: one connection, defaults seeded whenever Redis (re)appears, so the
// server, the CLI and every app agree on what an unset flag is.
import { openRedis, displayRedisUrl } from '../../sdk/flags/connection';
import { createFlagStore } from '../../sdk/flags/store';
import { closeServer, listenOn } from '../core/http-server';
import { formatHostPort } from '../core/listen-address';
import { createToggleServer } from './server';

export interface ServeOptions {
  redisUrl: string;
  namespace: string;
  defaults: Record<string, unknown>;
  host: string;
  port: number;
  token?: string;
  legacyGetToggle: boolean;
  log: (line: string) => void;
}

export interface RunningToggleServer {
  url: string;
  stop(): Promise<void>;
}

export async function startToggleServer(opts: ServeOptions): Promise<RunningToggleServer> {
  let down = false;
  const redis = openRedis(opts.redisUrl, {
    onError: (err) => {
      if (!down) opts.log(`flags: Redis at ${displayRedisUrl(opts.redisUrl)} unreachable (${err.message}); reads and writes answer 503 until it is back`);
      down = true;
    },
  });
  const store = createFlagStore(redis, opts.namespace, opts.defaults);
  redis.on('ready', () => {
    if (down) opts.log(`flags: Redis at ${displayRedisUrl(opts.redisUrl)} is back`);
    down = false;
    store.seedDefaults({ actor: 'slipway flags serve', source: 'seed' }).then(
      (seeded) => seeded.forEach((s) => opts.log(`flags: seeded ${s.name} = ${JSON.stringify(s.value)} (its default)`)),
      (err: Error) => opts.log(`flags: could not seed defaults: ${err.message}`),
    );
  });
  redis.connect().catch(() => undefined); // the error handler reports it and ioredis keeps retrying
  const server = createToggleServer({ store, token: opts.token, legacyGetToggle: opts.legacyGetToggle, redisReady: () => redis.status === 'ready', log: opts.log });
  let url: string;
  try {
    url = `http://${formatHostPort(await listenOn(server, { host: opts.host, port: opts.port }, 'flags.listen'))}`;
  } catch (err) {
    redis.disconnect();
    throw err;
  }
  opts.log(`flags: toggle server on ${url} (namespace ${opts.namespace}, Redis ${displayRedisUrl(opts.redisUrl)}, writes ${opts.token ? 'need the bearer token' : 'from loopback only'})`);
  return {
    url,
    async stop() {
      await closeServer(server);
      redis.disconnect();
    },
  };
}

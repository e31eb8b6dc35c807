// What the `slipway flags` commands share: where Redis is, who acts, a checked flag name, and one store per command.
import * as os from 'node:os';
import type { Args } from '../core/command';
import type { Context } from '../core/context';
import { StepFailed, UsageError } from '../core/errors';
import { connectOnce, displayRedisUrl } from '../../sdk/flags/connection';
import { FLAG_NAME_RULE, isFlagName } from '../../sdk/flags/keys';
import { FlagInputError, createFlagStore, type FlagStore } from '../../sdk/flags/store';

export function redisUrlOf(ctx: Context): string {
  return ctx.secrets.get('REDIS_URL') ?? `redis://127.0.0.1:${ctx.config.redis.port}`;
}

export function actorOf(ctx: Context, argv: Args): string {
  if (typeof argv.actor === 'string' && argv.actor) return argv.actor;
  return ctx.env.BUILD_TAG ?? `${ctx.env.USER ?? os.userInfo().username}@${os.hostname()}`;
}

export function checkName(name: unknown): string {
  const n = String(name ?? '');
  if (!isFlagName(n)) throw new UsageError(`flag name ${JSON.stringify(n)} is not valid`, `use ${FLAG_NAME_RULE}`);
  return n;
}

/** A store on one connection for this command; bad input to it is a usage error (exit 2). */
export async function withStore<T>(ctx: Context, work: (store: FlagStore) => Promise<T>): Promise<T> {
  const url = redisUrlOf(ctx);
  let redis;
  try {
    redis = await connectOnce(url);
  } catch (err) {
    throw new StepFailed((err as Error).message, `start Redis (\`slipway provision\`), or set REDIS_URL${ctx.secrets.get('REDIS_URL') ? '' : ` (unset, so slipway used redis.port: ${displayRedisUrl(url)})`}`);
  }
  try {
    return await work(createFlagStore(redis, ctx.config.flags.namespace, ctx.config.flags.defaults));
  } catch (err) {
    if (err instanceof FlagInputError) throw new UsageError(err.message, err.status === 404 ? '`slipway flags list` shows the flags' : undefined);
    throw err;
  } finally {
    redis.disconnect();
  }
}

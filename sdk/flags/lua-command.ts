// A Lua script as a command of one Redis connection: ioredis' defineCommand sends EVALSHA and falls back to EVAL,
// defined once per connection.
import type Redis from 'ioredis';

export function luaCommand<R>(redis: Redis, name: string, lua: string, numberOfKeys: number): (...args: string[]) => Promise<R> {
  const commands = redis as Redis & Record<string, (...args: string[]) => Promise<R>>;
  if (typeof commands[name] !== 'function') redis.defineCommand(name, { numberOfKeys, lua });
  return (...args) => commands[name](...args);
}

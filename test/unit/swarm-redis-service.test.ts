import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkConfigPassword, isOwnRedis, swarmRedisConfig } from '../../src/swarm/redis-service';
import { UsageError } from '../../src/core/errors';

const redis = suite('Redis on a swarm: whose it is, and its config');

redis('a REDIS_URL naming loopback (or none) is slipway\'s own Redis, as on one host; any other host is the user\'s', () => {
  for (const url of [undefined, 'redis://127.0.0.1:6379', 'redis://:pw@localhost:6380/2', 'redis://[::1]:6379', 'redis://127.0.0.2']) assert.ok(isOwnRedis(url), String(url));
  for (const url of ['redis://redis.internal:6379', 'redis://:pw@169.254.64.1:6379', 'rediss://cache.example:6380', 'not a url']) assert.not.ok(isOwnRedis(url), url);
});

redis('the task\'s config listens on every interface of the task, in the foreground, every write fsync\'d, with the password', () => {
  const text = swarmRedisConfig(6379, 's3cret');
  const last = (key: string) => [...text.matchAll(new RegExp(`^${key} (.*)$`, 'gm'))].at(-1)?.[1];
  assert.is(last('bind'), '0.0.0.0');
  assert.is(last('daemonize'), 'no');
  assert.is(last('logfile'), '""');
  assert.is(last('appendfsync'), 'always');
  assert.is(last('requirepass'), 's3cret');
  assert.is(last('protected-mode'), 'yes');
  assert.is(last('dir'), '/var/lib/redis');
});

redis('without a password protected mode is off, or Redis would refuse every client off the task\'s loopback', () => {
  const text = swarmRedisConfig(6379, undefined);
  assert.not.match(text, /requirepass/);
  assert.match(text, /protected-mode no\n$/);
});

redis('a password that would break out of its config line is refused (exit 2), a plain one passes', () => {
  for (const bad of ['two words', 'line\nrename-command CONFIG ""', 'quo"te', "it's", 'back\\slash', 'tab\tbed', 'ünï']) {
    assert.throws(() => checkConfigPassword(bad), (e: unknown) => e instanceof UsageError && /REDIS_URL/.test((e as Error).message), JSON.stringify(bad));
  }
  checkConfigPassword('0123456789abcdef~!@#$%^&*()_+');
  checkConfigPassword(undefined);
});

redis.run();

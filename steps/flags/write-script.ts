// The one write path: a Lua script that, atomically and on one Cluster slot, compares the old value, writes the
// new one, bumps the version, appends the audit entry and publishes the change. No MULTI over several keys.
import type Redis from 'ioredis';

export const WRITE_SCRIPT = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
local expect = ARGV[4]
if expect == '-' then
  if old then return {'conflict', '0', old} end
elseif expect ~= '*' and old ~= string.sub(expect, 2) then
  return {'conflict', '0', old or ''}
end
local op = ARGV[2]
if (op == 'set' and old == ARGV[3]) or (op == 'delete' and not old) then
  return {'unchanged', redis.call('HGET', KEYS[1], '@version') or '0', old or ''}
end
if op == 'set' then redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) else redis.call('HDEL', KEYS[1], ARGV[1]) end
local version = redis.call('HINCRBY', KEYS[1], '@version', 1)
local new = ''
if op == 'set' then new = ARGV[3] end
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[8], '*', 'flag', ARGV[1], 'old', old or '', 'new', new, 'actor', ARGV[5], 'source', ARGV[6], 'version', version)
local message
if op == 'set' then
  message = '{"version":' .. version .. ',"flag":' .. cjson.encode(ARGV[1]) .. ',"value":' .. ARGV[3] .. '}'
else
  message = '{"version":' .. version .. ',"flag":' .. cjson.encode(ARGV[1]) .. ',"deleted":true}'
end
redis.call('PUBLISH', ARGV[7], message)
return {'ok', tostring(version), old or ''}
`;

export interface WriteRequest {
  keys: { flags: string; audit: string; channel: string };
  name: string;
  op: 'set' | 'delete';
  /** JSON text of the new value (set only). */
  encoded?: string;
  /** '*' any old value, '-' the flag must be absent, '=' + text: exactly this stored text. */
  expect: string;
  actor: string;
  source: string;
  auditMaxLen: number;
}

export interface WriteReply {
  status: 'ok' | 'unchanged' | 'conflict';
  version: number;
  /** Stored text before the write; '' when the flag was absent. */
  oldText: string;
}

const SCRIPT_NAME = 'slipwayFlagWrite';

export async function runWrite(redis: Redis, req: WriteRequest): Promise<WriteReply> {
  const withScript = redis as Redis & Record<string, (...args: string[]) => Promise<[string, string, string]>>;
  // defineCommand sends EVALSHA and falls back to EVAL once per connection
  if (typeof withScript[SCRIPT_NAME] !== 'function') redis.defineCommand(SCRIPT_NAME, { numberOfKeys: 2, lua: WRITE_SCRIPT });
  const [status, version, oldText] = await withScript[SCRIPT_NAME](
    req.keys.flags, req.keys.audit,
    req.name, req.op, req.encoded ?? '', req.expect, req.actor, req.source, req.keys.channel, String(req.auditMaxLen),
  );
  return { status: status as WriteReply['status'], version: Number(version), oldText };
}

// The one write path: a Lua script that, atomically and on one Cluster slot, compares the old value, writes the
// new one (or flips it, for a toggle), bumps the version, appends the audit entry and publishes the change.
// No MULTI over several keys, and a toggle never needs a retry however many writers race.
import type Redis from 'ioredis';
import { luaCommand } from './lua-command';
import { TOGGLE_PAIRS, encodeValue } from './values';

export const WRITE_SCRIPT = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
local expect = ARGV[4]
if expect == '-' then
  if old then return {'conflict', '0', old, ''} end
elseif expect ~= '*' and old ~= string.sub(expect, 2) then
  return {'conflict', '0', old or '', ''}
end
local op = ARGV[2]
local new = ARGV[3]
-- what readers saw before: the stored text, else the default the caller passes as ARGV[9]
local before = old
if not before and ARGV[9] ~= '' then before = ARGV[9] end
if op == 'toggle' then
  new = nil
  for i = 10, #ARGV, 2 do
    if ARGV[i] == before then new = ARGV[i + 1] break end
  end
  if not new then return {'untogglable', '0', old or '', ''} end
  op = 'set'
end
if (op == 'set' and old == new) or (op == 'delete' and not old) then
  return {'unchanged', redis.call('HGET', KEYS[1], '@version') or '0', old or '', old or ''}
end
if op == 'set' then redis.call('HSET', KEYS[1], ARGV[1], new) else redis.call('HDEL', KEYS[1], ARGV[1]) new = '' end
local version = redis.call('HINCRBY', KEYS[1], '@version', 1)
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[8], '*', 'flag', ARGV[1], 'old', before or '', 'new', new, 'actor', ARGV[5], 'source', ARGV[6], 'version', version)
local message
if op == 'set' then
  message = '{"version":' .. version .. ',"flag":' .. cjson.encode(ARGV[1]) .. ',"value":' .. new .. '}'
else
  message = '{"version":' .. version .. ',"flag":' .. cjson.encode(ARGV[1]) .. ',"deleted":true}'
end
redis.call('PUBLISH', ARGV[7], message)
return {'ok', tostring(version), old or '', new}
`;

export interface WriteRequest {
  keys: { flags: string; audit: string; channel: string };
  name: string;
  op: 'set' | 'delete' | 'toggle';
  /** set: JSON text of the new value. */
  encoded?: string;
  /** JSON text of the flag's default, if it has one: what a toggle flips and the audit's "old" when nothing is stored. */
  defaultText?: string;
  /** '*' any old value, '-' the flag must be absent, '=' + text: exactly this stored text. */
  expect: string;
  actor: string;
  source: string;
  auditMaxLen: number;
}

export interface WriteReply {
  status: 'ok' | 'unchanged' | 'conflict' | 'untogglable';
  version: number;
  /** Stored text before the write; '' when the flag was absent. */
  oldText: string;
  /** Stored text after the write; '' when absent. */
  newText: string;
}

/** Stored text → its opposite, both as JSON and as a plain string somebody set by hand (enable without quotes). */
const TOGGLE_ARGS: string[] = (() => {
  const out: string[] = [];
  const add = (from: string, to: string) => out.push(from, to);
  add('true', 'false');
  add('false', 'true');
  for (const [a, b] of TOGGLE_PAIRS) {
    add(encodeValue(a), encodeValue(b));
    add(encodeValue(b), encodeValue(a));
    if (a !== 'true' && a !== 'false') {
      add(a, encodeValue(b));
      add(b, encodeValue(a));
    }
  }
  return out;
})();

const SCRIPT_NAME = 'slipwayFlagWrite';

export async function runWrite(redis: Redis, req: WriteRequest): Promise<WriteReply> {
  const [status, version, oldText, newText] = await luaCommand<[string, string, string, string]>(redis, SCRIPT_NAME, WRITE_SCRIPT, 2)(
    req.keys.flags, req.keys.audit,
    req.name, req.op, req.encoded ?? '', req.expect, req.actor, req.source, req.keys.channel, String(req.auditMaxLen), req.defaultText ?? '',
    ...(req.op === 'toggle' ? TOGGLE_ARGS : []),
  );
  return { status: status as WriteReply['status'], version: Number(version), oldText, newText };
}

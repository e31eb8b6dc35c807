// Puts a namespace's last known flags back when Redis came back without them (restarted without its data): one
// script, so it writes only while the flags hash AND the audit stream are both missing — never over newer data,
// never after a person deleted a flag (the hash keeps its @version then) — and audits every flag with source "restore".
import type Redis from 'ioredis';
import { AUDIT_MAX_LEN, type FlagKeys } from './keys';
import { luaCommand } from './lua-command';

export const RESTORE_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then return {'not-empty', 0} end
local version = ARGV[4]
for i = 5, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[3], '*', 'flag', ARGV[i], 'old', '', 'new', ARGV[i + 1], 'actor', ARGV[1], 'source', ARGV[2], 'version', version)
end
redis.call('HSET', KEYS[1], '@version', version)
return {'restored', (#ARGV - 4) / 2}
`;

export interface LastKnownFlags {
  version: number;
  /** Flag name → stored text (JSON). */
  texts: Map<string, string>;
}

export interface RestoreResult {
  restored: boolean;
  count: number;
  version: number;
  ms: number;
}

const SCRIPT_NAME = 'slipwayFlagRestore';

/** Worth trying only with something to put back: a snapshot that saw at least one write. */
export function restorable(last: LastKnownFlags | undefined): last is LastKnownFlags {
  return Boolean(last && last.version > 0 && last.texts.size > 0);
}

/** Writes `last` back (keeping its version, so clients that still hold it see nothing to re-read) if the namespace is empty. */
export async function restoreIfEmpty(redis: Redis, keys: FlagKeys, last: LastKnownFlags, who: { actor: string }): Promise<RestoreResult> {
  const started = Date.now();
  const pairs = [...last.texts].flat();
  const [status, count] = await luaCommand<[string, number]>(redis, SCRIPT_NAME, RESTORE_SCRIPT, 2)(keys.flags, keys.audit, who.actor, 'restore', String(AUDIT_MAX_LEN), String(last.version), ...pairs);
  return { restored: status === 'restored', count: Number(count), version: last.version, ms: Date.now() - started };
}

// The flag store: one Redis hash per namespace (flags + version), an audit stream and a change channel.
// Every write goes through one script: sets compare-and-set (type checks hold under concurrent writers), toggles flip in place.
import type Redis from 'ioredis';
import { AUDIT_MAX_LEN, FLAG_NAME_RULE, VERSION_FIELD, flagKeys, isFlagName, type FlagKeys } from './keys';
import { TOGGLE_RULE, decodeValue, encodeValue, typeOf, typeProblem, valueProblem, type FlagType, type FlagValue } from './values';
import { runWrite } from './write-script';
import { isDefinition, storedValueOf, toggledDefinition, type FlagDefinition } from './definitions';

/** Bad input to a write (unknown flag, malformed value, wrong type): the server answers 400, the CLI exits 2. */
export class FlagInputError extends Error {
  constructor(message: string, readonly status: 400 | 404 = 400) {
    super(message);
    this.name = 'FlagInputError';
  }
}

export interface ChangeOrigin {
  /** Who: a person, a pipeline (BUILD_TAG), a remote address. */
  actor: string;
  /** Through what: 'cli', 'http', 'http /newfeature', 'seed'. */
  source: string;
}

export interface FlagEntry {
  name: string;
  value: FlagValue;
  type: FlagType;
  /** stored in Redis, or the configured default because nothing is stored. */
  origin: 'stored' | 'default';
}

export interface StoredFlags {
  version: number;
  /** Flag name → stored text (JSON, or a plain string somebody set by hand). */
  texts: Map<string, string>;
}

export interface WriteResult {
  name: string;
  changed: boolean;
  version: number;
  old?: FlagValue;
  value?: FlagValue;
}

export interface AuditEntry {
  id: string;
  at: string;
  flag: string;
  old?: FlagValue;
  new?: FlagValue;
  actor: string;
  source: string;
  version: number;
}

export interface FlagStore {
  namespace: string;
  keys: FlagKeys;
  stored(): Promise<StoredFlags>;
  list(): Promise<{ version: number; flags: FlagEntry[] }>;
  get(name: string): Promise<FlagEntry | undefined>;
  set(name: string, value: unknown, origin: ChangeOrigin): Promise<WriteResult>;
  toggle(name: string, origin: ChangeOrigin): Promise<WriteResult>;
  remove(name: string, origin: ChangeOrigin): Promise<WriteResult>;
  /** Stores a flagd definition (validated by the caller): as a plain value when it says no more than one. */
  define(name: string, def: FlagDefinition, origin: ChangeOrigin): Promise<WriteResult>;
  /** Stores each default that nothing is stored for yet, so every reader sees the same value. */
  seedDefaults(origin: ChangeOrigin): Promise<WriteResult[]>;
  /** Newest first; `before` (an entry id) pages back from just older than that entry. */
  audit(opts?: { flag?: string; limit?: number; before?: string }): Promise<AuditEntry[]>;
}

const MAX_CAS_ATTEMPTS = 20;

export function createFlagStore(redis: Redis, namespace: string, defaults: Record<string, unknown> = {}): FlagStore {
  return new RedisFlagStore(redis, namespace, defaults);
}

class RedisFlagStore implements FlagStore {
  readonly keys: FlagKeys;
  private readonly defaultValues: Map<string, FlagValue>;

  constructor(private readonly redis: Redis, readonly namespace: string, defaults: Record<string, unknown>) {
    this.keys = flagKeys(namespace);
    this.defaultValues = new Map(Object.entries(defaults) as [string, FlagValue][]);
  }

  async stored(): Promise<StoredFlags> {
    return storedFlagsFromHash(await this.redis.hgetall(this.keys.flags));
  }

  async list(): Promise<{ version: number; flags: FlagEntry[] }> {
    const { version, texts } = await this.stored();
    const names = [...new Set([...texts.keys(), ...this.defaultValues.keys()])].sort();
    return { version, flags: names.map((n) => this.entryOf(n, texts.get(n))!) };
  }

  async get(name: string): Promise<FlagEntry | undefined> {
    checkName(name);
    return this.entryOf(name, (await this.redis.hget(this.keys.flags, name)) ?? undefined);
  }

  set(name: string, value: unknown, origin: ChangeOrigin): Promise<WriteResult> {
    const problem = valueProblem(value);
    if (problem) throw new FlagInputError(`value of ${name}: ${problem}`);
    return this.compareAndSet(name, origin, (current) => {
      const p = typeProblem(name, value as FlagValue, current?.value);
      if (p) throw new FlagInputError(p);
      return value as FlagValue;
    });
  }

  async toggle(name: string, origin: ChangeOrigin): Promise<WriteResult> {
    checkName(name);
    // flipped inside the script: atomic, so racing toggles never retry and never lose a flip
    const fallback = this.defaultValues.get(name);
    const reply = await runWrite(this.redis, { ...this.writeBase(name, origin), op: 'toggle', defaultText: this.defaultTextOf(name), expect: '*' });
    const old = reply.oldText ? decodeValue(reply.oldText) : fallback;
    if (reply.status === 'untogglable') {
      if (old === undefined) throw new FlagInputError(`no flag named ${name} (nothing stored, no default)`, 404);
      // a definition (targeting, a rollout) toggles between ENABLED and DISABLED: off gives every reader its own default
      if (isDefinition(old)) return this.compareAndSet(name, origin, (c) => (c && isDefinition(c.value) ? storedValueOf(toggledDefinition(c.value.$flagd)) : untogglable(name, c?.value)));
      untogglable(name, old);
    }
    return { name, changed: reply.status === 'ok', version: reply.version, old, value: decodeValue(reply.newText) };
  }

  define(name: string, def: FlagDefinition, origin: ChangeOrigin): Promise<WriteResult> {
    const value = storedValueOf(def);
    return this.compareAndSet(name, origin, (current) => {
      const p = typeProblem(name, value, current?.value);
      if (p) throw new FlagInputError(p);
      return value;
    });
  }

  remove(name: string, origin: ChangeOrigin): Promise<WriteResult> {
    return this.compareAndSet(name, origin, () => null);
  }

  async seedDefaults(origin: ChangeOrigin): Promise<WriteResult[]> {
    const { texts } = await this.stored();
    const results: WriteResult[] = [];
    for (const [name, value] of this.defaultValues) {
      if (texts.has(name) || !isFlagName(name)) continue;
      const reply = await runWrite(this.redis, { ...this.writeBase(name, origin), op: 'set', encoded: encodeValue(value), expect: '-' });
      if (reply.status === 'ok') results.push({ name, changed: true, version: reply.version, value });
    }
    return results;
  }

  async audit(opts: { flag?: string; limit?: number; before?: string } = {}): Promise<AuditEntry[]> {
    const limit = Math.max(1, Math.min(opts.limit ?? 100, 1000));
    const end = opts.before ? `(${opts.before}` : '+';
    // a filtered read looks further back, still bounded
    const raw = (await this.redis.xrevrange(this.keys.audit, end, '-', 'COUNT', opts.flag ? Math.min(limit * 20, AUDIT_MAX_LEN) : limit)) as [string, string[]][];
    const entries = raw.map(([id, fields]) => auditEntryOf(id, fields));
    return (opts.flag ? entries.filter((e) => e.flag === opts.flag) : entries).slice(0, limit);
  }

  /** Reads the flag, computes the new value from it, writes only if nobody changed it in between. */
  private async compareAndSet(name: string, origin: ChangeOrigin, next: (current: FlagEntry | undefined) => FlagValue | null): Promise<WriteResult> {
    checkName(name);
    for (let attempt = 1; ; attempt++) {
      const text = (await this.redis.hget(this.keys.flags, name)) ?? undefined;
      const current = this.entryOf(name, text);
      const value = next(current);
      const reply = await runWrite(this.redis, {
        ...this.writeBase(name, origin), op: value === null ? 'delete' : 'set', encoded: value === null ? undefined : encodeValue(value),
        defaultText: this.defaultTextOf(name), expect: text === undefined ? '-' : `=${text}`,
      });
      if (reply.status !== 'conflict') {
        return { name, changed: reply.status === 'ok', version: reply.version, old: current?.value, ...(value === null ? {} : { value }) };
      }
      if (attempt >= MAX_CAS_ATTEMPTS) throw new Error(`${name} kept changing under ${MAX_CAS_ATTEMPTS} attempts to write it; try again`);
      // another writer won the race: back off a little, randomly, so the racers spread out
      await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
    }
  }

  /** What every write script call carries: where, which flag, who and through what (clipped), how long the audit stays. */
  private writeBase(name: string, origin: ChangeOrigin) {
    return { keys: this.keys, name, actor: clip(origin.actor), source: clip(origin.source), auditMaxLen: AUDIT_MAX_LEN };
  }

  private defaultTextOf(name: string): string | undefined {
    return this.defaultValues.has(name) ? encodeValue(this.defaultValues.get(name)!) : undefined;
  }

  private entryOf(name: string, text: string | undefined): FlagEntry | undefined {
    if (text !== undefined) {
      const value = decodeValue(text);
      return { name, value, type: typeOf(value), origin: 'stored' };
    }
    if (!this.defaultValues.has(name)) return undefined;
    const value = this.defaultValues.get(name)!;
    return { name, value, type: typeOf(value), origin: 'default' };
  }
}

export function storedFlagsFromHash(hash: Record<string, string>): StoredFlags {
  const texts = new Map<string, string>();
  let version = 0;
  for (const [field, text] of Object.entries(hash)) {
    if (field === VERSION_FIELD) version = Number(text) || 0;
    else if (!field.startsWith('@')) texts.set(field, text);
  }
  return { version, texts };
}

function auditEntryOf(id: string, fields: string[]): AuditEntry {
  const f: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) f[fields[i]] = fields[i + 1];
  return {
    id,
    at: new Date(Number(id.split('-')[0])).toISOString(),
    flag: f.flag,
    ...(f.old ? { old: decodeValue(f.old) } : {}),
    ...(f.new ? { new: decodeValue(f.new) } : {}),
    actor: f.actor,
    source: f.source,
    version: Number(f.version),
  };
}

function checkName(name: string): void {
  if (!isFlagName(name)) throw new FlagInputError(`flag name ${JSON.stringify(name)} is not valid: use ${FLAG_NAME_RULE}`);
}

function untogglable(name: string, value: FlagValue | undefined): never {
  throw new FlagInputError(`${name} is ${JSON.stringify(value)}, which has no opposite: a toggle needs ${TOGGLE_RULE} or a flagd definition`);
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

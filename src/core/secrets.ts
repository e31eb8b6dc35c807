// Secrets come only from the environment and are masked wherever slipway prints anything.
import { UsageError } from './errors';

export const SECRET_ENV = [
  'DD_API_KEY', 'DD_APP_KEY', 'SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_WEBHOOK_TOKEN', 'SLIPWAY_FLAGS_TOKEN', 'SLIPWAY_FLAGS_READ_TOKEN', 'REDIS_URL', 'SLIPWAY_SMTP_PASSWORD',
  'SLIPWAY_ROLLOUT_WEBHOOK_TOKEN',
] as const;
export type SecretName = (typeof SECRET_ENV)[number];

/** The bearer tokens slipway's servers accept: each at least TOKEN_MIN_LENGTH visible ASCII characters. */
export const TOKENS: SecretName[] = ['SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_WEBHOOK_TOKEN', 'SLIPWAY_FLAGS_TOKEN', 'SLIPWAY_FLAGS_READ_TOKEN'];
export const TOKEN_MIN_LENGTH = 16;

/**
 * Refuses (UsageError, exit 2, before any action) a token among `names` that is short enough to guess, that a
 * bearer header cannot carry, or a webhook token equal to the admin token (Datadog would then hold the admin token).
 */
export function checkTokens(secrets: Secrets, names: readonly SecretName[]): void {
  const hint = 'make one with `openssl rand -hex 24` and set it in the environment (or the Jenkins credential)';
  for (const name of names) {
    const value = secrets.get(name);
    if (value === undefined || !TOKENS.includes(name)) continue;
    if (value.length < TOKEN_MIN_LENGTH) throw new UsageError(`${name} is ${value.length} characters long; a token needs at least ${TOKEN_MIN_LENGTH}`, hint);
    if (!/^[\x21-\x7e]+$/.test(value)) throw new UsageError(`${name} holds a space or a character outside visible ASCII, which an Authorization header cannot carry`, hint);
  }
  const admin = secrets.get('SLIPWAY_ADMIN_TOKEN');
  if (names.includes('SLIPWAY_WEBHOOK_TOKEN') && admin !== undefined && secrets.get('SLIPWAY_WEBHOOK_TOKEN') === admin) {
    throw new UsageError('SLIPWAY_WEBHOOK_TOKEN equals SLIPWAY_ADMIN_TOKEN: Datadog would hold the admin token', `give the webhook its own token: ${hint}`);
  }
}

export const MASK = '***';

export interface Secrets {
  get(name: SecretName): string | undefined;
  /** Replaces every secret value (and a Redis URL's password) in a text by ***. */
  mask(text: string): string;
  maskDeep<T>(value: T): T;
}

export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): Secrets {
  const values = new Map<SecretName, string>();
  for (const name of SECRET_ENV) {
    const v = env[name];
    if (v) values.set(name, v);
  }
  const plain = new Set<string>();
  for (const v of values.values()) if (v.length >= 4) plain.add(v);
  const redisPassword = passwordOfUrl(values.get('REDIS_URL'));
  if (redisPassword && redisPassword.length >= 3) plain.add(redisPassword);
  const hidden = new Set<string>();
  for (const v of plain) for (const form of encodedForms(v)) hidden.add(form);
  // longest first, so a value that contains another is masked whole
  const ordered = [...hidden].sort((a, b) => b.length - a.length);

  const mask = (text: string): string => {
    let out = text;
    for (const s of ordered) out = out.split(s).join(MASK);
    return out;
  };
  const maskDeep = <T>(value: T): T => {
    if (typeof value === 'string') return mask(value) as unknown as T;
    if (Array.isArray(value)) return value.map(maskDeep) as unknown as T;
    if (value && typeof value === 'object' && !(value instanceof Buffer)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = isSecretKey(k) && typeof v === 'string' ? MASK : maskDeep(v);
      return out as T;
    }
    return value;
  };
  return { get: (name) => values.get(name), mask, maskDeep };
}

/**
 * Every form a secret takes in output: as it is, JSON-escaped (once and inside JSON again), URL- and form-encoded,
 * and base64 (standard and URL-safe) at each of the three byte alignments it can have inside a longer encoded text,
 * as in `Authorization: Basic base64(user:password)`.
 */
export function encodedForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const forms = [secret, json, JSON.stringify(json).slice(1, -1), encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, '+')];
  const bytes = Buffer.from(secret, 'utf8');
  for (let offset = 0; offset < 3; offset++) {
    const b64 = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64').replace(/=+$/, '');
    // only the characters made of the secret's bits alone, whatever surrounds it
    const inner = b64.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    if (inner.length >= 6) forms.push(inner, inner.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...new Set(forms)].filter((f) => f.length >= 3);
}

/** Header and field names whose values are credentials whatever they hold. */
export function isSecretKey(key: string): boolean {
  return /^(authorization|dd-api-key|dd-application-key|x-slipway-token|password|apikey|appkey|token)$/i.test(key);
}

export function passwordOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.password ? decodeURIComponent(u.password) : undefined;
  } catch {
    return undefined;
  }
}

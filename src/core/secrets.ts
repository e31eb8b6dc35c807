// Secrets come only from the environment and are masked wherever slipway prints anything.

export const SECRET_ENV = ['DD_API_KEY', 'DD_APP_KEY', 'SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_FLAGS_TOKEN', 'REDIS_URL'] as const;
export type SecretName = (typeof SECRET_ENV)[number];

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
  const hidden = new Set<string>();
  for (const v of values.values()) if (v.length >= 4) hidden.add(v);
  const redisPassword = passwordOfUrl(values.get('REDIS_URL'));
  if (redisPassword && redisPassword.length >= 3) hidden.add(redisPassword);
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

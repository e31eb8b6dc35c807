// Users stay on one version: each user has a fixed bucket (0-9999), kept in the sticky cookie or derived from a header
// the app names; the canary gets the buckets below its share of the weights. Raising the canary's weight therefore only
// moves users from production to the canary, and lowering it only back: nobody flips at random.
import * as crypto from 'node:crypto';
import type { Role } from '../core/config';
import type { Weights } from './weights';

export const BUCKETS = 10_000;

/** The buckets that go to the canary: [0, canaryBuckets). */
export function canaryBuckets(w: Weights): number {
  return Math.floor((BUCKETS * w.canary) / (w.production + w.canary));
}

export function roleOfBucket(bucket: number, w: Weights): Role {
  return bucket < canaryBuckets(w) ? 'canary' : 'production';
}

/** A new user's bucket on the side the weighted round-robin chose for it, so new users still split exactly. */
export function bucketOn(role: Role, w: Weights): number {
  const edge = canaryBuckets(w);
  const [low, high] = role === 'canary' ? [0, edge] : [edge, BUCKETS];
  return high > low ? low + crypto.randomInt(high - low) : role === 'canary' ? 0 : BUCKETS - 1;
}

/** A header's value (a user or session id) to a bucket: FNV-1a, stable across restarts and proxies. */
export function bucketOfKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % BUCKETS;
}

/** The cookie's value is `b` and the bucket; anything else (an old role-named cookie, a forged one) counts as none. */
export function cookieBucketReader(name: string): (cookieHeader: string | undefined) => number | undefined {
  const pattern = new RegExp(`(?:^|;\\s*)${name}=b(\\d{1,4})(?:;|$)`);
  return (cookieHeader) => {
    const m = cookieHeader ? pattern.exec(cookieHeader) : null;
    return m ? Number(m[1]) : undefined;
  };
}

export function cookieFor(name: string, bucket: number): string {
  return `${name}=b${bucket}; Path=/; HttpOnly; SameSite=Lax`;
}

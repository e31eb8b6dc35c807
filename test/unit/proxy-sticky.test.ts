import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BUCKETS, bucketOfKey, bucketOn, canaryBuckets, cookieBucketReader, roleOfBucket } from '../../src/proxy/sticky';

test('raising the canary weight only moves buckets from production to the canary', () => {
  const shares = [[99, 1], [95, 5], [80, 20], [67, 33], [2, 1], [1, 1], [0, 1]].map(([production, canary]) => ({ production, canary }));
  for (let i = 1; i < shares.length; i++) {
    for (let b = 0; b < BUCKETS; b++) {
      if (roleOfBucket(b, shares[i - 1]) === 'canary') assert.is(roleOfBucket(b, shares[i]), 'canary', `bucket ${b} left the canary going from ${JSON.stringify(shares[i - 1])} to ${JSON.stringify(shares[i])}`);
    }
  }
  assert.is(canaryBuckets({ production: 2, canary: 1 }), 3333);
  assert.is(canaryBuckets({ production: 1, canary: 0 }), 0);
});

test('a new user is given a bucket on the side the round-robin chose', () => {
  for (const w of [{ production: 2, canary: 1 }, { production: 95, canary: 5 }, { production: 0, canary: 1 }, { production: 1, canary: 0 }]) {
    for (let i = 0; i < 200; i++) {
      if (w.canary) assert.is(roleOfBucket(bucketOn('canary', w), w), 'canary');
      if (w.production) assert.is(roleOfBucket(bucketOn('production', w), w), 'production');
    }
  }
});

test('a header value always lands in the same bucket, and keys spread over all of them', () => {
  assert.is(bucketOfKey('user-42'), bucketOfKey('user-42'));
  const counts = new Array(10).fill(0);
  for (let i = 0; i < 10_000; i++) counts[Math.floor(bucketOfKey(`user-${i}`) / (BUCKETS / 10))]++;
  for (const c of counts) assert.ok(c > 800 && c < 1200, `deciles ${counts.join(',')}`);
});

test('only a well-formed cookie value counts; an old role-named or forged one is no bucket', () => {
  const read = cookieBucketReader('slipway_v');
  assert.is(read('theme=dark; slipway_v=b42'), 42);
  assert.is(read('slipway_v=canary'), undefined);
  assert.is(read('slipway_v=b99999'), undefined);
  assert.is(read('xslipway_v=b1'), undefined);
  assert.is(read(undefined), undefined);
});

test.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { binomialSf, binomialUpperBound, differenceAboveMargin, erfc, mannWhitneyGreater, median, nearestRank, normalSf, sortedCopy } from '../../src/rollout/stats';
import { mulberry32 } from '../support/hostile/prng';

const stats = suite('rollout stats');

function close(actual: number, expected: number, relative: number, what: string) {
  const err = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  assert.ok(err <= relative, `${what}: ${actual} is not ${expected} (relative error ${err} > ${relative})`);
}

stats('erfc matches scipy to 1e-12 across the series, the continued fraction and the far tail', () => {
  // scipy.special.erfc(x)
  const scipy: [number, number][] = [
    [0, 1.0], [0.3, 0.6713732405408726], [1, 0.15729920705028516], [1.9, 0.007209570764742531], [2, 0.004677734981047266],
    [2.5, 0.00040695201744495886], [4, 1.541725790028002e-8], [7, 4.183825607779414e-23], [12, 1.3562611692059047e-64],
    [-0.5, 1.5204998778130465], [-2.5, 1.999593047982555],
  ];
  for (const [x, want] of scipy) close(erfc(x), want, 1e-12, `erfc(${x})`);
});

stats('the normal tail matches scipy.stats.norm.sf, also where 1 − CDF would round to 0', () => {
  // scipy.stats.norm.sf(z)
  const scipy: [number, number][] = [
    [-3, 0.9986501019683699], [-1, 0.8413447460685429], [0, 0.5], [1, 0.15865525393145707], [1.96, 0.024997895148220435],
    [2.0537489, 0.020000000514773054], [3.5, 0.00023262907903552502], [6, 9.865876450376946e-10], [9, 1.1285884059538324e-19],
    [20, 2.7536241186061556e-89],
  ];
  for (const [z, want] of scipy) close(normalSf(z), want, 1e-12, `normalSf(${z})`);
});

stats('the exact binomial tail P(X ≥ k) matches scipy.stats.binom.sf(k - 1, n, p), small and large n', () => {
  const scipy: [number, number, number, number][] = [
    [8, 300, 0.01, 0.011474078634877684], [2, 100, 0.01, 0.26423802107704364], [1, 60, 0.01, 0.45284335760923855],
    [20, 500, 0.01, 2.7746299236207344e-7], [120, 20000, 0.005, 0.02791361625055042], [5000, 20000, 0.25, 0.5027144375376982],
  ];
  for (const [k, n, p, want] of scipy) close(binomialSf(k, n, p), want, 1e-9, `binomialSf(${k}, ${n}, ${p})`);
  assert.is(binomialSf(0, 10, 0.3), 1);
  assert.is(binomialSf(11, 10, 0.3), 0);
});

stats('the exact upper bound of a proportion is the Clopper–Pearson one: scipy.stats.beta.ppf(0.98, s + 1, n - s)', () => {
  const scipy: [number, number, number][] = [[290, 300, 0.9844915342343591], [99, 100, 0.9997979933329197], [0, 10, 0.32375666219375854], [19880, 20000, 0.9950680447605876]];
  for (const [s, n, want] of scipy) close(binomialUpperBound(s, n, 0.98), want, 1e-9, `bound(${s}/${n})`);
  assert.is(binomialUpperBound(10, 10, 0.98), 1);
});

stats('the difference-of-proportions test is Farrington–Manning\'s: the variance at the constrained maximum-likelihood rates', () => {
  // Reference: a numeric maximum of the likelihood under p1 − p2 = margin (scipy.optimize.minimize_scalar, bounded, xatol 1e-14),
  // then z = (x1/n1 − x2/n2 − margin) / sqrt(r1(1 − r1)/n1 + r2(1 − r2)/n2) and p = scipy.stats.norm.sf(z).
  const reference: [number, number, number, number, number, number, number][] = [
    [10, 300, 1, 300, 0.01, 2.01303566931633, 0.022055438508166426],
    [0, 300, 0, 300, 0.01, -1.7407765595559186, 0.9591386238505775],
    [5, 150, 14, 2850, 0.01, 1.8248355061576864, 0.034012928016061796],
    [14, 412, 4, 820, 0.01, 2.59213861122367, 0.0047690666630721855],
    [7, 60, 0, 60, 0.01, 2.5936889710811997, 0.004747617118246129],
    [3, 300, 9, 300, 0.01, -2.443910515655678, 0.9927354851462497],
    [12, 400, 12, 400, 0, 0, 0.5],
  ];
  for (const [x1, n1, x2, n2, margin, z, p] of reference) {
    const got = differenceAboveMargin(x1, n1, x2, n2, margin);
    assert.ok(Math.abs(got.z - z) < 1e-6, `z of ${x1}/${n1} vs ${x2}/${n2}: ${got.z} is not ${z}`);
    assert.ok(Math.abs(got.pValue - p) < 1e-7, `p of ${x1}/${n1} vs ${x2}/${n2}: ${got.pValue} is not ${p}`);
  }
});

stats('no errors on either side with no margin is no evidence, not a division by zero', () => {
  assert.equal(differenceAboveMargin(0, 100, 0, 100, 0), { z: 0, pValue: 1 });
});

// scipy: rng = np.random.default_rng(7); x = round(rng.exponential(3, 25)·2)/2 + 1; y = round(rng.exponential(2, 30)·2)/2 + 1
const X = [3.0, 4.0, 2.5, 3.5, 1.5, 11.0, 1.0, 9.5, 2.5, 2.0, 2.5, 2.0, 3.5, 4.0, 6.5, 1.5, 10.5, 3.0, 2.0, 3.5, 1.0, 1.0, 4.5, 3.5, 7.5];
const Y = [2.0, 2.0, 3.5, 2.0, 1.0, 1.5, 3.0, 2.5, 4.0, 1.0, 3.0, 1.5, 1.5, 7.0, 4.0, 8.5, 4.5, 5.5, 1.5, 1.5, 1.5, 3.5, 3.5, 1.5, 2.0, 3.0, 1.0, 1.0, 2.5, 4.5];

stats('Mann–Whitney U with ties matches scipy.stats.mannwhitneyu(alternative="greater", method="asymptotic", use_continuity=True)', () => {
  const x = sortedCopy(X);
  const y = sortedCopy(Y);
  // mannwhitneyu(X, Y, ...) → U 452.0, p 0.09660571098421739
  const plain = mannWhitneyGreater(x, y);
  assert.is(plain.U, 452);
  close(plain.pValue, 0.09660571098421739, 1e-10, 'p');
  // mannwhitneyu(X, np.array(Y) * 1.25, ...) → U 384.0, p 0.44271983541589843
  const scaled = mannWhitneyGreater(x, y, 1.25);
  assert.is(scaled.U, 384);
  close(scaled.pValue, 0.44271983541589843, 1e-10, 'p scaled');
  // mannwhitneyu([5]*10 + [6]*3, [5]*12 + [4]*2, ...) → U 122.0, p 0.014361469715684954: almost all tied
  const tied = mannWhitneyGreater(sortedCopy([...Array(10).fill(5), 6, 6, 6]), sortedCopy([...Array(12).fill(5), 4, 4]));
  assert.is(tied.U, 122);
  close(tied.pValue, 0.014361469715684954, 1e-10, 'p tied');
});

stats('a shift compares with the second sample moved up by that much, after the scale', () => {
  const x = sortedCopy(X);
  const y = sortedCopy(Y);
  assert.equal(mannWhitneyGreater(x, y, 1.25, 0.5), mannWhitneyGreater(x, sortedCopy(Y.map((v) => v * 1.25 + 0.5))));
  assert.ok(mannWhitneyGreater(x, y, 1, 2).pValue > mannWhitneyGreater(x, y).pValue, 'a slack makes the same canary less suspect');
});

stats('U counts the pairs where the first sample is greater, ties one half, on large samples with many ties', () => {
  const rng = mulberry32(11);
  const x = Array.from({ length: 400 }, () => rng.int(40) / 4);
  const y = Array.from({ length: 300 }, () => rng.int(40) / 4);
  let pairs = 0;
  for (const a of x) for (const b of y) pairs += a > b ? 1 : a === b ? 0.5 : 0;
  assert.is(mannWhitneyGreater(sortedCopy(x), sortedCopy(y)).U, pairs);
});

stats('samples with every value tied give no evidence, and a NaN is refused rather than looped on', () => {
  assert.equal(mannWhitneyGreater(sortedCopy([2, 2, 2]), sortedCopy([2, 2])), { U: 3, z: 0, pValue: 1 });
  assert.throws(() => mannWhitneyGreater(Float64Array.of(1, NaN), Float64Array.of(1)), /finite numbers sorted/);
});

stats('p99 is by nearest rank and the median the middle value, like numpy\'s inverted_cdf percentile and median', () => {
  const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
  const sorted = sortedCopy(values);
  // np.percentile(values, [50, 90, 99, 100], method='inverted_cdf') → 4, 6, 9, 9; np.median → 4, of the first ten 3.5
  assert.equal([0.5, 0.9, 0.99, 1].map((q) => nearestRank(sorted, q)), [4, 6, 9, 9]);
  assert.is(median(sorted), 4);
  assert.is(median(sortedCopy(values.slice(0, 10))), 3.5);
  assert.is(nearestRank(new Float64Array(0), 0.99), null);
  assert.is(median(new Float64Array(0)), null);
  assert.equal(values, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], 'the caller\'s array is left in its order');
});

stats.run();

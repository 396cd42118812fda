/**
 * The statistics of the analysis against published values: the normal table, the exact
 * distribution of Mann-Whitney's U and its table of critical values, Fisher's tea-tasting table,
 * and the worked example of Boschloo's test in the SciPy documentation. No value here is computed
 * by the code under test and then pasted back: each comes from the source named beside it.
 */
import { describe, expect, test } from '@jest/globals';
import { binomialPmf, logChoose, normalUpperTail } from '../../../src/verify/analysis/distributions.js';
import { exactLowerTail, mannWhitneyGreater, midRanks } from '../../../src/verify/analysis/mann-whitney.js';
import { boschlooFisherThreshold, boschlooGreater, fisherGreater } from '../../../src/verify/analysis/proportions.js';

describe('normalUpperTail', () => {
  // Abramowitz & Stegun, Handbook of Mathematical Functions, Table 26.1: P(x) at 1, 2, 3
  // (0.841344746, 0.977249868, 0.998650102); 1.644854 and 1.959964 are the 95% and 97.5% points.
  test.each([
    [0, 0.5],
    [1, 1 - 0.841344746],
    [2, 1 - 0.977249868],
    [3, 1 - 0.998650102],
    [1.6448536, 0.05],
    [1.959964, 0.025],
    [-1, 0.841344746],
    [-2, 0.977249868]
  ])('Q(%p) = %p', (z, q) => {
    expect(Math.abs(normalUpperTail(z) - q)).toBeLessThan(1e-7);
  });
  test('the ends', () => {
    expect(normalUpperTail(Infinity)).toBe(0);
    expect(normalUpperTail(-Infinity)).toBe(1);
    expect(normalUpperTail(40)).toBeLessThan(1e-300);
  });
});

describe('binomial helpers', () => {
  test('C(52, 5) = 2,598,960 (poker hands); C(n, k) outside 0..n is 0', () => {
    expect(Math.exp(logChoose(52, 5))).toBeCloseTo(2_598_960, 3);
    expect(logChoose(5, 6)).toBe(-Infinity);
  });
  test('a binomial distribution sums to 1 and has its mean at n·p', () => {
    const pmf = Array.from({ length: 101 }, (_, k) => binomialPmf(k, 100, 0.03));
    expect(pmf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(pmf.reduce((a, b, k) => a + b * k, 0)).toBeCloseTo(3, 10);
    expect([binomialPmf(0, 10, 0), binomialPmf(3, 10, 0), binomialPmf(10, 10, 1)]).toEqual([1, 0, 1]);
  });
});

describe('Mann-Whitney U', () => {
  test('mid-ranks: tied values share the mean of their ranks', () => {
    expect(midRanks([10, 20, 20, 5, 20])).toEqual({ ranks: [2, 4, 4, 1, 4], tieGroups: [3] });
  });

  // Mann & Whitney (1947), Annals of Mathematical Statistics 18(1), table of P(U ≤ u): for
  // n₁ = n₂ = 4 the 70 arrangements give U = 0, 1, 2, ... with counts 1, 1, 2, 3, 5, 5, 7, 7, 8.
  test('the exact distribution for n₁ = n₂ = 4 (Mann & Whitney 1947)', () => {
    const cumulative = [1, 2, 4, 7, 12, 17, 24, 31, 39];
    cumulative.forEach((count, u) => expect(exactLowerTail(4, 4, u)).toBeCloseTo(count / 70, 12));
  });

  // The table of critical values of U printed in statistics textbooks (reject H0 when U is at
  // most the value), for n₁ = n₂ = 5..20: one-tailed α = 0.05 and one-tailed α = 0.025
  // (two-tailed 0.05). The same values come out of SciPy's exact method (scipy.stats.mannwhitneyu).
  const ONE_TAILED_05 = [4, 7, 11, 15, 21, 27, 34, 42, 51, 61, 72, 83, 96, 109, 123, 138];
  const ONE_TAILED_025 = [2, 5, 8, 13, 17, 23, 30, 37, 45, 55, 64, 75, 87, 99, 113, 127];
  const critical = (n: number, alpha: number): number => {
    let u = -1;
    while (exactLowerTail(n, n, u + 1) <= alpha) u++;
    return u;
  };
  test.each(ONE_TAILED_05.map((value, i) => [i + 5, value]))('critical U at α = 0.05 for n₁ = n₂ = %p is %p', (n, value) => {
    expect(critical(n, 0.05)).toBe(value);
  });
  test.each(ONE_TAILED_025.map((value, i) => [i + 5, value]))('critical U at α = 0.025 for n₁ = n₂ = %p is %p', (n, value) => {
    expect(critical(n, 0.025)).toBe(value);
  });

  test('the test statistic: U counts the pairs where the first sample is greater', () => {
    // Every x above every y: U = n₁·n₂, and p = P(U ≥ 25) = 1 / C(10, 5) = 1/252.
    const r = mannWhitneyGreater([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]);
    expect(r).toMatchObject({ u: 25, method: 'exact', ties: 0 });
    expect(r.pValue).toBeCloseTo(1 / 252, 12);
    // Every x below every y: U = 0, p = 1.
    expect(mannWhitneyGreater([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).pValue).toBe(1);
  });

  test('ties: the normal approximation with the tie-corrected variance and a continuity correction', () => {
    // By hand: pooled 1 1 2 2 2 3 → mid-ranks 1.5 1.5 4 4 4 6; R₁ = 14, U = 14 − 6 = 8; mean 4.5;
    // σ² = 3·3/12 · (7 − (2³−2 + 3³−3)/(6·5)) = 0.75 · 6 = 4.5; z = (8 − 4.5 − 0.5)/√4.5 = 1.41421;
    // p = Q(1.41421) = 0.0786496 (SciPy's asymptotic method: 0.07864960).
    const r = mannWhitneyGreater([2, 2, 3], [1, 1, 2]);
    expect(r).toMatchObject({ u: 8, method: 'normal', ties: 2 });
    expect(r.z).toBeCloseTo(3 / Math.sqrt(4.5), 10);
    expect(r.pValue).toBeCloseTo(0.0786496, 6);
  });

  test('every value tied: no evidence either way, p = 1 (never NaN)', () => {
    expect(mannWhitneyGreater([5, 5, 5], [5, 5, 5, 5])).toMatchObject({ pValue: 1, u: 6 });
    expect(mannWhitneyGreater(Array(30).fill(0), Array(30).fill(0)).pValue).toBe(1);
  });

  test('a series of zeros against a series of larger values is a difference, not a pass', () => {
    // The shape Kayenta's users hit, as latencies or rates: old all 0, new all positive.
    const r = mannWhitneyGreater(Array.from({ length: 20 }, (_, i) => 35 + i * 7), Array(20).fill(0));
    expect(r.pValue).toBeLessThan(1e-6);
  });

  test('from 50 values per sample the normal approximation, close to the exact distribution of the same shape', () => {
    const shifted = (n: number) => [Array.from({ length: n }, (_, i) => 2 * i + 1.5), Array.from({ length: n }, (_, i) => 2 * i)] as const;
    const exact = mannWhitneyGreater(...shifted(49));
    const normal = mannWhitneyGreater(...shifted(50));
    expect(exact.method).toBe('exact');
    expect(normal.method).toBe('normal');
    expect(exact.pValue).toBeGreaterThan(0.3);
    expect(Math.abs(normal.pValue - exact.pValue)).toBeLessThan(0.02);
  });

  test('refuses empty or non-finite samples', () => {
    expect(() => mannWhitneyGreater([], [1])).toThrow(RangeError);
    expect(() => mannWhitneyGreater([NaN], [1])).toThrow(RangeError);
  });
});

describe('Fisher and Boschloo, one-sided', () => {
  test("Fisher's tea-tasting table (The Design of Experiments, 1935): 3 of 4 against 1 of 4, p = 17/70", () => {
    expect(fisherGreater(3, 4, 1, 4)).toBeCloseTo(17 / 70, 12);
    expect(fisherGreater(4, 4, 0, 4)).toBeCloseTo(1 / 70, 12);
    expect(fisherGreater(0, 4, 4, 4)).toBeCloseTo(1, 12);
  });

  // SciPy's documentation of scipy.stats.boschloo_exact works the data of Saari et al. (2004),
  // Human Resource Management 43(4): 74 of 117 professors against 31 of 63 scientists very
  // satisfied, alternative "greater": statistic (Fisher's one-sided p) 0.0483, p-value 0.0355.
  test('the worked example of Boschloo’s test: 74 of 117 against 31 of 63', () => {
    const r = boschlooGreater(74, 117, 31, 63);
    expect(r.fisherP).toBeCloseTo(0.0483, 4);
    // The documentation rounds to 4 places (SciPy itself gives 0.035564).
    expect(Math.abs(r.pValue - 0.0355)).toBeLessThan(1e-4);
  });

  // Reference values from an independent implementation, scipy.stats.boschloo_exact (SciPy 1.17,
  // alternative "greater"): the fewest failures of the new series that differ at 5% from 0, 1 or
  // 2 failures of the old one, with their p-values. Boschloo needs one failure fewer than Fisher.
  test.each([
    [20, 0, 4, 0.0305],
    [20, 1, 6, 0.0232],
    [20, 2, 7, 0.0404],
    [40, 0, 4, 0.041],
    [40, 1, 6, 0.035],
    [40, 2, 7, 0.0487],
    [80, 0, 4, 0.0483],
    [80, 1, 6, 0.0483],
    [80, 2, 8, 0.0349]
  ])('n = %p, old failures %p: %p new failures give p = %p', (n, old, fewest, p) => {
    expect(boschlooGreater(fewest, n, old, n).pValue).toBeCloseTo(p, 4);
    expect(boschlooGreater(fewest - 1, n, old, n).pValue).toBeGreaterThan(0.05);
    expect(boschlooGreater(fewest, n, old, n).pValue).toBeLessThanOrEqual(fisherGreater(fewest, n, old, n));
  });

  test('more old failures than new: no evidence (p near or at 1)', () => {
    expect(boschlooGreater(0, 20, 5, 20).pValue).toBe(1);
    expect(boschlooGreater(0, 20, 0, 20).pValue).toBe(1);
    expect(boschlooGreater(2, 40, 2, 40).pValue).toBeGreaterThan(0.5);
  });

  test('exact: at any common failure rate, the chance of p ≤ 0.05 stays at or under 5% (n = 20)', () => {
    const n = 20;
    const reject: Array<[number, number]> = [];
    for (let x1 = 0; x1 <= n; x1++) for (let x0 = 0; x0 <= n; x0++) if (boschlooGreater(x1, n, x0, n).pValue <= 0.05) reject.push([x1, x0]);
    expect(reject.length).toBeGreaterThan(0);
    // The same region as a threshold on Fisher's p-value (for exact power in the benchmark).
    const threshold = boschlooFisherThreshold(n, n, 0.05);
    const byThreshold: Array<[number, number]> = [];
    for (let x1 = 0; x1 <= n; x1++) for (let x0 = 0; x0 <= n; x0++) if (fisherGreater(x1, n, x0, n) <= threshold * (1 + 1e-9)) byThreshold.push([x1, x0]);
    expect(byThreshold).toEqual(reject);
    for (const pi of [0.001, 0.01, 0.03, 0.1, 0.3, 0.5, 0.8]) {
      const size = reject.reduce((sum, [x1, x0]) => sum + binomialPmf(x1, n, pi) * binomialPmf(x0, n, pi), 0);
      expect(size).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  test('refuses counts that are not proportions', () => {
    expect(() => boschlooGreater(5, 4, 0, 4)).toThrow(RangeError);
    expect(() => fisherGreater(1, 0, 0, 4)).toThrow(RangeError);
    expect(() => fisherGreater(1.5, 4, 0, 4)).toThrow(RangeError);
  });
});

/**
 * One-sided exact tests that the first proportion (the new version's failed probes, x₁ of n₁) is
 * greater than the second (the old version's, x₀ of n₀).
 *
 * - `fisherGreater`: Fisher's exact test, P(A ≥ x₁) for A hypergeometric given the total
 *   x₁ + x₀. It conditions on the total number of failures, which our design does not fix (the
 *   number of probes is fixed, the number of failures is not), and so it is conservative: its
 *   real false-alarm rate is well under the level asked for, and it misses regressions.
 * - `boschlooGreater`: Boschloo's exact unconditional test (Boschloo 1970, Statistica
 *   Neerlandica 24(1)): Fisher's p-value ordered the tables, and the p-value is the largest
 *   probability, over every common failure rate π, that the two series give a table at least as
 *   extreme. It is exact (its false-alarm rate never exceeds the level) and uniformly more
 *   powerful than Fisher's test; at 20 to 80 probes per series it needs one failure fewer to
 *   see a difference (0 of 40 against 4 of 40: Boschloo p = 0.041, Fisher p = 0.058). This is
 *   the test the analysis uses.
 *
 * Computation: for a total t of failures, the tables at least as extreme as the observed one
 * are those with a Fisher p-value no greater than the observed one; their conditional
 * probability r_t is one of the hypergeometric upper tails of that total. So the probability of
 * the region at rate π is Σ_t r_t·Binomial(t; N, π), evaluated on a grid of π and refined around
 * the best grid points by golden-section search.
 */
import { binomialPmf, logChoose } from './distributions.js';

export interface ProportionTest {
  /** One-sided p-value. */
  pValue: number;
  /** Fisher's one-sided p-value (Boschloo's statistic). */
  fisherP: number;
}

function checkCounts(x1: number, n1: number, x0: number, n0: number): void {
  for (const [x, n] of [
    [x1, n1],
    [x0, n0]
  ]) {
    if (!Number.isInteger(x) || !Number.isInteger(n) || n < 1 || x < 0 || x > n) {
      throw new RangeError(`a proportion needs whole counts with 0 ≤ x ≤ n and n ≥ 1, got ${x} of ${n}`);
    }
  }
}

/** The hypergeometric probabilities of A = lo..hi given t failures in all (A: failures in the first series). */
function hypergeometric(t: number, n1: number, n0: number): { lo: number; pmf: number[] } {
  const lo = Math.max(0, t - n0);
  const hi = Math.min(n1, t);
  const total = logChoose(n1 + n0, t);
  const pmf: number[] = [];
  for (let a = lo; a <= hi; a++) pmf.push(Math.exp(logChoose(n1, a) + logChoose(n0, t - a) - total));
  return { lo, pmf };
}

/** Fisher's exact test, one-sided: the first proportion greater than the second. */
export function fisherGreater(x1: number, n1: number, x0: number, n0: number): number {
  checkCounts(x1, n1, x0, n0);
  const { lo, pmf } = hypergeometric(x1 + x0, n1, n0);
  let tail = 0;
  for (let i = pmf.length - 1; i >= x1 - lo; i--) tail += pmf[i];
  return Math.min(1, tail);
}

const cache = new Map<string, ProportionTest>();
const CACHE_LIMIT = 4096;

/** Boschloo's exact unconditional test, one-sided: the first proportion greater than the second. */
export function boschlooGreater(x1: number, n1: number, x0: number, n0: number): ProportionTest {
  checkCounts(x1, n1, x0, n0);
  // Windows see few distinct tables (counts of failures); a bounded cache spares recomputing them.
  const key = `${x1}/${n1}:${x0}/${n0}`;
  const known = cache.get(key);
  if (known) return known;
  const fisherP = fisherGreater(x1, n1, x0, n0);
  const result = fisherP >= 1 ? { pValue: 1, fisherP } : { pValue: Math.min(1, regionSize(n1, n0, fisherP * (1 + 1e-9) + 1e-15)), fisherP };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

/**
 * The largest probability, over every common failure rate, of a table whose Fisher p-value is at
 * most `limit`. Each r_t (the region's conditional probability at t failures in all) is at most
 * `limit`, so this never exceeds it: Boschloo's p-value is never above Fisher's.
 */
function regionSize(n1: number, n0: number, limit: number): number {
  const n = n1 + n0;
  const weights: Array<{ t: number; r: number }> = [];
  for (let t = 0; t <= n; t++) {
    // The upper tail of this total, from the most extreme table down, while it stays in the region.
    const lo = Math.max(0, t - n0);
    const total = logChoose(n, t);
    let tail = 0;
    let r = 0;
    for (let a = Math.min(n1, t); a >= lo; a--) {
      tail += Math.exp(logChoose(n1, a) + logChoose(n0, t - a) - total);
      if (tail > limit) break;
      r = tail;
    }
    if (r > 0) weights.push({ t, r });
  }
  const logWeights = weights.map((w) => ({ t: w.t, logR: Math.log(w.r) + logChoose(n, w.t) }));
  const regionAt = (pi: number): number => {
    if (pi <= 0 || pi >= 1) return weights.reduce((sum, w) => sum + w.r * binomialPmf(w.t, n, pi), 0);
    const lp = Math.log(pi);
    const lq = Math.log1p(-pi);
    let sum = 0;
    for (const w of logWeights) sum += Math.exp(w.logR + w.t * lp + (n - w.t) * lq);
    return sum;
  };
  return supremum(regionAt, n);
}

/**
 * Boschloo's test at level `alpha` as a threshold on Fisher's p-value: it rejects exactly the
 * tables whose Fisher p-value is at most the returned value (-1: none). For exact power
 * calculations (the benchmark) without a p-value per table.
 */
export function boschlooFisherThreshold(n1: number, n0: number, alpha: number): number {
  checkCounts(0, n1, 0, n0);
  // Every table's Fisher p-value, total by total: the upper tails of each hypergeometric.
  const candidates: number[] = [];
  for (let t = 0; t <= n1 + n0; t++) {
    const { pmf } = hypergeometric(t, n1, n0);
    let tail = 0;
    for (let i = pmf.length - 1; i >= 0; i--) {
      tail += pmf[i];
      candidates.push(Math.min(1, tail));
    }
  }
  const sorted = Float64Array.from(candidates).sort();
  // The region grows with the threshold, and so does its size: bisect for the last one within alpha.
  let lo = -1;
  let hi = sorted.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (regionSize(n1, n0, sorted[mid] * (1 + 1e-9) + 1e-15) <= alpha) lo = mid;
    else hi = mid;
  }
  return lo < 0 ? -1 : sorted[lo];
}

/** The largest value of a smooth f on [0, 1]: a grid fine enough for N trials, then golden-section search around the best points. */
function supremum(f: (pi: number) => number, n: number): number {
  const steps = 100 + 2 * n;
  const grid: Array<{ pi: number; value: number }> = [];
  for (let i = 0; i <= steps; i++) {
    const pi = i / steps;
    grid.push({ pi, value: f(pi) });
  }
  let best = Math.max(...grid.map((g) => g.value));
  const peaks = grid
    .map((g, i) => ({ ...g, i }))
    .filter((g) => (g.i === 0 || g.value >= grid[g.i - 1].value) && (g.i === steps || g.value >= grid[g.i + 1].value))
    .sort((a, b) => b.value - a.value)
    .slice(0, 3);
  for (const peak of peaks) {
    best = Math.max(best, goldenMax(f, Math.max(0, (peak.i - 1) / steps), Math.min(1, (peak.i + 1) / steps)));
  }
  return best;
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

function goldenMax(f: (x: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  let c = b - GOLDEN * (b - a);
  let d = a + GOLDEN * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 60 && b - a > 1e-12; i++) {
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - GOLDEN * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + GOLDEN * (b - a);
      fd = f(d);
    }
  }
  return Math.max(fc, fd, f(lo), f(hi));
}

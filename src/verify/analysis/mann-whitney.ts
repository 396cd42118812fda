/**
 * The one-sided Mann-Whitney U test (Wilcoxon rank-sum): is the first sample (the new version's
 * latencies) stochastically greater than the second (the old version's)?
 *
 * - U = R₁ − n₁(n₁+1)/2, R₁ the sum of the first sample's ranks in the pooled sample, tied values
 *   taking the mean of the ranks they span (mid-ranks). U counts the pairs (x, y) with x > y, a
 *   tie counting one half; a large U means the first sample tends to be greater.
 * - p = P(U ≥ U_observed) when both samples come from one distribution.
 * - Exact distribution when there are no ties and both samples have fewer than 50 values (as R's
 *   wilcox.test does), by the recurrence on probabilities
 *   P_{m,n}(u) = m/(m+n)·P_{m−1,n}(u−n) + n/(m+n)·P_{m,n−1}(u), which only adds positive terms
 *   (no cancellation, no overflow). Cached per (n₁, n₂).
 * - Otherwise the normal approximation with the tie correction of the variance,
 *   σ² = n₁n₂/12 · ((N+1) − Σ(t³−t)/(N(N−1))), t the size of each group of tied values, and a
 *   continuity correction of ½. All values tied (σ = 0): no evidence either way, p = 1.
 *
 * Latencies here are whole milliseconds, so ties are the rule, not the exception: a test that
 * ignored them would understate the variance and raise false alarms.
 */
import { normalUpperTail } from './distributions.js';

export interface MannWhitneyResult {
  /** U of the first sample (pairs x > y, ties ½). */
  u: number;
  /** One-sided p-value: P(U ≥ u) under the null hypothesis. */
  pValue: number;
  method: 'exact' | 'normal';
  /** The z-score of the normal approximation (continuity- and tie-corrected). */
  z?: number;
  /** Groups of tied values in the pooled sample (sizes > 1). */
  ties: number;
}

/** Below this size of each sample (and with no ties) the exact distribution is used. */
export const EXACT_LIMIT = 50;

/** Mid-ranks of `values` (1-based), and the sizes of the tied groups. */
export function midRanks(values: readonly number[]): { ranks: number[]; tieGroups: number[] } {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length);
  const tieGroups: number[] = [];
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && order[end].v === order[start].v) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k].i] = rank;
    if (end - start > 1) tieGroups.push(end - start);
    start = end;
  }
  return { ranks, tieGroups };
}

/** One-sided test that `x` tends to be greater than `y`. Both need at least one value. */
export function mannWhitneyGreater(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('mannWhitneyGreater needs at least one value in each sample');
  if ([...x, ...y].some((v) => !Number.isFinite(v))) throw new RangeError('mannWhitneyGreater needs finite values');
  const { ranks, tieGroups } = midRanks([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i];
  const u = r1 - (n1 * (n1 + 1)) / 2;

  if (tieGroups.length === 0 && n1 < EXACT_LIMIT && n2 < EXACT_LIMIT) {
    return { u, pValue: exactUpperTail(n1, n2, u), method: 'exact', ties: 0 };
  }
  const n = n1 + n2;
  const tieSum = tieGroups.reduce((s, t) => s + (t * t * t - t), 0);
  const variance = ((n1 * n2) / 12) * (n + 1 - tieSum / (n * (n - 1)));
  const mean = (n1 * n2) / 2;
  if (!(variance > 0)) return { u, pValue: 1, method: 'normal', z: 0, ties: tieGroups.length };
  const z = (u - mean - 0.5) / Math.sqrt(variance);
  return { u, pValue: Math.min(1, normalUpperTail(z)), method: 'normal', z, ties: tieGroups.length };
}

const upperTails = new Map<string, Float64Array>();

/** P(U ≥ u) for samples of n1 and n2 values without ties (exact). */
export function exactUpperTail(n1: number, n2: number, u: number): number {
  const tail = exactTailTable(n1, n2);
  if (u <= 0) return 1;
  const k = Math.ceil(u);
  return k >= tail.length ? 0 : tail[k];
}

/** P(U ≤ u): the lower tail, for tables of critical values (reject when U ≤ the critical value). */
export function exactLowerTail(n1: number, n2: number, u: number): number {
  // U and n1·n2 − U have the same distribution.
  return exactUpperTail(n1, n2, n1 * n2 - u);
}

function exactTailTable(n1: number, n2: number): Float64Array {
  const key = `${n1}x${n2}`;
  const cached = upperTails.get(key);
  if (cached) return cached;
  // row[n] = distribution of U for samples of m and n values; m grows from 0 to n1.
  let row: Float64Array[] = [];
  for (let n = 0; n <= n2; n++) row.push(Float64Array.of(1)); // m = 0: U = 0 surely
  for (let m = 1; m <= n1; m++) {
    const next: Float64Array[] = [Float64Array.of(1)]; // n = 0: U = 0 surely
    for (let n = 1; n <= n2; n++) {
      const dist = new Float64Array(m * n + 1);
      const a = m / (m + n);
      const b = n / (m + n);
      const fromM = row[n]; // m−1, n: the largest value is in the first sample, adding n pairs
      const fromN = next[n - 1]; // m, n−1: the largest value is in the second sample
      for (let k = 0; k < fromM.length; k++) dist[k + n] += a * fromM[k];
      for (let k = 0; k < fromN.length; k++) dist[k] += b * fromN[k];
      next.push(dist);
    }
    row = next;
  }
  const dist = row[n2];
  const tail = new Float64Array(dist.length);
  let sum = 0;
  for (let k = dist.length - 1; k >= 0; k--) {
    sum += dist[k];
    tail[k] = Math.min(1, sum);
  }
  upperTails.set(key, tail);
  return tail;
}

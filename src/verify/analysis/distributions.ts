/**
 * The few distribution functions the analysis needs, written out (no statistics package on npm
 * does the exact tests below correctly; see docs/verify.md, "Analysis"):
 *
 * - `normalUpperTail(z)`: P(Z ≥ z) for a standard normal Z, by Abramowitz & Stegun 26.2.17
 *   (absolute error under 7.5e-8, far below any significance level we compare with).
 * - `logChoose(n, k)`: ln C(n, k) from a table of ln k! (exact sums of logs; no Stirling).
 * - `binomialPmf(k, n, p)`: P(X = k) for X ~ Binomial(n, p), through logs so that n in the
 *   thousands neither overflows nor underflows to a wrong 0 where the value matters.
 */

const A_S_P = 0.2316419;
const A_S_B = [0.31938153, -0.356563782, 1.781477937, -1.821255978, 1.330274429] as const;
const INV_SQRT_2PI = 0.3989422804014327;

/** P(Z ≥ z), Z standard normal. */
export function normalUpperTail(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  const x = Math.abs(z);
  const t = 1 / (1 + A_S_P * x);
  let poly = 0;
  for (let i = A_S_B.length - 1; i >= 0; i--) poly = (poly + A_S_B[i]) * t;
  const upper = INV_SQRT_2PI * Math.exp((-x * x) / 2) * poly;
  return z >= 0 ? upper : 1 - upper;
}

const logFactorials: number[] = [0];

/** ln n! for a whole n ≥ 0. */
export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`logFactorial needs a whole number ≥ 0, got ${n}`);
  for (let k = logFactorials.length; k <= n; k++) logFactorials.push(logFactorials[k - 1] + Math.log(k));
  return logFactorials[n];
}

/** ln C(n, k); -Infinity when k is outside 0..n. */
export function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return -Infinity;
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/** P(X = k) for X ~ Binomial(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return 0;
  if (p <= 0) return k === 0 ? 1 : 0;
  if (p >= 1) return k === n ? 1 : 0;
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

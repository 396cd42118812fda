/**
 * Verdicts in three levels, each `pass`, `fail` or `inconclusive`:
 *
 * 1. probe: passes when its answer met the check (status, body, version, latency limit); fails
 *    otherwise. A probe always has an answer or a transport error, so on its own it is never
 *    inconclusive; what it may lack is a latency (a refused connection), which its series counts.
 * 2. series (one check's probes in a window): inconclusive with no probe or fewer probes than
 *    `analysis-min-samples`; for the new version's series, a fail when it breaks a fixed limit
 *    (its failed-probe rate above `error-rate-threshold`, its p95 above `latency-threshold`).
 * 3. window: every series and every comparison of new and old (compare.ts) combined by
 *    `combineVerdicts`: any fail fails the window; otherwise any inconclusive makes it
 *    inconclusive; only when every part passed does the window pass.
 *
 * Only `pass` promotes. The caller treats `inconclusive` at the end of a window as a failure whose
 * reason says inconclusive and why ("no data is not success").
 */
import { formatDuration } from '../../config/durations.js';
import type { ProbeSample } from '../probe.js';
import { percentile } from '../rounds.js';
import type { Series } from './series.js';

export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface Judged {
  verdict: Verdict;
  /** One line: why. */
  reason: string;
}

/** Level 1. */
export function probeVerdict(sample: ProbeSample): Verdict {
  return sample.ok ? 'pass' : 'fail';
}

export interface SeriesLimits {
  /** Probes the series needs before it can pass (0: any probe at all). */
  minSamples: number;
  /** Hard limits, for the new version's series: a failed-probe rate above it fails. */
  errorRateThreshold?: number;
  /** Hard limits, for the new version's series: a p95 above it fails. */
  latencyThresholdMs?: number;
}

/** `1%`, `0.5%`, `33.3%`. */
export function formatRate(rate: number): string {
  const pct = Math.round(rate * 1000) / 10;
  return `${pct}%`;
}

/** Level 2. */
export function seriesVerdict(series: Series, limits: SeriesLimits): Judged {
  const { name, probes, errors } = series;
  if (probes === 0) return { verdict: 'inconclusive', reason: `${name}: no probe in the window (no data is not success)` };
  if (probes < limits.minSamples) {
    return { verdict: 'inconclusive', reason: `${name}: ${probes} probe${probes === 1 ? '' : 's'}, fewer than the ${limits.minSamples} a series needs (analysis-min-samples)` };
  }
  const failures: string[] = [];
  const rate = errors / probes;
  if (limits.errorRateThreshold !== undefined && rate > limits.errorRateThreshold) {
    failures.push(`${errors} of ${probes} probes failed (${formatRate(rate)}, error-rate-threshold ${formatRate(limits.errorRateThreshold)})`);
  }
  const p95 = percentile(series.latencies, 95);
  if (limits.latencyThresholdMs !== undefined && p95 !== undefined && p95 > limits.latencyThresholdMs) {
    failures.push(`p95 ${formatDuration(p95)} (latency-threshold ${formatDuration(limits.latencyThresholdMs)})`);
  }
  if (failures.length > 0) return { verdict: 'fail', reason: `${name}: ${failures.join('; ')}` };
  return { verdict: 'pass', reason: `${name}: ${errors} of ${probes} probes failed${p95 !== undefined ? `, p95 ${formatDuration(p95)}` : ''}` };
}

/** Level 3: fail over inconclusive over pass; the reason lists the parts that decided. */
export function combineVerdicts(parts: readonly Judged[]): Judged {
  for (const verdict of ['fail', 'inconclusive'] as const) {
    const deciding = parts.filter((p) => p.verdict === verdict);
    if (deciding.length > 0) return { verdict, reason: deciding.map((p) => p.reason).join('; ') };
  }
  if (parts.length === 0) return { verdict: 'inconclusive', reason: 'nothing was measured (no data is not success)' };
  return { verdict: 'pass', reason: parts.map((p) => p.reason).join('; ') };
}

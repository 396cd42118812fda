/**
 * New against old: one new series (a smoke check) beside one old series (its baseline check),
 * probed in the same rounds. Two one-sided tests, each at the window's confidence:
 *
 * - errors: Boschloo's exact test (proportions.ts) that the new version fails a larger share of
 *   its probes. Any significant excess fails: 0 of 40 against 4 of 40 (p = 0.041) fails, a series
 *   of zeros against a series with errors is judged like any other pair (the exact test needs no
 *   ratio, so nothing divides by zero and nothing passes by default).
 * - latency: the Mann-Whitney U test (mann-whitney.ts) that the new version's latencies tend to
 *   be greater. It fails only when significant AND the new median is at least `latencyMinRatio`
 *   (1.2: 20%) times and `latencyMinMs` (25 ms) above the old one's: a fast service's jitter
 *   (11 ms against 13 ms) is not a regression, however many probes show it.
 *
 * Either series with fewer than `minSamples` probes (or latencies, for the latency test) makes the
 * test inconclusive, never a pass.
 */
import { formatDuration } from '../../config/durations.js';
import { percentile } from '../rounds.js';
import { mannWhitneyGreater } from './mann-whitney.js';
import { boschlooGreater } from './proportions.js';
import type { Series } from './series.js';
import { combineVerdicts, formatRate, type Judged, type Verdict } from './verdict.js';

export interface ComparisonLimits {
  /** The significance level of each test (0.05: 95% confidence). */
  alpha: number;
  /** Probes (latencies) each series needs before a test can decide. */
  minSamples: number;
  /** A latency regression needs the new median at least this many times the old one. */
  latencyMinRatio: number;
  /** ... and at least this many ms above it. */
  latencyMinMs: number;
}

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_LATENCY_MIN_RATIO = 1.2;
export const DEFAULT_LATENCY_MIN_MS = 25;

export const ERRORS_TEST = "Boschloo's exact test, one-sided";
export const LATENCY_TEST = 'Mann-Whitney U test, one-sided, tie-corrected';

export interface TestOutcome extends Judged {
  metric: 'errors' | 'latency';
  test: string;
  /** Absent when the test could not be made (inconclusive). */
  pValue?: number;
}

export interface Comparison extends Judged {
  /** The new series' check name (smoke-checks) and the old one's (baseline-checks). */
  newName: string;
  oldName: string;
  tests: TestOutcome[];
}

/** `p = 0.030`, `p < 0.001`. */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

function tooFew(what: string, s: Series, count: number, min: number): string | undefined {
  if (count >= min && count > 0) return undefined;
  const lost = what === 'latencies' && s.probes > count ? ` (${s.probes - count} probes had no answer to time)` : '';
  return `${s.name} has ${count} ${what}${lost}, fewer than the ${Math.max(1, min)} a comparison needs`;
}

export function compareErrors(next: Series, old: Series, limits: ComparisonLimits): TestOutcome {
  const base = { metric: 'errors' as const, test: ERRORS_TEST };
  const short = [tooFew('probes', next, next.probes, limits.minSamples), tooFew('probes', old, old.probes, limits.minSamples)].filter(Boolean);
  if (short.length > 0) return { ...base, verdict: 'inconclusive', reason: `errors: inconclusive: ${short.join('; ')}` };
  const { pValue } = boschlooGreater(next.errors, next.probes, old.errors, old.probes);
  const counts = `${next.name} failed ${next.errors} of ${next.probes} probes (${formatRate(next.errors / next.probes)}), ${old.name} ${old.errors} of ${old.probes} (${formatRate(old.errors / old.probes)})`;
  if (pValue <= limits.alpha) {
    return { ...base, pValue, verdict: 'fail', reason: `errors: ${counts}: more with ${formatP(pValue)} ≤ ${limits.alpha} (${ERRORS_TEST})` };
  }
  return { ...base, pValue, verdict: 'pass', reason: `errors: ${counts}: not significantly more (${formatP(pValue)})` };
}

export function compareLatency(next: Series, old: Series, limits: ComparisonLimits): TestOutcome {
  const base = { metric: 'latency' as const, test: LATENCY_TEST };
  const short = [tooFew('latencies', next, next.latencies.length, limits.minSamples), tooFew('latencies', old, old.latencies.length, limits.minSamples)].filter(Boolean);
  if (short.length > 0) return { ...base, verdict: 'inconclusive', reason: `latency: inconclusive: ${short.join('; ')}` };
  const { pValue } = mannWhitneyGreater(next.latencies, old.latencies);
  const newMedian = percentile(next.latencies, 50)!;
  const oldMedian = percentile(old.latencies, 50)!;
  const diff = newMedian - oldMedian;
  const medians = `${next.name} median ${formatDuration(newMedian)}, ${old.name} ${formatDuration(oldMedian)} (${diff >= 0 ? '+' : '−'}${formatDuration(Math.abs(diff))})`;
  const significant = pValue <= limits.alpha;
  const matters = newMedian >= oldMedian * limits.latencyMinRatio && diff >= limits.latencyMinMs;
  if (significant && matters) {
    return { ...base, pValue, verdict: 'fail', reason: `latency: ${medians}: slower with ${formatP(pValue)} ≤ ${limits.alpha} (${LATENCY_TEST})` };
  }
  const why = significant
    ? `slower with ${formatP(pValue)}, but by less than ${Math.round((limits.latencyMinRatio - 1) * 100)}% and ${formatDuration(limits.latencyMinMs)}, which is not a regression`
    : `not significantly slower (${formatP(pValue)})`;
  return { ...base, pValue, verdict: 'pass', reason: `latency: ${medians}: ${why}` };
}

/** Both tests of one new/old pair. */
export function compareSeries(next: Series, old: Series, limits: ComparisonLimits): Comparison {
  const tests = [compareErrors(next, old, limits), compareLatency(next, old, limits)];
  const combined = combineVerdicts(tests);
  return { newName: next.name, oldName: old.name, tests, verdict: combined.verdict, reason: `${next.name} (new) compared with ${old.name} (old): ${combined.reason}` };
}

export type { Verdict };

/**
 * The window's verdict (level 3), pure: any caller (the monitoring window, each traffic step,
 * a wave's bake) hands it the window's series and its limits.
 *
 * - `production` series (health checks) need `minSamples` probes each; their fixed limits are the
 *   window judge's business (verify/window.ts judgeWindow, over all production probes together).
 * - each `pairs` entry puts a new series (a smoke check) beside an old one (its baseline check):
 *   the new series must stay within the fixed limits itself (error-rate-threshold,
 *   latency-threshold: hard limits), and must not be worse than the old one (compare.ts).
 *   With several pairs each is tested at alpha / pairs (Bonferroni), so that the window as a
 *   whole keeps its 95% confidence.
 *
 * The comparison is made once, over the whole window: looking after every round and stopping at
 * the first p under 0.05 would raise many more false alarms than 5%.
 */
import { compareSeries, DEFAULT_ALPHA, DEFAULT_LATENCY_MIN_MS, DEFAULT_LATENCY_MIN_RATIO, type Comparison, type ComparisonLimits } from './compare.js';
import { figuresOf, type Series, type SeriesFigures } from './series.js';
import { combineVerdicts, seriesVerdict, type Judged } from './verdict.js';

export interface WindowLimits {
  /** Probes each series needs (analysis-min-samples; at least 20 when comparing). */
  minSamples: number;
  errorRateThreshold: number;
  latencyThresholdMs: number;
  /** Default 0.05 (95% confidence). */
  alpha?: number;
  latencyMinRatio?: number;
  latencyMinMs?: number;
}

export interface WindowAnalysisInput {
  production: Series[];
  pairs: Array<{ new: Series; old: Series }>;
  limits: WindowLimits;
}

export interface SeriesRecord extends SeriesFigures, Judged {}

/** The analysis of one window, as report-json carries it. */
export interface WindowAnalysis extends Judged {
  /** Probes each series needed. */
  minSamples: number;
  /** The level each test of a pair was made at (alpha / pairs). */
  alpha: number;
  series: SeriesRecord[];
  comparisons: Comparison[];
}

export function analyzeWindow(input: WindowAnalysisInput): WindowAnalysis {
  const { limits, pairs } = input;
  const alpha = (limits.alpha ?? DEFAULT_ALPHA) / Math.max(1, pairs.length);
  const compareLimits: ComparisonLimits = {
    alpha,
    minSamples: limits.minSamples,
    latencyMinRatio: limits.latencyMinRatio ?? DEFAULT_LATENCY_MIN_RATIO,
    latencyMinMs: limits.latencyMinMs ?? DEFAULT_LATENCY_MIN_MS
  };
  const hard = { errorRateThreshold: limits.errorRateThreshold, latencyThresholdMs: limits.latencyThresholdMs };
  const judged: Array<{ series: Series; judged: Judged }> = [
    ...input.production.map((series) => ({ series, judged: seriesVerdict(series, { minSamples: limits.minSamples }) })),
    ...pairs.flatMap((pair) => [
      { series: pair.new, judged: seriesVerdict(pair.new, { minSamples: limits.minSamples, ...hard }) },
      { series: pair.old, judged: seriesVerdict(pair.old, { minSamples: limits.minSamples }) }
    ])
  ];
  const comparisons = pairs.map((pair) => compareSeries(pair.new, pair.old, compareLimits));
  const window = combineVerdicts([...judged.map((j) => j.judged), ...comparisons]);
  const reason =
    window.verdict !== 'pass'
      ? window.reason
      : comparisons.length > 0
        ? comparisons.map((c) => c.reason).join('; ')
        : `${judged.length} series, each with at least ${Math.max(1, limits.minSamples)} probe${limits.minSamples === 1 ? '' : 's'}`;
  return {
    verdict: window.verdict,
    reason,
    minSamples: limits.minSamples,
    alpha,
    series: judged.map((j) => ({ ...figuresOf(j.series), verdict: j.judged.verdict, reason: j.judged.reason })),
    comparisons
  };
}

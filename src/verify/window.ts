/**
 * The monitoring window after a healthy deploy: probe rounds (and metric readings) for
 * `durationMs`, judged after every round by the pure `judgeWindow`, stopping early on a decisive
 * breach.
 *
 * Schedule: N = max(1, floor(duration / interval)) rounds, at interval, 2·interval, ... after
 * the window starts (the health check has just passed, so the first round waits one interval);
 * a window shorter than the interval has one round, at its end. 10m at 30s: 20 rounds.
 * A window of 0 is the caller's business (monitor-duration 0 skips the window). A round that
 * cannot start on time (the previous one was slower than the interval) starts at once; the window
 * ends with its last planned round, so it may outlast `durationMs` but never takes fewer samples.
 *
 * The window fails (breached) when, over its probes:
 * - the failed-probe rate is above `errorRateThreshold` (`>`: a rate equal to it passes). With
 *   the default 1% and fewer than 100 planned probes, one failed probe is enough;
 * - the p95 latency (nearest rank; answered probes, and timeouts at the time waited) is above
 *   `latencyThresholdMs`;
 * - with a baseline p95 (measured before the deploy): the p95 is above the regression limit,
 *   max(baseline × regressionMargin, baseline + 100 ms), regressionMargin 2 by default. The
 *   100 ms floor keeps a fast endpoint's noise (5 ms → 12 ms) from counting as a regression;
 * - every probe failed in `consecutiveFailedRounds` (3) rounds in a row: production is down,
 *   whatever the rate would end up being;
 * - any metric reading failed its threshold, or had no data (unless `noData: 'pass'`: no data
 *   makes the window inconclusive, which fails it). A metric is already an aggregate (a rate over
 *   minutes), so one bad reading is a breach;
 * - there is no sample at all when the window ends ("no data" is not success).
 *
 * Early stop (decisive breach, before the planned end): the failures so far put the rate above
 * the threshold even if every remaining planned probe passed (failures / planned > threshold);
 * or the slow probes so far already make the final p95 exceed the limit even if all the rest
 * were fast (slow ≥ planned − ceil(0.95 × planned) + 1); or the consecutive-failed-rounds rule;
 * or a metric breach. A breach that later probes could still undo is reported as `breached`
 * but not decisive, and the window goes on.
 *
 * Analysis (analysis/, with `minSamples` or `compare`): when the window ends without a breach,
 * analyzeWindow decides, and only its `pass` passes: every series needs `minSamples` probes, and
 * with `compare` the new version's checks (smoke-checks) and the old version's (baseline-checks)
 * are probed in the same rounds as production, the new series is held to the same hard limits
 * (a decisive breach of it stops the window early, as production's does), and each new series
 * is compared with its old one (errors and latency, one-sided, 95% confidence).
 */
import type { Clock } from '../clock.js';
import type { HealthCheckSpec } from './check-spec.js';
import { formatDuration } from '../config/durations.js';
import { plannedRounds } from './window-plan.js';
import type { Probe, ProbeSample } from './probe.js';
import { latencies, percentile, probeRound, summarizeByCheck, type CheckStats, type Round } from './rounds.js';
import { judgeMetric, readMetric, type MetricReading, type MetricSource } from './metrics.js';
import { formatRate } from './analysis/verdict.js';
import { analyzeWindow, type WindowAnalysis } from './analysis/analyze.js';
import { concludeWindow, windowSeries, type ComparedChecks } from './analysis/conclude.js';

export const DEFAULT_REGRESSION_MARGIN = 2;
/** A p95 within this much of the baseline is never a regression. */
export const REGRESSION_MIN_MS = 100;
export const DEFAULT_CONSECUTIVE_FAILED_ROUNDS = 3;

export interface WindowThresholds {
  /** Fraction of failed probes (0.01 = 1%) above which the window fails. */
  errorRateThreshold: number;
  /** p95 latency above which the window fails. */
  latencyThresholdMs: number;
  /** p95 latency before the deploy (see `baseline`). */
  baselineP95Ms?: number;
  /** Default DEFAULT_REGRESSION_MARGIN (2). */
  regressionMargin?: number;
  /** To plan the number of rounds. */
  intervalMs: number;
  /** Samples per round (the number of checks); samples are in round order. */
  checksPerRound: number;
  /** Default DEFAULT_CONSECUTIVE_FAILED_ROUNDS (3). */
  consecutiveFailedRounds?: number;
}

export interface WindowJudgement {
  /** `passing`: nothing wrong so far; `breached`: a threshold is crossed; `passed`: the window ended well. */
  verdict: 'passing' | 'breached' | 'passed';
  /** The verdict cannot change any more (always true for `passed`, and at the end). */
  decisive: boolean;
  reason: string;
  failures: number;
  samples: number;
  errorRate?: number;
  p95Ms?: number;
}

export { plannedRounds };

/** When round k (1-based) starts, from the window's start. */
export function roundOffset(k: number, durationMs: number, intervalMs: number): number {
  return Math.min(k * Math.max(1, intervalMs), Math.max(0, durationMs));
}

/** The regression limit for a baseline p95, or undefined without a baseline. */
export function regressionLimit(baselineP95Ms: number | undefined, margin = DEFAULT_REGRESSION_MARGIN): number | undefined {
  if (baselineP95Ms === undefined || !Number.isFinite(baselineP95Ms)) return undefined;
  return Math.max(baselineP95Ms * margin, baselineP95Ms + REGRESSION_MIN_MS);
}

export { formatRate };

/** Judges the samples so far (in round order) and the metric readings. Pure. */
export function judgeWindow(
  samples: readonly ProbeSample[],
  thresholds: WindowThresholds,
  elapsedMs: number,
  durationMs: number,
  metrics: readonly MetricReading[] = []
): WindowJudgement {
  const final = elapsedMs >= durationMs;
  const perRound = Math.max(1, thresholds.checksPerRound);
  const planned = Math.max(plannedRounds(durationMs, thresholds.intervalMs) * perRound, samples.length);
  const n = samples.length;
  const failures = samples.filter((s) => !s.ok).length;
  const values = latencies(samples);
  const p95 = percentile(values, 95);
  const base = { failures, samples: n, ...(n > 0 ? { errorRate: failures / n } : {}), ...(p95 !== undefined ? { p95Ms: p95 } : {}) };
  const breached = (reason: string, decisive: boolean): WindowJudgement => ({ verdict: 'breached', decisive, reason, ...base });

  const badMetric = metrics.find((m) => !m.ok);
  // A metric with no data leaves the window inconclusive, which fails it: no data is not success.
  if (badMetric) return breached(`${badMetric.noData ? 'inconclusive: ' : ''}metric ${badMetric.name}: ${badMetric.reason}`, true);

  if (n === 0) {
    // Metrics alone are data only when there are no checks to probe.
    const metricsOnly = thresholds.checksPerRound === 0 && metrics.length > 0;
    if (!final) return { verdict: 'passing', decisive: false, reason: metricsOnly ? 'metrics within thresholds so far' : 'no probes yet', ...base };
    if (metricsOnly) {
      return { verdict: 'passed', decisive: true, reason: `monitoring window passed: ${metrics.length} metric readings within thresholds`, ...base };
    }
    return breached('no data: no probe was made in the monitoring window', true);
  }

  const limitRate = thresholds.errorRateThreshold;
  // "window probes": the check's samples also count the health-check rounds before the window.
  const rateText = `${failures} of ${n} window probes failed (${formatRate(failures / n)}, threshold ${formatRate(limitRate)})`;
  const regression = regressionLimit(thresholds.baselineP95Ms, thresholds.regressionMargin);
  const latencyLimit = regression === undefined ? thresholds.latencyThresholdMs : Math.min(thresholds.latencyThresholdMs, regression);
  const latencyBreach = (value: number): string =>
    value > thresholds.latencyThresholdMs
      ? `p95 latency ${formatDuration(value)} (threshold ${formatDuration(thresholds.latencyThresholdMs)})`
      : `p95 latency ${formatDuration(value)} regressed past ${thresholds.regressionMargin ?? DEFAULT_REGRESSION_MARGIN}× the baseline ${formatDuration(thresholds.baselineP95Ms!)} (limit ${formatDuration(regression!)})`;

  // Production down: every probe failed in K consecutive rounds.
  const k = Math.max(1, thresholds.consecutiveFailedRounds ?? DEFAULT_CONSECUTIVE_FAILED_ROUNDS);
  const downRounds = longestFailedRun(samples, perRound);
  if (downRounds >= k) {
    return breached(`every probe failed in ${downRounds} consecutive rounds (${rateText}): ${lastFailure(samples)}`, true);
  }

  const now: string[] = [];
  if (failures / n > limitRate) now.push(`error rate: ${rateText}`);
  if (p95 !== undefined && p95 > latencyLimit) now.push(latencyBreach(p95));

  if (final) {
    if (now.length > 0) return breached(withLast(now.join('; '), samples), true);
    const fromBaseline = latencyLimit < thresholds.latencyThresholdMs ? `, from the baseline p95 ${formatDuration(thresholds.baselineP95Ms!)}` : '';
    const p95Text = p95 === undefined ? 'no latency measured' : `p95 ${formatDuration(p95)} (threshold ${formatDuration(latencyLimit)}${fromBaseline})`;
    return { verdict: 'passed', decisive: true, reason: `monitoring window passed: ${rateText}, ${p95Text}`, ...base };
  }

  // Decisive before the end: no outcome of the remaining planned probes can undo it.
  const decisive: string[] = [];
  if (failures / planned > limitRate) {
    const plural = failures === 1 ? ' already exceeds' : 's already exceed';
    decisive.push(`error rate: ${failures} failed probe${plural} ${formatRate(limitRate)} of the ${planned} planned (after ${n})`);
  }
  const slow = values.filter((v) => v > latencyLimit).length;
  const slowNeeded = planned - Math.ceil(0.95 * planned) + 1;
  if (slow >= slowNeeded) {
    decisive.push(
      `${latencyBreach(p95 ?? latencyLimit)}: ${slow} probes over ${formatDuration(latencyLimit)} already put the p95 of the ${planned} planned over it`
    );
  }
  if (decisive.length > 0) return breached(withLast(decisive.join('; '), samples), true);
  if (now.length > 0) return breached(`so far ${now.join('; ')}`, false);
  const p95Text = p95 === undefined ? 'no latency yet' : `p95 ${formatDuration(p95)}`;
  return { verdict: 'passing', decisive: false, reason: `so far ${rateText}, ${p95Text}`, ...base };
}

/**
 * Production's judgement, unless the new version's own series (with `compare`) breached: then
 * its verdict and reason (naming its checks), with production's figures kept.
 */
export function firstBreach(production: WindowJudgement, newSeries?: { judgement: WindowJudgement; names: readonly string[] }): WindowJudgement {
  const own = newSeries?.judgement;
  if (!own || own.verdict !== 'breached') return production;
  if (production.verdict === 'breached' && (production.decisive || !own.decisive)) return production;
  return { ...production, verdict: 'breached', decisive: own.decisive, reason: `the new version on its own (${newSeries!.names.join(', ')}): ${own.reason}` };
}

/** The longest run of consecutive rounds (chunks of `perRound` samples) in which every probe failed. */
function longestFailedRun(samples: readonly ProbeSample[], perRound: number): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i + perRound <= samples.length; i += perRound) {
    const allFailed = samples.slice(i, i + perRound).every((s) => !s.ok);
    run = allFailed ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

function lastFailure(samples: readonly ProbeSample[]): string {
  const last = [...samples].reverse().find((s) => !s.ok);
  return last ? `${last.check}: ${last.reason}` : '';
}

function withLast(reason: string, samples: readonly ProbeSample[]): string {
  const last = lastFailure(samples);
  return last ? `${reason}; last failure ${last}` : reason;
}

// ---------------------------------------------------------------------------------------------
// The window

export interface WindowRound extends Round {
  metrics: MetricReading[];
  judgement: WindowJudgement;
  /** With `compare`: this round's probes of the new and the old version on their own URLs. */
  compared?: { new: ProbeSample[]; old: ProbeSample[] };
}

export interface WindowResult {
  verdict: 'passed' | 'failed';
  reason: string;
  rounds: WindowRound[];
  plannedRounds: number;
  startedAt: number;
  decidedAt: number;
  /** Stopped on a decisive breach before the planned last round. */
  stoppedEarly: boolean;
  errorRate?: number;
  p95Ms?: number;
  perCheck: Record<string, CheckStats>;
  metrics: MetricReading[];
  /** The three-level analysis (with `compare` or `minSamples`): every series and each new/old comparison. */
  analysis?: WindowAnalysis;
}

export interface WatchWindowOptions {
  durationMs: number;
  intervalMs: number;
  errorRateThreshold: number;
  latencyThresholdMs: number;
  baselineP95Ms?: number;
  regressionMargin?: number;
  consecutiveFailedRounds?: number;
  metrics?: MetricSource[];
  /** For metric sources; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Per metric request; default 10s. */
  metricTimeoutMs?: number;
  probe: Probe;
  clock: Clock;
  expectVersion?: string;
  /** Probes each series needs before the window can pass (analysis-min-samples); default 0. */
  minSamples?: number;
  /** New beside old, probed in the same rounds and compared when the window ends (analysis/). */
  compare?: ComparedChecks;
  onRound?: (round: WindowRound) => void;
}

/** Watches production for the window; see the module comment. */
export async function watchWindow(checks: readonly HealthCheckSpec[], opts: WatchWindowOptions): Promise<WindowResult> {
  const { clock, durationMs } = opts;
  const intervalMs = Math.max(1, opts.intervalMs);
  const planned = plannedRounds(durationMs, intervalMs);
  const sources = opts.metrics ?? [];
  const doFetch = opts.fetch ?? globalThis.fetch;
  const thresholds: WindowThresholds = {
    errorRateThreshold: opts.errorRateThreshold,
    latencyThresholdMs: opts.latencyThresholdMs,
    intervalMs,
    checksPerRound: checks.length
  };
  if (opts.baselineP95Ms !== undefined) thresholds.baselineP95Ms = opts.baselineP95Ms;
  if (opts.regressionMargin !== undefined) thresholds.regressionMargin = opts.regressionMargin;
  if (opts.consecutiveFailedRounds !== undefined) thresholds.consecutiveFailedRounds = opts.consecutiveFailedRounds;

  const compare = opts.compare?.newChecks.length ? opts.compare : undefined;
  // The new version on its own must stay within the same hard limits (no baseline p95 for it).
  const newThresholds: WindowThresholds | undefined = compare && { ...thresholds, checksPerRound: compare.newChecks.length };
  if (newThresholds) delete newThresholds.baselineP95Ms;

  const startedAt = clock.now();
  const rounds: WindowRound[] = [];
  const samples: ProbeSample[] = [];
  const newSamples: ProbeSample[] = [];
  const oldSamples: ProbeSample[] = [];
  const readings: MetricReading[] = [];
  let judgement: WindowJudgement | undefined;

  for (let k = 1; k <= planned; k++) {
    await clock.sleep(startedAt + roundOffset(k, durationMs, intervalMs) - clock.now());
    const roundStart = clock.now();
    const [roundSamples, roundMetrics, roundNew, roundOld] = await Promise.all([
      probeRound(checks, opts.probe, clock, opts.expectVersion),
      Promise.all(
        sources.map(async (source): Promise<MetricReading> => {
          const at = clock.now();
          const read = await readMetric(source, doFetch, opts.metricTimeoutMs);
          const judged = judgeMetric(source, read);
          return { name: source.name, at, ...(read.value !== undefined ? { value: read.value } : {}), ...judged, ...(read.empty && !judged.ok ? { noData: true } : {}) };
        })
      ),
      compare ? probeRound(compare.newChecks, opts.probe, clock, compare.newVersion) : [],
      compare ? probeRound(compare.oldChecks, opts.probe, clock, compare.oldVersion) : []
    ]);
    samples.push(...roundSamples);
    readings.push(...roundMetrics);
    newSamples.push(...roundNew);
    oldSamples.push(...roundOld);
    const last = k === planned;
    // The window ends with its last planned round, not before: rounds that ran late (probes
    // slower than the interval, a loaded runner) still all happen, so every series gets its samples.
    const elapsed = last ? durationMs : Math.min(clock.now() - startedAt, durationMs - 1);
    judgement = firstBreach(
      judgeWindow(samples, thresholds, elapsed, durationMs, readings),
      newThresholds && { judgement: judgeWindow(newSamples, newThresholds, elapsed, durationMs), names: compare!.newChecks.map((c) => c.name) }
    );
    const passed = roundSamples.every((s) => s.ok) && roundMetrics.every((m) => m.ok);
    const previous = rounds[rounds.length - 1];
    const round: WindowRound = {
      index: k,
      startedAt: roundStart,
      endedAt: clock.now(),
      samples: roundSamples,
      passed,
      consecutive: passed ? (previous?.consecutive ?? 0) + 1 : 0,
      metrics: roundMetrics,
      judgement,
      ...(compare ? { compared: { new: roundNew, old: roundOld } } : {})
    };
    rounds.push(round);
    opts.onRound?.(round);
    if (judgement.decisive) break;
  }

  // Only reachable without a decisive judgement if planned were 0 (it is at least 1).
  judgement ??= judgeWindow(samples, thresholds, durationMs, durationMs, readings);
  const stoppedEarly = judgement.verdict === 'breached' && rounds.length < planned;
  const elapsed = formatDuration(clock.now() - startedAt);
  const minSamples = opts.minSamples ?? 0;
  const analysis =
    compare || minSamples > 0
      ? analyzeWindow({
          ...windowSeries(checks, samples, compare, newSamples, oldSamples),
          limits: { minSamples, errorRateThreshold: opts.errorRateThreshold, latencyThresholdMs: opts.latencyThresholdMs }
        })
      : undefined;
  const judged =
    judgement.verdict === 'passed'
      ? judgement.reason
      : stoppedEarly
        ? `monitoring window failed after ${elapsed} of ${formatDuration(durationMs)} (round ${rounds.length} of ${planned}): ${judgement.reason}`
        : `monitoring window failed: ${judgement.reason}`;
  const { verdict, reason } = concludeWindow(judgement.verdict === 'passed', judged, analysis);
  const result: WindowResult = {
    verdict,
    reason,
    rounds,
    plannedRounds: planned,
    startedAt,
    decidedAt: clock.now(),
    stoppedEarly,
    perCheck: summarizeByCheck(
      samples,
      checks.map((c) => c.name)
    ),
    metrics: readings
  };
  if (analysis) result.analysis = analysis;
  if (judgement.errorRate !== undefined) result.errorRate = judgement.errorRate;
  if (judgement.p95Ms !== undefined) result.p95Ms = judgement.p95Ms;
  return result;
}

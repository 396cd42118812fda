/**
 * The analysis inputs: `baseline-checks` (the previous version's checks on its own URL, the
 * health-checks syntax) and `analysis-min-samples` (probes a window needs per series). Called
 * from config/inputs.ts, which owns the problem list and the health-check YAML reader.
 *
 * Rules, all checked before any write:
 * - analysis-min-samples is a whole number from 0 to 10000; with baseline-checks, 0 (the
 *   default) means 20, and 1 to 19 are refused: fewer probes cannot show a difference at 95%
 *   confidence (against 0 failures of 20, 4 of 20 are the fewest that can);
 * - baseline-checks pairs, in order, with smoke-checks (the new version's checks): as many
 *   checks in each, names distinct within each list;
 * - the comparison is made in the monitoring window (and each traffic step's), so
 *   monitor-duration must not be 0, and a window must fit the samples it needs:
 *   monitor-duration / monitor-interval rounds, one probe per series each (windowSampleProblem).
 */
import { formatDuration } from '../config/durations.js';
import type { HealthCheckSpec } from './check-spec.js';
import { show } from '../config/problems.js';
import { MIN_COMPARE_SAMPLES, plannedRounds } from './window-plan.js';

export const ANALYSIS_INPUTS = ['baseline-checks', 'analysis-min-samples'] as const;
export type AnalysisInput = (typeof ANALYSIS_INPUTS)[number];
export const MAX_MIN_SAMPLES = 10_000;

export interface AnalysisSettings {
  /** The previous version's checks (baseline-checks), compared in order with smoke-checks; empty: no comparison. */
  baselineChecks: HealthCheckSpec[];
  /** Probes each series of a window needs (analysis-min-samples; 20 when comparing and not given). */
  minSamples: number;
}

/** Parses analysis-min-samples. Pure. */
export function parseMinSamples(text: string): { value?: number; problem?: string } {
  const value = text.trim() === '' ? 0 : /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(value) || value > MAX_MIN_SAMPLES) {
    return { problem: `${show(text)} is not a whole number from 0 to ${MAX_MIN_SAMPLES}; expected e.g. 20` };
  }
  return { value };
}

/**
 * Why a window of `durationMs` probed every `intervalMs` cannot take `minSamples` probes per
 * series, or undefined when it can. Pure: for the monitoring window, each traffic step, a bake.
 */
export function windowSampleProblem(durationMs: number, intervalMs: number, minSamples: number, names = { duration: 'monitor-duration', interval: 'monitor-interval' }): string | undefined {
  const rounds = plannedRounds(durationMs, intervalMs);
  if (minSamples <= 0 || rounds >= minSamples) return undefined;
  return (
    `${formatDuration(durationMs)} at ${names.interval} ${formatDuration(intervalMs)} takes ${rounds} probe${rounds === 1 ? '' : 's'} per series, ` +
    `fewer than the ${minSamples} the analysis needs (analysis-min-samples); expected a ${names.duration} of at least ${formatDuration(minSamples * intervalMs)}, or a shorter ${names.interval}`
  );
}

export interface AnalysisReaders {
  problem(input: AnalysisInput | 'monitor-duration', message: string, where?: string): void;
  /** The health-checks reader; undefined when the text had problems. */
  checks(input: 'baseline-checks', text: string): HealthCheckSpec[] | undefined;
}

export interface AnalysisContext {
  /** smoke-checks as read (undefined: given but with problems, already reported). */
  smokeChecks: HealthCheckSpec[] | undefined;
  /** undefined: the monitoring inputs had problems (already reported). */
  monitorDurationMs: number | undefined;
  monitorIntervalMs: number | undefined;
}

/** Reads the two inputs; undefined when neither is given. */
export function readAnalysisInputs(read: (name: AnalysisInput) => string, r: AnalysisReaders, context: AnalysisContext): AnalysisSettings | undefined {
  const baselineText = read('baseline-checks');
  const minText = read('analysis-min-samples').trim();
  const comparing = baselineText.trim() !== '';
  if (!comparing && (minText === '' || minText === '0')) return undefined;

  const min = parseMinSamples(minText);
  if (min.problem) r.problem('analysis-min-samples', min.problem);
  let minSamples = min.value ?? 0;
  if (comparing && minSamples === 0) minSamples = MIN_COMPARE_SAMPLES;
  else if (comparing && minSamples < MIN_COMPARE_SAMPLES) {
    r.problem(
      'analysis-min-samples',
      `${minSamples} with baseline-checks; expected at least ${MIN_COMPARE_SAMPLES} when comparing (fewer probes cannot show a difference at 95% confidence)`
    );
  }

  const baselineChecks = comparing ? r.checks('baseline-checks', baselineText) : [];
  const smoke = context.smokeChecks;
  if (comparing && baselineChecks && smoke) {
    if (smoke.length === 0) {
      r.problem('baseline-checks', "given, but smoke-checks is empty; expected smoke-checks too: the new version's checks, compared in order with these");
    } else if (smoke.length !== baselineChecks.length) {
      r.problem(
        'baseline-checks',
        `has ${baselineChecks.length} check${baselineChecks.length === 1 ? '' : 's'} and smoke-checks ${smoke.length}; expected one baseline check for each smoke check, in the same order (check 1 beside check 1, ...)`
      );
    }
    for (const [input, list] of [
      ['baseline-checks', baselineChecks],
      ['smoke-checks', smoke]
    ] as const) {
      const twice = list.map((c) => c.name).find((name, i, all) => all.indexOf(name) !== i);
      if (twice !== undefined) r.problem(input === 'smoke-checks' ? 'baseline-checks' : input, `${input} has two checks named ${show(twice)}; expected a distinct name for each check, to tell their series apart (set \`name\`)`);
    }
  }

  const { monitorDurationMs: duration, monitorIntervalMs: interval } = context;
  if (duration === 0) {
    const what = comparing ? 'the comparison is made in the monitoring window' : 'the samples are counted in the monitoring window';
    r.problem(comparing ? 'baseline-checks' : 'analysis-min-samples', `given, and monitor-duration is 0, but ${what}; expected a monitor-duration such as 10m`);
  } else if (duration !== undefined && interval !== undefined && !min.problem) {
    const problem = windowSampleProblem(duration, interval, minSamples);
    if (problem) r.problem('monitor-duration', problem);
  }
  return { baselineChecks: baselineChecks ?? [], minSamples };
}


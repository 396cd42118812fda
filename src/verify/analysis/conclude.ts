/**
 * What a window runner needs around analyzeWindow: the window's series from its probes, and the
 * window's verdict from the fixed-limit judgement and the analysis. Pure.
 */
import type { HealthCheckSpec } from '../check-spec.js';
import type { ProbeSample } from '../probe.js';
import type { WindowAnalysis, WindowAnalysisInput } from './analyze.js';
import { seriesOf } from './series.js';

/** New beside old: `newChecks[i]` (smoke-checks) is compared with `oldChecks[i]` (baseline-checks). */
export interface ComparedChecks {
  newChecks: readonly HealthCheckSpec[];
  oldChecks: readonly HealthCheckSpec[];
  /** The version the new checks must report (checks with expect-version). */
  newVersion?: string;
  /** The version the old checks must report. */
  oldVersion?: string;
}

/** The series of a window: one per production check, and one new/old pair per compared check. */
export function windowSeries(
  checks: readonly HealthCheckSpec[],
  samples: readonly ProbeSample[],
  compare: ComparedChecks | undefined,
  newSamples: readonly ProbeSample[],
  oldSamples: readonly ProbeSample[]
): Omit<WindowAnalysisInput, 'limits'> {
  return {
    production: checks.map((c) => seriesOf(c.name, 'production', samples)),
    pairs: (compare?.newChecks ?? []).map((c, i) => ({
      new: seriesOf(c.name, 'new', newSamples),
      old: seriesOf(compare!.oldChecks[i]!.name, 'old', oldSamples)
    }))
  };
}

/**
 * The window's verdict: a fixed-limit breach fails it (its reason as given); otherwise the
 * analysis decides, and only its `pass` passes. `inconclusive` fails, saying so.
 */
export function concludeWindow(judgedPassed: boolean, judgedReason: string, analysis: WindowAnalysis | undefined): { verdict: 'passed' | 'failed'; reason: string } {
  if (!judgedPassed) return { verdict: 'failed', reason: judgedReason };
  if (!analysis) return { verdict: 'passed', reason: judgedReason };
  switch (analysis.verdict) {
    case 'pass':
      return { verdict: 'passed', reason: `${judgedReason}; analysis passed: ${analysis.reason}` };
    case 'fail':
      return { verdict: 'failed', reason: `monitoring window failed its analysis: ${analysis.reason}` };
    default:
      return { verdict: 'failed', reason: `monitoring window inconclusive, which fails it (only a pass promotes): ${analysis.reason}` };
  }
}

/**
 * A series: one check's probes in one window, reduced to what the verdicts need (probes, failed
 * probes, latencies). Roles: `production` (a health check, which sees whatever version answers),
 * `new` (a smoke check: the new version on its own URL) and `old` (a baseline check: the
 * previous version on its own URL).
 */
import type { ProbeSample } from '../probe.js';
import { latencies, percentile } from '../rounds.js';

export type SeriesRole = 'production' | 'new' | 'old';

export interface Series {
  /** The check's name. */
  name: string;
  role: SeriesRole;
  probes: number;
  /** Probes that failed their check. */
  errors: number;
  /** Latencies (ms) of the probes that have one: answered probes, and timeouts at the time waited. */
  latencies: number[];
}

/** What the report shows of a series. */
export interface SeriesFigures {
  name: string;
  role: SeriesRole;
  probes: number;
  errors: number;
  errorRate?: number;
  /** Nearest-rank percentiles of the latencies. */
  p50Ms?: number;
  p95Ms?: number;
}

/** The series of one check from a window's samples (samples of other checks are left out). */
export function seriesOf(name: string, role: SeriesRole, samples: readonly ProbeSample[]): Series {
  const own = samples.filter((s) => s.check === name);
  return { name, role, probes: own.length, errors: own.filter((s) => !s.ok).length, latencies: latencies(own) };
}

export function figuresOf(series: Series): SeriesFigures {
  const figures: SeriesFigures = { name: series.name, role: series.role, probes: series.probes, errors: series.errors };
  if (series.probes > 0) figures.errorRate = series.errors / series.probes;
  const p50 = percentile(series.latencies, 50);
  const p95 = percentile(series.latencies, 95);
  if (p50 !== undefined) figures.p50Ms = p50;
  if (p95 !== undefined) figures.p95Ms = p95;
  return figures;
}

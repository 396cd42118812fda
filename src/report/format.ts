/**
 * Helpers the job summary and the report file share, defined once: stage icons, durations that
 * may be missing, and where production answers.
 */
import { formatDuration } from '../config/durations.js';
import type { StageState } from '../timeline.js';
import { originOf, type HealthCheckSpec } from '../verify/check-spec.js';

export const STAGE_ICONS: Record<StageState, string> = { done: '✅', planned: '📝', skipped: '⏭️', failed: '❌' };

/** A duration in ms for people, or `missing` when there is none. */
export function durationOr(value: number | undefined, missing: string): string {
  return value === undefined ? missing : formatDuration(value);
}

/**
 * Where production answers: the origin of the first health check's URL, from the settings (or,
 * for a record, the checks it probed). Undefined without health checks.
 */
export function productionUrlOf(source: { health?: { checks: ReadonlyArray<Pick<HealthCheckSpec, 'url'>> } }, fallback?: { checks: ReadonlyArray<{ url: string }> }): string | undefined {
  return originOf(source.health?.checks.length ? source.health.checks : (fallback?.checks ?? []));
}

/**
 * What the inputs decide about a monitoring window before it runs, apart from the window's code
 * (window.ts) so that reading the inputs does not load it: its rounds, and the fewest probes per
 * series a comparison of new with old accepts.
 */

/** Rounds in a window: one per interval, at least one (see window.ts). */
export function plannedRounds(durationMs: number, intervalMs: number): number {
  return Math.max(1, Math.floor(durationMs / Math.max(1, intervalMs)));
}

/** The fewest probes per series a comparison accepts (analysis-min-samples when comparing). */
export const MIN_COMPARE_SAMPLES = 20;

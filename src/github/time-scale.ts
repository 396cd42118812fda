/** The time scale of every wait ship-prod makes (pacing.ts), in a file of its own: reading the runner's facts needs it, not the rest of pacing (Bottleneck). */

/**
 * The time scale, from SHIP_PROD_TIME_SCALE: 1 in production; tests shorten every back-off,
 * spacing and retry-after wait with e.g. 0.01. It changes how long, never what: the same plugins,
 * the same groups, the same retry decisions. Anything not in (0, 1] is 1.
 */
export function timeScaleFrom(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SHIP_PROD_TIME_SCALE;
  const scale = raw === undefined || raw.trim() === '' ? 1 : Number(raw);
  return Number.isFinite(scale) && scale > 0 && scale <= 1 ? scale : 1;
}

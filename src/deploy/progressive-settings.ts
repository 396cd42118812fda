/**
 * Progressive delivery settings: the pre-deploy hook, smoke checks, traffic steps (blue-green and
 * canary) and the cleanup command. Read by deploy/progressive-inputs.ts for config/inputs.ts;
 * absent from Settings when none of these inputs is set. A leaf: config/settings.ts imports it.
 */
import type { HealthCheckSpec } from '../verify/check-spec.js';

export interface ProgressiveSettings {
  /** bash command run after the release stage, before the deployment is created ('' = none). */
  preDeployCommand: string;
  /** Checks of the new version on its own URL, before any traffic moves (empty = none). */
  smokeChecks: HealthCheckSpec[];
  /** bash command that moves traffic, run with SHIP_TRAFFIC ('' = the deploy moves traffic itself). */
  trafficCommand: string;
  /** Ascending percents ending at 100. */
  trafficSteps: number[];
  /** bash command run once after a successful ship ('' = none). */
  cleanupCommand: string;
}

/** True when traffic is moved by ship-prod (blue-green or canary). */
export function usesTraffic(settings: { progressive?: ProgressiveSettings }): boolean {
  return Boolean(settings.progressive?.trafficCommand);
}

/**
 * Progressive delivery settings: the pre-deploy hook, smoke checks, traffic steps (blue-green and
 * canary), the cleanup command and the end-of-ship notifications. Parsed by traffic/inputs.ts,
 * called from the one place that reads inputs (config/inputs.ts). Absent from Settings when none
 * of these inputs is set.
 */
import { hideValues } from '../config/secrets.js';
import type { HealthCheckSpec } from '../config/settings.js';

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
  /** Secrets: never shown. The report names them by position (`webhook 1`), see `webhookName`. */
  notifyWebhooks: string[];
}

/** The only way a notify-webhook URL is ever shown: by its position. */
export function webhookName(index: number): string {
  return `webhook ${index + 1}`;
}

/** True when traffic is moved by ship-prod (blue-green or canary). */
export function usesTraffic(settings: { progressive?: ProgressiveSettings }): boolean {
  return Boolean(settings.progressive?.trafficCommand);
}

/** The settings as the report may show them: webhook URLs replaced by their names, header values hidden. */
export function publicProgressive(p: ProgressiveSettings | undefined): ProgressiveSettings | undefined {
  if (!p) return undefined;
  return {
    ...p,
    smokeChecks: p.smokeChecks.map((c) => ({ ...c, headers: hideValues(c.headers) })),
    notifyWebhooks: p.notifyWebhooks.map((_, i) => webhookName(i))
  };
}

/**
 * The health and monitoring view of a ship: the verdict, each check with its samples, latency and
 * the limit that applies to it, the baseline, the window and the time to detect. Both renderers
 * draw their verify sections from it.
 */
import type { ShipRecord } from '../../ship.js';
import type { CheckRecord, HealthRecord, WindowRecord } from '../../verify/record.js';

export interface CheckView extends CheckRecord {
  /** The latency limit that applies: the check's own `max-latency` (per probe), else the window's p95 threshold. */
  limit?: { ms: number; per: 'probe' | 'p95' };
  /** Its p95 is above that limit. */
  over: boolean;
}

export interface HealthView {
  /** Health checks are configured. */
  configured: boolean;
  /** The dry run's checks, as they would be probed. */
  planned?: Array<{ name: string; method: string; url: string; maxLatencyMs?: number }>;
  record?: HealthRecord;
  checks: CheckView[];
  window?: WindowRecord & { rateOver: boolean; p95Over: boolean };
  /** The p95 threshold the settings give (latency-threshold). */
  latencyThresholdMs?: number;
}

export function healthView(record: ShipRecord): HealthView {
  const s = record.settings;
  const h = record.health;
  const latencyThresholdMs = s?.monitor.latencyThresholdMs;
  const checks = (h?.checks ?? []).map((c): CheckView => {
    const own = s?.health.checks.find((spec) => spec.name === c.name)?.maxLatencyMs;
    const limit = own !== undefined ? { ms: own, per: 'probe' as const } : latencyThresholdMs !== undefined ? { ms: latencyThresholdMs, per: 'p95' as const } : undefined;
    return { ...c, ...(limit ? { limit } : {}), over: limit !== undefined && c.p95Ms !== undefined && c.p95Ms > limit.ms };
  });
  const w = h?.window;
  return {
    configured: Boolean(s && s.health.checks.length > 0),
    ...(record.status === 'dry-run' && s ? { planned: s.health.checks.map((c) => ({ name: c.name, method: c.method, url: c.url, ...(c.maxLatencyMs !== undefined ? { maxLatencyMs: c.maxLatencyMs } : {}) })) } : {}),
    ...(h ? { record: h } : {}),
    checks,
    ...(w
      ? {
          window: {
            ...w,
            rateOver: w.errorRate !== undefined && w.errorRate > w.thresholds.errorRate,
            p95Over: w.p95Ms !== undefined && w.p95Ms > w.thresholds.latencyMs
          }
        }
      : {}),
    ...(latencyThresholdMs !== undefined ? { latencyThresholdMs } : {})
  };
}

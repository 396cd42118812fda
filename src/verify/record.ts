/** What verification adds to the ship record: health and monitoring per check, the window. */
import type { WindowAnalysisRecord } from './analysis/record.js';

/** Health and monitoring of one check over the run. */
export interface CheckRecord {
  name: string;
  url: string;
  samples: number;
  failures: number;
  p50Ms?: number;
  p95Ms?: number;
  lastReason: string;
}

export interface WindowRecord {
  verdict: 'passed' | 'failed' | 'skipped';
  reason: string;
  durationMs: number;
  plannedRounds: number;
  rounds: number;
  errorRate?: number;
  p95Ms?: number;
  stoppedEarly: boolean;
  thresholds: { errorRate: number; latencyMs: number };
}

export interface HealthRecord {
  verdict: 'passed' | 'failed' | 'skipped';
  /** One line: why healthy, or what failed. */
  reason: string;
  /** Probed once before the deploy. */
  baseline?: { p95Ms?: number; warning?: string };
  /** Per check, over the health rounds (and the window, when there was one). */
  checks: CheckRecord[];
  rounds: number;
  window?: WindowRecord;
  /** First failing probe to the verdict that the ship failed. */
  timeToDetectMs?: number;
  /** When the failing verdict was reached (clock ms), to measure time to restore from. */
  decidedAt?: number;
  detail: string[];
  /** The analysis of every window that had one (baseline-checks, analysis-min-samples), in order. */
  analysis?: WindowAnalysisRecord[];
}

/**
 * What progressive delivery adds to the ship record (ShipRecord.delivery): the pre-deploy hook,
 * the smoke checks, every traffic step with its verdict, the cleanup and the notifications.
 * The summary and the report file draw their "Progressive delivery" section from it alone.
 */
import type { CheckRecord } from '../ship.js';

export interface CommandRecord {
  ok: boolean;
  /** `pre-deploy command exited 3`, `cleanup command succeeded in 0.2s`. */
  summary: string;
  exitCode: number;
  durationMs: number;
  at: string;
}

export interface TrafficStepRecord {
  /** The percent of traffic the new version gets at this step. */
  percent: number;
  /** When the traffic command ran (ISO). */
  at: string;
  commandMs?: number;
  /** `passed`, `failed`, or `not reached` (an earlier step failed). */
  verdict: 'passed' | 'failed' | 'not reached';
  reason: string;
  /** Over this step's health rounds and monitoring window. */
  errorRate?: number;
  p95Ms?: number;
  probes?: number;
  /** Probe answers by the version they reported (shows the split). */
  versions?: Record<string, number>;
}

export interface DeliveryRecord {
  preDeploy?: CommandRecord;
  smoke?: { verdict: 'passed' | 'failed'; reason: string; checks: CheckRecord[] };
  traffic?: {
    steps: TrafficStepRecord[];
    /** The percent the new version had when the ship ended. */
    percent: number;
    /** Set when a failure moved the traffic back to 0. */
    switchBack?: { ok: boolean; verified: boolean; summary: string; at: string; commandMs?: number };
    /** A smoke failure: production was not changed, only verified on the previous version. */
    productionVerified?: { verified: boolean; summary: string };
  };
  cleanup?: CommandRecord & { skipped?: string };
  notifications?: Array<{ name: string; ok: boolean; attempts: number; summary: string }>;
}

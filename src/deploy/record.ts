/**
 * What the deploy unit adds to the ship record for one environment: the deploy, the smoke
 * checks, the traffic steps, the rollback, and how the environment ended.
 */
import type { CheckRecord } from '../verify/record.js';

/** A deploy or rollback run that waited for the environment's required reviewers (INTERFACE.md, Approvals). */
export interface ApprovalRecord {
  environment: string;
  /** Who can approve: `@login`, `team slug` (empty when GitHub did not say). */
  reviewers: string[];
  /** Time spent waiting for approval (not counted against deploy-timeout or rollback-timeout). */
  waitedMs: number;
  /** approved: it went on; timed-out: cancelled past approval-timeout (a late approval cannot deploy it); rejected: it ended without going on. */
  outcome: 'approved' | 'timed-out' | 'rejected';
}

export interface DeployRecord {
  /** The strategies that ran, e.g. `workflow`, `workflow+branch`, or `none`. */
  strategy: string;
  /** The inputs dispatched to the deploy workflow (deploy-inputs values as `***`); planned ones in a dry run. */
  inputs?: Record<string, string>;
  deploymentId?: number;
  runId?: number;
  runUrl?: string;
  conclusion?: string;
  durationMs?: number;
  /** An earlier attempt of this ship already deployed successfully (a re-run). */
  alreadySucceeded?: boolean;
  /** The deploy failed before it changed production (nothing to roll back). */
  untouched?: boolean;
  /** The deploy run waited for the environment's reviewers. */
  approval?: ApprovalRecord;
  detail: string[];
}

export interface RollbackRecord {
  attempted: boolean;
  /** The previous version was put back and the health checks passed on it. */
  verified: boolean;
  /** What made the ship roll back. */
  trigger: string;
  toVersion: string;
  toTag: string;
  /** How, in words: `rollback-workflow rollback.yml`, `traffic-command with SHIP_TRAFFIC=0 …`. */
  strategy: string;
  runId?: number;
  runUrl?: string;
  summary: string;
  /** The failure verdict to the verified rollback. */
  timeToRestoreMs?: number;
  /** The rollback run waited for the environment's reviewers. */
  approval?: ApprovalRecord;
  detail: string[];
}

export interface SmokeRecord {
  verdict: 'passed' | 'failed';
  reason: string;
  checks: CheckRecord[];
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

export interface TrafficRecord {
  steps: TrafficStepRecord[];
  /** The percent the new version had when the ship ended. */
  percent: number;
  /** Set when a failure moved the traffic back to 0. */
  switchBack?: { ok: boolean; verified: boolean; summary: string; at: string; commandMs?: number };
  /** A smoke failure: production was not changed, only verified on the previous version. */
  productionVerified?: { verified: boolean; summary: string };
}

/**
 * How one environment ended, for the ship's ending:
 * - shipped: runs the new version, verified (or nothing to verify it with);
 * - planned: a dry run;
 * - untouched: the ship stopped before the environment got the new version;
 * - restored: it got the new version, then the previous one was put back and verified;
 * - unknown: it may be wrong (the rollback failed, could not be verified, or `rollback: never`).
 */
export type EnvironmentOutcome = 'shipped' | 'planned' | 'untouched' | 'restored' | 'unknown';

export interface EnvironmentRecord {
  name: string;
  outcome: EnvironmentOutcome;
  /** What failed, when something did (the rollback's trigger). */
  failure?: string;
  /** This ship's GitHub deployment there, and the deploy run it dispatched (the `environments` output). */
  deploymentId?: number;
  runId?: number;
  runUrl?: string;
  /** The version it runs after the ship, as far as the ship verified (absent when that is unknown). */
  version?: string;
  /** Its wave (a ship with `waves`). */
  wave?: string;
  /** Its health verdict, and its window's (the wave's bake) when one ran. */
  health?: 'passed' | 'failed' | 'skipped';
  window?: { verdict: 'passed' | 'failed' | 'skipped'; durationMs: number };
  /** An earlier attempt or another ship had deployed this tag there with success: not deployed again. */
  deployedBefore?: boolean;
  /** Who could approve its deploy run, and how long it waited (required reviewers). */
  approval?: { reviewers: string[]; waitedMs: number; outcome: ApprovalRecord['outcome'] };
  /** When its deploy unit started, and how long it took (deploy, verification and any rollback). */
  startedAt?: string;
  durationMs?: number;
}

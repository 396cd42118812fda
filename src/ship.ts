/**
 * The ship record: one object that every stage adds its facts to, and the only thing the report
 * is drawn from. Stages never throw past the pipeline; they record a verdict with a reason.
 */
import type { Settings } from './config/settings.js';
import type { DoraFigures } from './report/dora.js';
import type { DeliveryRecord } from './traffic/record.js';
import type { WindowAnalysisRecord } from './verify/analysis/record.js';

export type ShipStatus = 'shipped' | 'blocked' | 'rolled-back' | 'failed' | 'dry-run';

export type StageName = 'resolve' | 'gates' | 'version' | 'release' | 'baseline' | 'deploy' | 'verify' | 'rollback' | 'publish'
  | 'pre-deploy' | 'smoke' | 'traffic' | 'cleanup';

/**
 * done: did its work. planned: dry run, showed what it would do. skipped: nothing to do (with why).
 * failed: its verdict stops the ship.
 */
export type StageState = 'done' | 'planned' | 'skipped' | 'failed';

export interface StageRecord {
  name: StageName;
  state: StageState;
  /** One line a person can act on. */
  summary: string;
  startedAt: string;
  durationMs: number;
}

export interface GateVerdict {
  name: string;
  expected: string;
  found: string;
  /** Where it looked: file:line and the paths tried, or the API consulted. */
  where: string;
  passed: boolean;
  reason: string;
}

export interface ShipContext {
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  eventName: string;
  /** The commit validated on staging (a full SHA once resolved). */
  sha: string;
  /** The shipped commit's tree (the base of the release commit's tree). */
  treeSha: string;
  /** What `ref` said, or the event's ref. */
  ref: string;
  /** The branch the shipped commit belongs to, when known (for rules and fast-forward). */
  branch: string;
  runId: string;
  runAttempt: string;
  runUrl: string;
  workflow: string;
  job: string;
  actor: string;
  workspace: string;
}

export interface Planned {
  /** A write the action would make, described for the dry-run report. */
  what: string;
  detail?: string;
}

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

export interface HealthRecord {
  verdict: 'passed' | 'failed' | 'skipped';
  /** One line: why healthy, or what failed. */
  reason: string;
  /** Probed once before the deploy. */
  baseline?: { p95Ms?: number; warning?: string };
  /** Per check, over the health rounds (and the window, when there was one). */
  checks: CheckRecord[];
  rounds: number;
  window?: {
    verdict: 'passed' | 'failed' | 'skipped';
    reason: string;
    durationMs: number;
    plannedRounds: number;
    rounds: number;
    errorRate?: number;
    p95Ms?: number;
    stoppedEarly: boolean;
    thresholds: { errorRate: number; latencyMs: number };
  };
  /** First failing probe to the verdict that the ship failed. */
  timeToDetectMs?: number;
  /** When the failing verdict was reached (clock ms), to measure time to restore from. */
  decidedAt?: number;
  detail: string[];
}

export interface RollbackRecord {
  attempted: boolean;
  /** The rollback deploy succeeded and the health checks passed on the previous version. */
  verified: boolean;
  /** What made the ship roll back. */
  trigger: string;
  toVersion: string;
  toTag: string;
  strategy: string;
  runId?: number;
  runUrl?: string;
  summary: string;
  /** The failure verdict to the verified rollback. */
  timeToRestoreMs?: number;
  detail: string[];
}

export interface ShipRecord {
  /** Shape of report-json; bump on incompatible change. */
  schema: 'ship-prod/report@1';
  startedAt: string;
  /** Absent only when the inputs themselves were invalid. */
  settings?: Omit<Settings, 'token'>;
  /** Absent when the run stopped before the commit was resolved. */
  context?: ShipContext;
  stages: StageRecord[];
  gates: GateVerdict[];
  stateFile?: { path: string; feature: string; reason: string };
  version?: {
    previous: string;
    next: string;
    tag: string;
    rule: string;
    changelogSection: string;
    /** Committer date of the oldest commit since the previous release (for the DORA lead time). */
    oldestCommitAt?: string;
  };
  release?: {
    commitSha?: string;
    tagSha?: string;
    releaseId?: number;
    releaseUrl?: string;
    draft?: boolean;
    reused: string[];
  };
  deploy?: {
    /** The strategies that ran, e.g. `workflow`, `workflow+branch`, or `none`. */
    strategy: string;
    /** The inputs dispatched to the deploy workflow. */
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
    detail: string[];
  };
  health?: HealthRecord;
  rollback?: RollbackRecord;
  /** Pre-deploy hook, smoke checks, traffic steps, cleanup, notifications (traffic/record.ts). */
  delivery?: DeliveryRecord;
  /** The analysis of every window that had one (verify/analysis/record.ts), in order. */
  analysis?: WindowAnalysisRecord[];
  plan: Planned[];
  warnings: string[];
  /** API requests the action made, by stage (for the report's details and the request budget). */
  api: { requests: number; byStage: Partial<Record<StageName, number>> };
  status: ShipStatus;
  /** The one-line headline of the report. */
  headline: string;
  /** What a person should do next (blocked or failed runs). */
  nextSteps: string[];
  /** DORA figures of this ship (report/dora.ts), set when the run concludes. */
  dora?: DoraFigures;
}

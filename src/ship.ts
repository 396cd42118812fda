/**
 * The ship record: the one object the report, the outputs and the notification are drawn from.
 * Each stage returns its own typed result (defined in its folder); the pipeline puts them here.
 * Its shape is the `report-json` output (schema `ship-prod/report@1`).
 */
import type { CommandRecord } from './commands.js';
import type { Settings } from './config/settings.js';
import type { ShipContext } from './context.js';
import type { DeployRecord, EnvironmentRecord, RollbackRecord, SmokeRecord, TrafficRecord } from './deploy/record.js';
import type { FreezeRecord } from './gates/freeze-settings.js';
import type { GateVerdict } from './gates/verdict.js';
import type { LockRecord } from './lock/record.js';
import type { NotificationRecord } from './notify/record.js';
import type { ReleaseRecord } from './release/record.js';
import type { DoraFigures } from './report/dora-figures.js';
import type { Journal, StageName } from './timeline.js';
import type { HealthRecord } from './verify/record.js';
import type { VersionRecord } from './version/record.js';

export interface WavesRecord {
  names: string[];
  scope: 'wave' | 'all';
  verified: string[];
  stoppedAt?: { wave: string; environment: string };
}

export type ShipStatus = 'shipped' | 'blocked' | 'aborted' | 'rolled-back' | 'failed' | 'dry-run';

/** The settings as the report may show them (config/public-settings.ts): no token, secrets hidden. */
export type PublicSettings = Omit<Settings, 'token'>;

/** Pre-deploy hook, smoke checks, traffic steps, cleanup, notifications. */
export interface DeliveryRecord {
  preDeploy?: CommandRecord;
  smoke?: SmokeRecord;
  traffic?: TrafficRecord;
  cleanup?: CommandRecord & { skipped?: string };
  notifications?: NotificationRecord[];
}

/**
 * Where and why the ship stopped before its environments' outcomes decided it: a stage that
 * failed (or refused), bad inputs, a runner it cannot run in, or an error that is a bug.
 */
export type Halt =
  | { at: StageName; reason: string; /** Some writes were made before it stopped. */ wrote?: boolean }
  | { at: 'inputs'; inputs: string[]; problems: string[] }
  | { at: 'runner'; reason: string }
  /** GitHub refused the token (401) on the ship's first requests: nothing could be read or written. */
  | { at: 'token'; reason: string }
  | { at: 'bug'; reason: string };

export interface ShipRecord extends Journal {
  /** Shape of report-json; bump on incompatible change. */
  schema: 'ship-prod/report@1';
  startedAt: string;
  /** Absent only when the inputs themselves were invalid. */
  settings?: PublicSettings;
  /** Absent when the run stopped before the commit was resolved. */
  context?: ShipContext;
  gates: GateVerdict[];
  stateFile?: { path: string; feature: string; reason: string };
  /** The freeze gate: the windows the ship started inside, an override, the next window to open. */
  freeze?: FreezeRecord;
  /** The environment's lock: taken before the first write, released when the ship ends (with waves, the one that blocked, else the first). */
  lock?: LockRecord;
  /** With waves: every environment's lock, in the order taken (name order). */
  locks?: LockRecord[];
  /** With waves: the waves in order, those verified, and where the line stopped. */
  waves?: WavesRecord;
  version?: VersionRecord;
  release?: ReleaseRecord;
  deploy?: DeployRecord;
  health?: HealthRecord;
  rollback?: RollbackRecord;
  delivery?: DeliveryRecord;
  /** Each environment the ship went to, and how it ended there. */
  environments?: EnvironmentRecord[];
  /** Set when a stage (or the inputs, or the runner) stopped the ship. */
  halt?: Halt;
  status: ShipStatus;
  /** The one-line headline of the report. */
  headline: string;
  /** What a person should do next (blocked or failed runs). */
  nextSteps: string[];
  /** DORA figures of this ship (report/dora.ts), set when the run concludes. */
  dora?: DoraFigures;
}

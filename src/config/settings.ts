import type { ProgressiveSettings } from '../deploy/progressive-settings.js';
import type { WavesSettings } from '../deploy/waves-settings.js';
import type { FreezeWindow } from '../gates/freeze-settings.js';
import type { NotifySettings } from '../notify/settings.js';
import type { HealthCheckSpec } from '../verify/check-spec.js';
import type { MetricSource } from '../verify/metrics.js';
import type { VersionFileSpec } from '../version/version-files-input.js';

/**
 * Settings: every input of action.yml, parsed and validated once (see inputs.ts).
 * Durations are milliseconds. Nothing else in the action reads inputs.
 */

/** Every value the `bump` input takes. */
export const BUMP_KINDS = ['auto', 'major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease', 'none'] as const;

export type BumpKind = (typeof BUMP_KINDS)[number];

export type PathChoice = { mode: 'auto' } | { mode: 'none' } | { mode: 'path'; path: string };

export type RequiredChecks =
  | { mode: 'required' }
  | { mode: 'all' }
  | { mode: 'none' }
  | { mode: 'list'; names: string[] };

/** Names of the built-in state-file gates (a `gates` entry with one of these names changes it). */
export const BUILT_IN_GATE_NAMES = ['staging-validation', 'rollback-proven'] as const;

/** One state-file gate: passes when the value at one of `paths` is one of `accept`. */
export interface GateRule {
  /** Stable name; `staging-validation` and `rollback-proven` are the built-ins. */
  name: string;
  /**
   * Dotted paths tried in order; the first one present decides. Syntax: see `parseJsonPath`
   * (config/json-path.ts). Empty for a built-in name: keep the built-in's paths.
   */
  paths: string[];
  /**
   * Accepted values, lower-cased (compared as lower-case strings; `true` matches boolean true).
   * Empty for a built-in name given without `accept`: keep the built-in's values.
   */
  accept: string[];
  /** `skip: true` in the gates input removes a built-in gate of that name. */
  skip?: boolean;
}

export interface Settings {
  token: string;
  dryRun: boolean;
  environment: string;
  /** '' means the event's commit. */
  ref: string;
  stateFile: PathChoice;
  /** Gate rules from the `gates` input (merged with the built-ins by the gates stage). */
  gates: GateRule[];
  requiredChecks: RequiredChecks;
  checksTimeoutMs: number;
  /** Environments that must each have a successful deployment of the commit (empty: not checked). */
  stagingEnvironment: string[];
  /** Explicit version ('' when not given), already validated as semver, prefix stripped. */
  version: string;
  bump: BumpKind;
  preid: string;
  tagPrefix: string;
  versionFile: string;
  /** More files whose version the release commit bumps (the `version-files` input). */
  versionFiles?: VersionFileSpec[];
  changelogFile: string;
  release: boolean;
  deploy: {
    workflow: string;
    inputs: Record<string, string>;
    branch: string;
    command: string;
    timeoutMs: number;
    /** How long a deploy or rollback run may wait for the environment's reviewers (not counted in its timeout). */
    approvalTimeoutMs: number;
  };
  /** How long to wait for another ship's lock of the environment (lock/). */
  lockTimeoutMs: number;
  health: {
    checks: HealthCheckSpec[];
    timeoutMs: number;
    intervalMs: number;
  };
  monitor: {
    durationMs: number;
    intervalMs: number;
    errorRateThreshold: number;
    latencyThresholdMs: number;
    /** Metric sources read each monitoring round (the `metrics` input). */
    metrics?: MetricSource[];
  };
  rollback: {
    mode: 'auto' | 'never';
    workflow: string;
    command: string;
    timeoutMs: number;
  };
  reportFile: PathChoice;
  /** Pre-deploy hook, smoke checks, traffic steps, cleanup; absent when none is set. */
  progressive?: ProgressiveSettings;
  /** Notifications at the end of the ship; absent without `notify-webhook`. */
  notify?: NotifySettings;
  /** The `waves` input (each environment merged over the global inputs) and `rollback-scope`; absent without waves. */
  waves?: WavesSettings;
  /** Freeze windows in which no ship starts; absent without `freeze`. */
  freeze?: FreezeWindow[];
  /** Why this ship goes through a freeze window anyway; absent without `freeze-override`. */
  freezeOverride?: string;
  /**
   * baseline-checks and analysis-min-samples (verify/analysis-input.ts); absent when neither is
   * given. `baselineChecks` pair in order with the smoke checks; `minSamples` is 20 when comparing
   * and not given.
   */
  analysis?: { baselineChecks: HealthCheckSpec[]; minSamples: number };
  /**
   * Things worth telling about how inputs combine, none of them an error (e.g. `version` given,
   * so `bump` is ignored). For the log and the report. readSettings always sets it.
   */
  notes?: string[];
}

/**
 * Waves settings: the `waves` and `rollback-scope` inputs as deploy/waves-input.ts reads them,
 * each environment already merged over the global inputs. A leaf: config/settings.ts imports it.
 */
import type { HealthCheckSpec } from '../verify/check-spec.js';

/** On a failure in a wave: roll back that wave's environments, or every earlier wave's too (newest first). */
export const ROLLBACK_SCOPES = ['wave', 'all'] as const;
export type RollbackScope = (typeof ROLLBACK_SCOPES)[number];

/** One environment of a wave, with what it verifies and sends (global inputs merged in). */
export interface WaveEnvironment {
  name: string;
  /** `health-urls` and `health-checks`: the global checks, those of the same name replaced by the environment's, then its own. */
  checks: HealthCheckSpec[];
  /** `smoke-checks`, merged the same way. */
  smokeChecks: HealthCheckSpec[];
  /** `deploy-inputs`: the global ones, the environment's over them. */
  deployInputs: Record<string, string>;
  /** Where the environment answers (the GitHub deployment's environment URL); default: its checks' origin. */
  url?: string;
}

export interface WaveSettings {
  name: string;
  environments: WaveEnvironment[];
  /** The wave's window over all its environments (`bake`, default `monitor-duration`); 0 skips it. */
  bakeMs: number;
}

export interface WavesSettings {
  /** In order; every environment name appears once across them. */
  list: WaveSettings[];
  rollbackScope: RollbackScope;
}

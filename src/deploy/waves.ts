/**
 * The ship's waves, in order, each a list of the deploy unit's environment targets (pure): what
 * the pipeline's waves loop runs. Without the `waves` input, a ship is one wave of one: the
 * `environment` input with the global checks and deploy inputs, its window `monitor-duration`.
 */
import type { Settings } from '../config/settings.js';
import type { EnvironmentTarget } from './unit.js';

export interface Wave {
  name: string;
  environments: EnvironmentTarget[];
  /** The wave's window over all its environments; 0 skips it. */
  bakeMs: number;
}

export type WaveSources = Pick<Settings, 'environment' | 'health' | 'deploy' | 'monitor' | 'progressive' | 'waves'>;

export function wavesOf(settings: WaveSources): Wave[] {
  if (settings.waves?.list.length) {
    return settings.waves.list.map((wave) => ({
      name: wave.name,
      bakeMs: wave.bakeMs,
      environments: wave.environments.map((e) => ({ name: e.name, checks: e.checks, smokeChecks: e.smokeChecks, deployInputs: e.deployInputs, ...(e.url ? { url: e.url } : {}) }))
    }));
  }
  const name = settings.environment;
  const only: EnvironmentTarget = { name, checks: settings.health.checks, smokeChecks: settings.progressive?.smokeChecks ?? [], deployInputs: settings.deploy.inputs };
  return [{ name, environments: [only], bakeMs: settings.monitor.durationMs }];
}

/** Every environment the ship deploys, in the order their locks are taken (by name: two ships never wait on each other crosswise). */
export function lockOrder(waves: readonly Wave[]): string[] {
  return waves.flatMap((w) => w.environments.map((e) => e.name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** More than one environment: each runs on its own timeline, with its wave's window. */
export function isFleet(waves: readonly Wave[]): boolean {
  return waves.length > 1 || (waves[0]?.environments.length ?? 0) > 1;
}

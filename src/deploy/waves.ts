/**
 * The ship's waves, in order, each a list of the deploy unit's environment targets (pure): what
 * the pipeline's waves loop runs. Without the `waves` input, a ship is one wave of one: the
 * `environment` input with the global checks and deploy inputs, its window `monitor-duration`.
 */
import type { Settings } from '../config/settings.js';
import type { GateVerdict } from '../gates/verdict.js';
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

/**
 * Until the pipeline runs waves, a ship given `waves` is refused before any write (rather than
 * shipping to `environment` alone). The waves loop replaces this gate.
 */
export function wavesNotRunYet(settings: Pick<Settings, 'waves'>): GateVerdict[] {
  const waves = settings.waves?.list;
  if (!waves?.length) return [];
  const environments = waves.reduce((n, w) => n + w.environments.length, 0);
  return [
    {
      name: 'waves',
      expected: 'a ship that runs waves',
      found: `${waves.length} wave${waves.length === 1 ? '' : 's'}, ${environments} environment${environments === 1 ? '' : 's'}`,
      where: 'input waves',
      passed: false,
      reason: 'the waves input is read and checked, but this version of ship-prod does not run waves yet; remove waves (ship with environment), or use a version that runs them'
    }
  ];
}

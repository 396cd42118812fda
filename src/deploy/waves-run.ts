/**
 * Waves (INTERFACE.md, Waves): one release promoted through the ship's waves in order, every
 * environment of a wave at once through the deploy unit, the wave's window (`bake`) watching all
 * of them together. The next wave starts only when every environment of the wave verified; its
 * deployments are marked `success` then (a re-run finds them and does not deploy them again).
 *
 * A failure stops the line: no later wave starts, the failing wave's environments that got the
 * new version are put back and verified (the failed one already put itself back), and with
 * `rollback-scope: all` every earlier wave too, newest first. A ship of one environment is one
 * wave of one: the unit runs on the ship's own timeline, with monitor-duration as its window.
 */
import { setDeploymentStatus } from '../github/deployments.js';
import type { RunEnv } from '../run-env.js';
import type { PreparedDeployment } from './deployment.js';
import type { Failure } from './traffic-steps.js';
import { environmentUrlOf, putBackEnvironment, shipEnvironment, type EnvironmentResult, type UnitInput } from './unit.js';
import { isFleet, type Wave } from './waves.js';

export interface WaveEnvironmentResult extends EnvironmentResult {
  wave: string;
}

export interface WavesInput {
  /** What every environment's unit shares: the release, the previous version, the strategies. */
  unit: Omit<UnitInput, 'environment' | 'window' | 'deployment'>;
  waves: readonly Wave[];
  /** `wave`: a failure puts back the failing wave; `all`: every earlier wave too, newest first. */
  scope: 'wave' | 'all';
  /** A ship of one environment: its deployment, prepared alongside the release writes. */
  deployment?: Promise<PreparedDeployment>;
}

export interface WavesResult {
  /** Every environment the ship went to, wave by wave, in the order of the waves input. */
  environments: WaveEnvironmentResult[];
  /** The wave where the line stopped (a failure), when it did. */
  stoppedAt?: { wave: string; environment: string };
  /** The waves verified (all of them when the ship shipped). */
  verified: string[];
  /** The last wave run: its deployments are marked `success` beside the publishing of the release (markVerified). */
  last?: WaveRun;
}

export interface WaveRun {
  wave: Wave;
  units: UnitInput[];
  results: WaveEnvironmentResult[];
}

/** The RunEnv of one environment of a fleet: its stages, warnings and progress lines name it. */
function environmentEnv(env: RunEnv, name: string): RunEnv {
  return { ...env, timeline: env.timeline.forEnvironment(name), progress: (what, link) => env.progress(`[${name}] ${what}`, link) };
}

export async function runWaves(env: RunEnv, input: WavesInput): Promise<WavesResult> {
  const fleet = isFleet(input.waves);
  const envOf = (name: string) => (fleet ? environmentEnv(env, name) : env);
  const runs: WaveRun[] = [];
  const verified: string[] = [];
  const all = () => runs.flatMap((r) => r.results);
  for (const [index, wave] of input.waves.entries()) {
    const units: UnitInput[] = wave.environments.map((environment) => ({
      ...input.unit,
      environment,
      // Each environment's deployment and deploy run carry their own ship id: the runs of a wave,
      // dispatched at once from one workflow, are told apart by it (a re-run finds its own).
      ...(fleet ? { shipId: `${input.unit.shipId}@${environment.name}` } : {}),
      ...(fleet ? { window: { ms: wave.bakeMs, skipWhenDeployedBefore: true } } : {}),
      ...(!fleet && input.deployment ? { deployment: input.deployment } : {})
    }));
    const results = (await Promise.all(units.map((unit) => shipEnvironment(envOf(unit.environment.name), unit)))).map((r) => ({ ...r, wave: wave.name }));
    const run: WaveRun = { wave, units, results };
    runs.push(run);
    if (env.settings.dryRun) continue;
    const failed = results.find((r) => r.outcome !== 'shipped');
    if (!failed) {
      verified.push(wave.name);
      // The last wave's deployments are marked beside the publishing of the release (the pipeline).
      if (index < input.waves.length - 1) await markVerified(env, run);
      continue;
    }
    const failure: Failure = { reason: `the line stopped at ${failed.name} (wave ${wave.name}): ${failed.failure ?? 'it failed'}`, at: env.clock.now() };
    await putBackWave(envOf, run, failure);
    if (input.scope === 'all') {
      for (const earlier of runs.slice(0, -1).reverse()) await putBackWave(envOf, earlier, failure);
    }
    return { environments: all(), stoppedAt: { wave: wave.name, environment: failed.name }, verified };
  }
  return { environments: all(), verified, ...(runs.length ? { last: runs.at(-1)! } : {}) };
}

/** Every environment of the wave still on the new version, put back at once and verified. */
async function putBackWave(envOf: (name: string) => RunEnv, run: WaveRun, failure: Failure): Promise<void> {
  await Promise.all(
    run.results.map(async (result, k) => {
      if (result.outcome !== 'shipped') return;
      const back = await putBackEnvironment(envOf(result.name), run.units[k]!, result, failure);
      run.results[k] = { ...back, wave: run.wave.name };
    })
  );
}

/** A verified wave's deployments marked `success` (not those an earlier attempt already marked): the ids marked. */
export async function markVerified(env: RunEnv, run: WaveRun): Promise<number[]> {
  const marked = await Promise.all(run.results.map((result, k) => markSucceeded(env, result, run.units[k]!)));
  return marked.filter((id): id is number => id !== undefined);
}

/** One environment's deployment marked `success`: the next ship (and a re-run) reads it. Its id, when it was marked. */
async function markSucceeded(env: RunEnv, result: EnvironmentResult, unit: UnitInput): Promise<number | undefined> {
  const id = result.deploy.deploymentId;
  if (!id || result.deploy.alreadySucceeded) return undefined;
  await setDeploymentStatus(env.client, id, {
    state: 'success',
    description: `${unit.release.tag} shipped`,
    logUrl: env.context.runUrl || undefined,
    environmentUrl: environmentUrlOf(unit.environment)
  });
  return id;
}

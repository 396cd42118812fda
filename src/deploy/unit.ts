/**
 * The deploy unit: everything dangerous a ship does to ONE environment. A baseline round; the
 * GitHub deployment; the deploy (move.ts with the deploy steps); then either the health checks
 * and the monitoring window, or (blue-green, canary) the smoke checks and the traffic steps; and
 * on failure, the previous version put back and verified (put-back.ts). It returns the
 * environment's records and outcome; the pipeline puts them in the ship record, and the ending
 * (ending.ts) decides the ship's status from them.
 */
import type { RunEnv } from '../run-env.js';
import { saveShipState } from '../ship-state.js';
import type { StageOutcome } from '../timeline.js';
import { setDeploymentStatus } from '../github/deployments.js';
import type { TagRef } from '../github/git-data.js';
import type { FreezeOverride } from '../gates/freeze-settings.js';
import type { HealthCheckSpec } from '../verify/check-spec.js';
import { originOf } from '../verify/check-spec.js';
import { emptyHealth, planVerify, probeBaseline, verifyDeployed } from '../verify/health.js';
import type { HealthRecord } from '../verify/record.js';
import { findDeployedBefore } from './already-deployed.js';
import { ensureShipDeployment, lookupShipDeployment, type DeploymentFacts, type PreparedDeployment } from './deployment.js';
import { executeMove, planMove, type Move } from './move.js';
import { putBack } from './put-back.js';
import type { DeployRecord, EnvironmentOutcome, RollbackRecord, SmokeRecord, TrafficRecord } from './record.js';
import { runSmoke, verifyProductionUnchanged } from './smoke.js';
import { NO_DEPLOY, type ShipStrategies } from './strategies/registry.js';
import type { DeployTarget } from './strategies/types.js';
import { moveTrafficInSteps, newTrafficRecord, planTraffic, type Failure } from './traffic-steps.js';

/** One environment of the ship, with what it verifies and sends. */
export interface EnvironmentTarget {
  name: string;
  checks: HealthCheckSpec[];
  smokeChecks: HealthCheckSpec[];
  deployInputs: Record<string, string>;
  /** Where it answers (its deployment's environment URL); default: the origin of its checks. */
  url?: string;
}

export interface UnitInput {
  environment: EnvironmentTarget;
  /** The new version, at the release commit. */
  release: DeployTarget;
  previous: { version: string; tag: string; ref?: TagRef };
  strategies: ShipStrategies;
  shipId: string;
  /** Its GitHub deployment, when the pipeline prepared it alongside the release writes. */
  deployment?: Promise<PreparedDeployment>;
  /** Blue-green / canary: the traffic command and its steps. */
  traffic?: { command: string; steps: number[] };
  /** The ship started inside a freeze window on freeze-override: recorded in the deployment's payload. */
  freezeOverride?: FreezeOverride;
  /** The tag existed before this ship: another ship may have deployed it already (already-deployed.ts). */
  tagExisted?: boolean;
  /**
   * A wave's window (its `bake`) instead of monitor-duration. `skipWhenDeployedBefore`: an
   * environment whose deployment of this tag had already succeeded (a resumed wave) is probed
   * until healthy, with no window again.
   */
  window?: { ms: number; skipWhenDeployedBefore: boolean };
}

export interface EnvironmentResult {
  name: string;
  outcome: EnvironmentOutcome;
  failure?: string;
  deploy: DeployRecord;
  health: HealthRecord;
  smoke?: SmokeRecord;
  traffic?: TrafficRecord;
  rollback?: RollbackRecord;
  /** When the unit started, and how long it took (ISO time, ms). */
  startedAt?: string;
  durationMs?: number;
}

/** Where an environment answers (its deployments' environment URL): its `url`, else the origin of its checks. */
export function environmentUrlOf(environment: EnvironmentTarget): string | undefined {
  return environment.url ?? originOf(environment.checks);
}

export function deploymentFactsOf(env: RunEnv, input: Pick<UnitInput, 'environment' | 'release' | 'previous' | 'shipId' | 'strategies' | 'freezeOverride'>): DeploymentFacts {
  const workflowId = input.strategies.deploy.map(({ strategy, config }) => strategy.dispatches?.(config, input.release.tag)).find((id) => id !== undefined);
  return {
    client: env.client,
    environment: input.environment.name,
    version: { next: input.release.version, previous: input.previous.version, tag: input.release.tag },
    shipId: input.shipId,
    runId: env.context.runId,
    runUrl: env.context.runUrl,
    ...(workflowId !== undefined ? { workflowId } : {}),
    ...(input.freezeOverride ? { freezeOverride: input.freezeOverride } : {})
  };
}

export async function shipEnvironment(env: RunEnv, input: UnitInput): Promise<EnvironmentResult> {
  const started = env.clock.now();
  const result = await shipUnit(env, input);
  return { ...result, startedAt: new Date(started).toISOString(), durationMs: env.clock.now() - started };
}

/** The environment's RunEnv with its window: the wave's bake, or none for what an earlier attempt verified. */
function withWindow(env: RunEnv, input: UnitInput, deploy: DeployRecord): RunEnv {
  if (!input.window) return env;
  const ms = deploy.alreadySucceeded && input.window.skipWhenDeployedBefore ? 0 : input.window.ms;
  if (ms === env.settings.monitor.durationMs) return env;
  return { ...env, settings: { ...env.settings, monitor: { ...env.settings.monitor, durationMs: ms } } };
}

async function shipUnit(outer: RunEnv, input: UnitInput): Promise<EnvironmentResult> {
  let env = outer;
  const { timeline, settings } = env;
  const { environment, release } = input;
  const checks = environment.checks;
  const health = emptyHealth();
  const deploy: DeployRecord = { strategy: input.strategies.deploy.map((s) => s.strategy.name).join('+') || 'none', detail: [] };
  const traffic = input.traffic ? newTrafficRecord(input.traffic.steps) : undefined;
  const result: EnvironmentResult = { name: environment.name, outcome: settings.dryRun ? 'planned' : 'shipped', deploy, health, ...(traffic ? { traffic } : {}) };
  const environmentUrl = environmentUrlOf(environment);
  const move: Move = {
    name: 'deploy',
    environment: environment.name,
    target: release,
    from: { version: input.previous.version, tag: input.previous.tag, sha: '' },
    steps: input.strategies.deploy,
    timeoutMs: settings.deploy.timeoutMs,
    shipId: input.shipId,
    deployInputs: environment.deployInputs,
    ...(environmentUrl ? { environmentUrl } : {}),
    ...(traffic ? { traffic } : {})
  };

  await timeline.stage('baseline', () => probeBaseline(env, checks, health));
  const deployed = await timeline.stage('deploy', () => deployStage(env, input, move, deploy));
  env = withWindow(env, input, deploy);
  if (settings.dryRun) {
    await timeline.stage(traffic ? 'traffic' : 'verify', async () => planAfterDeploy(env, input, checks));
    return result;
  }
  let failure: Failure | undefined;
  if (deployed.state === 'failed') {
    failure = { reason: `the deploy failed: ${deployed.summary}`, at: env.clock.now() };
    // Blue-green / canary: the deploy only put the new version beside the old one, with no traffic.
    if (traffic) deploy.untouched = true;
  } else if (traffic) {
    if (deploy.deploymentId) saveShipState({ environment: environment.name, phase: 'verifying' });
    if (environment.smokeChecks.length) {
      const smoke = await timeline.stage('smoke', () => runSmoke(env, environment.smokeChecks, release.version, health));
      if ('smoke' in smoke) result.smoke = smoke.smoke;
      if (smoke.state === 'failed') {
        await markFailed(env, deploy, `smoke checks failed: ${smoke.summary}`, environmentUrl);
        await timeline.stage('verify', () => verifyProductionUnchanged(env, checks, input.previous.version, traffic));
        return { ...result, outcome: 'untouched', failure: smoke.summary };
      }
    }
    const steps = await timeline.stage('traffic', () =>
      moveTrafficInSteps(env, { command: input.traffic!.command, checks, traffic, health, facts: commandFacts(environment.name, release, input.previous.version) })
    );
    if (steps.state === 'failed') failure = 'failure' in steps && steps.failure ? steps.failure : { reason: steps.summary, at: env.clock.now() };
  } else {
    if (deploy.deploymentId) saveShipState({ environment: environment.name, phase: 'verifying' });
    const verified = await timeline.stage('verify', () => verifyDeployed(env, checks, release.version, health));
    if (verified.state === 'failed') failure = { reason: verified.summary, at: health.decidedAt ?? env.clock.now() };
  }
  if (!failure) return result;
  result.failure = failure.reason;
  if (deploy.untouched) {
    await markFailed(env, deploy, failure.reason, environmentUrl);
    return { ...result, outcome: 'untouched' };
  }
  return putBackEnvironment(env, input, result, failure);
}

/**
 * Puts the previous version back on an environment that got the new one, and verifies it: after
 * its own failure, or (waves) when the line stopped elsewhere. Its deployment is marked failed.
 */
export async function putBackEnvironment(env: RunEnv, input: UnitInput, result: EnvironmentResult, failure: Failure): Promise<EnvironmentResult> {
  const { environment } = input;
  const environmentUrl = environmentUrlOf(environment);
  const traffic = result.traffic;
  // Production first: the bookkeeping on GitHub goes out while the previous version is put back.
  const [, back] = await Promise.all([
    markFailed(env, result.deploy, failure.reason, environmentUrl),
    env.timeline.stage('rollback', () =>
      putBack(
        env,
        {
          environment: environment.name,
          checks: environment.checks,
          deployInputs: environment.deployInputs,
          ...(environmentUrl ? { environmentUrl } : {}),
          current: input.release,
          previous: input.previous,
          strategies: input.strategies,
          shipId: input.shipId,
          ...(traffic ? { traffic } : {})
        },
        failure
      )
    )
  ]);
  const rollback = 'rollback' in back ? back.rollback : result.rollback;
  return { ...result, failure: result.failure ?? failure.reason, ...(rollback ? { rollback } : {}), outcome: back.state === 'done' && rollback?.verified ? 'restored' : 'unknown' };
}

function commandFacts(environment: string, release: DeployTarget, previous: string) {
  return { version: release.version, tag: release.tag, sha: release.sha, environment, previousVersion: previous };
}

/** The deploy stage: the environment's GitHub deployment (reused on a re-run), then the move. */
async function deployStage(env: RunEnv, input: UnitInput, move: Move, deploy: DeployRecord): Promise<StageOutcome> {
  const { settings } = env;
  const { release } = input;
  const names = move.steps.map((s) => s.strategy.name);
  if (!names.length) return { state: 'skipped', summary: NO_DEPLOY };
  if (settings.dryRun) {
    env.timeline.plan({ what: `create a GitHub deployment of ${release.tag} to ${move.environment}`, detail: 'required_contexts: [] (ship-prod gates itself), auto_merge: false' });
    for (const { inputs, ...entry } of planMove(env, move)) {
      if (inputs) deploy.inputs = inputs;
      env.timeline.plan(entry);
    }
    return { state: 'planned', summary: `would deploy ${release.tag} to ${move.environment} by ${names.join(', then ')}` };
  }
  if (input.tagExisted && !input.deployment) {
    const before = await findDeployedBefore(env.client, { tag: release.tag, shipId: input.shipId, environment: move.environment });
    if (before) {
      Object.assign(deploy, { deploymentId: before.deploymentId, runId: before.runId, runUrl: before.runUrl, conclusion: 'success', alreadySucceeded: true });
      deploy.detail.push(before.why);
      return { state: 'done', summary: before.why };
    }
  }
  const facts = deploymentFactsOf(env, input);
  const prepared = await (input.deployment ?? ensureShipDeployment(facts, lookupShipDeployment(facts)));
  const { existing, decision } = prepared;
  const deploymentId = prepared.id;
  const earlier = prepared.run;
  saveShipState({ environment: move.environment, phase: 'deploying', deploymentId, version: release.version, tag: release.tag, previousVersion: input.previous.version, runId: decision.action === 'wait' ? earlier?.id : undefined });
  deploy.deploymentId = deploymentId;
  if (existing) deploy.detail.push(decision.why);
  if (decision.action === 'done') {
    deploy.alreadySucceeded = true;
    // The outputs name what the ship made, as a first run would.
    deploy.runId = earlier?.id;
    deploy.runUrl = earlier?.htmlUrl;
    deploy.conclusion = earlier?.conclusion ?? undefined;
    return { state: 'done', summary: `deployment ${deploymentId} of ${release.tag} had already succeeded in an earlier attempt: not deployed again` };
  }
  const outcome = await executeMove(env, {
    ...move,
    deploymentId,
    resume: {
      ...(decision.action === 'wait' && earlier ? { runId: earlier.id } : {}),
      recordExisting: !(existing?.runId && existing.state === 'in_progress'),
      since: prepared.createdAt,
      known: prepared.known
    },
    onRun: async ({ id, url }) => saveShipState({ environment: move.environment, phase: 'deploying', deploymentId, runId: id, runUrl: url })
  });
  Object.assign(deploy, { runId: outcome.runId, runUrl: outcome.runUrl, conclusion: outcome.conclusion, durationMs: outcome.durationMs, untouched: outcome.untouched });
  if (outcome.inputs) deploy.inputs = outcome.inputs;
  if (outcome.approval) deploy.approval = outcome.approval;
  deploy.detail.push(...outcome.detail);
  if (!outcome.ok) {
    await markFailed(env, deploy, outcome.summary, move.environmentUrl);
    return { state: 'failed', summary: outcome.summary };
  }
  return { state: 'done', summary: outcome.summary };
}

/** Marks the environment's deployment `failure`, once (a warning when GitHub refuses). */
async function markFailed(env: RunEnv, deploy: DeployRecord, reason: string, environmentUrl?: string): Promise<void> {
  const id = deploy.deploymentId;
  if (!id || marked.has(deploy)) return;
  marked.add(deploy);
  await setDeploymentStatus(env.client, id, { state: 'failure', description: reason, logUrl: env.context.runUrl || undefined, environmentUrl }).catch((error: unknown) =>
    env.timeline.warn(`could not mark deployment ${id} failed: ${(error as Error).message}`, false)
  );
}

const marked = new WeakSet<DeployRecord>();

/** A dry run: what would follow the deploy. */
function planAfterDeploy(env: RunEnv, input: UnitInput, checks: readonly HealthCheckSpec[]): StageOutcome {
  if (input.traffic) {
    const smoke = input.environment.smokeChecks;
    if (smoke.length) env.timeline.plan({ what: `probe the smoke checks ${smoke.map((c) => c.name).join(', ')} on the new version before any traffic moves` });
    env.timeline.plan(planTraffic(env, input.traffic.steps, input.traffic.command));
    return { state: 'planned', summary: `would move traffic through ${input.traffic.steps.map((s) => `${s}%`).join(', ')}` };
  }
  if (!checks.length) return { state: 'skipped', summary: emptyHealth().reason };
  env.timeline.plan(planVerify(env, checks));
  return { state: 'planned', summary: 'would verify health after the deploy' };
}

/**
 * Putting the previous version back in one environment after a failure, and verifying it: the
 * same move executor as the deploy (move.ts), called with the previous version and the ship's
 * rollback steps (a dedicated way back, or the deploy strategies redeploying the previous
 * release). A move that puts a version in place gets a GitHub deployment of its own. A rollback
 * is never success: verified → the environment is restored; anything less → it may be wrong.
 */
import * as core from '@actions/core';
import { formatDuration } from '../config/durations.js';
import { createShipDeployment, setDeploymentStatus } from '../github/deployments.js';
import { inspectTag, type TagRef } from '../github/git-data.js';
import type { RunEnv } from '../run-env.js';
import { saveShipState } from '../ship-state.js';
import type { StageOutcome } from '../timeline.js';
import type { HealthCheckSpec } from '../verify/check-spec.js';
import { verifyHealthy } from '../verify/health.js';
import { executeMove, type Move } from './move.js';
import type { RollbackRecord, TrafficRecord } from './record.js';
import type { ShipStrategies } from './strategies/registry.js';
import type { DeployTarget, RollbackWords } from './strategies/types.js';
import type { Failure } from './traffic-steps.js';

/** A redeploy's sentences (a strategy that only moves traffic has its own). */
const REDEPLOY_WORDS: RollbackWords = {
  restored: (toTag) => `rolled back to ${toTag}`,
  failed: (toTag, why) => `the rollback to ${toTag} failed: ${why}`,
  unhealthy: (toTag, why) => `${toTag} was deployed again but is not healthy: ${why}`
};

export interface PutBackInput {
  environment: string;
  checks: readonly HealthCheckSpec[];
  deployInputs: Record<string, string>;
  environmentUrl?: string;
  /** The version being taken out. */
  current: DeployTarget;
  previous: { version: string; tag: string; ref?: TagRef };
  strategies: ShipStrategies;
  shipId: string;
  traffic?: TrafficRecord;
}

export async function putBack(env: RunEnv, input: PutBackInput, failure: Failure): Promise<StageOutcome & { rollback: RollbackRecord }> {
  const { settings, client, clock, context } = env;
  const { previous, current, strategies } = input;
  const toTag = previous.version ? previous.tag : '';
  const rollback: RollbackRecord = { attempted: false, verified: false, trigger: failure.reason, toVersion: previous.version, toTag, strategy: strategies.rollbackDescribed, summary: '', detail: [] };
  const ended = (state: StageOutcome['state'], summary: string) => {
    rollback.summary = summary;
    return { state, summary, rollback };
  };
  if (settings.rollback.mode === 'never') {
    return ended('skipped', input.traffic ? `rollback: never — traffic was left at ${input.traffic.percent}% on ${current.tag}` : 'rollback: never — nothing was rolled back');
  }
  const steps = strategies.rollback;
  if (!steps.length) return ended('failed', `cannot roll back: ${strategies.rollbackDescribed}`);
  const deploysVersion = steps.some((s) => s.strategy.deploysVersion);
  const words = steps.find((s) => s.strategy.rollbackWords)?.strategy.rollbackWords ?? REDEPLOY_WORDS;
  // A redeploy needs the previous release's commit; a switch-back routes to what still runs.
  if (deploysVersion && (!previous.version || !previous.ref)) {
    return ended('failed', previous.version ? `cannot roll back: the previous release's tag ${toTag} does not exist` : 'cannot roll back: this was the first release');
  }
  const target: DeployTarget = { version: previous.version, tag: toTag, sha: deploysVersion && previous.ref ? (await inspectTag(client, previous.ref)).commitSha : '' };
  const started = clock.now();
  rollback.attempted = true;
  core.warning(`Rolling back ${input.environment} to ${toTag || 'the previous version'} (${strategies.rollbackDescribed}): ${failure.reason}`);

  let deploymentId: number | undefined;
  let since: string | undefined;
  if (deploysVersion) {
    const made = await createShipDeployment(client, {
      ref: toTag,
      environment: input.environment,
      description: `ship-prod rollback to ${toTag}`,
      production: input.environment.toLowerCase().startsWith('prod'),
      payload: { ship_prod: { rollback_of: current.tag, version: previous.version, tag: toTag, run_id: context.runId, run_url: context.runUrl } }
    });
    deploymentId = made.id;
    since = made.createdAt;
    rollback.detail.push(`rollback deployment ${deploymentId} of ${toTag}`);
    saveShipState({ environment: input.environment, phase: 'rolling-back', deploymentId, version: current.version, tag: current.tag, previousVersion: previous.version });
  }
  const move: Move = {
    name: 'rollback',
    environment: input.environment,
    target,
    from: current,
    steps,
    timeoutMs: settings.rollback.timeoutMs,
    shipId: input.shipId,
    deployInputs: input.deployInputs,
    ...(deploymentId !== undefined ? { deploymentId } : {}),
    ...(since ? { resume: { since } } : {}),
    onRun: async ({ id, url }) => saveShipState({ environment: input.environment, phase: 'rolling-back', ...(deploymentId !== undefined ? { deploymentId } : {}), runId: id, runUrl: url }),
    ...(input.traffic ? { traffic: input.traffic } : {})
  };
  const outcome = await executeMove(env, move);
  rollback.runId = outcome.runId;
  rollback.runUrl = outcome.runUrl;
  if (outcome.approval) rollback.approval = outcome.approval;
  rollback.detail.push(...outcome.detail);
  const logUrl = context.runUrl || undefined;
  const mark = async (state: 'success' | 'failure' | 'error', description: string) => {
    if (deploymentId !== undefined) await setDeploymentStatus(client, deploymentId, { state, description, logUrl });
  };
  if (!outcome.ok) {
    const summary = words.failed(toTag, outcome.summary, { fromTag: current.tag, ...(input.traffic ? { trafficPercent: input.traffic.percent } : {}) });
    await mark('failure', summary);
    return ended('failed', summary);
  }
  if (!input.checks.length) {
    await mark('error', 'rollback deployed, not verified (no health checks)');
    return ended('failed', `${toTag} was deployed again, but there are no health checks to verify it`);
  }
  const remaining = Math.max(settings.health.intervalMs, settings.rollback.timeoutMs - (clock.now() - started));
  const healthy = await verifyHealthy(env, input.checks, { expectVersion: previous.version, timeoutMs: Math.min(settings.health.timeoutMs, remaining), label: 'rollback health' });
  rollback.detail.push(healthy.reason);
  outcome.settle(healthy.verdict === 'passed');
  if (healthy.verdict !== 'passed') {
    const summary = words.unhealthy(toTag, healthy.reason);
    await mark('failure', summary);
    return ended('failed', summary);
  }
  rollback.verified = true;
  rollback.timeToRestoreMs = healthy.decidedAt - failure.at;
  await mark('success', `rolled back to ${toTag}`);
  return ended('done', `${words.restored(toTag)} and verified healthy (${formatDuration(rollback.timeToRestoreMs)} from the failure verdict)`);
}

/**
 * The rollback: after a failed deploy, failed health checks or a breached window, deploy the
 * previous version again (rollback-workflow, rollback-command, or the deploy strategies with the
 * previous version; a production branch is forced back to the previous release), then verify it
 * with the same health checks, expecting the previous version where a check pins it. A rollback is
 * never success: verified → `rolled-back`, anything less → `failed`, and a person is needed.
 */
import * as core from '@actions/core';
import { formatDuration } from '../config/durations.js';
import { deployTarget, strategiesOf, type DeployTarget } from '../deploy/stage.js';
import { createShipDeployment, setDeploymentStatus } from '../github/deployments.js';
import { inspectTag } from '../github/git-data.js';
import { saveShipState } from '../ship-state.js';
import type { RollbackRecord } from '../ship.js';
import type { ShipRun, StageOutcome } from '../stage.js';
import { healthConfigured, verifyHealthy } from '../verify/stage.js';

export interface RollbackTrigger {
  /** What failed, one line. */
  reason: string;
  /** When the failure verdict was reached (clock ms). */
  at: number;
}

/** Which way the rollback goes, decided from the settings (pure). */
export function rollbackStrategy(settings: ShipRun['settings']): { kind: 'workflow' | 'command' | 'deploy' | 'none'; describe: string } {
  if (settings.rollback.workflow) return { kind: 'workflow', describe: `rollback-workflow ${settings.rollback.workflow}` };
  if (settings.rollback.command) return { kind: 'command', describe: 'rollback-command' };
  const strategies = strategiesOf(settings);
  if (strategies.length) return { kind: 'deploy', describe: `the deploy (${strategies.join(', ')}) with the previous version` };
  return { kind: 'none', describe: 'nothing: no deploy strategy and no rollback-workflow or rollback-command' };
}

export async function runRollback(run: ShipRun, trigger: RollbackTrigger): Promise<StageOutcome> {
  const { settings, record, client, clock, context } = run;
  const previous = record.version?.previous ?? '';
  const toTag = `${settings.tagPrefix}${previous}`;
  const strategy = rollbackStrategy(settings);
  const rollback: RollbackRecord = { attempted: false, verified: false, trigger: trigger.reason, toVersion: previous, toTag, strategy: strategy.describe, summary: '', detail: [] };
  record.rollback = rollback;

  if (settings.rollback.mode === 'never') {
    rollback.summary = 'rollback: never — nothing was rolled back';
    return { state: 'skipped', summary: rollback.summary };
  }
  if (strategy.kind === 'none') {
    rollback.summary = `cannot roll back: ${strategy.describe}`;
    return { state: 'failed', summary: rollback.summary };
  }
  const tagRef = run.versionPlan?.tagRefs.find((t) => t.name === toTag);
  if (!previous || !tagRef) {
    rollback.summary = previous ? `cannot roll back: the previous release's tag ${toTag} does not exist` : 'cannot roll back: this was the first release';
    return { state: 'failed', summary: rollback.summary };
  }
  const previousSha = (await inspectTag(client, tagRef)).commitSha;
  const target: DeployTarget = { version: previous, tag: toTag, sha: previousSha };
  const started = clock.now();
  rollback.attempted = true;
  core.warning(`Rolling back to ${toTag}: ${trigger.reason}`);

  const { id: deploymentId, createdAt } = await createShipDeployment(client, {
    ref: toTag,
    environment: settings.environment,
    description: `ship-prod rollback to ${toTag}`,
    production: settings.environment.toLowerCase().startsWith('prod'),
    payload: { ship_prod: { rollback_of: record.version?.tag, version: previous, tag: toTag, run_id: context.runId, run_url: context.runUrl } }
  });
  rollback.detail.push(`rollback deployment ${deploymentId} of ${toTag}`);
  saveShipState({ phase: 'rolling-back', deploymentId, version: previous, tag: toTag, runId: undefined, runUrl: undefined });
  const outcome = await deployTarget(run, target, {
    deploymentId,
    since: createdAt,
    label: 'rollback',
    timeoutMs: settings.rollback.timeoutMs,
    ...(strategy.kind === 'workflow' ? { workflow: settings.rollback.workflow } : {}),
    ...(strategy.kind === 'command' ? { command: settings.rollback.command } : {}),
    forceBranch: true
  });
  rollback.runId = outcome.runId;
  rollback.runUrl = outcome.runUrl;
  rollback.detail.push(...outcome.detail);
  const logUrl = context.runUrl || undefined;
  if (!outcome.ok) {
    rollback.summary = `the rollback to ${toTag} failed: ${outcome.summary}`;
    await setDeploymentStatus(client, deploymentId, { state: 'failure', description: rollback.summary, logUrl });
    return { state: 'failed', summary: rollback.summary };
  }
  if (!healthConfigured(run)) {
    rollback.summary = `${toTag} was deployed again, but there are no health checks to verify it`;
    await setDeploymentStatus(client, deploymentId, { state: 'error', description: 'rollback deployed, not verified (no health checks)', logUrl });
    return { state: 'failed', summary: rollback.summary };
  }
  const remaining = Math.max(settings.health.intervalMs, settings.rollback.timeoutMs - (clock.now() - started));
  const healthy = await verifyHealthy(run, { expectVersion: previous, timeoutMs: Math.min(settings.health.timeoutMs, remaining), label: 'rollback health' });
  if (healthy.verdict !== 'passed') {
    rollback.summary = `${toTag} was deployed again but is not healthy: ${healthy.reason}`;
    await setDeploymentStatus(client, deploymentId, { state: 'failure', description: rollback.summary, logUrl });
    return { state: 'failed', summary: rollback.summary };
  }
  rollback.verified = true;
  rollback.timeToRestoreMs = healthy.decidedAt - trigger.at;
  rollback.summary = `rolled back to ${toTag} and verified healthy (${formatDuration(rollback.timeToRestoreMs)} from the failure verdict)`;
  await setDeploymentStatus(client, deploymentId, { state: 'success', description: `rolled back to ${toTag}`, logUrl });
  return { state: 'done', summary: rollback.summary };
}

/**
 * One environment's line in the ship record (record.environments): how it ended, its deployment
 * and deploy run, and the version it runs after the ship. Pure; the pipeline adds one per
 * environment the ship went to, and the `environments` output is drawn from them.
 */
import type { EnvironmentOutcome, EnvironmentRecord } from './record.js';
import type { EnvironmentResult } from './unit.js';

/** The version an environment runs after the ship: the new one once verified, the previous one where it was never changed or was put back. */
export function versionAfter(outcome: EnvironmentOutcome, versions: { next: string; previous: string }): string | undefined {
  switch (outcome) {
    case 'shipped':
      return versions.next;
    case 'planned':
    case 'untouched':
    case 'restored':
      return versions.previous || undefined;
    case 'unknown':
      return undefined;
  }
}

export function environmentRecordOf(result: EnvironmentResult & { wave?: string }, versions: { next: string; previous: string }): EnvironmentRecord {
  const { deploy, health } = result;
  const version = versionAfter(result.outcome, versions);
  const approval = deploy.approval;
  return {
    ...(result.wave !== undefined ? { wave: result.wave } : {}),
    name: result.name,
    outcome: result.outcome,
    ...(result.failure ? { failure: result.failure } : {}),
    ...(deploy.deploymentId !== undefined ? { deploymentId: deploy.deploymentId } : {}),
    ...(deploy.runId !== undefined ? { runId: deploy.runId } : {}),
    ...(deploy.runUrl ? { runUrl: deploy.runUrl } : {}),
    ...(version ? { version } : {}),
    ...(result.outcome !== 'planned' ? { health: health.verdict } : {}),
    ...(health.window ? { window: { verdict: health.window.verdict, durationMs: health.window.durationMs } } : {}),
    ...(deploy.alreadySucceeded ? { deployedBefore: true } : {}),
    ...(approval ? { approval: { reviewers: approval.reviewers, waitedMs: approval.waitedMs, outcome: approval.outcome } } : {}),
    ...(result.startedAt ? { startedAt: result.startedAt } : {}),
    ...(result.durationMs !== undefined ? { durationMs: result.durationMs } : {})
  };
}

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

export function environmentRecordOf(result: EnvironmentResult, versions: { next: string; previous: string }): EnvironmentRecord {
  const { deploy } = result;
  const version = versionAfter(result.outcome, versions);
  return {
    name: result.name,
    outcome: result.outcome,
    ...(result.failure ? { failure: result.failure } : {}),
    ...(deploy.deploymentId !== undefined ? { deploymentId: deploy.deploymentId } : {}),
    ...(deploy.runId !== undefined ? { runId: deploy.runId } : {}),
    ...(deploy.runUrl ? { runUrl: deploy.runUrl } : {}),
    ...(version ? { version } : {})
  };
}

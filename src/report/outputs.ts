/**
 * The step's outputs, set on every path (blocked and failed included) from the record alone.
 */
import type { EnvironmentOutcome } from '../deploy/record.js';
import type { ShipRecord, ShipStatus } from '../ship.js';

export type Outputs = Record<
  | 'status'
  | 'version'
  | 'previous-version'
  | 'tag'
  | 'sha'
  | 'release-id'
  | 'release-url'
  | 'deployment-id'
  | 'deploy-run-id'
  | 'deploy-run-url'
  | 'health'
  | 'rolled-back'
  | 'report-file'
  | 'report-json'
  | 'environments',
  string
>;

/** An environment's outcome in the words of the ship's statuses. */
const ENVIRONMENT_STATUS: Record<EnvironmentOutcome, ShipStatus> = { shipped: 'shipped', planned: 'dry-run', untouched: 'aborted', restored: 'rolled-back', unknown: 'failed' };

/** The `environments` output: one key per environment the ship went to. */
export function environmentsOutput(record: ShipRecord): Record<string, { 'deployment-id': number | null; 'deploy-run-id': number | null; status: ShipStatus; version: string | null }> {
  return Object.fromEntries(
    (record.environments ?? []).map((e) => [e.name, { 'deployment-id': e.deploymentId ?? null, 'deploy-run-id': e.runId ?? null, status: ENVIRONMENT_STATUS[e.outcome], version: e.version ?? null }])
  );
}

export function outputsOf(record: ShipRecord, reportFile: string): Outputs {
  const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return {
    status: record.status,
    version: str(record.version?.next),
    'previous-version': str(record.version?.previous),
    tag: str(record.version?.tag),
    sha: str(record.release?.commitSha),
    'release-id': str(record.release?.releaseId),
    'release-url': str(record.release?.releaseUrl),
    'deployment-id': str(record.deploy?.deploymentId),
    'deploy-run-id': str(record.deploy?.runId),
    'deploy-run-url': str(record.deploy?.runUrl),
    health: record.health?.verdict ?? 'skipped',
    'rolled-back': String(Boolean(record.rollback?.attempted && record.rollback.verified)),
    'report-file': reportFile,
    'report-json': JSON.stringify(record),
    environments: JSON.stringify(environmentsOutput(record))
  };
}

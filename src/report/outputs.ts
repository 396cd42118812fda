/**
 * The step's outputs, set on every path (blocked and failed included) from the record alone.
 */
import type { ShipRecord } from '../ship.js';

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
  | 'report-json',
  string
>;

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
    'report-json': JSON.stringify(record)
  };
}

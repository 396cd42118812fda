/**
 * DORA figures of one ship, from the record alone (pure): how long a change took to reach
 * production, how long the deploy took, whether the change failed in production, and how long
 * detecting and restoring took. A figure that does not apply to this ship is null, never 0.
 *
 * - leadTimeSeconds: the oldest commit of this release (committer date; the commits since the
 *   previous tag) to production verified healthy (the end of the verify stage, window included;
 *   with waves, the last wave's).
 *   Without health checks, to the end of the deploy, the latest moment known. Null unless shipped.
 * - deployDurationSeconds: the deploy (run time by GitHub's timestamps for a workflow). Null when
 *   nothing was deployed.
 * - changeFailed: the deploy changed production and the ship then failed (rolled back or failed);
 *   false for a ship; null when production was not changed (blocked, dry run, stopped before).
 * - timeToDetectSeconds: first failing probe to the failure verdict. Null without such a failure.
 * - timeToRestoreSeconds: the failure verdict to the verified rollback. Null unless rolled back.
 */
import { formatDuration } from '../config/durations.js';
import type { ShipRecord } from '../ship.js';
import type { StageRecord } from '../timeline.js';
import type { DoraFigures } from './dora-figures.js';

export type { DoraFigures };

const seconds = (ms: number | undefined): number | null => (ms === undefined || !Number.isFinite(ms) || ms < 0 ? null : Math.round(ms) / 1000);

function endOf(stage: StageRecord | undefined): number | undefined {
  if (!stage) return undefined;
  const start = Date.parse(stage.startedAt);
  return Number.isFinite(start) ? start + stage.durationMs : undefined;
}

/**
 * When production was known to run the new version: verified healthy, else deployed (no checks).
 * With waves, the last environment of the last wave verified (the latest such stage).
 */
function productionSince(record: ShipRecord): number | undefined {
  const latest = (name: StageRecord['name']) => {
    const ends = record.stages.filter((s) => s.name === name && s.state === 'done').map(endOf).filter((t): t is number => t !== undefined);
    return ends.length ? Math.max(...ends) : undefined;
  };
  if (record.health?.verdict === 'passed') return latest('verify');
  if (record.deploy && record.deploy.strategy !== 'none') return latest('deploy');
  return undefined;
}

export function computeDora(record: ShipRecord): DoraFigures {
  const deployed = Boolean(record.deploy?.deploymentId) && !record.deploy?.untouched && !record.deploy?.alreadySucceeded;
  const failedAfterDeploy = deployed && (record.status === 'rolled-back' || record.status === 'failed');
  const oldest = Date.parse(record.version?.oldestCommitAt ?? '');
  const since = record.status === 'shipped' ? productionSince(record) : undefined;
  return {
    leadTimeSeconds: since !== undefined && Number.isFinite(oldest) ? seconds(since - oldest) : null,
    deployDurationSeconds: deployed || record.status === 'shipped' ? seconds(record.deploy?.durationMs) : null,
    changeFailed: record.status === 'shipped' ? false : failedAfterDeploy ? true : null,
    timeToDetectSeconds: failedAfterDeploy ? seconds(record.health?.timeToDetectMs) : null,
    timeToRestoreSeconds: record.status === 'rolled-back' ? seconds(record.rollback?.timeToRestoreMs) : null
  };
}

/** A figure for people: `4m 10s`, `1.2s`, or `n/a` (null). */
export function formatSeconds(value: number | null): string {
  return value === null ? 'n/a' : formatDuration(value * 1000);
}

/** Are there figures worth showing (not all n/a, as for a blocked run)? */
export function hasDora(dora: DoraFigures | undefined): dora is DoraFigures {
  return Boolean(dora) && Object.values(dora!).some((v) => v !== null);
}

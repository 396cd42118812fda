/**
 * The lock stage, after the gates and before the version (INTERFACE.md, One ship per environment):
 * a ship takes its environment's lock before its first write, so that a second ship computes its
 * version, tags and deploys only once the first has ended. A dry run takes no lock: it says who
 * holds it now.
 */
import { formatDuration } from '../config/durations.js';
import type { RunEnv } from '../run-env.js';
import type { StageOutcome } from '../timeline.js';
import { acquireLock, LockReader, type HeldLock } from './acquire.js';
import { describeHolder, lockRefName } from './holder.js';
import type { LockRecord } from './record.js';

export interface LockStageResult extends StageOutcome {
  record: LockRecord;
  held?: HeldLock;
}

export async function runLockStage(env: RunEnv, environment: string): Promise<LockStageResult> {
  if (env.settings.dryRun) return planLock(env, environment);
  const { held, record } = await acquireLock(env, environment);
  if (!held) return { state: 'failed', summary: `environment ${environment} is locked: ${record.summary}`, record };
  return { state: 'done', summary: record.summary, record, held };
}

async function planLock(env: RunEnv, environment: string): Promise<LockStageResult> {
  const ref = lockRefName(environment);
  const seen = await new LockReader(env, ref).look();
  const record: LockRecord = { environment, ref, state: 'planned', waitedMs: 0, summary: '' };
  if (seen.kind === 'held') {
    if (seen.holder) record.holder = seen.holder;
    record.commitSha = seen.commitSha;
    record.summary = `${ref} is held now by ${describeHolder(seen.holder)}${seen.holder?.since ? ` since ${seen.holder.since}` : ''}`;
  } else {
    record.summary = `${ref} is free now`;
  }
  env.timeline.plan({
    what: `take the lock of ${environment} (${ref}) before the first write, waiting for it up to lock-timeout ${formatDuration(env.settings.lockTimeoutMs)}`,
    detail: record.summary
  });
  return { state: 'planned', summary: `would take ${ref}; ${seen.kind === 'held' ? record.summary.replace(`${ref} `, 'it ') : 'it is free now'}`, record };
}

/**
 * The lock stage, after the gates and before the version (INTERFACE.md, One ship per environment):
 * a ship takes its environment's lock before its first write, so that a second ship computes its
 * version, tags and deploys only once the first has ended. A dry run takes no lock: it says who
 * holds it now.
 */
import { formatDuration } from '../config/durations.js';
import type { RunEnv } from '../run-env.js';
import type { Crashed, StageOutcome } from '../timeline.js';
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

/** The locks of a ship's environments, taken one after another in `lockOrder` (name order). */
export interface HeldLocks {
  records: LockRecord[];
  /** Releases every lock taken (`beside`: with the ship's last write). Never throws. */
  release(opts?: { beside?: boolean }): Promise<void>;
}

/**
 * Takes the lock of every environment, in the order given (name order, so that two ships with
 * environments in common never wait on each other crosswise); one stage per lock. When one is
 * not taken, the ones taken before it are released and `failed` names the environment.
 */
export async function takeLocks(env: RunEnv, environments: readonly string[]): Promise<{ locks: HeldLocks; failed?: LockStageResult | Crashed }> {
  const held: HeldLock[] = [];
  const records: LockRecord[] = [];
  const locks: HeldLocks = { records, release: async (opts) => void (await Promise.all(held.map((h) => h.release(opts)))) };
  for (const environment of environments) {
    const lock = await env.timeline.stage('lock', () => runLockStage(env, environment));
    if ('record' in lock) records.push(lock.record);
    if ('held' in lock && lock.held) held.push(lock.held);
    if (lock.state === 'failed') {
      await locks.release();
      return { locks, failed: lock };
    }
  }
  return { locks };
}

/**
 * What a ship does with an environment's lock, from what it saw (pure, table-tested):
 *
 * | the lock ref                                   | decision                                  |
 * |------------------------------------------------|-------------------------------------------|
 * | absent                                          | `create` it                               |
 * | at this ship's lock commit                      | `held`: ours (a lost answer, or a look)   |
 * | held by this run id (any attempt: a re-run)     | `carry-on` with it                        |
 * | held by a run that has completed, or is gone    | `take-over`, with a warning naming it     |
 * | held by a live run (or one not known yet)       | `wait`, naming its run                    |
 * | ... and lock-timeout has passed                 | `give-up`: blocked, nothing written       |
 *
 * A lock whose commit names no ship-prod run (made by hand) is never taken over: it is waited
 * for, then blocks with what to do.
 */
import { describeHolder, type LockHolder } from './holder.js';

/** The holder's run, as GitHub answered: running, completed, gone (404), or not read yet. */
export type HolderRun = 'running' | 'completed' | 'gone' | 'unknown';

export type LockSeen =
  | { kind: 'free' }
  | { kind: 'held'; commitSha: string; holder?: LockHolder; holderRun: HolderRun };

export type LockDecision =
  | { action: 'create'; why: string }
  | { action: 'held'; why: string }
  | { action: 'carry-on'; why: string }
  | { action: 'take-over'; why: string }
  | { action: 'wait'; why: string }
  | { action: 'give-up'; why: string };

export interface LockSelf {
  runId: string;
  /** This ship's lock commit, once made. */
  commitSha?: string;
}

export function decideLock(seen: LockSeen, self: LockSelf, time: { nowMs: number; deadlineMs: number }): LockDecision {
  if (seen.kind === 'free') return { action: 'create', why: 'the lock is free' };
  const who = describeHolder(seen.holder);
  if (self.commitSha && seen.commitSha === self.commitSha) return { action: 'held', why: 'the lock points at this ship\'s lock commit' };
  if (seen.holder && self.runId && seen.holder.runId === self.runId) {
    return { action: 'carry-on', why: `the lock is held by ${who} of this same workflow run (a re-run carries on with it)` };
  }
  if (seen.holder && (seen.holderRun === 'completed' || seen.holderRun === 'gone')) {
    return { action: 'take-over', why: `the lock was left by ${who}, which ${seen.holderRun === 'gone' ? 'no longer exists' : 'has completed'} (a killed or cancelled job)` };
  }
  if (time.nowMs >= time.deadlineMs) return { action: 'give-up', why: `the lock is still held by ${who}` };
  return { action: 'wait', why: `the lock is held by ${who}` };
}

/** How often a held lock is read again (a conditional request: an unchanged answer is a free 304). */
export const LOCK_POLL_MS = 1_000;
/** How often the holder's run is read while waiting (to take over a lock whose run has ended). */
export const HOLDER_CHECK_MS = 15_000;

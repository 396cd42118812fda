/**
 * What the ship record (report-json `lock`) says about the environment's lock: its ref, who held
 * it, how this ship got it (or why not), how long it waited, and when it let it go.
 */
import type { LockHolder } from './holder.js';

export interface LockRecord {
  environment: string;
  /** `refs/ship-prod/locks/production`. */
  ref: string;
  /**
   * held: this ship holds it (until `releasedAt`); blocked: another ship held it past lock-timeout;
   * planned: a dry run (takes no lock; `holder` is who holds it now, if anyone).
   */
  state: 'held' | 'released' | 'blocked' | 'planned';
  /** How this ship got it: made it, carried on with its own run's (a re-run), or took it over from a run that had ended. */
  how?: 'created' | 'carried-on' | 'taken-over';
  /** The lock commit (its message names the holder). */
  commitSha?: string;
  /** Who held it when this ship looked: another ship (waited for, taken over, or blocking), or this run's earlier attempt. */
  holder?: LockHolder;
  /** Waiting for another ship. */
  waitedMs: number;
  /** The ship it waited for (the last one, when several held it in turn). */
  waitedFor?: LockHolder;
  takenAt?: string;
  releasedAt?: string;
  /** A person's sentence for the summary. */
  summary: string;
}

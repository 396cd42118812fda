/**
 * The environment lock's view: its ref, its state in words, who held it (with the run's link),
 * the lock commit's link, and how long the ship waited for it.
 */
import type { ShipRecord } from '../../ship.js';

export interface LockView {
  ref: string;
  state: string;
  summary: string;
  /** `run 123 (attempt 2)` of the holder the ship met: the one it waited for, took over, or was blocked by. */
  holder?: string;
  holderUrl?: string;
  holderLabel: string;
  commitSha?: string;
  commitUrl?: string;
  waitedMs: number;
  /** The ship it waited for, and its run's link. */
  waitedFor?: string;
  waitedForUrl?: string;
}

const STATES = {
  held: 'held by this run',
  released: 'taken by this run, released when it ended',
  blocked: 'held by another ship: not taken',
  planned: 'not taken (dry run)'
} as const;

export function lockView(record: ShipRecord): LockView | undefined {
  const lock = record.lock;
  if (!lock) return undefined;
  const c = record.context;
  const h = lock.holder;
  const label = lock.state === 'blocked' ? 'held by' : lock.how === 'taken-over' ? 'taken over from' : 'held by';
  return {
    ref: lock.ref,
    state: STATES[lock.state],
    summary: lock.summary,
    ...(h ? { holder: `run ${h.runId}${h.runAttempt && h.runAttempt !== '1' ? ` attempt ${h.runAttempt}` : ''}${h.since ? ` since ${h.since}` : ''}`, ...(h.runUrl ? { holderUrl: h.runUrl } : {}) } : {}),
    holderLabel: label,
    ...(lock.commitSha ? { commitSha: lock.commitSha, ...(c ? { commitUrl: `${c.serverUrl}/${c.owner}/${c.repo}/commit/${lock.commitSha}` } : {}) } : {}),
    waitedMs: lock.waitedMs,
    ...(lock.waitedFor ? { waitedFor: `run ${lock.waitedFor.runId}`, ...(lock.waitedFor.runUrl ? { waitedForUrl: lock.waitedFor.runUrl } : {}) } : {})
  };
}

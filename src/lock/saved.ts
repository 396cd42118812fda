/**
 * The lock a main step holds, saved for the post step (core.saveState, handed to the post step as
 * STATE_lock): a job cancelled while it held the lock releases it there (lock/after-cancel.ts).
 */
import * as core from '@actions/core';

export const LOCK_STATE_KEY = 'lock';

export interface SavedLock {
  ref: string;
  /** The lock commit the ref points at while this run holds it. */
  sha: string;
}

/** Saves the held lock, or (undefined) says it was released. */
export function saveLockState(lock: SavedLock | undefined): void {
  core.saveState(LOCK_STATE_KEY, lock ? JSON.stringify(lock) : '');
}

export function readLockState(raw: string): SavedLock | undefined {
  if (!raw) return undefined;
  try {
    const o = JSON.parse(raw) as Partial<SavedLock>;
    return typeof o.ref === 'string' && o.ref.startsWith('refs/ship-prod/locks/') && typeof o.sha === 'string' && /^[0-9a-f]{40}$/.test(o.sha) ? { ref: o.ref, sha: o.sha } : undefined;
  } catch {
    return undefined;
  }
}

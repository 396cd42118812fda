/**
 * The locks a main step holds (one per environment; several with waves), saved for the post step
 * (core.saveState, handed to the post step as STATE_lock): a job cancelled while it held them
 * releases them there (lock/after-cancel.ts). Every change rewrites the whole list.
 */
import * as core from '@actions/core';

export const LOCK_STATE_KEY = 'lock';

export interface SavedLock {
  ref: string;
  /** The lock commit the ref points at while this run holds it. */
  sha: string;
}

let held: SavedLock[] = [];

/** Saves a lock taken (added to the list). */
export function saveLockHeld(lock: SavedLock): void {
  held = [...held.filter((l) => l.ref !== lock.ref), lock];
  core.saveState(LOCK_STATE_KEY, JSON.stringify(held));
}

/** Saves that a lock was released (taken off the list). */
export function saveLockReleased(ref: string): void {
  held = held.filter((l) => l.ref !== ref);
  core.saveState(LOCK_STATE_KEY, held.length ? JSON.stringify(held) : '');
}

const valid = (o: Partial<SavedLock> | null): o is SavedLock =>
  typeof o?.ref === 'string' && o.ref.startsWith('refs/ship-prod/locks/') && typeof o.sha === 'string' && /^[0-9a-f]{40}$/.test(o.sha);

/** The locks main saved: a list (one object, as earlier versions saved, reads as a list of one); nothing unreadable. */
export function readLockState(raw: string): SavedLock[] {
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as unknown;
    const list = (Array.isArray(parsed) ? parsed : [parsed]) as Array<Partial<SavedLock> | null>;
    return list.filter(valid).map((l) => ({ ref: l.ref, sha: l.sha }));
  } catch {
    return [];
  }
}

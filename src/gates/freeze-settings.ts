/**
 * Freeze windows as the `freeze` input gives them (read by gates/freeze-input.ts), and what the
 * freeze gate records in the ship record. A leaf: config/settings.ts and ship.ts import it.
 */

/** Days of the week, Sunday first (as `Date.getUTCDay` numbers them). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A window that comes back: from `from` on the first of `days` to `to` on the last (consecutive
 * days, possibly across the week's end); a single day, or every day when `days` is absent, ends
 * the next day when `to` is not after `from` (crossing midnight).
 */
export interface RecurringWindow {
  kind: 'recurring';
  reason: string;
  /** Canonical IANA zone name. */
  timezone: string;
  /** Consecutive days in order; absent: every day. */
  days?: Weekday[];
  /** `HH:MM`. */
  from: string;
  /** `HH:MM`, or `24:00` (the end of the day). */
  to: string;
}

/** A window that happens once, between two local date-times of its zone. */
export interface OneOffWindow {
  kind: 'one-off';
  reason: string;
  timezone: string;
  /** `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`, local to `timezone`. */
  from: string;
  to: string;
}

export type FreezeWindow = RecurringWindow | OneOffWindow;

/** One occurrence of a window, as the report shows it. */
export interface FreezeOccurrence {
  reason: string;
  timezone: string;
  /** Its place in the `freeze` list, from 1. */
  window: number;
  opensAt: string;
  closesAt: string;
  /** The same two moments on the window's own wall clock, and in UTC, for people. */
  opens: string;
  closes: string;
}

/** What the freeze gate found when the ship started (ship record `freeze`). */
export interface FreezeRecord {
  /** When the gate looked (ISO): the ship starts writing right after. */
  checkedAt: string;
  /** How many windows the `freeze` input lists. */
  windows: number;
  /** The windows the ship started inside (it was blocked, or it shipped on an override). */
  inside: FreezeOccurrence[];
  /** When the freeze ends (every window it started inside, and those they run into, closed). */
  endsAt?: string;
  /** Set when the ship started inside a window and `freeze-override` let it through. */
  override?: FreezeOverride;
  /** The next window to open after the start: a ship still running then completes, and the report says the window opened. */
  next?: FreezeOccurrence;
  /** Set when the ship ended after `next` opened. */
  openedDuringShip?: boolean;
}

export interface FreezeOverride {
  reason: string;
  /** Who ran the ship (the run's actor). */
  by: string;
}

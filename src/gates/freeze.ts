/**
 * The freeze gate, pure: from the windows of the `freeze` input and the moment the ship starts,
 * is it inside one, until when, and which window opens next. Evaluated once, when the other gates
 * have answered (just before the first write): a ship that started before a window opened goes
 * on to the end (a half-shipped fleet is worse), and the report says the window opened.
 *
 * Edges: a window contains its opening moment and not its closing one. Time zones through Intl
 * (zoned-time.ts): a time the clock skips opens or closes a window at the jump; a time it shows
 * twice opens at its first showing and closes at its last, so the window covers every moment the
 * clock shows a time inside it.
 */
import { WEEKDAYS, type FreezeOccurrence, type FreezeOverride, type FreezeRecord, type FreezeWindow } from './freeze-settings.js';
import type { GateVerdict } from './verdict.js';
import { formatInZone, fromWall, instantOf, localOf, parseLocalDateTime, type LocalDateTime } from './zoned-time.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Windows that run into each other are followed this many times to find when the freeze ends. */
const MAX_CHAIN = 20;

/** One occurrence of a window, as instants. */
export interface Span {
  window: FreezeWindow;
  /** Its place in the list, from 1. */
  index: number;
  opensAt: number;
  closesAt: number;
}

export interface FreezeDecision {
  /** The occurrences the moment is inside. */
  inside: Span[];
  /** When no window holds any more (chained through windows that overlap or touch); set when inside. */
  endsAt?: number;
  /** The chain went on past MAX_CHAIN windows: the freeze lasts at least until endsAt. */
  endless?: boolean;
  /** The first occurrence to open after the moment. */
  next?: Span;
}

/** `HH:MM` → minutes of the day (`24:00` → 1440). */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** How many days after its first day a recurring window closes. */
function spanDays(days: number, from: number, to: number): number {
  return days > 1 ? days - 1 : to <= from ? 1 : 0;
}

/** instantOf, remembered for one evaluation (windows share zones and times, and the freeze's end is looked for again and again). */
type Instants = (local: LocalDateTime, zone: string, which: 'first' | 'last') => number;

function rememberedInstants(): Instants {
  const known = new Map<string, number>();
  return (local, zone, which) => {
    const key = `${zone} ${JSON.stringify(local)} ${which}`;
    let instant = known.get(key);
    if (instant === undefined) known.set(key, (instant = instantOf(local, zone, which)));
    return instant;
  };
}

/** The occurrences of a window that may hold `at` or open in the week after it. */
export function occurrencesNear(window: FreezeWindow, index: number, at: number, instant: Instants = instantOf): Span[] {
  const zone = window.timezone;
  if (window.kind === 'one-off') {
    return [{ window, index, opensAt: instant(parseLocalDateTime(window.from), zone, 'first'), closesAt: instant(parseLocalDateTime(window.to), zone, 'last') }];
  }
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  const firstDay = window.days ? WEEKDAYS.indexOf(window.days[0]!) : undefined;
  const length = spanDays(window.days?.length ?? 1, from, to);
  const local = localOf(at, zone);
  const today = Date.UTC(local.year, local.month - 1, local.day);
  const spans: Span[] = [];
  // An occurrence holding `at` opened at most its length (and a day for the zone) before; one comes
  // back within a week: from there on, days in order up to the first that opens after `at`.
  for (let d = -(length + 2); d <= 8; d++) {
    const day = today + d * DAY;
    if (firstDay !== undefined && new Date(day).getUTCDay() !== firstDay) continue;
    const opensAt = instant(fromWall(day + from * MINUTE), zone, 'first');
    const closesAt = instant(fromWall(day + length * DAY + to * MINUTE), zone, 'last');
    // On the day the clock skips both ends, the occurrence has no length.
    if (closesAt <= opensAt) continue;
    spans.push({ window, index, opensAt, closesAt });
    if (opensAt > at) break;
  }
  return spans;
}

function containing(windows: readonly FreezeWindow[], at: number, instant: Instants): Span[] {
  return windows.flatMap((w, i) => occurrencesNear(w, i + 1, at, instant)).filter((s) => s.opensAt <= at && at < s.closesAt);
}

/** Is a ship starting at `now` inside a window; until when; which window opens next. */
export function evaluateFreeze(windows: readonly FreezeWindow[], now: number): FreezeDecision {
  const instant = rememberedInstants();
  const near = windows.flatMap((w, i) => occurrencesNear(w, i + 1, now, instant));
  const inside = near.filter((s) => s.opensAt <= now && now < s.closesAt).sort((a, b) => a.index - b.index);
  const next = near.filter((s) => s.opensAt > now).sort((a, b) => a.opensAt - b.opensAt || a.index - b.index)[0];
  const decision: FreezeDecision = { inside, ...(next ? { next } : {}) };
  if (!inside.length) return decision;
  let endsAt = Math.max(...inside.map((s) => s.closesAt));
  for (let i = 0; i < MAX_CHAIN; i++) {
    const holding = containing(windows, endsAt, instant);
    if (!holding.length) return { ...decision, endsAt };
    endsAt = Math.max(...holding.map((s) => s.closesAt));
  }
  return { ...decision, endsAt, endless: true };
}

/** `fri–sun 15:00–09:00 Europe/Berlin`, `every day 22:00–06:00 UTC`, `2026-12-21T00:00 – 2027-01-04T09:00 America/New_York`. */
export function describeWindow(window: FreezeWindow): string {
  if (window.kind === 'one-off') return `${window.from} – ${window.to} ${window.timezone}`;
  const days = !window.days ? 'every day' : window.days.length === 1 ? window.days[0] : `${window.days[0]}–${window.days.at(-1)}`;
  return `${days} ${window.from}–${window.to} ${window.timezone}`;
}

export function occurrenceOf(span: Span): FreezeOccurrence {
  const zone = span.window.timezone;
  return {
    reason: span.window.reason,
    timezone: zone,
    window: span.index,
    opensAt: new Date(span.opensAt).toISOString(),
    closesAt: new Date(span.closesAt).toISOString(),
    opens: formatInZone(span.opensAt, zone),
    closes: formatInZone(span.closesAt, zone)
  };
}

export interface FreezeCheck {
  /** The gate's verdict; none when no window is set. */
  verdicts: GateVerdict[];
  record?: FreezeRecord;
  /** For the log and the report: a ship let through a window by freeze-override. */
  warning?: string;
}

const quote = (reason: string) => `'${reason}'`;

/** The freeze gate: blocked inside a window unless `override` gives a reason (who and why are recorded). */
export function checkFreeze(windows: readonly FreezeWindow[], now: number, override?: FreezeOverride): FreezeCheck {
  if (!windows.length) return { verdicts: [] };
  const decision = evaluateFreeze(windows, now);
  const record: FreezeRecord = {
    checkedAt: new Date(now).toISOString(),
    windows: windows.length,
    inside: decision.inside.map(occurrenceOf),
    ...(decision.next ? { next: occurrenceOf(decision.next) } : {})
  };
  const base = { name: 'freeze', expected: 'no freeze window in effect' };
  if (!decision.inside.length) {
    const next = record.next ? `; the next, ${quote(record.next.reason)}, opens ${record.next.opens}` : '';
    const unused = override ? ' (freeze-override is not needed and not recorded)' : '';
    return {
      verdicts: [{ ...base, found: 'none in effect', where: `freeze: ${windows.length} window${windows.length === 1 ? '' : 's'}`, passed: true, reason: `no freeze window is in effect${next}${unused}` }],
      record
    };
  }
  if (decision.endsAt !== undefined) record.endsAt = new Date(decision.endsAt).toISOString();
  const windowsText = record.inside.map((o) => `${quote(o.reason)} (until ${o.closes})`).join(' and ');
  const latest = Math.max(...decision.inside.map((s) => s.closesAt));
  const zone = decision.inside[0]!.window.timezone;
  const chained =
    decision.endsAt !== undefined && decision.endsAt > latest
      ? `; windows that follow on keep the freeze until ${decision.endless ? 'at least ' : ''}${formatInZone(decision.endsAt, zone)}`
      : '';
  const where = decision.inside.map((s) => `freeze window ${s.index}: ${describeWindow(s.window)}`).join('; ');
  const found = decision.inside.map((s) => quote(s.window.reason)).join(', ');
  if (override) {
    record.override = override;
    return {
      verdicts: [{ ...base, found: `inside ${found}, overridden`, where, passed: true, reason: `inside the freeze window ${windowsText}${chained}; shipped on freeze-override by ${override.by || 'an unknown actor'}: ${override.reason}` }],
      record,
      warning: `Shipping inside the freeze window ${windowsText} on freeze-override by ${override.by || 'an unknown actor'}: "${override.reason}"`
    };
  }
  return {
    verdicts: [
      {
        ...base,
        found: `inside ${found}`,
        where,
        passed: false,
        reason: `the ship would start inside the freeze window ${windowsText}${chained}. Ship after it ends, or set freeze-override to a reason to ship anyway`
      }
    ],
    record
  };
}

/** What the end of a ship needs to say that the next window opened while it ran (it went on: a half-shipped fleet is worse). */
export interface ShipTimes {
  freeze?: FreezeRecord;
  status: string;
  stages: ReadonlyArray<{ startedAt: string; durationMs: number }>;
  warnings: string[];
}

/** Notes (in the record and its warnings) that the next freeze window opened before the ship ended. */
export function noteFreezeOpened(ship: ShipTimes): void {
  const next = ship.freeze?.next;
  if (!next || ship.status === 'blocked' || !ship.stages.length) return;
  const ended = Math.max(...ship.stages.map((s) => Date.parse(s.startedAt) + s.durationMs));
  if (!(ended > Date.parse(next.opensAt))) return;
  ship.freeze!.openedDuringShip = true;
  ship.warnings.push(
    `The freeze window ${quote(next.reason)} opened during this ship, ${next.opens}; the ship had started before it, so it went on to the end rather than leave production half-shipped.`
  );
}

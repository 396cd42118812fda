/**
 * Wall-clock time in IANA time zones, through `Intl` alone: no offset or daylight-saving rule is
 * written here, the runtime's time zone data decides. Pure (no clock): the local date and time of
 * an instant, and the instant of a local date and time.
 *
 * A local time the clock shows twice (the repeated hour when daylight saving ends) has two
 * instants: callers choose the first or the last. A local time the clock skips (the hour lost
 * when daylight saving starts, or a whole day, as in Pacific/Kiritimati at the end of 1994)
 * resolves to the moment the clock jumps over it.
 */

/** A calendar date and a time on the wall clock (month 1-12). */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/** `YYYY-MM-DDTHH:MM[:SS]` → its parts. */
export function parseLocalDateTime(text: string): LocalDateTime {
  const [date, time] = text.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute, second] = time.split(':').map(Number);
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second ?? 0 };
}

const HOUR = 3_600_000;
/** Far enough either side of a local time to see the offsets before and after a transition near it. */
const AROUND = 26 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    });
    formatters.set(zone, f);
  }
  return f;
}

/**
 * The zone's canonical IANA name (`europe/berlin` → `Europe/Berlin`), or undefined when the
 * runtime does not know it. Offsets (`+02:00`, which newer runtimes accept) are not zones: they
 * have no daylight saving, so they are refused too.
 */
export function canonicalZone(name: string): string | undefined {
  if (!/^[A-Za-z]/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Every zone name the runtime lists (for "did you mean" hints). */
export function knownZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  return [...(intl.supportedValuesOf?.('timeZone') ?? []), 'UTC'];
}

/** The wall clock in `zone` at `instant` (whole seconds). */
export function localOf(instant: number, zone: string): Required<LocalDateTime> {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** A local date-time as if it were UTC: a number to compare and add to, with no zone in it. */
export function wallOf(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second ?? 0);
}

/** The local date-time of a wall number (days and minutes past their range roll over). */
export function fromWall(wall: number): Required<LocalDateTime> {
  const d = new Date(wall);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

/** The zone's offset from UTC at `instant`, in milliseconds (east positive). */
export function offsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallOf(localOf(whole, zone)) - whole;
}

/**
 * The instant the wall clock of `zone` shows `local`: the first or the last of two in a repeated
 * hour; in a skipped hour (or day), the moment the clock jumps over it.
 */
export function instantOf(local: LocalDateTime, zone: string, which: 'first' | 'last'): number {
  const wall = wallOf(local);
  const before = offsetAt(wall - AROUND, zone);
  const after = offsetAt(wall + AROUND, zone);
  const offsets = [...new Set([before, offsetAt(wall, zone), after])];
  const matches = offsets.map((o) => wall - o).filter((t) => wallOf(localOf(t, zone)) === wall);
  if (matches.length) return which === 'first' ? Math.min(...matches) : Math.max(...matches);
  // Skipped: between the two offsets' readings of it lies the jump; find its second.
  let lo = Math.floor((wall - Math.max(before, after)) / 1000);
  let hi = Math.ceil((wall - Math.min(before, after)) / 1000);
  if (wallOf(localOf(hi * 1000, zone)) <= wall) return wall - offsetAt(wall, zone);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallOf(localOf(mid * 1000, zone)) > wall) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** `Mon 2026-03-30 09:00` (seconds shown when not zero). */
export function formatWall(local: LocalDateTime): string {
  const weekday = WEEKDAY_NAMES[new Date(wallOf(local)).getUTCDay()];
  const seconds = local.second ? `:${pad(local.second)}` : '';
  return `${weekday} ${local.year}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}${seconds}`;
}

/** `Mon 2026-03-30 09:00 Europe/Berlin (07:00 UTC)`: an instant in its zone and in UTC. */
export function formatInZone(instant: number, zone: string): string {
  const local = formatWall(localOf(instant, zone));
  if (zone === 'UTC' || zone === 'Etc/UTC') return `${local} UTC`;
  const utc = formatWall(localOf(instant, 'UTC'));
  const sameDay = utc.slice(0, 14) === local.slice(0, 14);
  return `${local} ${zone} (${sameDay ? utc.slice(15) : utc} UTC)`;
}

/**
 * The `freeze` input: a YAML list of freeze windows (docs/freeze.md), each refused with
 * its line and column when it cannot be read, and `freeze-override`. Read by config/inputs.ts.
 */
import { isMap, isScalar, isSeq } from '../config/yaml-engine.js';
import type { Pair, YAMLMap } from 'yaml';
import { didYouMean } from '../config/did-you-mean.js';
import { hasControlChar, show, type Problems } from '../config/problems.js';
import { describe, YamlReader, type ParsedYaml } from '../config/yaml-list.js';
import { WEEKDAYS, type FreezeWindow, type Weekday } from './freeze-settings.js';
import { canonicalZone, instantOf, knownZones, parseLocalDateTime } from './zoned-time.js';

export const FREEZE_KEYS = ['reason', 'days', 'from', 'to', 'timezone'] as const;
/** More windows than anyone writes by hand; each is evaluated at every ship. */
export const MAX_FREEZE_WINDOWS = 100;
const MAX_REASON = 300;

const EXPECTED = 'a YAML list of windows, e.g. "- {reason: weekend, days: [fri, sat, sun], from: \'15:00\', to: \'09:00\', timezone: Europe/Berlin}"';
const TIME = /^(\d{1,2}):(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_NAMES: Record<string, Weekday> = Object.fromEntries(
  WEEKDAYS.flatMap((d, i) => [
    [d, d],
    [['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][i]!, d]
  ])
);

type Moment = { kind: 'time'; text: string; minutes: number } | { kind: 'date-time'; text: string };

export function readFreeze(p: Problems, parsed: ParsedYaml): FreezeWindow[] | undefined {
  const y = new YamlReader(p, 'freeze', parsed);
  const items = y.itemsUpTo(EXPECTED, MAX_FREEZE_WINDOWS, 'windows');
  if (!items) return undefined;
  const windows: FreezeWindow[] = [];
  items.forEach((item, i) => {
    if (!isMap(item)) {
      y.add(item, `window ${i + 1} ${describe(item)} is not a mapping; expected keys ${FREEZE_KEYS.join(', ')}`);
      return;
    }
    const window = readWindow(y, item, i + 1);
    if (window) windows.push(window);
  });
  return y.ok ? windows : undefined;
}

function readWindow(y: YamlReader, map: YAMLMap, number: number): FreezeWindow | undefined {
  const what = `window ${number}`;
  const okBefore = y.ok;
  y.ok = true;
  const pairs = y.pairs(map, FREEZE_KEYS, what);
  const required = (key: (typeof FREEZE_KEYS)[number], example: string): Pair | undefined => {
    const pair = pairs.get(key);
    if (!pair) y.add(map, `${what} has no '${key}'; expected e.g. "${key}: ${example}"`);
    return pair;
  };

  const reasonPair = required('reason', 'weekend');
  let reason: string | undefined;
  if (reasonPair) {
    reason = y.string(reasonPair, 'reason', 'why nothing ships then, e.g. weekend', true)?.trim();
    if (reason === '') y.add(reasonPair.value, `${what}: 'reason' is empty; expected why nothing ships then, e.g. weekend`);
    else if (reason !== undefined && (hasControlChar(reason) || reason.length > MAX_REASON)) {
      y.add(reasonPair.value, `${what}: 'reason' is not one line of at most ${MAX_REASON} characters`);
    }
  }
  const zonePair = required('timezone', 'Europe/Berlin');
  let timezone: string | undefined;
  if (zonePair) {
    const name = y.string(zonePair, 'timezone', 'an IANA time zone, e.g. Europe/Berlin or UTC')?.trim();
    if (name !== undefined) {
      timezone = canonicalZone(name);
      if (!timezone) {
        const offset = /^[+-]|^(UTC|GMT)[+-]/i.test(name) ? ': an offset has no daylight saving; name the place' : '';
        y.add(zonePair.value, `${what}: 'timezone' ${show(name)} is not an IANA time zone${offset}${didYouMean(name, knownZones())}; expected e.g. Europe/Berlin, America/New_York or UTC`);
      }
    }
  }
  const fromPair = required('from', "'15:00' or 2026-12-21T00:00");
  const toPair = required('to', "'09:00' or 2027-01-04T09:00");
  const from = fromPair ? readMoment(y, fromPair, 'from', what) : undefined;
  const to = toPair ? readMoment(y, toPair, 'to', what) : undefined;
  const daysPair = pairs.get('days');
  const days = daysPair ? readDays(y, daysPair, what) : undefined;

  const ok = y.ok;
  y.ok = okBefore && ok;
  if (!ok || reason === undefined || timezone === undefined || !from || !to) return undefined;
  if (from.kind !== to.kind) {
    y.add(map, `${what}: 'from' is a ${from.kind} and 'to' a ${to.kind}; expected two times of day ('15:00', recurring) or two date-times (2026-12-21T00:00, once)`);
    return undefined;
  }
  if (from.kind === 'date-time') {
    if (daysPair) {
      y.add(daysPair.key, `${what}: 'days' is for windows that come back (times of day); this one has dates, so it happens once. Expected no 'days', or times such as '15:00'`);
      return undefined;
    }
    const opens = instantOf(parseLocalDateTime(from.text), timezone, 'first');
    const closes = instantOf(parseLocalDateTime(to.text), timezone, 'last');
    if (closes <= opens) {
      y.add(toPair!.value, `${what}: 'to' ${to.text} is not after 'from' ${from.text} (${timezone}); expected the end after the start`);
      return undefined;
    }
    return { kind: 'one-off', reason, timezone, from: from.text, to: to.text };
  }
  if (from.minutes === 1440) {
    y.add(fromPair!.value, `${what}: 'from' is 24:00; expected a time from 00:00 to 23:59 (24:00 can only end a window)`);
    return undefined;
  }
  const toMinutes = (to as { minutes: number }).minutes;
  if ((days?.length ?? 1) === 1 && toMinutes === from.minutes) {
    y.add(toPair!.value, `${what}: 'from' and 'to' are both ${from.text}; expected different times (a whole day is from '00:00' to '24:00')`);
    return undefined;
  }
  return { kind: 'recurring', reason, timezone, ...(days ? { days } : {}), from: from.text, to: to.text };
}

function readMoment(y: YamlReader, pair: Pair, key: 'from' | 'to', what: string): Moment | undefined {
  const text = y.string(pair, key, `a time such as '15:00' (recurring) or a date-time such as 2026-12-21T00:00 (once)`)?.trim();
  if (text === undefined) return undefined;
  const time = TIME.exec(text);
  if (time) {
    const [h, m] = [Number(time[1]), Number(time[2])];
    if ((h < 24 && m < 60) || (h === 24 && m === 0)) {
      return { kind: 'time', text: `${String(h).padStart(2, '0')}:${time[2]}`, minutes: h * 60 + m };
    }
  }
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) {
    const [year, month, day, hour, minute, second] = dateTime.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
    const wall = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    const real = wall.getUTCFullYear() === year && wall.getUTCMonth() === month - 1 && wall.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
    if (real) return { kind: 'date-time', text: `${text.slice(0, 10)}T${text.slice(11)}` };
    y.add(pair.value, `${what}: '${key}' ${show(text)} is not a real date and time; expected e.g. 2026-12-21T00:00`);
    return undefined;
  }
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(text) && /^\d{4}-/.test(text);
  y.add(
    pair.value,
    zoned
      ? `${what}: '${key}' ${show(text)} carries an offset; expected the local time without one (the window's timezone gives the offset, daylight saving included)`
      : `${what}: '${key}' ${show(text)} is not a time of day or a date-time; expected e.g. '15:00' (quoted; recurring) or 2026-12-21T00:00 (once)`
  );
  return undefined;
}

function readDays(y: YamlReader, pair: Pair, what: string): Weekday[] | undefined {
  const node = y.resolve(pair.value);
  const nodes = isSeq(node) ? node.items.map((n) => y.resolve(n)) : [node];
  const days: Weekday[] = [];
  for (const n of nodes) {
    const name = isScalar(n) && typeof n.value === 'string' ? n.value.trim().toLowerCase() : undefined;
    const day = name === undefined ? undefined : DAY_NAMES[name];
    if (!day) {
      y.add(n ?? pair.key, `${what}: 'days' has ${describe(n)}, not a day; expected days such as mon, tue … sun${name ? didYouMean(name, WEEKDAYS) : ''}`);
      return undefined;
    }
    if (days.includes(day)) {
      y.add(n, `${what}: 'days' lists ${day} twice; expected each day once`);
      return undefined;
    }
    days.push(day);
  }
  if (!days.length) {
    y.add(node ?? pair.key, `${what}: 'days' is empty; expected days such as [fri, sat, sun], or no 'days' for every day`);
    return undefined;
  }
  for (let i = 1; i < days.length; i++) {
    if (WEEKDAYS.indexOf(days[i]!) !== (WEEKDAYS.indexOf(days[i - 1]!) + 1) % 7) {
      y.add(
        node,
        `${what}: 'days' ${days.join(', ')} are not consecutive days in order; a window runs from 'from' on its first day to 'to' on its last, ` +
          'so expected days in a row such as [fri, sat, sun] or [sun, mon] (write one window per run of days)'
      );
      return undefined;
    }
  }
  return days;
}

/** `freeze-override`: one line saying why this ship goes through a freeze window ('' = none). */
export function readFreezeOverride(p: Problems, value: string): string | undefined {
  const text = value.trim();
  if (hasControlChar(text) || text.length > MAX_REASON) {
    p.add('freeze-override', `is not one line of at most ${MAX_REASON} characters; expected why this ship goes through a freeze window, e.g. "hotfix for INC-123"`);
    return undefined;
  }
  return text;
}

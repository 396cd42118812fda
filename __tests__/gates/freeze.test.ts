/**
 * Freeze windows, pure: the wall clock of IANA zones through Intl (daylight saving in Berlin, the
 * date line in Kiritimati), and the gate deciding from (windows, now). Expected instants are
 * written in UTC from the zones' published rules: Europe/Berlin goes from UTC+1 to UTC+2 at
 * 01:00 UTC on the last Sunday of March (2026-03-29: 02:00-03:00 local does not exist) and back
 * at 01:00 UTC on the last Sunday of October (2026-10-25: 02:00-03:00 local happens twice);
 * Pacific/Kiritimati is UTC+14 (and skipped 1994-12-31 when it moved from UTC-10).
 */
import { describe, expect, it } from '@jest/globals';
import { checkFreeze, evaluateFreeze, noteFreezeOpened } from '../../src/gates/freeze.js';
import type { FreezeRecord, FreezeWindow, Weekday } from '../../src/gates/freeze-settings.js';
import { canonicalZone, formatInZone, instantOf, localOf } from '../../src/gates/zoned-time.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('zoned time, through Intl', () => {
  it.each<[string, string, { year: number; month: number; day: number; hour: number; minute: number }, 'first' | 'last', string]>([
    ['an ordinary winter time in Berlin (UTC+1)', 'Europe/Berlin', { year: 2026, month: 1, day: 15, hour: 12, minute: 0 }, 'first', '2026-01-15T11:00:00.000Z'],
    ['an ordinary summer time in Berlin (UTC+2)', 'Europe/Berlin', { year: 2026, month: 7, day: 15, hour: 12, minute: 0 }, 'first', '2026-07-15T10:00:00.000Z'],
    ['the skipped hour in Berlin resolves to the jump (03:00 CEST)', 'Europe/Berlin', { year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'first', '2026-03-29T01:00:00.000Z'],
    ['the skipped hour, asked for its last showing: the same jump', 'Europe/Berlin', { year: 2026, month: 3, day: 29, hour: 2, minute: 0 }, 'last', '2026-03-29T01:00:00.000Z'],
    ['just before the skipped hour', 'Europe/Berlin', { year: 2026, month: 3, day: 29, hour: 1, minute: 59 }, 'first', '2026-03-29T00:59:00.000Z'],
    ['the repeated hour in Berlin, first showing (CEST)', 'Europe/Berlin', { year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'first', '2026-10-25T00:30:00.000Z'],
    ['the repeated hour in Berlin, last showing (CET)', 'Europe/Berlin', { year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'last', '2026-10-25T01:30:00.000Z'],
    ['UTC+14: Kiritimati is a day ahead of UTC', 'Pacific/Kiritimati', { year: 2026, month: 6, day: 1, hour: 10, minute: 0 }, 'first', '2026-05-31T20:00:00.000Z'],
    ['Kiritimati skipped 1994-12-31 entirely: noon that day is the jump', 'Pacific/Kiritimati', { year: 1994, month: 12, day: 31, hour: 12, minute: 0 }, 'first', '1994-12-31T10:00:00.000Z'],
    ['New York in summer (UTC-4)', 'America/New_York', { year: 2026, month: 7, day: 4, hour: 9, minute: 0 }, 'first', '2026-07-04T13:00:00.000Z'],
    ['UTC', 'UTC', { year: 2026, month: 12, day: 31, hour: 23, minute: 59 }, 'first', '2026-12-31T23:59:00.000Z']
  ])('%s', (_, zone, local, which, expected) => {
    expect(iso(instantOf(local, zone, which))).toBe(expected);
  });

  it('reads the wall clock of an instant (and back again where the time exists once)', () => {
    expect(localOf(at('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toEqual({ year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 });
    expect(localOf(at('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toEqual({ year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 });
    expect(localOf(at('2026-05-31T20:00:05Z'), 'Pacific/Kiritimati')).toEqual({ year: 2026, month: 6, day: 1, hour: 10, minute: 0, second: 5 });
  });

  it.each<[string, string | undefined]>([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['europe/berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['Pacific/Kiritimati', 'Pacific/Kiritimati'],
    ['Europe/Berlim', undefined],
    ['+02:00', undefined],
    ['-05:00', undefined],
    ['', undefined]
  ])('zone %j → %j', (name, expected) => {
    expect(canonicalZone(name)).toBe(expected);
  });

  it('shows an instant in its zone and in UTC, with the UTC date when it differs', () => {
    expect(formatInZone(at('2026-03-30T07:00:00Z'), 'Europe/Berlin')).toBe('Mon 2026-03-30 09:00 Europe/Berlin (07:00 UTC)');
    expect(formatInZone(at('2026-06-01T16:00:00Z'), 'Pacific/Kiritimati')).toBe('Tue 2026-06-02 06:00 Pacific/Kiritimati (Mon 2026-06-01 16:00 UTC)');
    expect(formatInZone(at('2026-06-01T16:00:30Z'), 'UTC')).toBe('Mon 2026-06-01 16:00:30 UTC');
  });
});

const recurring = (timezone: string, from: string, to: string, days?: Weekday[], reason = 'freeze'): FreezeWindow => ({ kind: 'recurring', reason, timezone, from, to, ...(days ? { days } : {}) });
const once = (timezone: string, from: string, to: string, reason = 'once'): FreezeWindow => ({ kind: 'one-off', reason, timezone, from, to });

const WEEKEND = recurring('Europe/Berlin', '15:00', '09:00', ['fri', 'sat', 'sun'], 'weekend');

interface Case {
  windows: FreezeWindow[];
  now: string;
  /** When the freeze ends (inside), or undefined (outside). */
  endsAt?: string;
  /** The next window to open after now. */
  next?: string;
}

describe('evaluateFreeze: is a ship starting now inside a window, until when, and what opens next', () => {
  it.each<[string, Case]>([
    // A weekend window: from 15:00 on the first day (Friday) to 09:00 on the last (Sunday), Berlin in winter (UTC+1).
    ['weekend: a second before it opens, outside; the next opening is Friday 15:00 CET', { windows: [WEEKEND], now: '2026-03-06T13:59:59Z', next: '2026-03-06T14:00:00.000Z' }],
    ['weekend: at the opening moment, inside (the opening is inclusive)', { windows: [WEEKEND], now: '2026-03-06T14:00:00Z', endsAt: '2026-03-08T08:00:00.000Z', next: '2026-03-13T14:00:00.000Z' }],
    ['weekend: Saturday noon, inside', { windows: [WEEKEND], now: '2026-03-07T11:00:00Z', endsAt: '2026-03-08T08:00:00.000Z' }],
    ['weekend: a second before it closes, inside', { windows: [WEEKEND], now: '2026-03-08T07:59:59Z', endsAt: '2026-03-08T08:00:00.000Z' }],
    ['weekend: at the closing moment, outside (the closing is exclusive)', { windows: [WEEKEND], now: '2026-03-08T08:00:00Z', next: '2026-03-13T14:00:00.000Z' }],
    ['weekend: Sunday afternoon and Thursday, outside', { windows: [WEEKEND], now: '2026-03-12T10:00:00Z', next: '2026-03-13T14:00:00.000Z' }],
    // Over the March change: opens Friday 15:00 CET (UTC+1), closes Sunday 09:00 CEST (UTC+2).
    ['weekend over the spring change: closes at 09:00 CEST, 07:00 UTC', { windows: [WEEKEND], now: '2026-03-28T12:00:00Z', endsAt: '2026-03-29T07:00:00.000Z' }],
    ['weekend over the autumn change: closes at 09:00 CET, 08:00 UTC', { windows: [WEEKEND], now: '2026-10-24T12:00:00Z', endsAt: '2026-10-25T08:00:00.000Z' }],
    // A window starting in the skipped hour (02:30 on 2026-03-29 never shows): it opens at the jump, 03:00 CEST.
    ['skipped hour: just before the jump, outside; it opens at the jump', { windows: [recurring('Europe/Berlin', '02:30', '04:00', ['sun'])], now: '2026-03-29T00:59:59Z', next: '2026-03-29T01:00:00.000Z' }],
    ['skipped hour: at the jump, inside until 04:00 CEST', { windows: [recurring('Europe/Berlin', '02:30', '04:00', ['sun'])], now: '2026-03-29T01:00:00Z', endsAt: '2026-03-29T02:00:00.000Z' }],
    ['skipped hour: the Sunday before, 02:30 CET exists and opens it', { windows: [recurring('Europe/Berlin', '02:30', '04:00', ['sun'])], now: '2026-03-22T01:30:00Z', endsAt: '2026-03-22T03:00:00.000Z' }],
    ['a window wholly in the skipped hour has no length that day', { windows: [recurring('Europe/Berlin', '02:00', '02:45', ['sun'])], now: '2026-03-29T01:00:00Z', next: '2026-04-05T00:00:00.000Z' }],
    ['before that day, the next window is the one a week later', { windows: [recurring('Europe/Berlin', '02:00', '02:45', ['sun'])], now: '2026-03-29T00:30:00Z', next: '2026-04-05T00:00:00.000Z' }],
    // A window starting in the repeated hour opens at the first 02:30 (CEST) and covers the second pass.
    ['repeated hour: a minute before the first 02:30, outside', { windows: [recurring('Europe/Berlin', '02:30', '03:30', ['sun'])], now: '2026-10-25T00:29:00Z', next: '2026-10-25T00:30:00.000Z' }],
    ['repeated hour: at the first 02:30 (CEST), inside', { windows: [recurring('Europe/Berlin', '02:30', '03:30', ['sun'])], now: '2026-10-25T00:30:00Z', endsAt: '2026-10-25T02:30:00.000Z' }],
    ['repeated hour: 02:15 on the second pass (CET), inside', { windows: [recurring('Europe/Berlin', '02:30', '03:30', ['sun'])], now: '2026-10-25T01:15:00Z', endsAt: '2026-10-25T02:30:00.000Z' }],
    ['repeated hour: a window closing at 02:30 closes at its last showing (CET)', { windows: [recurring('Europe/Berlin', '01:00', '02:30', ['sun'])], now: '2026-10-25T01:15:00Z', endsAt: '2026-10-25T01:30:00.000Z' }],
    ['repeated hour: at that last 02:30, outside', { windows: [recurring('Europe/Berlin', '01:00', '02:30', ['sun'])], now: '2026-10-25T01:30:00Z', next: '2026-11-01T00:00:00.000Z' }],
    // UTC+14: Kiritimati's Monday starts at 10:00 UTC on Sunday.
    ['UTC+14: Monday 09:00-17:00 in Kiritimati is inside at 20:00 UTC on Sunday', { windows: [recurring('Pacific/Kiritimati', '09:00', '17:00', ['mon'])], now: '2026-05-31T20:00:00Z', endsAt: '2026-06-01T03:00:00.000Z' }],
    ['UTC+14: and outside at 19:59 UTC on Sunday', { windows: [recurring('Pacific/Kiritimati', '09:00', '17:00', ['mon'])], now: '2026-05-31T18:59:59Z', next: '2026-05-31T19:00:00.000Z' }],
    ['UTC+14: a nightly window crossing midnight there', { windows: [recurring('Pacific/Kiritimati', '22:00', '06:00')], now: '2026-06-01T08:30:00Z', endsAt: '2026-06-01T16:00:00.000Z' }],
    // Crossing midnight, every day (no days).
    ['every night 22:00-06:00 UTC: at 23:00, until 06:00 the next day', { windows: [recurring('UTC', '22:00', '06:00')], now: '2026-06-01T23:00:00Z', endsAt: '2026-06-02T06:00:00.000Z' }],
    ['every night: at 05:59, in the occurrence that began the evening before', { windows: [recurring('UTC', '22:00', '06:00')], now: '2026-06-02T05:59:00Z', endsAt: '2026-06-02T06:00:00.000Z' }],
    ['every night: at 06:00, outside; next at 22:00', { windows: [recurring('UTC', '22:00', '06:00')], now: '2026-06-02T06:00:00Z', next: '2026-06-02T22:00:00.000Z' }],
    ['a single day crossing midnight: Friday 22:00 to Saturday 02:00', { windows: [recurring('UTC', '22:00', '02:00', ['fri'])], now: '2026-06-06T01:00:00Z', endsAt: '2026-06-06T02:00:00.000Z' }],
    ['a whole day: 00:00 to 24:00', { windows: [recurring('UTC', '00:00', '24:00', ['wed'])], now: '2026-06-03T23:59:59Z', endsAt: '2026-06-04T00:00:00.000Z' }],
    // Crossing Sunday into Monday (the week's end).
    ['Sunday 20:00 to Monday 08:00 in New York, at Monday 03:00 EDT', { windows: [recurring('America/New_York', '20:00', '08:00', ['sun', 'mon'])], now: '2026-06-08T07:00:00Z', endsAt: '2026-06-08T12:00:00.000Z' }],
    ['a single Sunday crossing midnight into Monday, London', { windows: [recurring('Europe/London', '22:00', '06:00', ['sun'])], now: '2026-06-08T00:00:00Z', endsAt: '2026-06-08T05:00:00.000Z' }],
    ['Saturday to Monday across the week end, at Sunday noon', { windows: [recurring('UTC', '18:00', '07:00', ['sat', 'sun', 'mon'])], now: '2026-06-07T12:00:00Z', endsAt: '2026-06-08T07:00:00.000Z' }],
    ['Saturday to Monday, Monday at 07:00 is outside', { windows: [recurring('UTC', '18:00', '07:00', ['sat', 'sun', 'mon'])], now: '2026-06-08T07:00:00Z', next: '2026-06-13T18:00:00.000Z' }],
    // One-off windows, in their own zone (New York is UTC-5 in winter).
    ['one-off: a second before it opens', { windows: [once('America/New_York', '2026-12-21T00:00', '2027-01-04T09:00')], now: '2026-12-21T04:59:59Z', next: '2026-12-21T05:00:00.000Z' }],
    ['one-off: at the opening moment, inside until 09:00 EST', { windows: [once('America/New_York', '2026-12-21T00:00', '2027-01-04T09:00')], now: '2026-12-21T05:00:00Z', endsAt: '2027-01-04T14:00:00.000Z' }],
    ['one-off: at its closing moment, outside, and nothing opens again', { windows: [once('America/New_York', '2026-12-21T00:00', '2027-01-04T09:00')], now: '2027-01-04T14:00:00Z' }],
    ['one-off with seconds', { windows: [once('UTC', '2026-06-01T10:00:30', '2026-06-01T10:00:45')], now: '2026-06-01T10:00:30Z', endsAt: '2026-06-01T10:00:45.000Z' }],
    // Windows that run into each other: the freeze lasts until the last of them closes.
    ['a one-off window running into a nightly one: the freeze ends when the nightly one does', { windows: [once('UTC', '2026-06-01T20:00', '2026-06-01T23:00'), recurring('UTC', '22:30', '06:00')], now: '2026-06-01T21:00:00Z', endsAt: '2026-06-02T06:00:00.000Z' }]
  ])('%s', (_, c) => {
    const decision = evaluateFreeze(c.windows, at(c.now));
    expect({ inside: decision.inside.length > 0, endsAt: iso(decision.endsAt) }).toEqual({ inside: c.endsAt !== undefined, endsAt: c.endsAt });
    if (c.next) expect(iso(decision.next?.opensAt)).toBe(c.next);
    if (c.endsAt === undefined && !c.next) expect(decision.next).toBeUndefined();
  });

  it('a window that never closes (every day, all day) is followed 20 times and said to last at least that long', () => {
    const decision = evaluateFreeze([recurring('UTC', '00:00', '24:00')], at('2026-06-01T12:00:00Z'));
    expect(decision.endless).toBe(true);
    expect(iso(decision.endsAt)).toBe('2026-06-22T00:00:00.000Z');
  });
});

describe('checkFreeze: the gate', () => {
  const inside = at('2026-03-07T11:00:00Z');
  const outside = at('2026-03-12T10:00:00Z');

  it('no windows: no verdict and nothing recorded', () => {
    expect(checkFreeze([], inside)).toEqual({ verdicts: [] });
  });

  it('inside a window: blocked, naming the window and when it ends in its zone and in UTC', () => {
    const { verdicts, record, warning } = checkFreeze([WEEKEND], inside);
    expect(warning).toBeUndefined();
    expect(verdicts).toEqual([
      {
        name: 'freeze',
        expected: 'no freeze window in effect',
        found: "inside 'weekend'",
        where: 'freeze window 1: fri–sun 15:00–09:00 Europe/Berlin',
        passed: false,
        reason: "the ship would start inside the freeze window 'weekend' (until Sun 2026-03-08 09:00 Europe/Berlin (08:00 UTC)). Ship after it ends, or set freeze-override to a reason to ship anyway"
      }
    ]);
    expect(record).toMatchObject({ checkedAt: '2026-03-07T11:00:00.000Z', windows: 1, endsAt: '2026-03-08T08:00:00.000Z', inside: [{ reason: 'weekend', window: 1, opensAt: '2026-03-06T14:00:00.000Z', closesAt: '2026-03-08T08:00:00.000Z' }] });
    expect(record?.override).toBeUndefined();
  });

  it('windows that follow on: the verdict says when the freeze as a whole ends', () => {
    const { verdicts } = checkFreeze([once('UTC', '2026-06-01T20:00', '2026-06-01T23:00', 'release party'), recurring('UTC', '22:30', '06:00', undefined, 'nights')], at('2026-06-01T21:00:00Z'));
    expect(verdicts[0]!.reason).toContain("'release party' (until Mon 2026-06-01 23:00 UTC); windows that follow on keep the freeze until Tue 2026-06-02 06:00 UTC");
  });

  it('inside, with freeze-override: passes, and records who and why (warning for the log and the report)', () => {
    const { verdicts, record, warning } = checkFreeze([WEEKEND], inside, { reason: 'hotfix INC-42', by: 'octocat' });
    expect(verdicts[0]).toMatchObject({ name: 'freeze', passed: true, found: "inside 'weekend', overridden" });
    expect(verdicts[0]!.reason).toContain('shipped on freeze-override by octocat: hotfix INC-42');
    expect(record?.override).toEqual({ reason: 'hotfix INC-42', by: 'octocat' });
    expect(warning).toBe(`Shipping inside the freeze window 'weekend' (until Sun 2026-03-08 09:00 Europe/Berlin (08:00 UTC)) on freeze-override by octocat: "hotfix INC-42"`);
  });

  it('outside every window: passes, naming the next window to open; an override is not needed and not recorded', () => {
    const { verdicts, record, warning } = checkFreeze([WEEKEND], outside, { reason: 'just in case', by: 'octocat' });
    expect(verdicts).toEqual([
      {
        name: 'freeze',
        expected: 'no freeze window in effect',
        found: 'none in effect',
        where: 'freeze: 1 window',
        passed: true,
        reason: "no freeze window is in effect; the next, 'weekend', opens Fri 2026-03-13 15:00 Europe/Berlin (14:00 UTC) (freeze-override is not needed and not recorded)"
      }
    ]);
    expect(record).toMatchObject({ inside: [], next: { reason: 'weekend', opensAt: '2026-03-13T14:00:00.000Z' } });
    expect(record?.override).toBeUndefined();
    expect(warning).toBeUndefined();
  });
});

describe('noteFreezeOpened: a ship that started before a window opened goes on, and says so', () => {
  const freeze = (): FreezeRecord => checkFreeze([once('UTC', '2026-06-01T10:05', '2026-06-01T12:00', 'maintenance')], at('2026-06-01T10:00:00Z')).record!;
  const stages = (endIso: string) => [
    { startedAt: '2026-06-01T10:00:00.000Z', durationMs: 1000 },
    { startedAt: '2026-06-01T10:01:00.000Z', durationMs: at(endIso) - at('2026-06-01T10:01:00Z') }
  ];

  it('the next window opened before the last stage ended: a warning and openedDuringShip', () => {
    const ship = { freeze: freeze(), status: 'shipped', stages: stages('2026-06-01T10:07:00Z'), warnings: [] as string[] };
    noteFreezeOpened(ship);
    expect(ship.freeze.openedDuringShip).toBe(true);
    expect(ship.warnings).toEqual([
      "The freeze window 'maintenance' opened during this ship, Mon 2026-06-01 10:05 UTC; the ship had started before it, so it went on to the end rather than leave production half-shipped."
    ]);
  });

  it.each<[string, string, string]>([
    ['it ended before the window opened', 'shipped', '2026-06-01T10:04:59Z'],
    ['it was blocked (it never started)', 'blocked', '2026-06-01T10:07:00Z']
  ])('nothing to say when %s', (_, status, end) => {
    const ship = { freeze: freeze(), status, stages: stages(end), warnings: [] as string[] };
    noteFreezeOpened(ship);
    expect(ship.warnings).toEqual([]);
    expect(ship.freeze.openedDuringShip).toBeUndefined();
  });
});

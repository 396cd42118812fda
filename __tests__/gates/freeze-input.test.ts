/**
 * The `freeze` and `freeze-override` inputs: what is read, and every bad window refused with the
 * input's name, its line and column, and what was expected.
 */
import { describe, expect, it } from '@jest/globals';
import { InputError, readSettings } from '../../src/config/inputs.js';
import { Problems } from '../../src/config/problems.js';
import { parseYaml } from '../../src/config/yaml-list.js';
import { readFreeze } from '../../src/gates/freeze-input.js';

function read(yaml: string): { windows?: ReturnType<typeof readFreeze>; problems: string[] } {
  const p = new Problems(['freeze']);
  const windows = readFreeze(p, parseYaml(yaml));
  try {
    p.throwIfAny();
  } catch (error) {
    return { problems: (error as InputError).problems };
  }
  return { windows, problems: [] };
}

describe('freeze: windows that read', () => {
  it("reads the contract's example: a recurring weekend in Berlin and a one-off year-end freeze in New York", () => {
    const { windows, problems } = read(`
- reason: weekend
  days: [fri, sat, sun]          # recurring: from \`from\` on the first day to \`to\` on the last
  from: "15:00"
  to: "09:00"
  timezone: Europe/Berlin
- reason: year-end change freeze
  from: 2026-12-21T00:00         # one-off
  to: 2027-01-04T09:00
  timezone: America/New_York
`);
    expect(problems).toEqual([]);
    expect(windows).toEqual([
      { kind: 'recurring', reason: 'weekend', timezone: 'Europe/Berlin', days: ['fri', 'sat', 'sun'], from: '15:00', to: '09:00' },
      { kind: 'one-off', reason: 'year-end change freeze', timezone: 'America/New_York', from: '2026-12-21T00:00', to: '2027-01-04T09:00' }
    ]);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['a time with one hour digit, unquoted', '- {reason: r, from: 9:00, to: 17:30, timezone: UTC}', { from: '09:00', to: '17:30' }],
    ['no days: every day', '- {reason: r, from: "22:00", to: "06:00", timezone: UTC}', { kind: 'recurring', from: '22:00', to: '06:00' }],
    ['one day as a word, full names and any case', '- {reason: r, days: Friday, from: "22:00", to: "02:00", timezone: UTC}', { days: ['fri'] }],
    ['days across the week end', '- {reason: r, days: [SAT, sunday, Mon], from: "18:00", to: "07:00", timezone: UTC}', { days: ['sat', 'sun', 'mon'] }],
    ['24:00 ends a day', '- {reason: r, days: [wed], from: "00:00", to: "24:00", timezone: UTC}', { from: '00:00', to: '24:00' }],
    ['a zone in any case is made canonical', '- {reason: r, from: "01:00", to: "02:00", timezone: pacific/kiritimati}', { timezone: 'Pacific/Kiritimati' }],
    ['a one-off with seconds and a space', '- {reason: r, from: "2026-06-01 10:00:30", to: 2026-06-01T10:01, timezone: UTC}', { kind: 'one-off', from: '2026-06-01T10:00:30', to: '2026-06-01T10:01' }],
    ['a reason that is a number', '- {reason: 42, from: "01:00", to: "02:00", timezone: UTC}', { reason: '42' }]
  ])('%s', (_, yaml, expected) => {
    const { windows, problems } = read(yaml);
    expect(problems).toEqual([]);
    expect(windows).toEqual([expect.objectContaining(expected)]);
  });

  it('an empty list, or only comments, is no window', () => {
    expect(read('# none this week\n')).toEqual({ windows: [], problems: [] });
  });
});

describe('freeze: a bad window is a bad input, with its line and column', () => {
  it.each<[string, string, string]>([
    ['not a list', 'reason: weekend', `Input 'freeze' (line 1, column 1): the value is not a YAML list; expected a YAML list of windows`],
    ['not YAML', '- reason: [weekend', `Input 'freeze' (line 1, column 19): not valid YAML`],
    ['an item that is not a mapping', '- weekend', `Input 'freeze' (line 1, column 3): window 1 "weekend" is not a mapping; expected keys reason, days, from, to, timezone`],
    ['no reason', '- {from: "01:00", to: "02:00", timezone: UTC}', `Input 'freeze' (line 1, column 3): window 1 has no 'reason'; expected e.g. "reason: weekend"`],
    ['no timezone', '- {reason: r, from: "01:00", to: "02:00"}', `Input 'freeze' (line 1, column 3): window 1 has no 'timezone'; expected e.g. "timezone: Europe/Berlin"`],
    ['an empty reason', "- {reason: '', from: '01:00', to: '02:00', timezone: UTC}", `Input 'freeze' (line 1, column 12): window 1: 'reason' is empty`],
    ['a zone with a typo, with a hint', '- reason: r\n  from: "01:00"\n  to: "02:00"\n  timezone: Europe/Berlim', `Input 'freeze' (line 4, column 13): window 1: 'timezone' "Europe/Berlim" is not an IANA time zone (did you mean 'Europe/Berlin'?)`],
    ['an offset instead of a zone', "- {reason: r, from: '01:00', to: '02:00', timezone: '+02:00'}", `Input 'freeze' (line 1, column 53): window 1: 'timezone' "+02:00" is not an IANA time zone: an offset has no daylight saving; name the place`],
    ['a time past the day', "- {reason: r, from: '25:00', to: '02:00', timezone: UTC}", `Input 'freeze' (line 1, column 21): window 1: 'from' "25:00" is not a time of day or a date-time`],
    ['24:00 cannot open a window', "- {reason: r, from: '24:00', to: '02:00', timezone: UTC}", `Input 'freeze' (line 1, column 21): window 1: 'from' is 24:00; expected a time from 00:00 to 23:59`],
    ['a date-time with an offset', '- {reason: r, from: 2026-12-21T00:00Z, to: 2027-01-04T09:00, timezone: UTC}', `Input 'freeze' (line 1, column 21): window 1: 'from' "2026-12-21T00:00Z" carries an offset; expected the local time without one`],
    ['a date that does not exist', '- {reason: r, from: 2026-02-30T00:00, to: 2027-01-04T09:00, timezone: UTC}', `Input 'freeze' (line 1, column 21): window 1: 'from' "2026-02-30T00:00" is not a real date and time`],
    ['a time and a date-time mixed', "- {reason: r, from: '15:00', to: 2027-01-04T09:00, timezone: UTC}", `Input 'freeze' (line 1, column 3): window 1: 'from' is a time and 'to' a date-time`],
    ['days on a one-off window', '- {reason: r, days: [fri], from: 2026-12-21T00:00, to: 2027-01-04T09:00, timezone: UTC}', `Input 'freeze' (line 1, column 15): window 1: 'days' is for windows that come back`],
    ['a one-off that ends before it starts', '- {reason: r, from: 2027-01-04T09:00, to: 2026-12-21T00:00, timezone: UTC}', `Input 'freeze' (line 1, column 43): window 1: 'to' 2026-12-21T00:00 is not after 'from' 2027-01-04T09:00 (UTC)`],
    ['days that are not consecutive', "- {reason: r, days: [mon, wed], from: '18:00', to: '20:00', timezone: UTC}", `Input 'freeze' (line 1, column 21): window 1: 'days' mon, wed are not consecutive days in order`],
    ['a day twice', "- {reason: r, days: [fri, Friday], from: '18:00', to: '20:00', timezone: UTC}", `Input 'freeze' (line 1, column 27): window 1: 'days' lists fri twice`],
    ['a day that is not one, with a hint', "- {reason: r, days: [frii], from: '18:00', to: '20:00', timezone: UTC}", `Input 'freeze' (line 1, column 22): window 1: 'days' has "frii", not a day; expected days such as mon, tue … sun (did you mean 'fri'?)`],
    ['no days in the list', "- {reason: r, days: [], from: '18:00', to: '20:00', timezone: UTC}", `Input 'freeze' (line 1, column 21): window 1: 'days' is empty`],
    ['a daily window of no length', "- {reason: r, from: '18:00', to: '18:00', timezone: UTC}", `Input 'freeze' (line 1, column 34): window 1: 'from' and 'to' are both 18:00; expected different times (a whole day is from '00:00' to '24:00')`]
  ])('%s', (_, yaml, expected) => {
    const { windows, problems } = read(yaml);
    expect(windows).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('an unknown key, with a hint (and the key it missed, as missing)', () => {
    expect(read('- {reason: r, from: "01:00", to: "02:00", timzone: UTC}').problems).toEqual([
      `Input 'freeze' (line 1, column 43): unknown key 'timzone' in window 1 (did you mean 'timezone'?); known keys: reason, days, from, to, timezone`,
      `Input 'freeze' (line 1, column 3): window 1 has no 'timezone'; expected e.g. "timezone: Europe/Berlin"`
    ]);
  });

  it('every bad window at once, each with its own line', () => {
    const { problems } = read("- {reason: a, from: '01:00', to: '02:00', timezone: Mars/Olympus}\n- {reason: b, from: '01:00', to: '02:00', timezone: UTC}\n- {reason: c, from: 'noon', to: '02:00', timezone: UTC}\n");
    expect(problems.map((p) => /\(line (\d+)/.exec(p)?.[1])).toEqual(['1', '3']);
  });

  it('more than 100 windows are refused', () => {
    const yaml = Array.from({ length: 101 }, (_, i) => `- {reason: r${i}, from: '01:00', to: '02:00', timezone: UTC}`).join('\n');
    expect(read(yaml).problems).toEqual([`Input 'freeze': 101 windows; expected at most 100`]);
  });
});

describe('through readSettings', () => {
  const base = { 'github-token': 'ghs_x123456789', 'dry-run': 'false' };
  const settings = (inputs: Record<string, string>) => readSettings((name) => ({ ...base, ...inputs })[name] ?? '');

  it('freeze and freeze-override reach the settings; without them nothing is set', () => {
    const s = settings({ freeze: "- {reason: nights, from: '22:00', to: '06:00', timezone: UTC}", 'freeze-override': '  hotfix INC-42  ' });
    expect(s.freeze).toEqual([{ kind: 'recurring', reason: 'nights', timezone: 'UTC', from: '22:00', to: '06:00' }]);
    expect(s.freezeOverride).toBe('hotfix INC-42');
    expect(settings({})).not.toHaveProperty('freeze');
    expect(settings({})).not.toHaveProperty('freezeOverride');
  });

  it('freeze-override without windows is a note, not an error', () => {
    expect(settings({ 'freeze-override': 'hotfix' }).notes).toContain('freeze-override is given, but no freeze window is set: it has no effect.');
  });

  it('freeze-override on several lines is refused, naming the input', () => {
    expect(() => settings({ 'freeze-override': 'one\ntwo' })).toThrow(/Input 'freeze-override': is not one line/);
  });
});

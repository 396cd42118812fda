import { describe, expect, it } from '@jest/globals';
import { DurationError, formatDuration, parseDuration } from '../../src/config/durations.js';

describe('parseDuration', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['90', 90_000],
    ['1.5', 1_500],
    ['  90  ', 90_000],
    ['90s', 90_000],
    ['0s', 0],
    ['500ms', 500],
    ['0ms', 0],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['1h 30m', 5_400_000],
    ['1m30s', 90_000],
    ['1m 30s', 90_000],
    ['2s500ms', 2_500],
    ['1h2m3s4ms', 3_723_004],
    ['1.5s', 1_500],
    ['0.5h', 1_800_000],
    ['1.1s', 1_100],
    ['1.0006s', 1_001],
    ['10 s', 10_000],
    ['450 ms', 450],
    ['120h', 432_000_000]
  ])('%j is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each<[string, string]>([
    ['', 'it is empty'],
    ['   ', 'it is empty'],
    ['-5s', 'it is negative'],
    ['-1', 'it is negative'],
    ['5 minutes', 'is not a duration; expected'],
    ['5min', 'is not a duration'],
    ['1d', 'is not a duration'],
    ['5M', 'is not a duration'],
    ['1H', 'is not a duration'],
    ['abc', 'is not a duration'],
    ['s', 'is not a duration'],
    ['.5s', 'is not a duration'],
    ['5.s', 'is not a duration'],
    ['+5s', 'is not a duration'],
    ['1e3', 'is not a duration'],
    ['0x10', 'is not a duration'],
    ['30m1h', 'units go from largest to smallest'],
    ['1s1m', 'units go from largest to smallest'],
    ['500ms1s', 'units go from largest to smallest'],
    ['1m1m', "unit 'm' appears twice"],
    ['1h 30', 'a number after a unit needs its own unit'],
    ['5s,', 'is not a duration'],
    ['1_000', 'is not a duration'],
    ['9'.repeat(400), 'it is too large']
  ])('%j is refused (%s)', (text, reason) => {
    expect(() => parseDuration(text)).toThrow(DurationError);
    expect(() => parseDuration(text)).toThrow(reason);
  });

  it('names the text and the expected forms', () => {
    expect(() => parseDuration('5 minutes')).toThrow('"5 minutes" is not a duration; expected e.g. 90, 90s, 5m, 1h');
  });

  it('keeps the text on the error', () => {
    try {
      parseDuration('1x');
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(DurationError);
      expect((error as DurationError).text).toBe('1x');
    }
  });
});

describe('formatDuration', () => {
  it.each<[number, string]>([
    [0, '0 ms'],
    [1, '1 ms'],
    [450, '450 ms'],
    [999, '999 ms'],
    [999.4, '999 ms'],
    [999.6, '1s'],
    [1_000, '1s'],
    [1_500, '1.5s'],
    [1_234, '1.2s'],
    [12_345, '12.3s'],
    [59_900, '59.9s'],
    [59_960, '1m'],
    [60_000, '1m'],
    [90_000, '1m 30s'],
    [90_400, '1m 30s'],
    [300_000, '5m'],
    [3_600_000, '1h'],
    [5_400_000, '1h 30m'],
    [3_605_000, '1h 5s'],
    [3_723_000, '1h 2m 3s'],
    [432_000_000, '120h'],
    [-1_500, '-1.5s'],
    [-450, '-450 ms']
  ])('%d ms is %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('%d is shown as is', (ms) => {
    expect(formatDuration(ms)).toBe(String(ms));
  });

  it.each([0, 450, 1_000, 1_500, 90_000, 300_000, 5_400_000, 3_723_000])(
    'what it writes for %d ms parses back to the same value',
    (ms) => {
      expect(parseDuration(formatDuration(ms))).toBe(ms);
    }
  );
});

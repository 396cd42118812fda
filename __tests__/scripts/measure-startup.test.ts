/** The start-up measurement's arithmetic: paired ratios, medians, the rotating order. */
import { describe, expect, it } from '@jest/globals';
import { baselineLabel, markdownTable, median, rotation, summarise, type Sample } from '../../scripts/measure-startup.js';

const round = (bare: number, happy: number, bad?: number): Sample[] => [
  { label: 'bare', ms: bare },
  { label: 'happy', ms: happy },
  ...(bad === undefined ? [] : [{ label: 'bad-input', ms: bad }])
];

describe('summarise', () => {
  it('gives each case its median, min, max and the median of its per-round ratios to bare node', () => {
    const s = summarise([round(100, 300, 150), round(50, 160, 90), round(80, 200, 160)]);
    expect(s.map((c) => c.label)).toEqual(['bare', 'happy', 'bad-input']);
    expect(s[0]).toEqual({ label: 'bare', median: 80, min: 50, max: 100, ratio: 1 });
    // happy: 3, 3.2, 2.5 -> 3; bad-input: 1.5, 1.8, 2 -> 1.8
    expect(s[1]).toMatchObject({ median: 200, min: 160, max: 300, ratio: 3 });
    expect(s[2]!.ratio).toBeCloseTo(1.8);
  });

  it('pairs within a round: a slow round moves the times, not the ratio', () => {
    const steady = summarise([round(100, 200), round(100, 200), round(100, 200)]);
    const spiked = summarise([round(100, 200), round(400, 800), round(100, 200)]);
    expect(spiked[1]!.ratio).toBe(steady[1]!.ratio);
    expect(spiked[1]!.max).toBe(800);
  });

  it('leaves out rounds missing a case', () => {
    const s = summarise([round(100, 300, 200), round(100, 100)]);
    expect(s.find((c) => c.label === 'bad-input')).toMatchObject({ median: 200, ratio: 2 });
    expect(s.find((c) => c.label === 'happy')).toMatchObject({ ratio: 2 });
  });
});

describe('against a baseline build (--baseline)', () => {
  const rounds: Sample[][] = [
    [{ label: 'bare', ms: 100 }, { label: 'happy (cold compile cache)', ms: 300 }, { label: 'happy baseline (cold compile cache)', ms: 400 }],
    // A slow minute: every case slower, the change the same.
    [{ label: 'bare', ms: 200 }, { label: 'happy (cold compile cache)', ms: 600 }, { label: 'happy baseline (cold compile cache)', ms: 800 }],
    [{ label: 'bare', ms: 100 }, { label: 'happy (cold compile cache)', ms: 200 }, { label: 'happy baseline (cold compile cache)', ms: 400 }]
  ];

  it('names the twin by the case', () => {
    expect(baselineLabel('happy (cold compile cache)')).toBe('happy baseline (cold compile cache)');
    expect(baselineLabel('bad-input')).toBe('bad-input baseline');
  });

  it('gives each case with a twin the median of its per-round ratios to it', () => {
    const s = summarise(rounds);
    // 0.75, 0.75, 0.5 -> 0.75
    expect(s.find((c) => c.label === 'happy (cold compile cache)')?.vsBaseline).toBe(0.75);
    expect(s.find((c) => c.label === 'bare')?.vsBaseline).toBeUndefined();
    expect(s.find((c) => c.label === 'happy baseline (cold compile cache)')?.vsBaseline).toBeUndefined();
  });

  it('prints the column only when a baseline was measured', () => {
    const table = markdownTable(summarise(rounds), 'title').split('\n');
    expect(table[2]).toBe('| case | median (min–max) | × bare node (median of paired ratios) | × baseline (median of paired ratios) |');
    expect(table[5]).toBe('| happy (cold compile cache) | 300 ms (200–600) | 3.00× | 0.75× |');
    expect(table[6]).toBe('| happy baseline (cold compile cache) | 400 ms (400–800) | 4.00× |  |');
  });
});

describe('rotation', () => {
  it.each([
    [0, ['a', 'b', 'c']],
    [1, ['b', 'c', 'a']],
    [2, ['c', 'a', 'b']],
    [3, ['a', 'b', 'c']]
  ])('round %d starts further along', (i, expected) => {
    expect(rotation(['a', 'b', 'c'], i)).toEqual(expected);
  });

  it('an empty list stays empty', () => {
    expect(rotation([], 5)).toEqual([]);
  });
});

describe('median', () => {
  it.each([
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5]
  ])('%j -> %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

it('markdownTable prints one row per case', () => {
  const table = markdownTable(summarise([round(100, 250)]), 'title');
  expect(table.split('\n')).toEqual([
    'title',
    '',
    '| case | median (min–max) | × bare node (median of paired ratios) |',
    '|---|---|---|',
    '| bare | 100 ms (100–100) | 1.00× |',
    '| happy | 250 ms (250–250) | 2.50× |'
  ]);
});

/**
 * The three levels of verdicts (probe → series → window) and the comparison of new and old, as
 * tables of cases. Series are written out by hand: `s('green', 20, 4)` is 20 probes, 4 failed.
 */
import { describe, expect, test } from '@jest/globals';
import { analyzeWindow, type WindowLimits } from '../../../src/verify/analysis/analyze.js';
import { compareErrors, compareLatency, compareSeries, type ComparisonLimits } from '../../../src/verify/analysis/compare.js';
import { concludeWindow } from '../../../src/verify/analysis/conclude.js';
import type { Series, SeriesRole } from '../../../src/verify/analysis/series.js';
import { combineVerdicts, probeVerdict, seriesVerdict, type Judged } from '../../../src/verify/analysis/verdict.js';
import { sample } from '../scripted.js';

/** A series of `probes` probes, `errors` of them failed, latencies cycling through `ms`. */
function s(name: string, probes: number, errors: number, ms: number[] = [100], role: SeriesRole = 'new'): Series {
  return { name, role, probes, errors, latencies: Array.from({ length: probes }, (_, i) => ms[i % ms.length]!) };
}
const L: ComparisonLimits = { alpha: 0.05, minSamples: 20, latencyMinRatio: 1.2, latencyMinMs: 25 };
const W: WindowLimits = { minSamples: 20, errorRateThreshold: 0.5, latencyThresholdMs: 500 };
/** Latencies around a median: 21 values from median−10 to median+10 ms. */
const around = (median: number) => Array.from({ length: 21 }, (_, i) => median - 10 + i);

describe('level 1: probes', () => {
  test.each<['pass' | 'fail' | 'timeout' | 'refused', string]>([
    ['pass', 'pass'],
    ['fail', 'fail'],
    ['timeout', 'fail'],
    ['refused', 'fail']
  ])('a %s probe: %s', (step, verdict) => {
    expect(probeVerdict(sample('api', step))).toBe(verdict);
  });
});

describe('level 2: series', () => {
  test.each<[string, Series, Parameters<typeof seriesVerdict>[1], string, RegExp]>([
    ['no probe at all', s('api', 0, 0), { minSamples: 0 }, 'inconclusive', /no probe in the window \(no data is not success\)/],
    ['fewer probes than analysis-min-samples', s('api', 12, 0), { minSamples: 20 }, 'inconclusive', /12 probes, fewer than the 20 a series needs \(analysis-min-samples\)/],
    ['enough probes, no hard limits', s('api', 20, 19), { minSamples: 20 }, 'pass', /19 of 20 probes failed/],
    ['at the error-rate-threshold passes', s('api', 20, 10), { minSamples: 20, errorRateThreshold: 0.5 }, 'pass', /10 of 20/],
    ['above the error-rate-threshold fails', s('api', 20, 11), { minSamples: 20, errorRateThreshold: 0.5 }, 'fail', /11 of 20 probes failed \(55%, error-rate-threshold 50%\)/],
    ['a p95 above latency-threshold fails', s('api', 20, 0, [100, 100, 100, 100, 100, 100, 100, 100, 100, 900]), { minSamples: 20, latencyThresholdMs: 500 }, 'fail', /p95 900 ms \(latency-threshold 500 ms\)/],
    ['minSamples 0: one probe is enough', s('api', 1, 0), { minSamples: 0 }, 'pass', /0 of 1 probes failed/]
  ])('%s', (_, series, limits, verdict, reason) => {
    const judged = seriesVerdict(series, limits);
    expect(judged.verdict).toBe(verdict);
    expect(judged.reason).toMatch(reason);
  });
});

describe('level 3: combining', () => {
  const pass: Judged = { verdict: 'pass', reason: 'a passed' };
  const fail: Judged = { verdict: 'fail', reason: 'b failed' };
  const unsure: Judged = { verdict: 'inconclusive', reason: 'c too few' };
  test.each<[string, Judged[], string, string]>([
    ['all pass', [pass, pass], 'pass', 'a passed; a passed'],
    ['a fail wins over everything', [pass, unsure, fail], 'fail', 'b failed'],
    ['inconclusive wins over pass', [pass, unsure], 'inconclusive', 'c too few'],
    ['nothing measured is not a pass', [], 'inconclusive', 'nothing was measured (no data is not success)']
  ])('%s', (_, parts, verdict, reason) => {
    expect(combineVerdicts(parts)).toEqual({ verdict, reason });
  });
});

describe('comparing errors (Boschloo, one-sided)', () => {
  test.each<[string, Series, Series, string, RegExp]>([
    ['identical, no errors', s('green', 20, 0), s('blue', 20, 0), 'pass', /not significantly more \(p = 1\.000\)/],
    ['20% against none (the e2e case)', s('green', 20, 4), s('blue', 20, 0), 'fail', /green failed 4 of 20 probes \(20%\), blue 0 of 20 \(0%\): more with p = 0\.030 ≤ 0\.05/],
    ['one error against none is chance at 20 probes', s('green', 20, 1), s('blue', 20, 0), 'pass', /not significantly more \(p = 0\.4/],
    ['Kayenta: old all zero, new at 18% errors over 40 probes', s('green', 40, 7), s('blue', 40, 0), 'fail', /7 of 40/],
    ['Kayenta: old all zero, new at 10% over 40 probes', s('green', 40, 4), s('blue', 40, 0), 'fail', /p = 0\.041/],
    ['fewer errors than the old one', s('green', 20, 0), s('blue', 20, 3), 'pass', /not significantly more/],
    ['too few new probes', s('green', 12, 6), s('blue', 20, 0), 'inconclusive', /green has 12 probes, fewer than the 20 a comparison needs/],
    ['too few old probes', s('green', 20, 0), s('blue', 3, 0), 'inconclusive', /blue has 3 probes/]
  ])('%s', (_, next, old, verdict, reason) => {
    const r = compareErrors(next, old, L);
    expect(r.verdict).toBe(verdict);
    expect(r.reason).toMatch(reason);
    expect(r.test).toBe("Boschloo's exact test, one-sided");
    if (verdict === 'inconclusive') expect(r.pValue).toBeUndefined();
    else expect(r.pValue).toBeGreaterThanOrEqual(0);
  });
});

describe('comparing latency (Mann-Whitney, one-sided, with a minimum effect)', () => {
  test.each<[string, Series, Series, string, RegExp]>([
    ['identical', s('green', 21, 0, around(100)), s('blue', 21, 0, around(100)), 'pass', /not significantly slower/],
    ['200 ms slower (the e2e case)', s('green', 21, 0, around(215)), s('blue', 21, 0, around(15)), 'fail', /green median 215 ms, blue 15 ms \(\+200 ms\): slower with p < 0\.001 ≤ 0\.05 \(Mann-Whitney U test/],
    ['1.5× slower at 100 ms', s('green', 21, 0, around(150)), s('blue', 21, 0, around(100)), 'fail', /\+50 ms/],
    ['a fast service’s jitter: significant, but under 25 ms', s('green', 21, 0, around(33)), s('blue', 21, 0, around(11)), 'pass', /slower with p < 0\.001, but by less than 20% and 25 ms, which is not a regression/],
    ['a slow service: +30 ms on 1 s is under 20%', s('green', 21, 0, around(1030)), s('blue', 21, 0, around(1000)), 'pass', /which is not a regression/],
    ['faster', s('green', 21, 0, around(50)), s('blue', 21, 0, around(100)), 'pass', /not significantly slower \(p = 1\.000\)/],
    ['all latencies equal (every value tied)', s('green', 20, 0, [7]), s('blue', 20, 0, [7]), 'pass', /p = 1\.000/],
    ['old all 0 ms, new all 40 ms: a difference', s('green', 20, 0, [40]), s('blue', 20, 0, [0]), 'fail', /\+40 ms/]
  ])('%s', (_, next, old, verdict, reason) => {
    const r = compareLatency(next, old, L);
    expect(r.verdict).toBe(verdict);
    expect(r.reason).toMatch(reason);
  });

  test('probes without an answer have no latency: too few latencies is inconclusive, never a pass', () => {
    const old = { ...s('blue', 20, 8), latencies: s('blue', 12, 0).latencies };
    const r = compareLatency(s('green', 20, 0), old, L);
    expect(r).toMatchObject({ verdict: 'inconclusive', reason: 'latency: inconclusive: blue has 12 latencies (8 probes had no answer to time), fewer than the 20 a comparison needs' });
  });

  test('a pair fails when either test fails, and its reason names both checks', () => {
    const r = compareSeries(s('green', 20, 4, around(300)), s('blue', 20, 0, around(100)), L);
    expect(r.verdict).toBe('fail');
    expect(r.tests.map((t) => t.verdict)).toEqual(['fail', 'fail']);
    expect(r.reason).toMatch(/^green \(new\) compared with blue \(old\): errors: .*; latency: /);
  });
});

describe('analyzeWindow', () => {
  const pair = (next: Series, old: Series) => ({ new: next, old: { ...old, role: 'old' as const } });

  test('identical versions pass; the reason gives both tests', () => {
    const a = analyzeWindow({ production: [s('app', 20, 0, around(100), 'production')], pairs: [pair(s('green', 20, 0, around(100)), s('blue', 20, 0, around(100)))], limits: W });
    expect(a.verdict).toBe('pass');
    expect(a.reason).toMatch(/^green \(new\) compared with blue \(old\): errors: .*not significantly more.*; latency: .*not significantly slower/);
    expect(a.series.map((x) => [x.name, x.role, x.verdict])).toEqual([
      ['app', 'production', 'pass'],
      ['green', 'new', 'pass'],
      ['blue', 'old', 'pass']
    ]);
    expect(a.series[1]).toMatchObject({ probes: 20, errors: 0, errorRate: 0, p50Ms: 99, p95Ms: 108 }); // 90..109 ms: ranks 10 and 19 of 20
    expect(a).toMatchObject({ minSamples: 20, alpha: 0.05 });
    expect(a.comparisons[0]!.tests.map((t) => t.test)).toEqual(["Boschloo's exact test, one-sided", 'Mann-Whitney U test, one-sided, tie-corrected']);
  });

  test('a new version failing 20% beside an old one failing none fails, under an error-rate-threshold of 50%', () => {
    const a = analyzeWindow({ production: [], pairs: [pair(s('green', 20, 4), s('blue', 20, 0))], limits: W });
    expect(a.verdict).toBe('fail');
    expect(a.reason).toMatch(/^green \(new\) compared with blue \(old\): errors: green failed 4 of 20/);
  });

  test('the new series is held to the hard limits on its own', () => {
    const a = analyzeWindow({ production: [], pairs: [pair(s('green', 20, 15), s('blue', 20, 15))], limits: W });
    expect(a.verdict).toBe('fail');
    expect(a.reason).toMatch(/green: 15 of 20 probes failed \(75%, error-rate-threshold 50%\)/);
    expect(a.comparisons[0]!.verdict).toBe('pass');
  });

  test('a production series short of analysis-min-samples makes the window inconclusive', () => {
    const a = analyzeWindow({ production: [s('app', 10, 0, [50], 'production')], pairs: [], limits: W });
    expect(a).toMatchObject({ verdict: 'inconclusive', reason: 'app: 10 probes, fewer than the 20 a series needs (analysis-min-samples)', comparisons: [] });
  });

  test('without pairs, a pass names the series and their minimum', () => {
    const a = analyzeWindow({ production: [s('app', 20, 0, [50], 'production'), s('web', 20, 0, [50], 'production')], pairs: [], limits: W });
    expect(a).toMatchObject({ verdict: 'pass', reason: '2 series, each with at least 20 probes' });
  });

  test('several pairs: each is tested at alpha / pairs (Bonferroni)', () => {
    // 4 of 20 against 0 of 20 has p = 0.030: under 0.05 with one pair, over 0.025 with two.
    const one = analyzeWindow({ production: [], pairs: [pair(s('green', 20, 4), s('blue', 20, 0))], limits: W });
    const two = analyzeWindow({
      production: [],
      pairs: [pair(s('green', 20, 4), s('blue', 20, 0)), pair(s('green-b', 20, 0), s('blue-b', 20, 0))],
      limits: W
    });
    expect([one.verdict, one.alpha]).toEqual(['fail', 0.05]);
    expect([two.verdict, two.alpha]).toEqual(['pass', 0.025]);
  });
});

describe('concludeWindow: only pass promotes', () => {
  const analysis = (verdict: 'pass' | 'fail' | 'inconclusive') => ({ verdict, reason: `because ${verdict}`, minSamples: 20, alpha: 0.05, series: [], comparisons: [] });
  test.each<[string, boolean, ReturnType<typeof analysis> | undefined, string, string]>([
    ['a fixed-limit breach fails, whatever the analysis', false, analysis('pass'), 'failed', 'monitoring window failed: p95'],
    ['no analysis: the fixed limits decide', true, undefined, 'passed', 'ok'],
    ['analysis pass', true, analysis('pass'), 'passed', 'ok; analysis passed: because pass'],
    ['analysis fail', true, analysis('fail'), 'failed', 'monitoring window failed its analysis: because fail'],
    ['analysis inconclusive is a failure that says so', true, analysis('inconclusive'), 'failed', 'monitoring window inconclusive, which fails it (only a pass promotes): because inconclusive']
  ])('%s', (_, judgedPassed, a, verdict, reason) => {
    expect(concludeWindow(judgedPassed, judgedPassed ? 'ok' : 'monitoring window failed: p95', a)).toEqual({ verdict, reason });
  });
});

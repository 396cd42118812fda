/**
 * watchWindow with the analysis: the new version's and the old version's checks probed in the same
 * rounds as production, under a fake clock and scripted probes (10 minutes at 30 s: 20 rounds).
 */
import { describe, expect, test } from '@jest/globals';
import { FakeClock } from '../../helpers/fake-clock.js';
import { firstBreach, watchWindow, type WindowJudgement } from '../../../src/verify/window.js';
import { check, scripted, steps, type Step } from '../scripted.js';

const S = 1_000;
const DURATION = 10 * 60 * S;
/** Every fifth answer fails: 20% of the 20 probes (a script's last step repeats, so it is written out). */
const FIFTH = steps('PPPPF'.repeat(4));
/** 20 answers of ms, ms + 4 and ms + 9 ms in turn: median ms + 4. */
const slow = (ms: number): Step[] => Array.from({ length: 20 }, (_, i) => ({ ok: true, latencyMs: ms + [0, 4, 9][i % 3]! }));

async function run(script: Record<'app' | 'green' | 'blue', Step[]>, extra: Partial<Parameters<typeof watchWindow>[1]> = {}) {
  const clock = new FakeClock();
  const { probe, calls } = scripted(clock, script);
  const result = await watchWindow([check('app')], {
    durationMs: DURATION,
    intervalMs: 30 * S,
    errorRateThreshold: 0.5,
    latencyThresholdMs: 500,
    probe,
    clock,
    minSamples: 20,
    compare: { newChecks: [check('green')], oldChecks: [check('blue')], newVersion: '1.5.0', oldVersion: '1.4.0' },
    ...extra
  });
  return { result, calls };
}

describe('watchWindow comparing new with old', () => {
  test('every round probes production, the new and the old version, each with its own version to verify', async () => {
    const { result, calls } = await run({ app: steps('P'), green: steps('P'), blue: steps('P') }, { expectVersion: '1.5.0' });
    expect(result.rounds).toHaveLength(20);
    for (const name of ['app', 'green', 'blue']) expect(calls.filter((c) => c.check === name)).toHaveLength(20);
    expect(new Set(calls.filter((c) => c.check === 'green').map((c) => c.expectVersion))).toEqual(new Set(['1.5.0']));
    expect(new Set(calls.filter((c) => c.check === 'blue').map((c) => c.expectVersion))).toEqual(new Set(['1.4.0']));
    // The three probes of a round start at the same time.
    const round3 = calls.filter((c) => c.at === result.rounds[2]!.startedAt).map((c) => c.check).sort();
    expect(round3).toEqual(['app', 'blue', 'green']);
    expect(result.rounds[0]!.compared).toMatchObject({ new: [{ check: 'green' }], old: [{ check: 'blue' }] });
  });

  test('identical versions pass, and the analysis rides on the result', async () => {
    const { result } = await run({ app: steps('P'), green: slow(40), blue: slow(40) });
    expect(result.verdict).toBe('passed');
    expect(result.reason).toMatch(/^monitoring window passed: .*; analysis passed: green \(new\) compared with blue \(old\): errors: .*; latency: /);
    expect(result.analysis).toMatchObject({ verdict: 'pass', minSamples: 20 });
    expect(result.analysis!.series.map((s) => [s.name, s.role, s.probes])).toEqual([
      ['app', 'production', 20],
      ['green', 'new', 20],
      ['blue', 'old', 20]
    ]);
  });

  test('a new version failing 20% beside an old one failing none fails, though under error-rate-threshold 0.5', async () => {
    const { result } = await run({ app: steps('P'), green: FIFTH, blue: steps('P') });
    expect(result.verdict).toBe('failed');
    expect(result.rounds).toHaveLength(20);
    expect(result.reason).toMatch(/^monitoring window failed its analysis: green \(new\) compared with blue \(old\): errors: green failed 4 of 20 probes \(20%\), blue 0 of 20 \(0%\): more with p = 0\.030 ≤ 0\.05 \(Boschloo's exact test, one-sided\)$/);
    expect(result.analysis!.comparisons[0]!.tests[0]).toMatchObject({ metric: 'errors', verdict: 'fail' });
  });

  test('a new version 200 ms slower, under latency-threshold, fails on latency', async () => {
    const { result } = await run({ app: steps('P'), green: slow(210), blue: slow(10) });
    expect(result.verdict).toBe('failed');
    expect(result.reason).toMatch(/latency: green median 214 ms, blue 14 ms \(\+200 ms\): slower with p < 0\.001 ≤ 0\.05 \(Mann-Whitney U test, one-sided, tie-corrected\)/);
  });

  test('the new version on its own is held to the hard limits, and a decisive breach stops the window early', async () => {
    // Two of every three fail: never three rounds in a row, but the 11th failure (round 16) is over 50% of 20.
    const { result } = await run({ app: steps('P'), green: steps('FFP'.repeat(7)), blue: steps('P') });
    expect(result.verdict).toBe('failed');
    expect(result.stoppedEarly).toBe(true);
    expect(result.rounds.length).toBeLessThan(20);
    expect(result.rounds).toHaveLength(16);
    expect(result.reason).toMatch(/round 16 of 20\): the new version on its own \(green\): error rate: 11 failed probes already exceed 50% of the 20 planned/);
    // Production's figures are still production's.
    expect(result.errorRate).toBe(0);
  });

  test('a window that took fewer probes than analysis-min-samples is inconclusive, which fails it', async () => {
    const { result } = await run({ app: steps('P'), green: steps('P'), blue: steps('P') }, { minSamples: 30 });
    expect(result.verdict).toBe('failed');
    expect(result.reason).toMatch(/^monitoring window inconclusive, which fails it \(only a pass promotes\): app: 20 probes, fewer than the 30 a series needs/);
  });

  test('probes slower than the interval: every planned round still happens (late), so each series gets its samples', async () => {
    // Each round takes 40 s at a 30 s interval: the 20 rounds end at 13m 20s, past the 10m window.
    // (Before, the window ended at its duration after 15 rounds, and the analysis was inconclusive.)
    const { result } = await run({ app: steps('P'), green: slow(40_000), blue: slow(40_000) }, { latencyThresholdMs: 60_000 });
    expect(result.rounds).toHaveLength(20);
    expect(result.decidedAt - result.startedAt).toBeGreaterThan(DURATION);
    expect(result.verdict).toBe('passed');
    expect(result.analysis!.series.map((s) => s.probes)).toEqual([20, 20, 20]);
  });

  test('old probes without an answer to time leave the latency comparison inconclusive', async () => {
    const { result } = await run({ app: steps('P'), green: steps('P'), blue: steps('PR') });
    expect(result.verdict).toBe('failed');
    expect(result.reason).toMatch(/inconclusive.*blue has 1 latencies \(19 probes had no answer to time\)/);
  });

  test('minSamples alone (no baseline-checks) judges production series only', async () => {
    const clock = new FakeClock();
    const { probe } = scripted(clock, { app: steps('P') });
    const result = await watchWindow([check('app')], { durationMs: DURATION, intervalMs: 30 * S, errorRateThreshold: 0.01, latencyThresholdMs: 500, probe, clock, minSamples: 20 });
    expect(result.verdict).toBe('passed');
    expect(result.reason).toMatch(/analysis passed: 1 series, each with at least 20 probes$/);
    expect(result.analysis!.comparisons).toEqual([]);
  });

  test('without minSamples or compare there is no analysis (the fixed judge alone, as before)', async () => {
    const clock = new FakeClock();
    const { probe } = scripted(clock, { app: steps('P') });
    const result = await watchWindow([check('app')], { durationMs: DURATION, intervalMs: 30 * S, errorRateThreshold: 0.01, latencyThresholdMs: 500, probe, clock });
    expect(result.analysis).toBeUndefined();
    expect(result.reason).not.toContain('analysis');
  });
});

describe('firstBreach', () => {
  const j = (verdict: WindowJudgement['verdict'], decisive: boolean, reason: string): WindowJudgement => ({ verdict, decisive, reason, failures: 0, samples: 5, errorRate: 0 });
  test.each<[string, WindowJudgement, WindowJudgement | undefined, string]>([
    ['no new series', j('passing', false, 'prod'), undefined, 'prod'],
    ['the new series is fine', j('passing', false, 'prod'), j('passing', false, 'new'), 'prod'],
    ['the new series breached: its reason, named', j('passing', false, 'prod'), j('breached', true, 'new bad'), 'the new version on its own (green): new bad'],
    ['production breached decisively first', j('breached', true, 'prod bad'), j('breached', true, 'new bad'), 'prod bad'],
    ['production breached, not decisively; the new series decisively', j('breached', false, 'prod so-so'), j('breached', true, 'new bad'), 'the new version on its own (green): new bad'],
    ['both breached, neither decisively', j('breached', false, 'prod so-so'), j('breached', false, 'new so-so'), 'prod so-so']
  ])('%s', (_, production, own, reason) => {
    const r = firstBreach(production, own && { judgement: own, names: ['green'] });
    expect(r.reason).toBe(reason);
    expect(r.errorRate).toBe(0);
  });
});

import { describe, expect, test } from '@jest/globals';
import { FakeClock } from '../helpers/fake-clock.js';
import type { ProbeSample } from '../../src/verify/probe.js';
import type { MetricReading } from '../../src/verify/metrics.js';
import {
  judgeWindow,
  plannedRounds,
  regressionLimit,
  roundOffset,
  watchWindow,
  type WindowRound,
  type WindowThresholds
} from '../../src/verify/window.js';
import { check, sample, scripted, steps, type Step } from './scripted.js';

const S = 1_000;
const MIN = 60 * S;

/** Samples for one check from a compact string (P pass, F fail, T timeout, R refused). */
const seq = (text: string, name = 'api'): ProbeSample[] => steps(text).map((step, i) => sample(name, step, i * 30 * S));
const lat = (ms: number[], name = 'api'): ProbeSample[] => ms.map((latencyMs, i) => sample(name, { ok: true, latencyMs }, i * 30 * S));

/** 10 minutes at 30 s: 20 planned rounds of one check. */
const T: WindowThresholds = { errorRateThreshold: 0.01, latencyThresholdMs: 500, intervalMs: 30 * S, checksPerRound: 1 };
const DURATION = 10 * MIN;

describe('plannedRounds and roundOffset', () => {
  test('rounds at interval, 2·interval, ... up to the duration', () => {
    expect(plannedRounds(10 * MIN, 30 * S)).toBe(20);
    expect(plannedRounds(100 * S, 30 * S)).toBe(3);
    expect([1, 2, 3].map((k) => roundOffset(k, 100 * S, 30 * S))).toEqual([30 * S, 60 * S, 90 * S]);
  });
  test('a window shorter than the interval has one round, at its end', () => {
    expect(plannedRounds(10 * S, 30 * S)).toBe(1);
    expect(roundOffset(1, 10 * S, 30 * S)).toBe(10 * S);
  });
});

describe('judgeWindow', () => {
  test('no samples at the end: no data is a failure', () => {
    expect(judgeWindow([], T, DURATION, DURATION)).toMatchObject({
      verdict: 'breached',
      decisive: true,
      reason: 'no data: no probe was made in the monitoring window'
    });
  });

  test('no samples yet in the middle: still passing, not decided', () => {
    expect(judgeWindow([], T, 0, DURATION)).toMatchObject({ verdict: 'passing', decisive: false });
  });

  test('all passing at the end: passed', () => {
    const j = judgeWindow(seq('P'.repeat(20)), T, DURATION, DURATION);
    expect(j).toMatchObject({ verdict: 'passed', decisive: true, failures: 0, samples: 20, errorRate: 0, p95Ms: 20 });
    expect(j.reason).toBe('monitoring window passed: 0 of 20 window probes failed (0%, threshold 1%), p95 20 ms (threshold 500 ms)');
  });

  test.each([
    ['the baseline sets the limit: says so, with the baseline', 33, 'p95 20 ms (threshold 133 ms, from the baseline p95 33 ms)'],
    ['latency-threshold is lower than the baseline limit: the threshold alone', 450, 'p95 20 ms (threshold 500 ms)']
  ])('passed, %s', (_what, baselineP95Ms, p95Text) => {
    const j = judgeWindow(seq('P'.repeat(20)), { ...T, baselineP95Ms }, DURATION, DURATION);
    expect(j.reason).toBe(`monitoring window passed: 0 of 20 window probes failed (0%, threshold 1%), ${p95Text}`);
  });

  test('all passing so far: passing, not decided', () => {
    expect(judgeWindow(seq('PPP'), T, 90 * S, DURATION)).toMatchObject({ verdict: 'passing', decisive: false });
  });

  test('with the default 1% and 20 planned probes, one failure is decisive at once', () => {
    const j = judgeWindow(seq('PPF'), T, 90 * S, DURATION);
    expect(j).toMatchObject({ verdict: 'breached', decisive: true });
    expect(j.reason).toContain('1 failed probe already exceeds 1% of the 20 planned');
    expect(j.reason).toContain('last failure api: 503 (expected 200-299)');
  });

  test('early stop only when the remaining planned probes cannot bring the rate back', () => {
    const t = { ...T, errorRateThreshold: 0.1 };
    // 2 of 20 planned = 10%: not above 10% even if all the rest pass -> not decisive yet.
    const two = judgeWindow(seq('FPF'), t, 90 * S, DURATION);
    expect(two).toMatchObject({ verdict: 'breached', decisive: false });
    expect(two.reason).toBe('so far error rate: 2 of 3 window probes failed (66.7%, threshold 10%)');
    // The third failure makes 3/20 = 15% certain.
    expect(judgeWindow(seq('FPFPF'), t, 150 * S, DURATION)).toMatchObject({ verdict: 'breached', decisive: true });
    // 2 of 20 at the end is exactly 10%: passes (the rate must be above the threshold).
    expect(judgeWindow(seq(`FPF${'P'.repeat(17)}`), t, DURATION, DURATION)).toMatchObject({ verdict: 'passed' });
  });

  test('a rate above the threshold at the end fails', () => {
    const t = { ...T, errorRateThreshold: 0.5, intervalMs: 60 * S }; // 10 planned
    const j = judgeWindow(seq('FFPFFPFFPP'), t, DURATION, DURATION);
    expect(j).toMatchObject({ verdict: 'breached', decisive: true });
    expect(j.reason).toContain('error rate: 6 of 10 window probes failed (60%, threshold 50%)');
  });

  test('N consecutive all-failing rounds are decisive, whatever the rate', () => {
    const t = { ...T, errorRateThreshold: 0.5 };
    expect(judgeWindow(seq('PFF'), t, 90 * S, DURATION)).toMatchObject({ decisive: false });
    const j = judgeWindow(seq('PFFT'), t, 120 * S, DURATION);
    expect(j).toMatchObject({ verdict: 'breached', decisive: true });
    expect(j.reason).toMatch(/^every probe failed in 3 consecutive rounds/);
    expect(j.reason).toContain('api: timeout after 10s');
    expect(judgeWindow(seq('PFFF'), { ...t, consecutiveFailedRounds: 4 }, 120 * S, DURATION)).toMatchObject({ decisive: false });
  });

  test('consecutive failed rounds count rounds where every check failed', () => {
    const t = { ...T, errorRateThreshold: 0.9, checksPerRound: 2 };
    // rounds: [F,P] [F,F] [F,F] [P,F]: only two all-failing rounds in a row.
    const mixed = [...'FPFFFFPF'].map((c, i) => sample(i % 2 ? 'web' : 'api', c === 'P' ? 'pass' : 'fail', i));
    expect(judgeWindow(mixed, t, 120 * S, DURATION)).toMatchObject({ decisive: false });
    const down = [...'FPFFFFFF'].map((c, i) => sample(i % 2 ? 'web' : 'api', c === 'P' ? 'pass' : 'fail', i));
    expect(judgeWindow(down, t, 120 * S, DURATION)).toMatchObject({ verdict: 'breached', decisive: true });
  });

  test('p95 over the threshold fails at the end', () => {
    // 20 samples: nearest-rank p95 is the 19th smallest.
    const fast = Array.from({ length: 18 }, () => 100);
    expect(judgeWindow(lat([...fast, 600, 700]), T, DURATION, DURATION)).toMatchObject({ verdict: 'breached', p95Ms: 600 });
    expect(judgeWindow(lat([...fast, 100, 700]), T, DURATION, DURATION)).toMatchObject({ verdict: 'passed', p95Ms: 100 });
    const j = judgeWindow(lat([...fast, 600, 700]), T, DURATION, DURATION);
    expect(j.reason).toContain('p95 latency 600 ms (threshold 500 ms)');
  });

  test('one slow probe early is a breach so far, not decisive; two are decisive with 20 planned', () => {
    const one = judgeWindow(lat([100, 900, 100]), T, 90 * S, DURATION);
    expect(one).toMatchObject({ verdict: 'breached', decisive: false, p95Ms: 900 });
    const two = judgeWindow(lat([100, 900, 800]), T, 90 * S, DURATION);
    expect(two).toMatchObject({ verdict: 'breached', decisive: true });
    expect(two.reason).toContain('2 probes over 500 ms already put the p95 of the 20 planned over it');
  });

  test('timeouts count in the p95 at the time waited', () => {
    const samples = [...lat(Array.from({ length: 18 }, () => 50)), ...seq('TT')];
    const j = judgeWindow(samples, { ...T, errorRateThreshold: 0.2 }, DURATION, DURATION);
    expect(j).toMatchObject({ verdict: 'breached', p95Ms: 10_000 });
  });

  test('regression over the baseline: max(baseline × 2, baseline + 100 ms)', () => {
    expect(regressionLimit(100)).toBe(200);
    expect(regressionLimit(5)).toBe(105);
    expect(regressionLimit(300, 1.5)).toBe(450);
    expect(regressionLimit(undefined)).toBeUndefined();
    const t = { ...T, baselineP95Ms: 100 };
    const regressed = judgeWindow(lat(Array.from({ length: 20 }, () => 250)), t, DURATION, DURATION);
    expect(regressed).toMatchObject({ verdict: 'breached', p95Ms: 250 });
    expect(regressed.reason).toContain('p95 latency 250 ms regressed past 2× the baseline 100 ms (limit 200 ms)');
    // The same latencies without a baseline are under the 500 ms threshold.
    expect(judgeWindow(lat(Array.from({ length: 20 }, () => 250)), T, DURATION, DURATION)).toMatchObject({ verdict: 'passed' });
    // A fast endpoint's noise is not a regression.
    expect(judgeWindow(lat(Array.from({ length: 20 }, () => 60)), { ...T, baselineP95Ms: 5 }, DURATION, DURATION)).toMatchObject({
      verdict: 'passed'
    });
    // The margin is configurable.
    expect(judgeWindow(lat(Array.from({ length: 20 }, () => 250)), { ...t, regressionMargin: 3 }, DURATION, DURATION)).toMatchObject({
      verdict: 'passed'
    });
  });

  test('a failing metric reading is a decisive breach', () => {
    const metric: MetricReading = { name: 'error-rate', at: 0, value: 0.05, ok: false, reason: '0.05 above 0.01' };
    const j = judgeWindow(seq('PP'), T, 60 * S, DURATION, [metric]);
    expect(j).toMatchObject({ verdict: 'breached', decisive: true, reason: 'metric error-rate: 0.05 above 0.01' });
  });

  test('metrics alone are data only when there are no checks', () => {
    const good: MetricReading = { name: 'm', at: 0, value: 0, ok: true, reason: '0 not above 1' };
    expect(judgeWindow([], { ...T, checksPerRound: 0 }, DURATION, DURATION, [good])).toMatchObject({ verdict: 'passed' });
    expect(judgeWindow([], T, DURATION, DURATION, [good])).toMatchObject({ verdict: 'breached', reason: expect.stringContaining('no data') });
  });
});

describe('watchWindow', () => {
  const run = async (script: Record<string, Step[]>, extra: Partial<Parameters<typeof watchWindow>[1]> = {}) => {
    const clock = new FakeClock();
    const start = clock.now();
    const { probe, calls } = scripted(clock, script);
    const seen: WindowRound[] = [];
    const checks = Object.keys(script).map((name) => check(name));
    const result = await watchWindow(checks, {
      durationMs: DURATION,
      intervalMs: 30 * S,
      errorRateThreshold: 0.01,
      latencyThresholdMs: 500,
      probe,
      clock,
      onRound: (r) => seen.push(r),
      ...extra
    });
    return { result, calls, seen, start, clock };
  };

  test('a healthy window runs every planned round and passes', async () => {
    const { result, calls, start, seen } = await run({ api: steps('P'), web: steps('P') });
    expect(result.verdict).toBe('passed');
    expect(result.plannedRounds).toBe(20);
    expect(result.rounds).toHaveLength(20);
    expect(result.stoppedEarly).toBe(false);
    expect(calls).toHaveLength(40);
    expect(result.rounds[0].startedAt - start).toBe(30 * S);
    expect(result.rounds[19].startedAt - start).toBe(10 * MIN);
    expect(result.decidedAt - start).toBe(10 * MIN);
    expect(result.errorRate).toBe(0);
    expect(result.perCheck.web).toMatchObject({ samples: 20, failures: 0 });
    expect(seen.map((r) => r.judgement.verdict)).toEqual([...Array.from({ length: 19 }, () => 'passing'), 'passed']);
    expect(result.reason).toBe('monitoring window passed: 0 of 40 window probes failed (0%, threshold 1%), p95 20 ms (threshold 500 ms)');
  });

  test('decisive breach: stops early, well before the duration', async () => {
    const { result, calls, start } = await run({ api: steps('PPF') });
    expect(result.verdict).toBe('failed');
    expect(result.stoppedEarly).toBe(true);
    expect(result.rounds).toHaveLength(3);
    expect(calls).toHaveLength(3);
    expect(result.decidedAt - start).toBe(90 * S);
    expect(result.decidedAt - start).toBeLessThan(DURATION);
    expect(result.reason).toBe(
      'monitoring window failed after 1m 30s of 10m (round 3 of 20): error rate: 1 failed probe already exceeds 1% of the 20 planned (after 3); ' +
        'last failure api: 503 (expected 200-299)'
    );
  });

  test('production down for 3 rounds stops the window even with a lenient threshold', async () => {
    const { result } = await run({ api: steps('PRRR') }, { errorRateThreshold: 0.5 });
    expect(result.verdict).toBe('failed');
    expect(result.rounds).toHaveLength(4);
    expect(result.reason).toContain('every probe failed in 3 consecutive rounds');
    expect(result.reason).toContain('ECONNREFUSED');
  });

  test('a breach that later probes undo does not stop the window', async () => {
    const { result } = await run({ api: steps(`F${'P'.repeat(19)}`) }, { errorRateThreshold: 0.1 });
    expect(result.rounds).toHaveLength(20);
    expect(result.rounds[0].judgement).toMatchObject({ verdict: 'breached', decisive: false });
    expect(result.verdict).toBe('passed');
  });

  test('regression over the baseline fails the window', async () => {
    const { result } = await run({ api: [{ ok: true, latencyMs: 300 }] }, { baselineP95Ms: 80 });
    expect(result.verdict).toBe('failed');
    expect(result.reason).toContain('regressed past 2× the baseline 80 ms (limit 180 ms)');
    // Decisive once two probes (of 20 planned) are over the limit.
    expect(result.rounds).toHaveLength(2);
    expect(result.p95Ms).toBe(300);
  });

  test('no checks and no metrics: no data fails the window', async () => {
    const { result } = await run({});
    expect(result.verdict).toBe('failed');
    expect(result.reason).toBe('monitoring window failed: no data: no probe was made in the monitoring window');
  });

  test('a window shorter than the interval probes once, at its end', async () => {
    const { result, calls, start } = await run({ api: steps('P') }, { durationMs: 10 * S });
    expect(result.verdict).toBe('passed');
    expect(calls.map((c) => c.at - start)).toEqual([10 * S]);
  });

  test('the version to verify reaches every probe', async () => {
    const { calls } = await run({ api: steps('P') }, { durationMs: 60 * S, expectVersion: '1.5.0' });
    expect(calls.map((c) => c.expectVersion)).toEqual(['1.5.0', '1.5.0']);
  });

  test('never really sleeps', async () => {
    const before = Date.now();
    const { clock, result } = await run({ api: steps('P') }, { durationMs: 60 * MIN, intervalMs: 10 * S });
    expect(result.rounds).toHaveLength(360);
    expect(Date.now() - before).toBeLessThan(5_000);
    expect(clock.slept).toBe(60 * MIN);
  });
});

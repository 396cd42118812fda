import { describe, expect, test } from '@jest/globals';
import { FakeClock } from '../helpers/fake-clock.js';
import { probeOnce, type Probe } from '../../src/verify/probe.js';
import { baseline, defaultSuccessThreshold, roundsThatFit, waitHealthy, type Round } from '../../src/verify/rounds.js';
import { check, scripted, steps } from './scripted.js';

const S = 1_000;

/** A fetch that answers from a function, moving the fake clock by `latencyMs`. */
function fakeFetch(clock: FakeClock, answer: (n: number) => { status?: number; body: string; latencyMs?: number }): typeof fetch {
  let n = 0;
  return (async () => {
    const a = answer(n++);
    clock.advance(a.latencyMs ?? 0);
    return new Response(a.body, { status: a.status ?? 200 });
  }) as typeof fetch;
}

describe('waitHealthy', () => {
  test('healthy after 2 consecutive passing rounds', async () => {
    const clock = new FakeClock();
    const start = clock.now();
    const { probe, calls } = scripted(clock, { api: steps('P'), web: steps('P') });
    const seen: Round[] = [];
    const r = await waitHealthy([check('api'), check('web')], { timeoutMs: 60 * S, intervalMs: 10 * S, probe, clock, onRound: (x) => seen.push(x) });
    expect(r.verdict).toBe('passed');
    expect(r.successThreshold).toBe(2);
    expect(r.rounds.map((x) => x.startedAt - start)).toEqual([0, 10 * S]);
    expect(r.decidedAt - start).toBe(10 * S);
    expect(r.reason).toBe('healthy: 2 consecutive passing rounds (rounds 1-2, 10s after the start)');
    expect(r.firstFailureAt).toBeUndefined();
    expect(calls).toHaveLength(4);
    expect(seen.map((x) => x.index)).toEqual([1, 2]);
    expect(r.perCheck.api).toEqual({ samples: 2, failures: 0, p50: 20, p95: 20, lastReason: '200 in 20 ms' });
  });

  test('one failing check fails the round', async () => {
    const clock = new FakeClock();
    const { probe } = scripted(clock, { api: steps('P'), web: steps('PFPP') });
    const r = await waitHealthy([check('api'), check('web')], { timeoutMs: 60 * S, intervalMs: 10 * S, probe, clock });
    expect(r.verdict).toBe('passed');
    expect(r.rounds.map((x) => x.passed)).toEqual([true, false, true, true]);
    expect(r.rounds.map((x) => x.consecutive)).toEqual([1, 0, 1, 2]);
    expect(r.firstFailureAt).toBe(r.rounds[1].startedAt);
  });

  test('flapping never reaches 2 in a row: failed when the time is up', async () => {
    const clock = new FakeClock();
    const start = clock.now();
    const { probe } = scripted(clock, { api: steps('PFPFPFPFPF') });
    const r = await waitHealthy([check('api')], { timeoutMs: 60 * S, intervalMs: 10 * S, probe, clock });
    expect(r.verdict).toBe('failed');
    expect(r.rounds).toHaveLength(6);
    expect(r.rounds.map((x) => x.passed)).toEqual([true, false, true, false, true, false]);
    expect(r.decidedAt - start).toBe(50 * S);
    expect(r.reason).toBe(
      'not healthy within 1m: 3 of 6 rounds passed, 2 in a row needed; last failure (round 6): api: 503 (expected 200-299)'
    );
    expect(r.perCheck.api).toMatchObject({ samples: 6, failures: 3 });
  });

  test('all timeouts: rounds follow each other as the probes allow, all fail', async () => {
    const clock = new FakeClock();
    const start = clock.now();
    const { probe } = scripted(clock, { api: steps('T') });
    const r = await waitHealthy([check('api', { timeoutMs: 15 * S })], { timeoutMs: 60 * S, intervalMs: 10 * S, probe, clock });
    expect(r.verdict).toBe('failed');
    // Each round takes 15s, longer than the interval: the next starts when the previous ends.
    expect(r.rounds.map((x) => x.startedAt - start)).toEqual([0, 15 * S, 30 * S, 45 * S]);
    expect(r.reason).toBe('not healthy within 1m: all 4 rounds failed; last failure (round 4): api: timeout after 15s');
    expect(r.perCheck.api.p95).toBe(15 * S);
  });

  test('late recovery just inside the budget passes', async () => {
    const clock = new FakeClock();
    const start = clock.now();
    const { probe } = scripted(clock, { api: steps('FFFFPP') });
    const r = await waitHealthy([check('api')], { timeoutMs: 60 * S, intervalMs: 10 * S, probe, clock });
    expect(r.verdict).toBe('passed');
    expect(r.rounds).toHaveLength(6);
    expect(r.rounds[5].startedAt - start).toBe(50 * S);
    expect(r.reason).toBe('healthy: 2 consecutive passing rounds (rounds 5-6, 50s after the start)');
    expect(r.firstFailureAt).toBe(start);
  });

  test('recovering just too late fails, without probing for nothing', async () => {
    const clock = new FakeClock();
    const { probe, calls } = scripted(clock, { api: steps('FFFFFPP') });
    const r = await waitHealthy([check('api')], { timeoutMs: 60 * S, intervalMs: 10 * S, probe, clock });
    expect(r.verdict).toBe('failed');
    // After round 5 fails only one round fits (at 50s): two in a row cannot happen any more.
    expect(calls).toHaveLength(5);
    expect(r.reason).toContain('all 5 rounds failed (stopped early: the rounds left could not make 2 in a row)');
  });

  test('a round may not start at the very end of the budget', async () => {
    const clock = new FakeClock();
    const start = clock.now();
    const { probe, calls } = scripted(clock, { api: steps('FFFFFFP') });
    const r = await waitHealthy([check('api')], { timeoutMs: 60 * S, intervalMs: 10 * S, successThreshold: 1, probe, clock });
    expect(r.verdict).toBe('failed');
    expect(calls.map((c) => c.at - start)).toEqual([0, 10, 20, 30, 40, 50].map((x) => x * S));
    expect(r.reason).toBe('not healthy within 1m: all 6 rounds failed; last failure (round 6): api: 503 (expected 200-299)');
  });

  test('slow answers over maxLatencyMs are not healthy', async () => {
    const clock = new FakeClock();
    const fetch = fakeFetch(clock, () => ({ body: 'ok', latencyMs: 800 }));
    const probe: Probe = (c, v) => probeOnce(c, { clock, fetch, ...(v ? { expectVersion: v } : {}) });
    const r = await waitHealthy([check('api', { maxLatencyMs: 500 })], { timeoutMs: 30 * S, intervalMs: 10 * S, probe, clock });
    expect(r.verdict).toBe('failed');
    // Three rounds fit; after the second fails, two in a row cannot happen.
    expect(r.rounds).toHaveLength(2);
    expect(r.reason).toContain('api: latency 800 ms (max 500 ms)');
    expect(r.perCheck.api).toMatchObject({ p50: 800, p95: 800, failures: 2 });
  });

  test('an old version answering 200 is not healthy', async () => {
    const clock = new FakeClock();
    const fetch = fakeFetch(clock, () => ({ body: '{"status":"ok","version":"1.4.0"}' }));
    const probe: Probe = (c, v) => probeOnce(c, { clock, fetch, ...(v ? { expectVersion: v } : {}) });
    const r = await waitHealthy([check('api', { expectVersion: true })], {
      timeoutMs: 30 * S,
      intervalMs: 10 * S,
      expectVersion: '1.5.0',
      probe,
      clock
    });
    expect(r.verdict).toBe('failed');
    expect(r.rounds.every((x) => x.samples[0].status === 200 && !x.samples[0].ok)).toBe(true);
    expect(r.rounds[0].samples[0].version).toBe('1.4.0');
    expect(r.reason).toContain('api: version 1.4.0 (expected 1.5.0)');
  });

  test('a rolling deploy: old and new instances alternate, then only new ones answer', async () => {
    const clock = new FakeClock();
    const versions = ['1.5.0', '1.4.0', '1.5.0', '1.4.0', '1.5.0', '1.5.0'];
    const fetch = fakeFetch(clock, (n) => ({ body: JSON.stringify({ version: versions[Math.min(n, versions.length - 1)] }) }));
    const probe: Probe = (c, v) => probeOnce(c, { clock, fetch, ...(v ? { expectVersion: v } : {}) });
    const r = await waitHealthy([check('api', { expectVersion: true })], {
      timeoutMs: 5 * 60 * S,
      intervalMs: 10 * S,
      expectVersion: 'v1.5.0',
      probe,
      clock
    });
    expect(r.rounds.map((x) => x.passed)).toEqual([true, false, true, false, true, true]);
    expect(r.verdict).toBe('passed');
    expect(r.reason).toContain('version v1.5.0');
  });

  test('the version to verify reaches the probe', async () => {
    const clock = new FakeClock();
    const { probe, calls } = scripted(clock, { api: steps('P') });
    await waitHealthy([check('api')], { timeoutMs: 60 * S, intervalMs: 10 * S, expectVersion: '2.0.0', probe, clock });
    expect(calls.every((c) => c.expectVersion === '2.0.0')).toBe(true);
  });

  test('the initial delay is part of the budget', async () => {
    const clock = new FakeClock();
    const start = clock.now();
    const { probe, calls } = scripted(clock, { api: steps('F') });
    const r = await waitHealthy([check('api')], { timeoutMs: 60 * S, intervalMs: 10 * S, initialDelayMs: 30 * S, successThreshold: 1, probe, clock });
    expect(r.verdict).toBe('failed');
    expect(calls.map((c) => c.at - start)).toEqual([30 * S, 40 * S, 50 * S]);
  });

  test('an initial delay as long as the budget leaves no round', async () => {
    const clock = new FakeClock();
    const { probe, calls } = scripted(clock, { api: steps('P') });
    const r = await waitHealthy([check('api')], { timeoutMs: 60 * S, intervalMs: 10 * S, initialDelayMs: 60 * S, probe, clock });
    expect(r.verdict).toBe('failed');
    expect(calls).toHaveLength(0);
    expect(r.reason).toBe('not healthy: the initial delay 1m leaves no time for a round within 1m');
  });

  test('no checks: no data is not healthy', async () => {
    const clock = new FakeClock();
    const { probe } = scripted(clock, {});
    const r = await waitHealthy([], { timeoutMs: 60 * S, intervalMs: 10 * S, probe, clock });
    expect(r.verdict).toBe('failed');
    expect(r.reason).toContain('no data');
  });

  test('a probe that throws is a failed sample, not a crash', async () => {
    const clock = new FakeClock();
    const probe: Probe = async () => {
      throw new TypeError('boom secret-ish detail');
    };
    const r = await waitHealthy([check('api')], { timeoutMs: 20 * S, intervalMs: 10 * S, probe, clock });
    expect(r.verdict).toBe('failed');
    expect(r.rounds[0].samples[0]).toMatchObject({ ok: false, reason: 'probe failed (TypeError)' });
    expect(JSON.stringify(r)).not.toContain('secret-ish');
  });

  test('threshold 1 with a long interval: the first passing round decides', async () => {
    const clock = new FakeClock();
    const { probe } = scripted(clock, { api: steps('FP') });
    const r = await waitHealthy([check('api')], { timeoutMs: 10 * 60 * S, intervalMs: 60 * S, probe, clock });
    expect(r.successThreshold).toBe(1);
    expect(r.verdict).toBe('passed');
    expect(r.rounds).toHaveLength(2);
    expect(r.reason).toBe('healthy: 1 consecutive passing round (round 2, 1m after the start)');
  });

  test('never really sleeps', async () => {
    const clock = new FakeClock();
    const { probe } = scripted(clock, { api: steps('F') });
    const before = Date.now();
    await waitHealthy([check('api')], { timeoutMs: 60 * 60 * S, intervalMs: 10 * S, probe, clock });
    expect(Date.now() - before).toBeLessThan(2_000);
    expect(clock.slept).toBeGreaterThanOrEqual(59 * 60 * S);
  });
});

describe('defaultSuccessThreshold and roundsThatFit', () => {
  test.each([
    [10 * S, 5 * 60 * S, 0, 2],
    [59 * S, 10 * 60 * S, 0, 2],
    [60 * S, 10 * 60 * S, 0, 1],
    [10 * S, 10 * S, 0, 1],
    [10 * S, 60 * S, 55 * S, 1]
  ])('interval %d, timeout %d, delay %d -> %d', (interval, timeout, delay, expected) => {
    expect(defaultSuccessThreshold(interval, timeout, delay)).toBe(expected);
  });
  test('rounds start strictly before the end', () => {
    expect(roundsThatFit(5 * 60 * S, 10 * S)).toBe(30);
    expect(roundsThatFit(61 * S, 10 * S)).toBe(7);
    expect(roundsThatFit(0, 10 * S)).toBe(0);
  });
});

describe('baseline', () => {
  test('healthy production: samples and p95, no warning', async () => {
    const clock = new FakeClock();
    const { probe, calls } = scripted(clock, { api: [{ ok: true, latencyMs: 120 }], web: [{ ok: true, latencyMs: 40 }] });
    const b = await baseline([check('api'), check('web')], probe, clock);
    expect(b.samples).toHaveLength(2);
    expect(b.p95Ms).toBe(120);
    expect(b.warning).toBeUndefined();
    expect(calls.every((c) => c.expectVersion === undefined)).toBe(true);
  });
  test('production already unhealthy: a warning naming the failures', async () => {
    const clock = new FakeClock();
    const { probe } = scripted(clock, { api: steps('F'), web: steps('P') });
    const b = await baseline([check('api'), check('web')], probe, clock);
    expect(b.warning).toBe('production is already unhealthy before the deploy (1 of 2 checks failed): api: 503 (expected 200-299)');
    expect(b.p95Ms).toBe(20);
  });
});

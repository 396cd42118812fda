/**
 * The analysis end to end: the bundle ships to the blue-green demo service (traffic-command,
 * smoke-checks on the new slot, baseline-checks on the old one) and every window compares the
 * two. 20 rounds at 150 ms make each window about 3 s (20 samples per series, the minimum when
 * comparing).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { startCanaryService, type CanaryService } from '../../sandbox/demo/canary.js';
import type { WindowAnalysisRecord } from '../../src/verify/analysis/record.js';
import { explain, shipFixture, type ShipFixture, type ShipResult } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
let svc: CanaryService | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await svc?.close();
  await fx?.close();
  fx = undefined;
  svc = undefined;
});

async function setup(): Promise<{ fx: ShipFixture; svc: CanaryService }> {
  fx = await shipFixture();
  svc = await startCanaryService({ version: '1.4.0' });
  return { fx, svc };
}

const inputs = (s: CanaryService): Record<string, string> => ({
  'deploy-command': s.commands.deploy,
  'traffic-command': s.commands.traffic,
  'health-checks': `- name: app\n  url: ${s.url}/health\n  expect-version: true\n  timeout: 2s`,
  'smoke-checks': `- name: green\n  url: ${s.url}/candidate/health\n  expect-version: true\n  timeout: 2s`,
  'baseline-checks': `- name: blue\n  url: ${s.url}/baseline/health\n  expect-version: true\n  timeout: 2s`,
  'health-interval': '150ms',
  'health-timeout': '2s',
  'monitor-duration': '3s',
  'monitor-interval': '150ms',
  'error-rate-threshold': '0.5',
  'rollback-timeout': '20s'
});

interface Report {
  health?: { analysis?: WindowAnalysisRecord[] };
  rollback?: { attempted: boolean; verified: boolean; trigger: string; toTag: string };
  delivery?: { traffic?: { steps: Array<{ percent: number; verdict: string; reason: string }>; switchBack?: { ok: boolean; verified: boolean } } };
}
const reportOf = (r: ShipResult) => JSON.parse(r.outputs['report-json']!) as Report;
const expectStatus = (r: ShipResult, status: string) =>
  expect({ status: r.outputs.status, why: r.outputs.status === status ? '' : explain(r) }).toEqual({ status, why: '' });
const trafficChanges = (s: CanaryService) => s.events().filter((e) => e.kind === 'traffic').map((e) => e.percent);

/** Rolled back by the comparison: all traffic back on 1.4.0, verified, and the reason names the comparison. */
function expectRolledBackByComparison(result: ShipResult, s: CanaryService, metric: 'errors' | 'latency', test: RegExp): void {
  expectStatus(result, 'rolled-back');
  expect(trafficChanges(s)).toEqual([100, 0]);
  expect(s.percent()).toBe(0);
  const report = reportOf(result);
  expect(report.rollback).toMatchObject({ attempted: true, verified: true, toTag: 'v1.4.0' });
  expect(report.delivery?.traffic?.switchBack).toMatchObject({ ok: true, verified: true });
  expect(report.rollback!.trigger).toMatch(/^traffic step 100%: monitoring window failed its analysis: green \(new\) compared with blue \(old\): /);
  expect(report.rollback!.trigger).toContain(`${metric}: `);
  expect(report.rollback!.trigger).toMatch(test);
  const window = report.health!.analysis!.at(-1)!;
  expect(window).toMatchObject({ window: 'traffic 100% monitor', verdict: 'fail', minSamples: 20 });
  expect(window.series.find((x) => x.role === 'new')!.probes).toBeGreaterThanOrEqual(20);
  expect(window.series.find((x) => x.role === 'old')!.probes).toBeGreaterThanOrEqual(20);
  const failed = window.comparisons[0]!.tests.find((t) => t.metric === metric)!;
  expect(failed.verdict).toBe('fail');
  expect(failed.pValue).toBeLessThanOrEqual(0.05);
  // After the switch-back, production answered with the old version only.
  const back = s.events().find((e) => e.kind === 'traffic' && e.percent === 0)!;
  const after = s.events().filter((e) => e.kind === 'probe' && e.at >= back.at);
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((e) => e.version === '1.4.0')).toBe(true);
  expect(result.summary).toContain('### Analysis');
  expect(result.summary).toContain('#### traffic 100% monitor window: ❌ fail');
}

describe('blue-green with baseline-checks', () => {
  it('a new version failing 20% of probes beside an old one failing none is rolled back, under error-rate-threshold 0.5', async () => {
    const { fx, svc } = await setup();
    svc.degrade('1.5.0', { failEvery: 5 });
    const result = await fx.ship(inputs(svc));
    expectRolledBackByComparison(result, svc, 'errors', /green failed \d+ of \d+ probes \(\d+(\.\d)?%\), blue 0 of \d+ \(0%\): more with p = 0\.0\d\d ≤ 0\.05 \(Boschloo's exact test, one-sided\)/);
  }, 120_000);

  it('a new version 200 ms slower than the old one, under latency-threshold, is rolled back', async () => {
    const { fx, svc } = await setup();
    svc.degrade('1.5.0', { delayMs: 200 });
    // Rounds every 300 ms: a window ends at its duration, so probes slower than the interval
    // would leave fewer than 20 rounds (an inconclusive window).
    const result = await fx.ship({ ...inputs(svc), 'monitor-duration': '6s', 'monitor-interval': '300ms' });
    expectRolledBackByComparison(result, svc, 'latency', /green median 2\d\d ms, blue \d+ ms \(\+\d+ ms\): slower with p < 0\.001 ≤ 0\.05 \(Mann-Whitney U test, one-sided, tie-corrected\)/);
    // The fixed limit alone would have passed it: production's p95 stayed under 500 ms.
    expect(reportOf(result).health!.analysis!.at(-1)!.series.find((x) => x.name === 'app')!.p95Ms).toBeLessThan(500);
  }, 120_000);

  it('identical versions ship; every window passed its analysis', async () => {
    const { fx, svc } = await setup();
    const result = await fx.ship(inputs(svc));
    expectStatus(result, 'shipped');
    expect(trafficChanges(svc)).toEqual([100]);
    const report = reportOf(result);
    expect(report.health!.analysis!.map((w) => [w.window, w.verdict])).toEqual([['traffic 100% monitor', 'pass']]);
    expect(report.health!.analysis![0]!.comparisons[0]!.tests.map((t) => [t.metric, t.verdict])).toEqual([
      ['errors', 'pass'],
      ['latency', 'pass']
    ]);
    // The old version was probed in the same rounds as the new one, expecting its own version.
    const baseline = svc.events().filter((e) => e.kind === 'baseline');
    expect(baseline.length).toBeGreaterThanOrEqual(20);
    expect(baseline.every((e) => e.version === '1.4.0' && e.status === 200)).toBe(true);
    expect(result.summary).toContain('#### traffic 100% monitor window: ✅ pass');
  }, 120_000);

  it('a window too short for 20 samples is refused before any write', async () => {
    const { fx, svc } = await setup();
    const result = await fx.ship({ ...inputs(svc), 'monitor-duration': '1500ms' });
    expectStatus(result, 'blocked');
    expect(result.stdout).toMatch(/::error title=monitor-duration::.*1\.5s at monitor-interval 150 ms takes 10 probes per series, fewer than the 20 the analysis needs/);
    expect(svc.events().filter((e) => e.kind !== 'probe' && e.kind !== 'baseline')).toEqual([]);
    expect(fx.sandbox.state.deployments).toHaveLength(0);
  }, 120_000);
});

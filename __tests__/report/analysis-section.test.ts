/**
 * The "Analysis" section, drawn from record.analysis alone (pure), in the job summary and the
 * report file. The analyses are made by analyzeWindow from hand-written series.
 */
import { describe, expect, it } from '@jest/globals';
import { newRecord } from '../../src/pipeline.js';
import { analysisSection } from '../../src/report/analysis-section.js';
import { renderReportFile } from '../../src/report/report-file.js';
import { renderSummary } from '../../src/report/summary.js';
import type { ShipRecord } from '../../src/ship.js';
import { analyzeWindow } from '../../src/verify/analysis/analyze.js';
import { analysisRecord } from '../../src/verify/analysis/record.js';
import type { Series } from '../../src/verify/analysis/series.js';
import { emptyHealth } from '../../src/verify/health.js';
import { NOW, settings, shipped } from './records.js';

const series = (name: string, role: Series['role'], errors: number, median: number): Series => ({
  name,
  role,
  probes: 20,
  errors,
  latencies: Array.from({ length: 20 }, (_, i) => median - 10 + i)
});
const LIMITS = { minSamples: 20, errorRateThreshold: 0.5, latencyThresholdMs: 500 };

function analysed(record: ShipRecord): ShipRecord {
  record.settings = settings({ analysis: { baselineChecks: [], minSamples: 20 } });
  record.settings.analysis!.baselineChecks = [{ name: 'blue', url: 'http://127.0.0.1:1/blue', method: 'GET', headers: {}, expectStatus: [], timeoutMs: 1000 }];
  const passed = analyzeWindow({ production: [series('app', 'production', 0, 100)], pairs: [{ new: series('green', 'new', 0, 100), old: series('blue', 'old', 0, 100) }], limits: LIMITS });
  const failed = analyzeWindow({ production: [series('app', 'production', 0, 100)], pairs: [{ new: series('green <b>', 'new', 4, 300), old: series('blue', 'old', 0, 100) }], limits: LIMITS });
  record.health = { ...emptyHealth(), analysis: [analysisRecord('traffic 10% monitor', 1_764_000_000_000, passed), analysisRecord('traffic 100% monitor', 1_764_000_060_000, failed)] };
  return record;
}

describe('analysisSection', () => {
  it('is empty when the ship configured no analysis', () => {
    expect(analysisSection(newRecord(), '###')).toBe('');
    expect(renderSummary(shipped())).not.toContain('Analysis');
  });

  it('shows each window: verdict, reason, both series with p50/p95, the tests and their p-values', () => {
    const out = analysisSection(analysed(newRecord()), '###');
    expect(out.startsWith('### Analysis\n\nEach window ends `pass`, `fail` or `inconclusive`; only `pass` promotes. Each series needs at least 20 probes.')).toBe(true);
    expect(out).toContain("failed probes by Boschloo's exact test; latency by the Mann-Whitney U test, failing only with a median at least 20% and 25 ms above the old one's");
    expect(out).toContain('#### traffic 10% monitor window: ✅ pass');
    expect(out).toContain('#### traffic 100% monitor window: ❌ fail');
    expect(out).toContain('| green &lt;b&gt; | new version (smoke check) | 20 | 4 (20%) | 299 ms | 308 ms | ✅ pass |');
    expect(out).toContain('| blue | old version (baseline check) | 20 | 0 (0%) | 99 ms | 108 ms | ✅ pass |');
    expect(out).toMatch(/\| green &lt;b&gt; against blue \| errors \| Boschloo's exact test, one-sided \| 0\.030 \| ❌ errors: green &lt;b&gt; failed 4 of 20 probes/);
    expect(out).toMatch(/\| green &lt;b&gt; against blue \| latency \| Mann-Whitney U test, one-sided, tie-corrected \| &lt; 0\.001 \| ❌ latency: /);
    expect(out).not.toContain('<b>');
  });

  it('an inconclusive window says it is a failure', () => {
    const record = newRecord();
    record.settings = settings({ analysis: { baselineChecks: [], minSamples: 30 } });
    record.health = { ...emptyHealth(), analysis: [analysisRecord('monitor', 0, analyzeWindow({ production: [series('app', 'production', 0, 50)], pairs: [], limits: { ...LIMITS, minSamples: 30 } }))] };
    const out = analysisSection(record, '##');
    expect(out).toContain('### monitor window: ❔ inconclusive (a failure: only a pass promotes)');
    expect(out).toContain('app: 20 probes, fewer than the 30 a series needs (analysis-min-samples)');
    expect(out).not.toContain('Boschloo');
  });

  it('says so when no window was analysed', () => {
    const record = newRecord();
    record.settings = settings({ analysis: { baselineChecks: [], minSamples: 20 } });
    expect(analysisSection(record, '###')).toContain('No window was analysed');
    record.status = 'dry-run';
    expect(analysisSection(record, '###')).toContain('_Not run: this was a dry run._');
  });

  it('is in the job summary and the report file', () => {
    const record = analysed(shipped());
    expect(renderSummary(record)).toContain('### Analysis');
    expect(renderReportFile(record, { now: NOW })).toContain('## Analysis\n');
  });
});

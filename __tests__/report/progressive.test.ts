/**
 * The "Progressive delivery" section, drawn from record.delivery alone (pure).
 */
import { describe, expect, it } from '@jest/globals';
import { newRecord } from '../../src/pipeline.js';
import type { ShipRecord } from '../../src/ship.js';
import { progressiveSection } from '../../src/report/progressive.js';

function canaryRecord(): ShipRecord {
  const record = newRecord();
  record.delivery = {
    smoke: { verdict: 'passed', reason: 'healthy: 2 consecutive passing rounds', checks: [] },
    traffic: {
      percent: 0,
      steps: [
        { percent: 10, at: '2026-11-29T07:00:01.250Z', verdict: 'passed', reason: 'monitoring window passed', errorRate: 0, p95Ms: 12, probes: 10, versions: { '1.4.0': 9, '1.5.0': 1 } },
        { percent: 50, at: '2026-11-29T07:00:04.500Z', verdict: 'failed', reason: 'error rate: 2 of 4 probes failed <img src=x>', errorRate: 0.5, p95Ms: 20, probes: 4 },
        { percent: 100, at: '', verdict: 'not reached', reason: 'not reached' }
      ],
      switchBack: { ok: true, verified: true, summary: 'switch-back command succeeded in 0.1s', at: '2026-11-29T07:00:06.000Z' }
    },
    cleanup: undefined,
    notifications: [
      { name: 'webhook 1', ok: true, attempts: 1, summary: 'webhook 1: delivered (HTTP 200)' },
      { name: 'webhook 2', ok: false, attempts: 3, summary: 'webhook 2: not delivered (HTTP 500 after 3 attempts)' }
    ]
  };
  record.health = { verdict: 'failed', reason: '', checks: [], rounds: 0, detail: [], timeToDetectMs: 1200 };
  record.rollback = { attempted: true, verified: true, trigger: '', toVersion: '1.4.0', toTag: 'v1.4.0', strategy: '', summary: '', detail: [], timeToRestoreMs: 450 };
  return record;
}

describe('progressiveSection', () => {
  it('is empty without progressive delivery', () => {
    expect(progressiveSection(newRecord(), '###')).toBe('');
  });

  it('lists every step with percent, time, error rate, p95, answers by version and verdict; then the switch-back and the times', () => {
    const out = progressiveSection(canaryRecord(), '###');
    expect(out.startsWith('### Progressive delivery\n')).toBe(true);
    expect(out).toContain('- smoke checks on the new version: ✅ healthy: 2 consecutive passing rounds');
    expect(out).toContain('| 1 | 10% | 07:00:01.250 UTC | 0% of 10 | 12 ms | 1.4.0: 9, 1.5.0: 1 | ✅ monitoring window passed |');
    expect(out).toContain('| 2 | 50% | 07:00:04.500 UTC | 50% of 4 | 20 ms | – | ❌ error rate: 2 of 4 probes failed &lt;img src=x&gt; |');
    expect(out).toContain('| 3 | 100% | – | – | – | – | ⏭️ not reached |');
    expect(out).toContain('- switch-back (SHIP_TRAFFIC=0) at 07:00:06.000 UTC: ✅ all traffic back on the previous version, verified');
    expect(out).toContain('- time to detect (first failing probe to verdict): 1.2s');
    expect(out).toContain('- time to restore (verdict to traffic verified on the previous version): 450 ms');
    expect(out).toContain('- notification ⚠️ webhook 2: not delivered (HTTP 500 after 3 attempts)');
    expect(out).not.toContain('<img');
  });

  it('uses the heading it is given (## in the report file)', () => {
    expect(progressiveSection(canaryRecord(), '##').startsWith('## Progressive delivery\n')).toBe(true);
  });

  it('a failed pre-deploy says nothing was deployed; a failed cleanup is a warning; a smoke failure shows the production check', () => {
    const record = newRecord();
    record.delivery = {
      preDeploy: { ok: false, summary: 'pre-deploy command exited 3', exitCode: 3, durationMs: 10, at: '' },
      cleanup: { ok: false, summary: 'cleanup command exited 7', exitCode: 7, durationMs: 5, at: '' },
      traffic: { percent: 0, steps: [{ percent: 100, at: '', verdict: 'not reached', reason: 'not reached' }], productionVerified: { verified: true, summary: 'no traffic moved; production verified on 1.4.0' } }
    };
    const out = progressiveSection(record, '###');
    expect(out).toContain('- pre-deploy command: ❌ pre-deploy command exited 3 — nothing was deployed, production was not changed');
    expect(out).toContain('- cleanup command: ⚠️ cleanup command exited 7 (a warning: the ship stays shipped)');
    expect(out).toContain('- production: ✅ no traffic moved; production verified on 1.4.0');
    expect(out).not.toContain('| step |');
  });
});

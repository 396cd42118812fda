/** DORA figures from the record, per status, and how the summary and the report file show them. */
import { describe, expect, it } from '@jest/globals';
import { computeDora } from '../../src/report/dora.js';
import { doraReportSection, doraSummaryLine } from '../../src/report/dora-report.js';
import { renderReportFile } from '../../src/report/report-file.js';
import { renderSummary } from '../../src/report/summary.js';
import type { ShipRecord } from '../../src/ship.js';
import { blocked, dryRun, failed, NOW, rolledBack, shipped } from './records.js';

/** The fixture's release began with a commit 3 days before the ship started. */
function withOldest(record: ShipRecord, at = '2025-10-30T10:12:03.120Z'): ShipRecord {
  if (record.version) record.version.oldestCommitAt = at;
  return record;
}

describe('computeDora', () => {
  it('shipped: lead time from the oldest commit to the end of verify (window included), deploy duration, no failure', () => {
    const record = withOldest(shipped());
    // verify ended at 10:15:43.907 + 630.220 s = 10:26:14.127, 3 days and 14 min 10.007 s after the commit.
    expect(computeDora(record)).toEqual({
      leadTimeSeconds: 3 * 86_400 + 14 * 60 + 11.007,
      deployDurationSeconds: 214,
      changeFailed: false,
      timeToDetectSeconds: null,
      timeToRestoreSeconds: null
    });
  });

  it('shipped without health checks: lead time to the end of the deploy', () => {
    const record = withOldest(shipped());
    record.health = { verdict: 'skipped', reason: 'no checks', checks: [], rounds: 0, detail: [] };
    record.stages = record.stages.filter((s) => s.name !== 'verify');
    // deploy ended at 10:12:09.497 + 214.410 s = 10:15:43.907.
    expect(computeDora(record).leadTimeSeconds).toBe(3 * 86_400 + 3 * 60 + 40.787);
  });

  it('rolled back: the change failed; detect and restore from the record; no lead time (not in production)', () => {
    expect(computeDora(withOldest(rolledBack()))).toEqual({
      leadTimeSeconds: null,
      deployDurationSeconds: 214,
      changeFailed: true,
      timeToDetectSeconds: 92.3,
      timeToRestoreSeconds: 171.4
    });
  });

  it('failed after the deploy changed production: change failed, nothing restored', () => {
    const figures = computeDora(withOldest(failed()));
    expect(figures).toMatchObject({ leadTimeSeconds: null, changeFailed: true, timeToRestoreSeconds: null });
  });

  it('failed before production changed (the dispatch refused), blocked, dry run: no change, so no failure either', () => {
    const refused = failed();
    refused.deploy = { ...refused.deploy!, untouched: true };
    for (const record of [refused, blocked(), dryRun()]) {
      expect(computeDora(withOldest(record))).toMatchObject({ leadTimeSeconds: null, changeFailed: null, timeToDetectSeconds: null, timeToRestoreSeconds: null });
    }
  });

  it('a re-run whose deploy had already succeeded: shipped, no deploy measured again', () => {
    const record = withOldest(shipped());
    record.deploy = { ...record.deploy!, alreadySucceeded: true, durationMs: undefined };
    expect(computeDora(record)).toMatchObject({ changeFailed: false, deployDurationSeconds: null });
  });

  it('no commit dates (a release event without commits): no lead time', () => {
    expect(computeDora(shipped()).leadTimeSeconds).toBeNull();
  });
});

describe('shown', () => {
  it('one line in the summary, a section in the report file', () => {
    const record = withOldest(rolledBack());
    record.dora = computeDora(record);
    expect(doraSummaryLine(record)).toBe(
      'DORA: lead time for changes n/a · deploy duration 3m 34s · change failed: yes · time to detect 1m 32s · time to restore 2m 51s'
    );
    expect(renderSummary(record)).toContain(doraSummaryLine(record));
    const report = renderReportFile(record, { now: NOW });
    expect(report).toContain('## DORA figures');
    expect(report).toContain('| Time to restore | 2m 51s | failure verdict to the verified rollback |');
    expect(doraReportSection(record)).toContain('| Change failed | yes |');
  });

  it('nothing for a blocked run, where every figure is n/a', () => {
    const record = blocked();
    record.dora = computeDora(record);
    expect(doraSummaryLine(record)).toBe('');
    expect(renderReportFile(record, { now: NOW })).not.toContain('DORA');
  });
});

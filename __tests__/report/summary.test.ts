/**
 * The job summary: golden files for one record per status (the records of report-file.test.ts),
 * escaping of outside text, and the 1 MiB limit.
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { expectGolden } from '../helpers/golden.js';
import { RECORDS, shipped } from './records.js';

const GOLDEN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../golden/summary');

describe('the job summary, one golden file per status', () => {
  it.each(Object.keys(RECORDS) as Array<keyof typeof RECORDS>)('%s', (status) => {
    expectGolden(GOLDEN, status, renderSummary(RECORDS[status]()));
  });
});

describe('outside text', () => {
  it('cannot open HTML tags or break a table', () => {
    const record = shipped();
    record.gates[0] = { ...record.gates[0]!, passed: false, found: '<script>alert(1)</script> | x', reason: 'line\nbreak | pipe' };
    const summary = renderSummary(record);
    // Literal text inside fenced blocks is inert; everywhere else a tag must be escaped.
    const outsideFences = summary.replace(/^(`{3,})\w*\n[\s\S]*?^\1$/gm, '');
    expect(outsideFences).not.toMatch(/<script|<img/i);
    expect(summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\| x');
    expect(summary).toContain('line break \\| pipe');
  });
});

describe('the 1 MiB limit', () => {
  it('cuts the longest parts, keeps the headline, and says it cut', () => {
    const record = shipped();
    record.warnings = Array.from({ length: 20_000 }, (_, i) => `warning ${i}: ${'x'.repeat(60)}`);
    const summary = renderSummary(record);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(summary).toContain('ship-prod: shipped');
    expect(summary).toContain("The summary was cut to stay under GitHub's 1 MiB limit");
  });

  it('does not cut a summary that fits', () => {
    expect(renderSummary(shipped())).not.toContain('was cut');
  });
});

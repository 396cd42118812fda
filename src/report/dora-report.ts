/**
 * How the DORA figures read: one line in the job summary, a section in the report file. The
 * figures themselves are computed in dora.ts.
 */
import type { ShipRecord } from '../ship.js';
import { formatSeconds, hasDora, type DoraFigures } from './dora.js';
import { table, text } from './markdown.js';

/** The one summary line: `DORA: lead time 3h 2m · deploy 4m 10s · change failed: no · …`. */
export function doraLine(dora: DoraFigures): string {
  const failed = dora.changeFailed === null ? 'n/a' : dora.changeFailed ? 'yes' : 'no';
  return (
    `DORA: lead time for changes ${formatSeconds(dora.leadTimeSeconds)} · deploy duration ${formatSeconds(dora.deployDurationSeconds)} · ` +
    `change failed: ${failed} · time to detect ${formatSeconds(dora.timeToDetectSeconds)} · time to restore ${formatSeconds(dora.timeToRestoreSeconds)}`
  );
}

/** The summary's line, or '' when there is nothing to show (a blocked run). */
export function doraSummaryLine(record: ShipRecord): string {
  return hasDora(record.dora) ? text(doraLine(record.dora)) : '';
}

/** The report file's section, or '' when there is nothing to show. */
export function doraReportSection(record: ShipRecord): string {
  const dora = record.dora;
  if (!hasDora(dora)) return '';
  const failed = dora.changeFailed === null ? 'n/a (production was not changed)' : dora.changeFailed ? 'yes' : 'no';
  const rows: unknown[][] = [
    ['Lead time for changes', formatSeconds(dora.leadTimeSeconds), 'oldest commit of this release to production verified healthy'],
    ['Deploy duration', formatSeconds(dora.deployDurationSeconds), 'the deploy itself (run time of the deploy workflow)'],
    ['Change failed', failed, 'the deploy changed production and the ship then failed'],
    ['Time to detect', formatSeconds(dora.timeToDetectSeconds), 'first failing probe to the failure verdict'],
    ['Time to restore', formatSeconds(dora.timeToRestoreSeconds), 'failure verdict to the verified rollback']
  ];
  return `## DORA figures\n\n${table(['figure', 'value', 'measured as'], rows)}\n\nThe same figures, in seconds, are in \`report-json\` under \`dora\`.`;
}

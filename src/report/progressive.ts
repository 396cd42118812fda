/**
 * The "Progressive delivery" section of the job summary (### heading) and the report file (##),
 * drawn from record.delivery alone: the pre-deploy hook, the smoke checks, every traffic step
 * (percent, when, error rate, p95, verdict), the switch-back with the time to detect and to
 * restore, the cleanup and the notifications. Empty when the ship used none of them.
 */
import type { CommandRecord } from '../commands.js';
import type { TrafficStepRecord } from '../deploy/record.js';
import type { ShipRecord } from '../ship.js';
import { formatRate } from '../verify/window.js';
import { durationOr } from './format.js';
import { table, text } from './markdown.js';

const VERDICT_ICONS: Record<TrafficStepRecord['verdict'], string> = { passed: '✅', failed: '❌', 'not reached': '⏭️' };

const ms = (v: number | undefined): string => durationOr(v, '–');

function commandLine(label: string, c: CommandRecord): string {
  return `- ${label}: ${c.ok ? '✅' : '❌'} ${text(c.summary)}`;
}

/** `12:03:04.512 UTC` (the day is in the report's header). */
function clockTime(iso: string): string {
  return iso ? `${iso.slice(11, 23)} UTC` : '–';
}

export function progressiveSection(record: ShipRecord, heading: '##' | '###'): string {
  const d = record.delivery;
  if (!d) return '';
  const lines: string[] = [];
  if (d.preDeploy) {
    lines.push(commandLine('pre-deploy command', d.preDeploy) + (d.preDeploy.ok ? '' : ' — nothing was deployed, production was not changed'));
  }
  if (d.smoke) lines.push(`- smoke checks on the new version: ${d.smoke.verdict === 'passed' ? '✅' : '❌'} ${text(d.smoke.reason)}`);
  const t = d.traffic;
  if (t?.productionVerified) lines.push(`- production: ${t.productionVerified.verified ? '✅' : '❌'} ${text(t.productionVerified.summary)}`);
  const parts: string[] = [];
  if (lines.length) parts.push(lines.join('\n'));
  if (t && t.steps.some((s) => s.verdict !== 'not reached')) {
    parts.push(
      table(
        ['step', 'traffic', 'when', 'error rate', 'p95', 'answers by version', 'verdict'],
        t.steps.map((s, i) => [
          i + 1,
          `${s.percent}%`,
          clockTime(s.at),
          s.errorRate === undefined ? '–' : `${formatRate(s.errorRate)} of ${s.probes}`,
          ms(s.p95Ms),
          s.versions ? Object.entries(s.versions).map(([v, n]) => `${v}: ${n}`).join(', ') : '–',
          `${VERDICT_ICONS[s.verdict]} ${s.verdict === 'not reached' ? 'not reached' : s.reason}`
        ])
      )
    );
  }
  const after: string[] = [];
  if (t?.switchBack) {
    const sb = t.switchBack;
    after.push(
      `- switch-back (SHIP_TRAFFIC=0) at ${clockTime(sb.at)}: ${sb.ok && sb.verified ? '✅ all traffic back on the previous version, verified' : sb.ok ? '❌ moved back, not verified' : '❌ the traffic command failed'} (${text(sb.summary)})`
    );
    if (record.health?.timeToDetectMs !== undefined) after.push(`- time to detect (first failing probe to verdict): ${ms(record.health.timeToDetectMs)}`);
    if (record.rollback?.timeToRestoreMs !== undefined) after.push(`- time to restore (verdict to traffic verified on the previous version): ${ms(record.rollback.timeToRestoreMs)}`);
  }
  if (t && !t.switchBack && t.steps.some((s) => s.verdict !== 'not reached')) after.push(`- traffic on the new version when the ship ended: ${t.percent}%`);
  if (d.cleanup) after.push(d.cleanup.skipped ? `- cleanup command: ⏭️ not run: ${text(d.cleanup.skipped)}` : commandLine('cleanup command', d.cleanup).replace('❌', '⚠️') + (d.cleanup.ok ? '' : ' (a warning: the ship stays shipped)'));
  for (const n of d.notifications ?? []) after.push(`- notification ${n.ok ? '✅' : '⚠️'} ${text(n.summary)}`);
  if (after.length) parts.push(after.join('\n'));
  if (!parts.length) return '';
  return `${heading} Progressive delivery\n\n${parts.join('\n\n')}`;
}

/**
 * The "Analysis" section of the job summary (### heading) and the report file (##), drawn from
 * record.analysis alone: for each window, its verdict and reason, every series (probes, failed
 * probes, p50, p95, verdict) and every test of new against old (the test, the p-value, the
 * verdict). Empty when the ship configured no analysis (no baseline-checks, no
 * analysis-min-samples).
 */
import type { ShipRecord } from '../ship.js';
import type { WindowAnalysisRecord } from '../verify/analysis/record.js';
import type { Verdict } from '../verify/analysis/verdict.js';
import { formatRate } from '../verify/analysis/verdict.js';
import { DEFAULT_LATENCY_MIN_MS, DEFAULT_LATENCY_MIN_RATIO, formatP } from '../verify/analysis/compare.js';
import { durationOr } from './format.js';
import { table, text } from './markdown.js';

const ICONS: Record<Verdict, string> = { pass: '✅', fail: '❌', inconclusive: '❔' };
const ROLES = { production: 'production (health check)', new: 'new version (smoke check)', old: 'old version (baseline check)' } as const;
const ms = (v: number | undefined): string => durationOr(v, '–');

function windowPart(w: WindowAnalysisRecord, heading: string): string {
  const parts = [`${heading} ${text(w.window)} window: ${ICONS[w.verdict]} ${w.verdict}${w.verdict === 'inconclusive' ? ' (a failure: only a pass promotes)' : ''}`, text(w.reason)];
  parts.push(
    table(
      ['series', 'what it probes', 'probes', 'failed', 'p50', 'p95', 'verdict'],
      w.series.map((s) => [s.name, ROLES[s.role], s.probes, s.errorRate === undefined ? '–' : `${s.errors} (${formatRate(s.errorRate)})`, ms(s.p50Ms), ms(s.p95Ms), `${ICONS[s.verdict]} ${s.verdict}`])
    )
  );
  if (w.comparisons.length > 0) {
    parts.push(
      table(
        ['new against old', 'metric', 'test', 'p-value', 'verdict'],
        w.comparisons.flatMap((c) =>
          c.tests.map((t) => [`${c.newName} against ${c.oldName}`, t.metric, t.test, t.pValue === undefined ? '–' : formatP(t.pValue).replace(/^p (= )?/, ''), `${ICONS[t.verdict]} ${t.reason}`])
        )
      )
    );
  }
  return parts.join('\n\n');
}

export function analysisSection(record: ShipRecord, heading: '##' | '###'): string {
  const windows = record.health?.analysis ?? [];
  const a = record.settings?.analysis;
  if (!a && windows.length === 0) return '';
  const comparing = Boolean(a?.baselineChecks.length);
  const how = [
    'Each window ends `pass`, `fail` or `inconclusive`; only `pass` promotes.',
    `Each series needs at least ${a?.minSamples ?? windows[0]?.minSamples ?? 0} probes.`,
    comparing
      ? `The new version (smoke-checks) is compared with the old one (baseline-checks) probed in the same rounds, one-sided at 95% confidence: failed probes by Boschloo's exact test; latency by the Mann-Whitney U test, failing only with a median at least ${Math.round((DEFAULT_LATENCY_MIN_RATIO - 1) * 100)}% and ${DEFAULT_LATENCY_MIN_MS} ms above the old one's. The fixed thresholds stay hard limits.`
      : ''
  ]
    .filter(Boolean)
    .join(' ');
  const none = record.status === 'dry-run' ? 'Not run: this was a dry run.' : 'No window was analysed (the ship ended before its first monitoring window).';
  const body = windows.length > 0 ? windows.map((w) => windowPart(w, heading === '##' ? '###' : '####')).join('\n\n') : `_${none}_`;
  return `${heading} Analysis\n\n${how}\n\n${body}`;
}

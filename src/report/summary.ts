/**
 * The job summary, drawn from the ship record alone, the same way on every path.
 */
import { formatDuration } from '../config/durations.js';
import type { ShipRecord, ShipStatus } from '../ship.js';
import { doraSummaryLine } from './dora-report.js';
import { durationOr, STAGE_ICONS } from './format.js';
import { cell, code, details, fenced, link, raw, table, text } from './markdown.js';
import { progressiveSection } from './progressive.js';
import { analysisSection } from './analysis-section.js';
import { gatesTable, planList, warningsList } from './sections.js';
import { approvalWords, deployView, rollbackView } from './views/deploy.js';
import { lockView } from './views/lock.js';
import { healthView } from './views/health.js';
import { regressionLimit } from '../verify/window.js';
import { wavesSection } from './waves-section.js';

const ICONS: Record<ShipStatus, string> = {
  shipped: '✅',
  blocked: '⛔',
  'rolled-back': '↩️',
  aborted: '⏹️',
  failed: '❌',
  'dry-run': '🧪'
};

/** GitHub refuses job summaries over 1 MiB; stay well under it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

export function renderSummary(record: ShipRecord): string {
  const parts: string[] = [];
  parts.push(`## ${ICONS[record.status]} ship-prod: ${record.status}`);
  parts.push(`**${text(record.headline)}**`);
  if (record.context) {
    const c = record.context;
    parts.push(
      `Commit ${code(c.sha.slice(0, 12))} of \`${c.owner}/${c.repo}\`` +
        (c.branch ? ` (branch ${code(c.branch)})` : '') +
        ` · environment ${code(record.settings?.environment ?? '')}` +
        (record.settings?.dryRun ? ' · **dry run**' : '')
    );
  }
  const dora = doraSummaryLine(record);
  if (dora) parts.push(dora);
  if (record.nextSteps.length) {
    parts.push(`### What to do next\n${record.nextSteps.map((s) => `- ${text(s)}`).join('\n')}`);
  }
  if (record.gates.length) {
    parts.push(`### Gates\n${gatesTable(record)}`);
  }
  const waves = wavesSection(record);
  if (waves) parts.push(waves);
  const lock = lockSection(record);
  if (lock) parts.push(lock);
  const release = releaseSection(record);
  if (release) parts.push(release);
  const deploy = deploySection(record);
  if (deploy) parts.push(deploy);
  const health = healthSection(record);
  if (health) parts.push(health);
  const progressive = progressiveSection(record, '###');
  if (progressive) parts.push(progressive);
  const analysis = analysisSection(record, '###');
  if (analysis) parts.push(analysis);
  const rollback = rollbackSection(record);
  if (rollback) parts.push(rollback);
  if (record.plan.length) parts.push(`### What would happen\n${planList(record)}`);
  if (record.warnings.length) parts.push(`### Warnings\n${warningsList(record)}`);
  if (record.stages.length) {
    parts.push(
      `### Timeline\n` +
        table(
          ['stage', 'result', 'took', 'what happened'],
          record.stages.map((s) => [s.environment ? `${s.name} (${s.environment})` : s.name, `${STAGE_ICONS[s.state] ?? ''} ${s.state}`, formatDuration(s.durationMs), s.summary])
        )
    );
  }
  const staged = Object.entries(record.api.byStage);
  // Requests made between stages (a deployment status after the rollback) count in the total too.
  const between = record.api.requests - staged.reduce((sum, [, n]) => sum + (n ?? 0), 0);
  const api = [...staged.map(([stage, n]) => `${stage}: ${n}`), ...(between > 0 ? [`between stages: ${between}`] : [])].join(', ');
  parts.push(
    details(
      'Run details',
      [
        `API requests: ${record.api.requests}${api ? ` (${cell(api)})` : ''}`,
        record.settings ? `Settings:\n\n\`\`\`json\n${JSON.stringify(record.settings, null, 2).replace(/`/g, "'")}\n\`\`\`` : ''
      ]
        .filter(Boolean)
        .join('\n\n')
    )
  );
  return fitSummary(parts);
}

function lockSection(record: ShipRecord): string {
  const view = lockView(record);
  if (!view) return '';
  const rows: unknown[][] = [['ref', raw(code(view.ref))], ['state', view.state]];
  if (view.holder) rows.push([view.holderLabel, raw(link(view.holder, view.holderUrl))]);
  if (view.commitUrl) rows.push(['lock commit', raw(link(view.commitSha!.slice(0, 12), view.commitUrl))]);
  if (view.waitedFor) rows.push(['waited for', raw(`${link(view.waitedFor, view.waitedForUrl)} (${formatDuration(view.waitedMs)})`)]);
  return `### Environment lock\n${text(view.summary)}\n\n${table(['', ''], rows)}`;
}

function releaseSection(record: ShipRecord): string {
  const v = record.version;
  if (!v) return '';
  const c = record.context;
  const repoUrl = c ? `${c.serverUrl}/${c.owner}/${c.repo}` : '';
  const r = record.release;
  const lines = [
    `**${text(v.previous || 'first release')} → ${text(v.next)}** · ${text(v.rule)}`,
    ''
  ];
  const rows: unknown[][] = [];
  rows.push(['tag', raw(repoUrl && r?.commitSha ? link(v.tag, `${repoUrl}/tree/${v.tag}`) : code(v.tag))]);
  if (r?.commitSha) rows.push(['release commit', raw(link(r.commitSha.slice(0, 12), repoUrl ? `${repoUrl}/commit/${r.commitSha}` : undefined))]);
  if (r?.releaseId) rows.push(['release', raw(link(`${r.draft ? 'draft ' : ''}release ${r.releaseId}`, r.releaseUrl))]);
  if (r?.mergeBack) rows.push(['merge-back pull request', raw(`${link(`#${r.mergeBack.number}`, r.mergeBack.url)} from ${code(r.mergeBack.branch)} (${r.mergeBack.action})`)]);
  if (rows.length) lines.push(table(['', ''], rows));
  if (r?.reused.length) lines.push('', `Reused (this ship had made them already): ${r.reused.map(text).join('; ')}`);
  if (v.changelogSection.trim()) lines.push('', details(`Changelog section of ${v.next}`, fenced(v.changelogSection)));
  return `### Version and release\n${lines.join('\n')}`;
}

function deploySection(record: ShipRecord): string {
  const d = deployView(record);
  if (!d || d.strategy === 'none') return '';
  const rows: unknown[][] = [['strategy', d.strategy]];
  if (d.deploymentId) rows.push(['deployment', raw(link(`${d.deploymentId} (${record.settings?.environment ?? ''})`, d.deploymentsUrl))]);
  if (d.runId) rows.push(['deploy run', raw(link(`run ${d.runId}`, d.runUrl))]);
  if (d.approval) rows.push(['approval', approvalWords(d.approval)]);
  if (d.conclusion) rows.push(['conclusion', d.conclusion]);
  if (d.durationMs !== undefined) rows.push(['took', formatDuration(d.durationMs)]);
  const parts = [`### Deploy\n${table(['', ''], rows)}`];
  if (d.detail.length) parts.push(details('Deploy details', d.detail.map((l) => `- ${text(l)}`).join('\n')));
  return parts.join('\n\n');
}

const ms = (v: number | undefined): string => durationOr(v, '–');

/** The window's p95 limit as the verdict used it: latency-threshold, or lower, from the baseline. */
function p95Limit(latencyThresholdMs: number, baselineP95Ms: number | undefined): string {
  const fromBaseline = regressionLimit(baselineP95Ms);
  return fromBaseline !== undefined && fromBaseline < latencyThresholdMs
    ? `threshold ${ms(fromBaseline)} from the baseline p95 ${ms(baselineP95Ms)}; latency-threshold ${ms(latencyThresholdMs)}`
    : `latency-threshold ${ms(latencyThresholdMs)}`;
}

function healthSection(record: ShipRecord): string {
  const view = healthView(record);
  const h = view.record;
  if (!h || h.verdict === 'skipped') return '';
  const icon = h.verdict === 'passed' ? '✅' : '❌';
  const lines = [`### Verify\n${icon} **${h.verdict}**: ${text(h.reason)}`];
  const latencyLimit = view.latencyThresholdMs;
  if (view.checks.length) {
    lines.push(
      table(
        ['check', 'samples', 'failures', 'p50', 'p95', 'last answer'],
        view.checks.map((c) => [c.name, c.samples, c.failures, ms(c.p50Ms), ms(c.p95Ms), c.lastReason])
      )
    );
  }
  const facts: string[] = [];
  if (h.baseline) facts.push(`baseline before the deploy: p95 ${ms(h.baseline.p95Ms)}${h.baseline.warning ? ` (⚠️ ${text(h.baseline.warning)})` : ''}`);
  if (h.window) {
    const w = h.window;
    facts.push(
      `monitoring window: ${w.verdict === 'passed' ? '✅' : '❌'} ${text(w.reason)}; ${w.rounds} of ${w.plannedRounds} rounds in ${ms(w.durationMs)}${w.stoppedEarly ? ' (stopped early on a decisive breach)' : ''}; ` +
        `error rate ${w.errorRate === undefined ? '–' : w.errorRate.toFixed(3)} (error-rate-threshold ${w.thresholds.errorRate}), p95 ${ms(w.p95Ms)} (${p95Limit(latencyLimit ?? w.thresholds.latencyMs, h.baseline?.p95Ms)})`
    );
  }
  if (h.timeToDetectMs !== undefined) facts.push(`time to detect (first failing probe to verdict): ${ms(h.timeToDetectMs)}`);
  if (facts.length) lines.push(facts.map((f) => `- ${f}`).join('\n'));
  if (h.detail.length) lines.push(details('Verify details', h.detail.map((d) => `- ${text(d)}`).join('\n')));
  return lines.join('\n\n');
}

function rollbackSection(record: ShipRecord): string {
  const r = rollbackView(record);
  if (!r) return '';
  const rows: unknown[][] = [
    ['why', r.trigger],
    ['to', `${r.toTag} (${r.toVersion || 'no previous version'})`],
    ['how', r.strategy],
    ['attempted', r.attempted ? 'yes' : 'no'],
    ['verified healthy', r.verified ? '✅ yes' : '❌ no']
  ];
  if (r.runId) rows.push(['rollback run', raw(link(`run ${r.runId}`, r.runUrl))]);
  if (r.approval) rows.push(['approval', approvalWords(r.approval)]);
  if (r.timeToRestoreMs !== undefined) rows.push(['time to restore (verdict to verified rollback)', ms(r.timeToRestoreMs)]);
  const parts = [`### Rollback\n${text(r.summary)}\n\n${table(['', ''], rows)}`];
  if (r.detail.length) parts.push(details('Rollback details', r.detail.map((d) => `- ${text(d)}`).join('\n')));
  return parts.join('\n\n');
}

/** Drops the longest parts (from the end) until the summary fits, and says so. */
function fitSummary(parts: string[]): string {
  let out = parts.join('\n\n') + '\n';
  if (Buffer.byteLength(out) <= SUMMARY_LIMIT_BYTES) return out;
  const kept = [...parts];
  while (kept.length > 2 && Buffer.byteLength(kept.join('\n\n')) > SUMMARY_LIMIT_BYTES - 200) kept.pop();
  out = kept.join('\n\n') + `\n\n_The summary was cut to stay under GitHub's 1 MiB limit; the report file and \`report-json\` hold everything._\n`;
  return out;
}

/**
 * The report file (`production-ship-report.md`): what a release engineer reads at 2 a.m. and an
 * auditor reads later. Drawn from the ship record alone, the same way on every path (blocked and
 * dry-run included), and deterministic for a given record and `now`: no clock, no environment.
 * Every string that came from outside (gate reasons, check names, URLs, commands, changelogs,
 * API answers) goes through the helpers of markdown.ts; shell commands are shell-quoted and fenced.
 */
import { formatDuration } from '../config/durations.js';
import type { ShipRecord, ShipStatus } from '../ship.js';
import { doraReportSection } from './dora-report.js';
import { durationOr, STAGE_ICONS } from './format.js';
import { cell, code, details, fenced, link, raw, table, text } from './markdown.js';
import { rollbackProcedureSection } from './procedure.js';
import { progressiveSection } from './progressive.js';
import { analysisSection } from './analysis-section.js';
import { gatesTable, planList, warningsList } from './sections.js';
import { deployView, rollbackView } from './views/deploy.js';
import { endOf, factsOf, percent, sentence, utc, type Facts } from './views/facts.js';
import { healthView } from './views/health.js';
import { nextStepsSection } from './views/next-steps.js';

const VERDICTS: Record<ShipStatus, string> = {
  shipped: '✅ Shipped',
  blocked: '⛔ Blocked',
  'rolled-back': '↩️ Rolled back',
  aborted: '⏹️ Aborted',
  failed: '❌ Failed',
  'dry-run': '🧪 Dry run'
};

export { reportFilePath, REPORT_FILE_NAME } from './report-path.js';

export function renderReportFile(record: ShipRecord, opts: { now: Date }): string {
  const facts = factsOf(record);
  const parts: string[] = [
    headerSection(record, facts),
    nextStepsSection(record, facts),
    summarySection(record, facts),
    doraReportSection(record),
    gatesSection(record),
    healthSection(record),
    monitoringSection(record),
    progressiveSection(record, '##'),
    analysisSection(record, '##'),
    artifactsSection(record, facts),
    rollbackProcedureSection(record, facts),
    rollbackSection(record),
    planSection(record),
    warningsSection(record),
    timelineSection(record),
    footer(record, opts.now)
  ].filter(Boolean);
  return parts.join('\n\n') + '\n';
}

const ms = (value: number | undefined): string => durationOr(value, 'n/a');

// ---------------------------------------------------------------------------------------------
// Sections

function headerSection(record: ShipRecord, f: Facts): string {
  const c = record.context;
  const what = c ? `${c.owner}/${c.repo}${f.tag ? ` ${f.tag}` : ''} to ${f.environment}` : 'ship-prod';
  const lines = [`# ${VERDICTS[record.status]}: ${text(what)}`, '', `**${text(record.headline)}**`];
  if (c) {
    const bits = [
      `workflow ${code(c.workflow || 'unknown')}, ${link(`run ${c.runId}${c.runAttempt && c.runAttempt !== '1' ? ` attempt ${c.runAttempt}` : ''}`, c.runUrl || undefined)}`,
      `commit ${code(c.sha.slice(0, 12))}${c.branch ? ` on ${code(c.branch)}` : ''}`,
      `started ${utc(record.startedAt)}`
    ];
    if (c.actor) bits.push(`by ${text(c.actor)}`);
    lines.push('', bits.join(' · '));
  }
  return lines.join('\n');
}

function summarySection(record: ShipRecord, f: Facts): string {
  const v = record.version;
  const d = record.deploy;
  const r = record.release;
  const rows: unknown[][] = [];
  rows.push(['Status', raw(code(record.status))]);
  rows.push(['Version', v ? `${v.previous || 'first release'} → ${v.next}${v.rule ? ` (${v.rule})` : ''}` : 'not decided']);
  rows.push(['Deployed at', deployedAtText(record, f)]);
  rows.push(['Environment', raw(code(f.environment))]);
  const dry = record.status === 'dry-run';
  rows.push([
    'Deployment',
    d?.deploymentId
      ? raw(link(`${d.deploymentId}`, f.repoUrl ? `${f.repoUrl}/deployments/${encodeURIComponent(f.environment)}` : undefined))
      : dry && d && d.strategy !== 'none'
        ? 'would be created'
        : 'none'
  ]);
  rows.push(['Deploy', d ? deployText(record) : 'not reached']);
  rows.push(['Production URL', f.productionUrl ? raw(link(f.productionUrl, f.productionUrl)) : 'unknown (no health checks)']);
  rows.push([
    'Release',
    r?.releaseId
      ? raw(link(`${r.draft ? 'draft ' : ''}release ${v?.tag ?? r.releaseId}`, r.releaseUrl))
      : record.settings?.release === false
        ? 'none (release: false)'
        : dry
          ? 'would be created as a draft, published once the ship succeeds'
          : 'none'
  ]);
  rows.push(['Tag', v?.tag ? raw(r?.tagSha || r?.commitSha ? link(v.tag, f.repoUrl ? `${f.repoUrl}/tree/${v.tag}` : undefined) : `${code(v.tag)} (not created)`) : 'none']);
  const parts = [`## Deployment summary\n\n${table(['', ''], rows)}`];
  if (v?.changelogSection.trim()) parts.push(details(`What changed in ${v.next}`, fenced(v.changelogSection)));
  return parts.join('\n\n');
}

function deployedAtText(record: ShipRecord, f: Facts): string {
  const rollback = record.stages.find((s) => s.name === 'rollback');
  if (f.deployedAt && record.rollback?.attempted && rollback) return `${utc(f.deployedAt)}; rolled back ${utc(endOf(rollback))}`;
  if (f.deployedAt) return utc(f.deployedAt);
  if (record.status === 'dry-run') return 'not deployed (dry run)';
  if (record.status === 'blocked') return 'not deployed (blocked)';
  if (record.deploy?.strategy === 'none') return 'not deployed by ship-prod (no deploy strategy)';
  const stage = record.stages.find((s) => s.name === 'deploy');
  if (stage?.state === 'failed') return `not completed: the deploy started ${utc(stage.startedAt)} and failed`;
  return 'not deployed';
}

function deployText(record: ShipRecord): string {
  const d = deployView(record)!;
  const tail = [d.conclusion ? `conclusion ${d.conclusion}` : '', d.durationMs !== undefined ? `took ${formatDuration(d.durationMs)}` : '', d.alreadySucceeded ? 'already succeeded in an earlier attempt' : '']
    .filter(Boolean)
    .join(', ');
  return `${d.how}${tail ? ` (${tail})` : ''}`;
}

function gatesSection(record: ShipRecord): string {
  if (!record.gates.length) return '## Gates\n\nNo gates were evaluated (the run stopped before them).';
  const passed = record.gates.filter((g) => g.passed).length;
  return (
    `## Gates\n\n${passed} of ${record.gates.length} passed.\n\n` + gatesTable(record)
  );
}

function healthSection(record: ShipRecord): string {
  if (!record.settings) return '## Health checks\n\nNot run: the run stopped before its inputs were read.';
  const view = healthView(record);
  const h = view.record;
  if (view.planned && view.configured) {
    const s = record.settings;
    return (
      `## Health checks\n\nNot run: this was a dry run. After a real deploy these would be probed every ${formatDuration(s.health.intervalMs)} until healthy (health-timeout ${formatDuration(s.health.timeoutMs)}):\n\n` +
      table(
        ['check', 'method', 'URL', 'latency limit'],
        view.planned.map((c) => [c.name, c.method, c.url, c.maxLatencyMs !== undefined ? `${formatDuration(c.maxLatencyMs)} per probe` : 'none'])
      )
    );
  }
  if (!h || (h.verdict === 'skipped' && !h.checks.length)) {
    const why = !view.configured
      ? 'Not configured: no `health-urls` or `health-checks`, so nothing verified production after the deploy.'
      : `Not run${h?.reason ? `: ${text(h.reason)}` : ' (the ship stopped before the deploy)'}.`;
    return `## Health checks\n\n${why}`;
  }
  const lines: string[] = [`## Health checks`, '', `**Verdict: ${h.verdict}.** ${text(sentence(h.reason))}`];
  const facts: string[] = [];
  if (h.rounds) facts.push(`${h.rounds} probe round${h.rounds === 1 ? '' : 's'} until the verdict`);
  if (h.baseline) {
    facts.push(
      h.baseline.p95Ms !== undefined
        ? `baseline before the deploy: p95 ${formatDuration(h.baseline.p95Ms)}${h.baseline.warning ? ` (${text(h.baseline.warning)})` : ''}`
        : `no baseline before the deploy${h.baseline.warning ? `: ${text(h.baseline.warning)}` : ''}`
    );
  }
  if (h.timeToDetectMs !== undefined) facts.push(`time to detect: ${formatDuration(h.timeToDetectMs)} from the first failing probe to the verdict`);
  if (facts.length) lines.push('', facts.map((x) => `- ${x[0]!.toUpperCase()}${x.slice(1)}`).join('\n'));
  if (view.checks.length) {
    lines.push(
      '',
      table(
        ['check', 'URL', 'samples', 'failures', 'p50', 'p95', 'latency limit', 'last result'],
        view.checks.map((c) => [
          c.name,
          c.url,
          c.samples,
          c.failures,
          ms(c.p50Ms),
          `${ms(c.p95Ms)}${c.over ? ' ⚠️ over' : ''}`,
          c.limit ? `${formatDuration(c.limit.ms)} ${c.limit.per === 'probe' ? 'per probe' : 'p95'}` : 'none',
          c.lastReason
        ])
      )
    );
  }
  if (h.detail.length) lines.push('', details('Health details', h.detail.map((l) => `- ${text(l)}`).join('\n')));
  return lines.join('\n');
}

function monitoringSection(record: ShipRecord): string {
  const w = healthView(record).window;
  const m = record.settings?.monitor;
  if (!m) return '## Monitoring\n\nNot run: the run stopped before its inputs were read.';
  if (!w) {
    if (m.durationMs <= 0) return '## Monitoring\n\nNo monitoring window (`monitor-duration` is 0).';
    const why =
      record.status === 'dry-run'
        ? ' (dry run)'
        : record.status === 'blocked'
          ? ' (blocked)'
          : record.health?.verdict === 'failed'
            ? ': production never became healthy'
            : record.stages.some((st) => st.name === 'deploy' && st.state === 'failed')
              ? ': the deploy failed'
              : '';
    return `## Monitoring\n\nThe ${formatDuration(m.durationMs)} monitoring window (error rate above ${percent(m.errorRateThreshold)} or p95 above ${formatDuration(m.latencyThresholdMs)} fails) did not run${why}.`;
  }
  const rows: unknown[][] = [
    ['Verdict', `${w.verdict === 'passed' ? '✅' : w.verdict === 'failed' ? '❌' : '⏭️'} ${w.verdict}: ${w.reason}`],
    ['Watched', `${formatDuration(w.durationMs)}, ${w.rounds} of ${w.plannedRounds} planned rounds`],
    ['Error rate', `${percent(w.errorRate)} (threshold ${percent(w.thresholds.errorRate)})${w.rateOver ? ' ❌' : ''}`],
    ['p95 latency', `${ms(w.p95Ms)} (threshold ${formatDuration(w.thresholds.latencyMs)})${w.p95Over ? ' ❌' : ''}`],
    ['Stopped early', w.stoppedEarly ? 'yes: the breach was decisive before the planned end' : 'no']
  ];
  return `## Monitoring\n\n${table(['', ''], rows)}`;
}

function artifactsSection(record: ShipRecord, f: Facts): string {
  const c = record.context;
  const r = record.release;
  const v = record.version;
  const d = record.deploy;
  const rows: unknown[][] = [];
  if (v?.tag) rows.push(['Tag', raw(r?.tagSha || r?.commitSha ? link(v.tag, f.repoUrl ? `${f.repoUrl}/tree/${v.tag}` : undefined) : `${code(v.tag)} (not created)`)]);
  if (r?.commitSha) rows.push(['Release commit', raw(link(r.commitSha, f.repoUrl ? `${f.repoUrl}/commit/${r.commitSha}` : undefined))]);
  if (c?.sha) rows.push(['Shipped commit', raw(link(c.sha, f.repoUrl ? `${f.repoUrl}/commit/${c.sha}` : undefined))]);
  if (r?.releaseId) rows.push(['Release', raw(link(`${r.draft ? 'draft ' : ''}release ${r.releaseId}`, r.releaseUrl))]);
  if (r?.mergeBack) rows.push(['Merge-back pull request', raw(`${link(`#${r.mergeBack.number}`, r.mergeBack.url)} from ${code(r.mergeBack.branch)} (${r.mergeBack.action})`)]);
  if (c?.runId) rows.push(['Workflow run', raw(`${code(c.workflow || 'workflow')} ${link(`run ${c.runId}, attempt ${c.runAttempt || '1'}`, c.runUrl || undefined)}`)]);
  if (d?.runId) rows.push(['Deploy run', raw(link(`run ${d.runId}`, d.runUrl))]);
  if (d?.deploymentId) rows.push(['Deployment', raw(link(`deployment ${d.deploymentId}`, f.repoUrl ? `${f.repoUrl}/deployments/${encodeURIComponent(f.environment)}` : undefined))]);
  if (record.rollback?.runId) rows.push(['Rollback run', raw(link(`run ${record.rollback.runId}`, record.rollback.runUrl))]);
  if (record.stateFile) rows.push(['State file', raw(`${code(record.stateFile.path)} (feature ${code(record.stateFile.feature)})`)]);
  if (!rows.length) return '## Artifacts\n\nNone: the run stopped before it knew what to ship.';
  return `## Artifacts\n\n${table(['', ''], rows)}`;
}

function rollbackSection(record: ShipRecord): string {
  const r = rollbackView(record);
  if (!r) return '';
  const rows: unknown[][] = [
    ['Trigger', r.trigger],
    ['Attempted', r.attempted ? 'yes' : 'no'],
    ['To', `${r.toVersion || 'none'}${r.toTag ? ` (${r.toTag})` : ''}`],
    ['Strategy', r.strategy],
    ['Verified', r.verified ? '✅ yes: deployed again and healthy' : r.attempted ? '❌ no' : 'no (not attempted)'],
    ['Time to restore', r.timeToRestoreMs !== undefined ? `${formatDuration(r.timeToRestoreMs)} from the failure verdict to the verified rollback` : 'n/a']
  ];
  if (r.timeToDetectMs !== undefined) rows.push(['Time to detect', formatDuration(r.timeToDetectMs)]);
  if (r.runId) rows.push(['Rollback run', raw(link(`run ${r.runId}`, r.runUrl))]);
  const parts = [`## Rollback\n\n${text(sentence(r.summary))}\n\n${table(['', ''], rows)}`];
  if (r.detail.length) parts.push(details('Rollback details', r.detail.map((l) => `- ${text(l)}`).join('\n')));
  return parts.join('\n\n');
}

function planSection(record: ShipRecord): string {
  if (!record.plan.length) return '';
  return `## What would have happened\n\n${planList(record)}`;
}

function warningsSection(record: ShipRecord): string {
  if (!record.warnings.length) return '';
  return `## Warnings\n\n${warningsList(record)}`;
}

function timelineSection(record: ShipRecord): string {
  if (!record.stages.length) return '';
  return (
    `## Timeline\n\n` +
    table(
      ['stage', 'started', 'took', 'result', 'what happened'],
      record.stages.map((s) => [s.name, utc(s.startedAt).replace(' UTC', ''), formatDuration(s.durationMs), `${STAGE_ICONS[s.state] ?? ''} ${s.state}`, s.summary])
    ) +
    `\n\nTimes are UTC. ${record.api.requests} GitHub API request${record.api.requests === 1 ? '' : 's'}.`
  );
}

function footer(record: ShipRecord, now: Date): string {
  const c = record.context;
  return `---\n\n_Written by ship-prod at ${utc(now.toISOString())}${c?.runId ? ` in run ${cell(c.runId)}` : ''}. Report schema \`${record.schema}\`; the \`report-json\` output holds the whole record._`;
}

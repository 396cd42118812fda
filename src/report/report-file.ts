/**
 * The report file (`production-ship-report.md`): what a release engineer reads at 2 a.m. and an
 * auditor reads later. Drawn from the ship record alone, the same way on every path (blocked and
 * dry-run included), and deterministic for a given record and `now`: no clock, no environment.
 * Every string that came from outside (gate reasons, check names, URLs, commands, changelogs,
 * API answers) goes through the helpers of markdown.ts; shell commands are shell-quoted and fenced.
 */
import path from 'node:path';
import { formatDuration } from '../config/durations.js';
import type { CheckRecord, ShipRecord, ShipStatus, StageRecord } from '../ship.js';
import { doraReportSection } from './dora-report.js';
import { durationOr, productionUrlOf, STAGE_ICONS } from './format.js';
import { cell, code, details, fenced, link, raw, table, text } from './markdown.js';
import { progressiveSection } from '../traffic/report.js';
import { analysisSection } from './analysis-section.js';

export const REPORT_FILE_NAME = 'production-ship-report.md';

const VERDICTS: Record<ShipStatus, string> = {
  shipped: '✅ Shipped',
  blocked: '⛔ Blocked',
  'rolled-back': '↩️ Rolled back',
  failed: '❌ Failed',
  'dry-run': '🧪 Dry run'
};

/** Correlation inputs the action fills with its ship id: meaningless for a rollback by hand. */
const CORRELATION_INPUTS = new Set(['ship_id', 'correlation_id', 'distinct_id']);

/**
 * Where the report goes, workspace-relative with `/`: `auto` puts it beside the state file (the
 * workspace root without one), a path is taken as given, `none` writes no report (null).
 */
export function reportFilePath(record: ShipRecord): string | null {
  const choice = record.settings?.reportFile ?? { mode: 'auto' };
  if (choice.mode === 'none') return null;
  if (choice.mode === 'path') return choice.path;
  const state = record.stateFile?.path;
  if (!state) return REPORT_FILE_NAME;
  const dir = path.posix.dirname(state.replace(/\\/g, '/'));
  return dir === '.' ? REPORT_FILE_NAME : `${dir}/${REPORT_FILE_NAME}`;
}

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

// ---------------------------------------------------------------------------------------------
// Facts derived once from the record

interface Facts {
  repoUrl: string;
  /** `owner/repo`, or `host/owner/repo` off github.com (as `gh --repo` takes it). */
  ghRepo: string;
  /** `--hostname host ` for `gh api` off github.com. */
  ghApiHost: string;
  environment: string;
  tagPrefix: string;
  previous: string;
  previousTag: string;
  next: string;
  tag: string;
  productionUrl?: string;
  /** The deploy began changing production (a deployment exists and the deploy was not refused). */
  deployStarted: boolean;
  deployedAt?: string;
}

function factsOf(record: ShipRecord): Facts {
  const c = record.context;
  const s = record.settings;
  const repoUrl = c ? `${c.serverUrl.replace(/\/+$/, '')}/${c.owner}/${c.repo}` : '';
  let host = 'github.com';
  try {
    if (c) host = new URL(c.serverUrl).host;
  } catch {
    // keep github.com
  }
  const onDotCom = host === 'github.com';
  const tagPrefix = s?.tagPrefix ?? 'v';
  const previous = record.version?.previous ?? '';
  const deployStage = record.stages.find((st) => st.name === 'deploy');
  const deployStarted = Boolean(record.deploy?.deploymentId) && !record.deploy?.untouched && deployStage?.state !== 'planned';
  return {
    repoUrl,
    ghRepo: c ? (onDotCom ? `${c.owner}/${c.repo}` : `${host}/${c.owner}/${c.repo}`) : 'OWNER/REPO',
    ghApiHost: onDotCom ? '' : `--hostname ${shq(host)} `,
    environment: s?.environment ?? 'production',
    tagPrefix,
    previous,
    previousTag: previous ? `${tagPrefix}${previous}` : '',
    next: record.version?.next ?? '',
    tag: record.version?.tag ?? '',
    productionUrl: productionUrlOf(record.settings ?? {}, record.health),
    deployStarted,
    deployedAt: deployStage && deployStage.state === 'done' && record.deploy?.strategy !== 'none' ? endOf(deployStage) : undefined
  };
}

function endOf(stage: StageRecord): string {
  return new Date(Date.parse(stage.startedAt) + stage.durationMs).toISOString();
}

/** `2025-11-02 10:15:42 UTC` from an ISO time (the input unchanged when it is not one). */
function utc(iso: string | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** A sentence from a summary line: its first letter capitalised. */
function sentence(s: string): string {
  // `v1.4.2 was ...` and `deploy.yml ...` stay as they are: only a word is capitalised.
  return /^[a-z][a-z]*\b(?![.\-/_])/.test(s) ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function percent(fraction: number | undefined): string {
  if (fraction === undefined || !Number.isFinite(fraction)) return 'n/a';
  const p = fraction * 100;
  return `${Number.isInteger(p) ? p : Number(p.toPrecision(3))}%`;
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

function nextStepsSection(record: ShipRecord, f: Facts): string {
  const lead: string[] = [];
  const r = record.rollback;
  switch (record.status) {
    case 'shipped':
      lead.push(
        `Nothing. Production runs ${f.next ? `**${text(f.next)}**` : 'this ship'}${record.health?.verdict === 'passed' ? ' and passed its health checks' : ''}.` +
          (f.previous ? ` If it misbehaves later, the rollback procedure below puts ${text(f.previous)} back.` : '')
      );
      if (record.health?.verdict !== 'passed') lead.push('No health check verified production after the deploy: check it yourself.');
      break;
    case 'dry-run':
      lead.push('Nothing was changed: no commit, tag, release, deployment or dispatch. Re-run without `dry-run` to ship what is planned below.');
      break;
    case 'blocked': {
      lead.push(`Nothing was changed on GitHub or in production${f.previous ? `: production still runs what it ran before (last release ${text(f.previous)})` : ''}.`);
      for (const g of record.gates.filter((x) => !x.passed)) lead.push(`Gate **${text(g.name)}** failed: ${text(g.reason)}`);
      break;
    }
    case 'rolled-back':
      lead.push(
        `Production is back on **${text(r?.toVersion || f.previous)}**${r?.timeToRestoreMs !== undefined ? ` (restored and verified ${formatDuration(r.timeToRestoreMs)} after the failure)` : ''}. ` +
          `${text(f.next)} is not live: the tag ${code(f.tag)} is kept and the release stays a draft.`
      );
      if (r?.trigger) lead.push(`What failed: ${text(r.trigger)}`);
      break;
    case 'failed':
      if (record.delivery?.traffic?.productionVerified) lead.push(`Production was not changed: no traffic reached ${text(f.next) || 'the new version'}. ${text(record.delivery.traffic.productionVerified.summary)}.`);
      else if (!f.deployStarted) lead.push('Production was not changed: the ship stopped before the deploy changed anything.');
      else if (r?.attempted && !r.verified) lead.push(`Production state is unknown: the rollback to ${text(r.toVersion)} did not verify (${text(r.summary)}). Check production now.`);
      else lead.push(`Production may be running ${text(f.next) || 'the new version'}, ${f.previous ? text(f.previous) : 'the previous version'}, or a mix of both: check it now${f.productionUrl ? ` (${link(f.productionUrl, f.productionUrl)})` : ''}.`);
      break;
  }
  // The lead already says nothing was changed; the pipeline's steps often open with it too.
  const said = record.status === 'blocked' || record.status === 'dry-run';
  const own = record.nextSteps.map((step) => (said ? step.replace(/^Nothing was changed\.\s*/, '') : step)).filter(Boolean);
  const steps = [...lead, ...own.map(text)];
  return `## What to do next\n\n${steps.map((s) => `- ${s}`).join('\n')}`;
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
  const d = record.deploy!;
  const s = record.settings;
  const how: string[] = [];
  for (const part of d.strategy.split('+')) {
    if (part === 'workflow') how.push(`workflow ${s?.deploy.workflow ?? ''}`.trim());
    else if (part === 'branch') how.push(`branch ${s?.deploy.branch ?? ''}`.trim());
    else if (part === 'command') how.push('deploy-command');
    else if (part === 'none') how.push('nothing deployed by ship-prod');
    else how.push(part);
  }
  const tail = [d.conclusion ? `conclusion ${d.conclusion}` : '', d.durationMs !== undefined ? `took ${formatDuration(d.durationMs)}` : '', d.alreadySucceeded ? 'already succeeded in an earlier attempt' : '']
    .filter(Boolean)
    .join(', ');
  return `${how.join(', then ')}${tail ? ` (${tail})` : ''}`;
}

function gatesSection(record: ShipRecord): string {
  if (!record.gates.length) return '## Gates\n\nNo gates were evaluated (the run stopped before them).';
  const passed = record.gates.filter((g) => g.passed).length;
  return (
    `## Gates\n\n${passed} of ${record.gates.length} passed.\n\n` +
    table(
      ['gate', 'expected', 'found', 'where', 'verdict'],
      record.gates.map((g) => [g.name, g.expected, g.found, g.where, g.passed ? '✅ pass' : `❌ ${g.reason}`])
    )
  );
}

function healthSection(record: ShipRecord): string {
  const h = record.health;
  if (!record.settings) return '## Health checks\n\nNot run: the run stopped before its inputs were read.';
  const configured = record.settings.health.checks.length > 0;
  if (record.status === 'dry-run' && configured) {
    const s = record.settings!;
    return (
      `## Health checks\n\nNot run: this was a dry run. After a real deploy these would be probed every ${formatDuration(s.health.intervalMs)} until healthy (health-timeout ${formatDuration(s.health.timeoutMs)}):\n\n` +
      table(
        ['check', 'method', 'URL', 'latency limit'],
        s.health.checks.map((c) => [c.name, c.method, c.url, c.maxLatencyMs !== undefined ? `${formatDuration(c.maxLatencyMs)} per probe` : 'none'])
      )
    );
  }
  if (!h || (h.verdict === 'skipped' && !h.checks.length)) {
    const why = !configured
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
  if (h.checks.length) {
    const latencyLimit = record.settings?.monitor.latencyThresholdMs;
    lines.push(
      '',
      table(
        ['check', 'URL', 'samples', 'failures', 'p50', 'p95', 'latency limit', 'last result'],
        h.checks.map((c) => {
          const own = checkLimit(record, c);
          const limit = own ?? latencyLimit;
          const over = limit !== undefined && c.p95Ms !== undefined && c.p95Ms > limit;
          const shown = limit === undefined ? 'none' : `${formatDuration(limit)} ${own !== undefined ? 'per probe' : 'p95'}`;
          return [c.name, c.url, c.samples, c.failures, ms(c.p50Ms), `${ms(c.p95Ms)}${over ? ' ⚠️ over' : ''}`, shown, c.lastReason];
        })
      )
    );
  }
  if (h.detail.length) lines.push('', details('Health details', h.detail.map((l) => `- ${text(l)}`).join('\n')));
  return lines.join('\n');
}

/** A check's own latency limit (`max-latency` in health-checks), when it has one. */
function checkLimit(record: ShipRecord, check: CheckRecord): number | undefined {
  return record.settings?.health.checks.find((s) => s.name === check.name)?.maxLatencyMs;
}

function monitoringSection(record: ShipRecord): string {
  const w = record.health?.window;
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
  const rateOver = w.errorRate !== undefined && w.errorRate > w.thresholds.errorRate;
  const p95Over = w.p95Ms !== undefined && w.p95Ms > w.thresholds.latencyMs;
  const rows: unknown[][] = [
    ['Verdict', `${w.verdict === 'passed' ? '✅' : w.verdict === 'failed' ? '❌' : '⏭️'} ${w.verdict}: ${w.reason}`],
    ['Watched', `${formatDuration(w.durationMs)}, ${w.rounds} of ${w.plannedRounds} planned rounds`],
    ['Error rate', `${percent(w.errorRate)} (threshold ${percent(w.thresholds.errorRate)})${rateOver ? ' ❌' : ''}`],
    ['p95 latency', `${ms(w.p95Ms)} (threshold ${formatDuration(w.thresholds.latencyMs)})${p95Over ? ' ❌' : ''}`],
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
  if (c?.runId) rows.push(['Workflow run', raw(`${code(c.workflow || 'workflow')} ${link(`run ${c.runId}, attempt ${c.runAttempt || '1'}`, c.runUrl || undefined)}`)]);
  if (d?.runId) rows.push(['Deploy run', raw(link(`run ${d.runId}`, d.runUrl))]);
  if (d?.deploymentId) rows.push(['Deployment', raw(link(`deployment ${d.deploymentId}`, f.repoUrl ? `${f.repoUrl}/deployments/${encodeURIComponent(f.environment)}` : undefined))]);
  if (record.rollback?.runId) rows.push(['Rollback run', raw(link(`run ${record.rollback.runId}`, record.rollback.runUrl))]);
  if (record.stateFile) rows.push(['State file', raw(`${code(record.stateFile.path)} (feature ${code(record.stateFile.feature)})`)]);
  if (!rows.length) return '## Artifacts\n\nNone: the run stopped before it knew what to ship.';
  return `## Artifacts\n\n${table(['', ''], rows)}`;
}

// ---------------------------------------------------------------------------------------------
// Rollback procedure: commands for this ship, built from the record

/** A word safe for POSIX shells as is, or single-quoted. */
function shq(value: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function rollbackProcedureSection(record: ShipRecord, f: Facts): string {
  const title = '## Rollback procedure';
  const s = record.settings;
  if (record.status === 'blocked' || (record.status === 'failed' && !f.deployStarted)) {
    return `${title}\n\nNothing was deployed, so there is nothing to roll back.`;
  }
  if (!s || !record.version) return `${title}\n\nThe run stopped before a version was decided: nothing to roll back.`;
  const intro: Record<ShipStatus, string> = {
    shipped: `If ${text(f.next)} misbehaves later, this puts ${text(f.previous)} back in ${text(f.environment)} by hand.`,
    'rolled-back': `ship-prod already rolled back (see Rollback below). To do it again by hand:`,
    failed: `Production may need this now. To put ${text(f.previous)} back in ${text(f.environment)} by hand:`,
    'dry-run': `Had this ship gone out, rolling it back by hand would be:`,
    blocked: ''
  };
  const lines: string[] = [title, ''];
  let n = 1;
  if (!f.previous) {
    lines.push(
      `${text(f.next)} is the first release: there is no previous version to roll back to. Fix forward (ship a new version), or take the service out of ${text(f.environment)} the way your platform does.`
    );
  } else {
    lines.push(intro[record.status]);
    const steps = deploySteps(record, f);
    lines.push('', `Run these from a clone of the repository with \`gh\` signed in${f.ghApiHost ? ` to ${text(f.ghApiHost.replace('--hostname ', '').trim())}` : ''}; they need tag ${code(f.previousTag)}.`);
    for (const step of steps) {
      lines.push('', `${n++}. ${step.what}`, '', fenced(step.commands.join('\n'), '   '));
      if (step.note) lines.push('', `   ${step.note}`);
    }
    const checks = s.health.checks;
    if (checks.length) {
      const curls = checks.map((c) => `curl -fsS ${c.method && c.method !== 'GET' ? `-X ${shq(c.method)} ` : ''}${shq(c.url)}${Object.keys(c.headers).length ? '  # plus its headers (secrets, not shown)' : ''}`);
      lines.push('', `${n++}. Check that production answers, and with ${text(f.previous)} where a check shows the version:`, '', fenced(curls.join('\n'), '   '));
    } else {
      lines.push('', `${n++}. Check production by hand: no health checks are configured for this ship.`);
    }
  }
  const deploymentId = record.deploy?.deploymentId;
  const step = (body: string) => lines.push('', f.previous ? `${n++}. ${body}` : body);
  const dryDeployment = record.status === 'dry-run' && record.deploy && record.deploy.strategy !== 'none';
  if (deploymentId || dryDeployment) {
    step(`Mark this ship's deployment ${deploymentId ?? 'DEPLOYMENT_ID (the `deployment-id` output of the real ship)'} as no longer live${record.status === 'rolled-back' ? ' (ship-prod marked it `failure`; this retires it)' : ''}:`);
    lines.push(
      '',
      fenced(
        `gh api ${f.ghApiHost}repos/${f.ghRepo.split('/').slice(-2).join('/')}/deployments/${deploymentId ?? 'DEPLOYMENT_ID'}/statuses -f state=inactive -f description=${shq(f.previousTag ? `rolled back to ${f.previousTag} by hand` : `${f.tag} taken out by hand`)}`,
        f.previous ? '   ' : ''
      )
    );
  } else {
    step('This ship made no GitHub deployment, so there is no deployment status to change.');
  }
  step(tagAndReleaseNote(record, f, f.previous ? '   ' : ''));
  return lines.join('\n');
}

function tagAndReleaseNote(record: ShipRecord, f: Facts, indent: string): string {
  const keep = `Keep the tag ${code(f.tag)}: it is never moved or deleted (a re-run of this job reuses it).`;
  const r = record.release;
  const dryRelease = record.status === 'dry-run' && record.settings?.release !== false;
  if (!r?.releaseId && !dryRelease) return `${keep} This ship has no GitHub release.`;
  if ((record.status === 'shipped' && !r?.draft) || dryRelease) {
    return (
      `${keep} The release ${code(f.tag)} ${dryRelease ? 'would be' : 'is'} published; after ${f.previousTag ? 'rolling back' : 'taking it out'}, turn it back into a draft${f.previousTag ? ` and make ${code(f.previousTag)} the latest again` : ''}:\n\n` +
      fenced(
        [`gh release edit ${shq(f.tag)} --repo ${shq(f.ghRepo)} --draft=true`, ...(f.previousTag ? [`gh release edit ${shq(f.previousTag)} --repo ${shq(f.ghRepo)} --latest`] : [])].join('\n'),
        indent
      )
    );
  }
  return `${keep} The release ${code(f.tag)} stays a draft: do not publish it while ${text(f.previous || 'the previous version')} is what production runs.`;
}

interface Step {
  what: string;
  commands: string[];
  note?: string;
}

/** The rollback deploy, as the action would do it: rollback-workflow, rollback-command, or the deploy strategies. */
function deploySteps(record: ShipRecord, f: Facts): Step[] {
  const s = record.settings!;
  const sha = `"$(git rev-parse ${shq(`${f.previousTag}^{commit}`)})"`;
  const env = [`SHIP_VERSION=${shq(f.previous)}`, `SHIP_TAG=${shq(f.previousTag)}`, `SHIP_SHA=${sha}`, `SHIP_ENVIRONMENT=${shq(f.environment)}`, `SHIP_PREVIOUS_VERSION=${shq(f.next)}`];
  const fetch = `git fetch origin --tags`;
  const commandStep = (command: string, label: string): Step => ({
    what: `Run the ${label} with the previous version's facts in its environment (as ship-prod runs it):`,
    commands: [fetch, `${env.join(' \\\n  ')} \\\n  bash -eo pipefail -c ${shq(command)}`]
  });
  if (s.rollback.workflow) return [workflowStep(record, f, s.rollback.workflow, 'rollback-workflow')];
  if (s.rollback.command) return [commandStep(s.rollback.command, 'rollback command')];
  const steps: Step[] = [];
  if (s.deploy.workflow) steps.push(workflowStep(record, f, s.deploy.workflow, 'deploy workflow'));
  if (s.deploy.branch) {
    const branch = s.deploy.branch;
    steps.push({
      what: `Point ${code(branch)} back at ${code(f.previousTag)} (a forced update, guarded by what the branch holds now):`,
      commands: [`git fetch origin --tags ${shq(`+refs/heads/${branch}:refs/remotes/origin/${branch}`)}`, `git push --force-with-lease=${shq(branch)} origin ${shq(`${f.previousTag}^{commit}:refs/heads/${branch}`)}`]
    });
  }
  if (s.deploy.command) steps.push(commandStep(s.deploy.command, 'deploy command'));
  if (!steps.length) {
    steps.push({
      what: `ship-prod did not deploy this ship (no deploy-workflow, deploy-branch or deploy-command): redeploy ${code(f.previousTag)} the way your release pipeline deploys, for example by re-running its run for that tag:`,
      commands: [`gh run list --repo ${shq(f.ghRepo)} --branch ${shq(f.previousTag)} --limit 5`, `gh run rerun RUN_ID --repo ${shq(f.ghRepo)}`]
    });
  }
  return steps;
}

function workflowStep(record: ShipRecord, f: Facts, workflow: string, label: string): Step {
  const s = record.settings!;
  const sent = (record.deploy as { inputs?: Record<string, string> } | undefined)?.inputs ?? plannedInputs(record);
  const facts: Record<string, string> = {
    version: f.previous,
    tag: f.previousTag,
    environment: f.environment,
    sha: `$(git rev-parse ${shq(`${f.previousTag}^{commit}`)})`
  };
  const flags: string[] = [];
  const value = (key: string, v: string) => (key === 'sha' ? `"${v}"` : shq(v));
  let note: string | undefined;
  if (sent && label === 'deploy workflow') {
    for (const [key, v] of Object.entries(sent)) {
      if (CORRELATION_INPUTS.has(key) || key === 'deployment_id') continue;
      flags.push(`-f ${shq(key)}=${key in facts ? value(key, facts[key]!) : shq(v)}`);
    }
  } else {
    for (const key of ['version', 'tag', 'environment', 'sha']) flags.push(`-f ${key}=${value(key, facts[key]!)}`);
    if (label === 'deploy workflow') for (const [key, v] of Object.entries(s.deploy.inputs)) flags.push(`-f ${shq(key)}=${shq(v)}`);
    note = `ship-prod passes \`version\`, \`tag\`, \`environment\` and \`sha\` only where ${code(workflow)} declares them: drop the \`-f\` flags it does not declare at ${code(f.previousTag)}.`;
  }
  if (Object.keys(s.deploy.inputs).length) {
    note = `${note ? `${note} ` : ''}The values of deploy-inputs are secrets, shown as \`***\`: put them in before running.`;
  }
  return {
    what: `Dispatch the ${label} ${code(workflow)} at ${code(f.previousTag)}, then watch the run it starts:`,
    commands: [
      `gh workflow run ${shq(workflow)} --repo ${shq(f.ghRepo)} --ref ${shq(f.previousTag)}${flags.length ? ' \\\n  ' + flags.join(' \\\n  ') : ''}`,
      `gh run list --repo ${shq(f.ghRepo)} --workflow ${shq(workflow)} --branch ${shq(f.previousTag)} --limit 1`,
      `gh run watch RUN_ID --repo ${shq(f.ghRepo)} --exit-status`
    ],
    ...(note ? { note } : {})
  };
}

/** The dispatch inputs a dry run planned (`key=value` lines of the dispatch plan), if any. */
function plannedInputs(record: ShipRecord): Record<string, string> | undefined {
  const dispatch = record.plan.find((p) => p.what.startsWith('dispatch ') && p.detail);
  if (!dispatch?.detail || dispatch.detail === 'no inputs') return dispatch ? {} : undefined;
  const out: Record<string, string> = {};
  for (const line of dispatch.detail.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) out[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
}

function rollbackSection(record: ShipRecord): string {
  const r = record.rollback;
  if (!r) return '';
  const rows: unknown[][] = [
    ['Trigger', r.trigger],
    ['Attempted', r.attempted ? 'yes' : 'no'],
    ['To', `${r.toVersion || 'none'}${r.toTag ? ` (${r.toTag})` : ''}`],
    ['Strategy', r.strategy],
    ['Verified', r.verified ? '✅ yes: deployed again and healthy' : r.attempted ? '❌ no' : 'no (not attempted)'],
    ['Time to restore', r.timeToRestoreMs !== undefined ? `${formatDuration(r.timeToRestoreMs)} from the failure verdict to the verified rollback` : 'n/a']
  ];
  if (record.health?.timeToDetectMs !== undefined) rows.push(['Time to detect', formatDuration(record.health.timeToDetectMs)]);
  if (r.runId) rows.push(['Rollback run', raw(link(`run ${r.runId}`, r.runUrl))]);
  const parts = [`## Rollback\n\n${text(sentence(r.summary))}\n\n${table(['', ''], rows)}`];
  if (r.detail.length) parts.push(details('Rollback details', r.detail.map((l) => `- ${text(l)}`).join('\n')));
  return parts.join('\n\n');
}

function planSection(record: ShipRecord): string {
  if (!record.plan.length) return '';
  const items = record.plan.map((p) => {
    if (!p.detail) return `- ${text(p.what)}`;
    if (!p.detail.includes('\n')) return `- ${text(p.what)}: ${text(p.detail)}`;
    return `- ${text(p.what)}:\n\n${fenced(p.detail, '  ')}\n`;
  });
  return `## What would have happened\n\n${items.join('\n')}`;
}

function warningsSection(record: ShipRecord): string {
  if (!record.warnings.length) return '';
  return `## Warnings\n\n${record.warnings.map((w) => `- ⚠️ ${text(w)}`).join('\n')}`;
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

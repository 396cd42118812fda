/**
 * The report's "What to do next": where production stands (ending.ts decides it, this words it),
 * then the ship's own next steps.
 */
import { formatDuration } from '../../config/durations.js';
import { productionState } from '../../ending.js';
import type { ShipRecord } from '../../ship.js';
import { code, link, text } from '../markdown.js';
import type { Facts } from './facts.js';

export function productionLines(record: ShipRecord, f: Facts): string[] {
  const state = productionState(record);
  switch (state.kind) {
    case 'new-version': {
      const lines = [
        `Nothing. Production runs ${f.next ? `**${text(f.next)}**` : 'this ship'}${state.verified ? ' and passed its health checks' : ''}.` +
          (f.previous ? ` If it misbehaves later, the rollback procedure below puts ${text(f.previous)} back.` : '')
      ];
      if (!state.verified) lines.push('No health check verified production after the deploy: check it yourself.');
      return lines;
    }
    case 'dry-run':
      return ['Nothing was changed: no commit, tag, release, deployment or dispatch. Re-run without `dry-run` to ship what is planned below.'];
    case 'blocked':
      return [
        `Nothing was changed on GitHub or in production${f.previous ? `: production still runs what it ran before (last release ${text(f.previous)})` : ''}.`,
        ...record.gates.filter((x) => !x.passed).map((g) => `Gate **${text(g.name)}** failed: ${text(g.reason)}`)
      ];
    case 'restored':
      return [
        `Production is back on **${text(state.toVersion)}**${state.restoredInMs !== undefined ? ` (restored and verified ${formatDuration(state.restoredInMs)} after the failure)` : ''}. ` +
          `${text(f.next)} is not live: the tag ${code(f.tag)} is kept and the release stays a draft.`,
        ...(state.trigger ? [`What failed: ${text(state.trigger)}`] : [])
      ];
    case 'unchanged':
      return [
        state.checked
          ? `Production was not changed: no traffic reached ${text(f.next) || 'the new version'}. ${text(state.checked)}.`
          : 'Production was not changed: the ship stopped before the deploy changed anything.'
      ];
    case 'unknown':
      return [`Production state is unknown: the rollback to ${text(state.toVersion)} did not verify (${text(state.rollback)}). Check production now.`];
    case 'mixed':
      return [
        `Production may be running ${text(f.next) || 'the new version'}, ${f.previous ? text(f.previous) : 'the previous version'}, or a mix of both: check it now${f.productionUrl ? ` (${link(f.productionUrl, f.productionUrl)})` : ''}.`
      ];
  }
}

export function nextStepsSection(record: ShipRecord, f: Facts): string {
  // The lead already says nothing was changed; the pipeline's steps often open with it too.
  const said = record.status === 'blocked' || record.status === 'dry-run';
  const own = record.nextSteps.map((step) => (said ? step.replace(/^Nothing was changed\.\s*/, '') : step)).filter(Boolean);
  const steps = [...productionLines(record, f), ...own.map(text)];
  return `## What to do next\n\n${steps.map((s) => `- ${s}`).join('\n')}`;
}

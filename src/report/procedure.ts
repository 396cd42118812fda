/**
 * The report file's rollback procedure: the commands a person runs to put the previous version
 * back by hand, built from the record. Each step is what the ship's way back would do (the
 * deploy strategies' `manual`, registry.ts), then checking production, retiring the deployment,
 * and what to do with the tag and the release.
 */
import { chooseStrategies } from '../deploy/strategies/registry.js';
import type { ManualFacts, ManualStep } from '../deploy/strategies/types.js';
import type { ShipRecord, ShipStatus } from '../ship.js';
import { code, fenced, text } from './markdown.js';
import { shq, type Facts } from './views/facts.js';

export function rollbackProcedureSection(record: ShipRecord, f: Facts): string {
  const title = '## Rollback procedure';
  const s = record.settings;
  if (record.status === 'blocked' || (record.status === 'failed' && !f.deployStarted)) {
    return `${title}\n\nNothing was deployed, so there is nothing to roll back.`;
  }
  if (record.status === 'aborted') return `${title}\n\nProduction was not changed, so there is nothing to roll back.`;
  if (!s || !record.version) return `${title}\n\nThe run stopped before a version was decided: nothing to roll back.`;
  const intro: Record<ShipStatus, string> = {
    shipped: `If ${text(f.next)} misbehaves later, this puts ${text(f.previous)} back in ${text(f.environment)} by hand.`,
    'rolled-back': `ship-prod already rolled back (see Rollback below). To do it again by hand:`,
    failed: `Production may need this now. To put ${text(f.previous)} back in ${text(f.environment)} by hand:`,
    'dry-run': `Had this ship gone out, rolling it back by hand would be:`,
    blocked: '',
    aborted: ''
  };
  const lines: string[] = [title, ''];
  let n = 1;
  if (!f.previous) {
    lines.push(
      `${text(f.next)} is the first release: there is no previous version to roll back to. Fix forward (ship a new version), or take the service out of ${text(f.environment)} the way your platform does.`
    );
  } else {
    lines.push(intro[record.status]);
    const steps = manualSteps(record, f);
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

/** What a person runs to put the previous version back: the ship's way back, by hand (`rollback: never` included). */
function manualSteps(record: ShipRecord, f: Facts): ManualStep[] {
  const settings = record.settings!;
  const strategies = chooseStrategies({ ...settings, rollback: { ...settings.rollback, mode: 'auto' } });
  const facts: ManualFacts = {
    settings,
    target: { version: f.previous, tag: f.previousTag, sha: '' },
    from: f.next,
    environment: f.environment,
    ghRepo: f.ghRepo,
    ...(record.deploy?.inputs ? { sentInputs: record.deploy.inputs } : {}),
    shq
  };
  const steps = strategies.rollback.map(({ strategy, config }) => strategy.manual(config, facts));
  if (steps.length) return steps;
  return [
    {
      what: `ship-prod did not deploy this ship (no deploy-workflow, deploy-branch or deploy-command): redeploy ${code(f.previousTag)} the way your release pipeline deploys, for example by re-running its run for that tag:`,
      commands: [`gh run list --repo ${shq(f.ghRepo)} --branch ${shq(f.previousTag)} --limit 5`, `gh run rerun RUN_ID --repo ${shq(f.ghRepo)}`]
    }
  ];
}

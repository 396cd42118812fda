/**
 * One ship, top to bottom: resolve, gates, version, release, deploy, verify (and rollback), then
 * the verdict. Each stage adds its facts to the record; the report is drawn from the record
 * alone. No stage throws past this file: an unexpected error becomes a failed stage with its
 * message, and the run still reaches the report.
 */
import * as core from '@actions/core';
import { systemClock, type Clock } from './clock.js';
import type { Settings } from './config/settings.js';
import { resolveContext, type RunnerFacts } from './context.js';
import { explainGitHubError, type GitHubClient } from './github/client.js';
import { environmentUrlOf, runDeploy } from './deploy/stage.js';
import { runGates } from './gates/stage.js';
import { saveShipState } from './ship-state.js';
import { runRollback, type RollbackTrigger } from './rollback/stage.js';
import { runBaseline, runVerify } from './verify/stage.js';
import { setDeploymentStatus } from './github/deployments.js';
import { publishShipRelease, runRelease } from './release/stage.js';
import { runVersion } from './version/stage.js';
import { runPreDeploy } from './deploy/pre-deploy.js';
import { usesTraffic } from './traffic/settings.js';
import { runProgressive } from './traffic/stage.js';
import { runCleanup } from './traffic/cleanup.js';
import type { ShipRecord, StageName, StageRecord } from './ship.js';
import type { ShipRun, StageOutcome } from './stage.js';
import { conclude, newRecord } from './record.js';

// The record's constructor and ending live in record.ts: main reaches them without loading the stages.
export { conclude, newRecord, publicSettings } from './record.js';

/** Runs one stage inside a log group, timing it and counting its API requests. */
async function runStage(
  record: ShipRecord,
  client: GitHubClient,
  clock: Clock,
  name: StageName,
  body: () => Promise<StageOutcome>
): Promise<StageRecord> {
  const started = clock.now();
  const requestsBefore = client.account.length;
  const outcome = await core.group(`ship-prod: ${name}`, async () => {
    try {
      const result = await body();
      core.info(`${name}: ${result.state}: ${result.summary}`);
      return result;
    } catch (error) {
      const summary = explainGitHubError(error, `The ${name} stage`, permissionFor(name));
      core.error(summary);
      return { state: 'failed' as const, summary };
    }
  });
  const stage: StageRecord = {
    name,
    state: outcome.state,
    summary: outcome.summary,
    startedAt: new Date(started).toISOString(),
    durationMs: clock.now() - started
  };
  record.stages.push(stage);
  const used = client.account.length - requestsBefore;
  if (used > 0) record.api.byStage[name] = (record.api.byStage[name] ?? 0) + used;
  record.api.requests = client.account.length;
  return stage;
}

/** The `permissions:` a stage's writes need, named when GitHub answers 403. */
function permissionFor(stage: StageName): string | undefined {
  switch (stage) {
    case 'version':
    case 'release':
    case 'publish':
      return 'contents: write';
    case 'deploy':
    case 'rollback':
      return 'deployments: write and actions: write';
    default:
      return undefined;
  }
}

export async function runPipeline(
  settings: Settings,
  facts: RunnerFacts,
  client: GitHubClient,
  clock: Clock = systemClock
): Promise<ShipRecord> {
  const record = newRecord(settings);

  const resolve = await runStage(record, client, clock, 'resolve', async () => {
    const context = await resolveContext(client, facts, settings.ref);
    record.context = context;
    return {
      state: 'done',
      summary: `shipping ${context.sha.slice(0, 7)} (${context.ref}${context.branch ? ` on ${context.branch}` : ''}), event ${context.eventName || 'unknown'}`
    };
  });
  if (resolve.state === 'failed' || !record.context) {
    return conclude(record, 'failed', `Could not resolve what to ship: ${resolve.summary}`, [
      'Check the `ref` input and the token, then re-run. Nothing was changed.'
    ]);
  }
  const run: ShipRun = { settings, client, context: record.context, record, clock, facts };

  const gates = await runStage(record, client, clock, 'gates', () => runGates(run));
  if (gates.state === 'failed') {
    const failed = record.gates.filter((g) => !g.passed);
    const headline = failed.length
      ? `${failed.length} gate${failed.length === 1 ? '' : 's'} failed. ${failed.map((g) => `${g.name}: ${g.reason}`).join('; ')}`
      : `The gates could not be evaluated: ${gates.summary}`;
    return conclude(record, 'blocked', headline, [
      'Nothing was changed. Fix what the gates table names, then re-run.'
    ]);
  }

  const version = await runStage(record, client, clock, 'version', () => runVersion(run));
  if (version.state === 'failed') {
    // Problems found before any write (inputs, version files, the rollback workflow) are gates: blocked.
    const refused = record.gates.filter((g) => !g.passed);
    if (refused.length) return conclude(record, 'blocked', refused.map((g) => g.reason).join('; '), ['Nothing was changed. Fix what the gates table names, then re-run.']);
    return conclude(record, 'failed', `Version: ${version.summary}`, ['Nothing was changed. Fix the version inputs or files, then re-run.']);
  }
  const release = await runStage(record, client, clock, 'release', () => runRelease(run));
  if (release.state === 'failed') {
    const wrote = client.account.some((r) => r.method !== 'GET' && r.status < 400);
    return conclude(record, 'failed', `Release: ${release.summary}`, [
      wrote
        ? 'Some writes were made (see the timeline); a re-run resumes from what exists.'
        : 'Nothing was changed.'
    ]);
  }

  if (settings.progressive?.preDeployCommand) {
    const pre = await runStage(record, client, clock, 'pre-deploy', () => runPreDeploy(run));
    if (pre.state === 'failed') {
      return conclude(record, 'failed', `Not shipped: ${pre.summary}. Production was not changed.`, ['Fix what the pre-deploy command reported, then re-run this job: it resumes from the existing tag and release.']);
    }
  }
  await runStage(record, client, clock, 'baseline', () => runBaseline(run));
  const deploy = await runStage(record, client, clock, 'deploy', () => runDeploy(run));
  let failure: RollbackTrigger | undefined;
  if (deploy.state === 'failed') {
    failure = { reason: `the deploy failed: ${deploy.summary}`, at: clock.now() };
    // Blue-green / canary: the deploy only put the new version beside the old one, with no traffic.
    if (usesTraffic(settings) && record.deploy) record.deploy.untouched = true;
  } else if (usesTraffic(settings)) {
    const ended = await runProgressive(run, (name, body) => runStage(record, client, clock, name, body));
    if (ended) return conclude(record, ended.status, ended.headline, ended.nextSteps);
  } else {
    if (!settings.dryRun && record.deploy?.deploymentId) saveShipState({ phase: 'verifying' });
    const verify = await runStage(record, client, clock, 'verify', () => runVerify(run));
    if (verify.state === 'failed') failure = { reason: verify.summary, at: record.health?.decidedAt ?? clock.now() };
  }
  if (failure) return recover(run, failure);
  if (settings.dryRun) {
    return conclude(record, 'dry-run', `Dry run: ${describeShip(record)} would ship; nothing was changed`, []);
  }
  const publish = await runStage(record, client, clock, 'publish', async () => {
    const deploymentId = record.deploy?.alreadySucceeded ? undefined : record.deploy?.deploymentId;
    await Promise.all([
      publishShipRelease(run),
      deploymentId
        ? setDeploymentStatus(client, deploymentId, {
            state: 'success',
            description: `${record.version?.tag} shipped`,
            logUrl: run.context.runUrl || undefined,
            environmentUrl: environmentUrlOf(run)
          })
        : Promise.resolve()
    ]);
    const done = [record.release?.releaseId ? `release ${record.version?.tag} published` : '', deploymentId ? `deployment ${deploymentId} success` : ''].filter(Boolean);
    return { state: 'done', summary: done.join('; ') || 'nothing to publish' };
  });
  if (settings.progressive?.cleanupCommand) await runStage(record, client, clock, 'cleanup', () => runCleanup(run, publish.state === 'done'));
  return conclude(record, 'shipped', `Shipped ${describeShip(record)}`, []);
}

/**
 * After a failure once the deploy had started: mark the deployment failed, roll back (unless
 * rollback is never, or production was certainly not touched), and conclude. The release stays a
 * draft and the tag is kept. A rollback is never success.
 */
async function recover(run: ShipRun, failure: RollbackTrigger): Promise<ShipRecord> {
  const { record, client, clock, settings, context } = run;
  const deploymentId = record.deploy?.deploymentId;
  if (deploymentId && record.stages.find((s) => s.name === 'deploy')?.state !== 'failed') {
    await setDeploymentStatus(client, deploymentId, { state: 'failure', description: failure.reason, logUrl: context.runUrl || undefined, environmentUrl: environmentUrlOf(run) }).catch(
      (error: unknown) => record.warnings.push(`could not mark deployment ${deploymentId} failed: ${(error as Error).message}`)
    );
  }
  const kept = `Tag ${record.version?.tag} is kept and the release stays a draft.`;
  if (record.deploy?.untouched) {
    return conclude(record, 'failed', `Not shipped: ${failure.reason}. Production was not changed, so nothing was rolled back.`, [
      'Fix the cause, then re-run this job: it resumes from the existing tag and release.',
      kept
    ]);
  }
  const rollback = await runStage(record, client, clock, 'rollback', () => runRollback(run, failure));
  const r = record.rollback;
  if (rollback.state === 'done' && r?.verified) {
    return conclude(record, 'rolled-back', `Rolled back to ${r.toTag}: ${failure.reason}`, [
      `Production runs ${r.toTag} again, verified healthy. Find why ${record.version?.tag} failed (see Verify and Deploy below), fix it, and ship a new version.`,
      kept
    ]);
  }
  const why = settings.rollback.mode === 'never' ? 'rollback is never, so production was left as it is' : rollback.summary;
  return conclude(record, 'failed', `Failed: ${failure.reason}; ${why}. A person is needed.`, [
    `A person is needed: production may be running ${record.version?.tag}, ${record.version?.previous ? `${settings.tagPrefix}${record.version.previous}` : 'the previous version'}, or a mix. Check the environment now.`,
    r?.attempted ? `The rollback to ${r.toTag} did not verify: ${r.summary}` : 'No rollback was made.',
    kept
  ]);
}

function describeShip(record: ShipRecord): string {
  const v = record.version;
  if (!v) return record.context?.sha.slice(0, 7) ?? 'the commit';
  return `${v.tag} (${v.previous || 'first release'} → ${v.next})`;
}

/**
 * One ship, top to bottom: resolve, gates, the environment lock, version (and the checks before any write), release,
 * the pre-deploy hook, the deploy unit for the environment, publish, cleanup. Each stage returns
 * its own typed result; this file hands them on and puts them in the record, from which the
 * ending (ending.ts) and the report are drawn. No stage throws past here: the timeline turns an
 * unexpected error into a failed stage, and the run still reaches its ending.
 */
import { systemClock, type Clock } from './clock.js';
import type { CommandFacts } from './commands.js';
import type { Settings } from './config/settings.js';
import { resolveContext, type RunnerFacts } from './context.js';
import type { PreparedDeployment } from './deploy/deployment.js';
import type { ShipStrategies } from './deploy/strategies/registry.js';
import type { UnitInput } from './deploy/unit.js';
import { environmentRecordOf } from './deploy/environment-record.js';
import { isFleet, lockOrder, wavesOf, type Wave } from './deploy/waves.js';
import type { WaveRun, WavesResult } from './deploy/waves-run.js';
import type { BeforeWrite } from './gates/before-write.js';
import { readGatesAhead } from './gates/reads-ahead.js';
import type { BranchRequirements } from './github/checks.js';
import { explainGitHubError, isWrite, type GitHubClient } from './github/client.js';
import type { HeldLocks } from './lock/stage.js';
import { createRunEnv, type RunEnv } from './run-env.js';
import type { Halt, ShipRecord } from './ship.js';
import { crashed, Timeline, type Crashed, type StageName } from './timeline.js';
import type { VersionReads } from './version/reads.js';
import { conclude, newRecord } from './record.js';
import { once, started } from './once.js';

// The record's start and ending live in record.ts: main reaches them without loading the stages.
export { conclude, newRecord } from './record.js';
// main loads the client with the pipeline, in one chunk (two would each hold the client's code).
export { createClient } from './github/client.js';

/**
 * The stages' code, in two chunks (ncc makes a chunk of each dynamic import): the gates' loads once
 * the first requests are written (resolve's, or the gates' reads ahead), the later stages' once the
 * rest of the gates' first round is written (compiling either then holds none of them up). Each is
 * awaited where the pipeline reaches it; a ship that stops early never waits for the rest, and a
 * load it never awaits is not an unhandled rejection.
 */
const gateStages = once(() => import('./pipeline-gates.js'));
const stages = once(() => import('./pipeline-stages.js'));

/**
 * Where a stage that threw stops the ship. A token GitHub refuses (401) is one halt whichever stage
 * sent the first request (resolve with a `ref`, else the gates): not a commit that cannot be
 * resolved, nor a gate that failed.
 */
function crashHalt(at: 'resolve' | 'gates', outcome: Crashed): Halt {
  return { at: outcome.httpStatus === 401 ? 'token' : at, reason: outcome.summary };
}

/** The `permissions:` a stage's writes need, named when GitHub answers 403. */
function permissionFor(stage: StageName): string | undefined {
  switch (stage) {
    case 'lock':
      // The lock is a ref (contents); in a command deploy, looking for the run that holds it reads Actions.
      return 'contents: write (and actions: read)';
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

export async function runPipeline(settings: Settings, facts: RunnerFacts, client: GitHubClient, clock: Clock = systemClock): Promise<ShipRecord> {
  const record = newRecord(settings, clock);
  const timeline = new Timeline(record, clock, client.account, (error, doing, stage) => explainGitHubError(error, doing, permissionFor(stage)));
  // The gates' code loads once the first requests are written: resolve's read of a `ref` input,
  // else the gates' reads ahead (below).
  void client.requestsWritten().then(gateStages);

  const resolved = await timeline.stage('resolve', async () => {
    const { context, tree } = await resolveContext(client, facts, settings.ref);
    return { state: 'done' as const, summary: `shipping ${context.sha.slice(0, 7)} (${context.ref}${context.branch ? ` on ${context.branch}` : ''}), event ${context.eventName || 'unknown'}`, context, tree };
  });
  if (crashed(resolved)) return conclude(record, crashHalt('resolve', resolved));
  record.context = resolved.context;
  const env = createRunEnv({ settings, client, context: resolved.context, tree: resolved.tree, clock, facts, timeline });
  // The gates' first reads go out before their code is loaded and started (gates/reads-ahead.ts),
  // counted in the gates stage; the code loads once they are written.
  const reads = timeline.ahead('gates', () => readGatesAhead(env));
  await client.requestsWritten();
  const { chooseStrategies, distinctSteps, runGates } = await gateStages();
  const strategies = chooseStrategies(settings);

  const gatesRun = timeline.stage('gates', () => runGates(env, distinctSteps(strategies), reads));
  // The later stages load, and git is asked for the tree the lock commit needs, once the rest of
  // the gates' first round (a deploy strategy's reads) is written (client.requestsWritten: compiling
  // or spawning before would hold it up), while its answers are awaited.
  void client.requestsWritten().then(() => {
    void stages();
    void resolved.tree();
  });
  const gates = await gatesRun;
  if (!crashed(gates)) {
    record.gates.push(...gates.verdicts);
    if (gates.stateFile) record.stateFile = gates.stateFile;
    if (gates.freeze) record.freeze = gates.freeze;
  }
  if (crashed(gates)) return conclude(record, crashHalt('gates', gates));
  if (gates.state === 'failed') return conclude(record, { at: 'gates', reason: gates.summary });

  // One ship per environment: the locks are held from here (before the version is computed and
  // the first write) to the end, released on every path (beside the last write when it ships).
  // With waves, every environment's, in name order.
  const waves = wavesOf(settings);
  const { takeLocks, readAhead } = await stages();
  // The version's reads go out beside the lock's writes. They are used only when they cannot be
  // older than the lock: every lock was free at the first try (made, no refusal, no lost answer).
  // Another ship that released a lock just before then had tagged its release several round trips
  // earlier, so the tags read here hold it; otherwise the version stage reads them again.
  const sent = client.account.length;
  const ahead = timeline.ahead('version', () => readAhead(env));
  const { locks, failed } = await takeLocks(env, lockOrder(waves));
  const firstTry = locks.records.every((r) => r.how === 'created') && client.account.slice(sent).every((r) => !isWrite(r.method) || (r.status > 0 && r.status < 400));
  record.lock = (failed && 'record' in failed ? failed.record : undefined) ?? locks.records[0];
  if (isFleet(waves)) record.locks = locks.records;
  if (failed) return conclude(record, { at: 'lock', reason: failed.summary });
  try {
    return await shipLocked(env, record, { strategies, waves, branch: gates.branch, locks, ...(settings.dryRun || firstTry ? { reads: ahead } : {}) });
  } finally {
    await locks.release();
  }
}

/** The ship once its environment is locked: version, release, pre-deploy, the deploy unit, publish, cleanup. */
async function shipLocked(
  env: RunEnv,
  record: ShipRecord,
  input: { strategies: ShipStrategies; waves: Wave[]; branch?: BranchRequirements; locks: HeldLocks; reads?: VersionReads }
): Promise<ShipRecord> {
  const { settings, timeline, client } = env;
  const { strategies, waves } = input;
  const fleet = isFleet(waves);
  let beforeWrite: BeforeWrite | undefined;
  const { runVersion, announceRefusals, checkBeforeWrite } = await stages();
  const version = await timeline.stage('version', async () => {
    const decided = await runVersion(env, input.reads);
    if (decided.state === 'failed' || !decided.version || !decided.release) {
      announceRefusals(decided.refusals);
      return decided;
    }
    beforeWrite = await checkBeforeWrite(env, { version: decided.version, release: decided.release, strategies });
    // The gates this stage adds to the gates table (the gates stage counted only its own).
    const added = beforeWrite.verdicts.filter((v) => v.passed).map((v) => v.name);
    if (!beforeWrite.blockers.length) return added.length ? { ...decided, summary: `${decided.summary}; gate ${added.join(', ')} passed` } : decided;
    return { ...decided, state: 'failed' as const, summary: `refused before any write: ${beforeWrite.blockers.map((v) => v.reason).join('; ')}` };
  });
  if (!crashed(version)) {
    record.gates.push(...version.refusals, ...(beforeWrite?.verdicts ?? []));
    if (version.version) record.version = beforeWrite?.blockers.length ? { ...version.version, changelogSection: '', oldestCommitAt: undefined } : version.version;
  }
  if (crashed(version) || version.state === 'failed' || !version.version || !version.release || !beforeWrite) {
    return conclude(record, { at: 'version', reason: version.summary });
  }
  const v = version.version;
  const { lookupShipDeployment, ensureShipDeployment, shipIdOf, deploymentFactsOf, runRelease } = await stages();
  const shipId = shipIdOf(env.context.runId, v.tag);
  const previousTag = `${settings.tagPrefix}${v.previous}`;
  const unit: UnitInput = {
    environment: waves[0]!.environments[0]!,
    release: { version: v.next, tag: v.tag, sha: env.context.sha },
    previous: { version: v.previous, tag: previousTag, ref: version.release.tagRefs.find((t) => t.name === previousTag) },
    strategies,
    shipId,
    ...(record.freeze?.override ? { freezeOverride: record.freeze.override } : {}),
    ...(settings.progressive?.trafficCommand ? { traffic: { command: settings.progressive.trafficCommand, steps: settings.progressive.trafficSteps } } : {})
  };

  // The deployment needs only the tag: it is looked for while the release commit is made, and
  // created alongside the branch move and the draft release (not before a pre-deploy command).
  let deployment: Promise<PreparedDeployment> | undefined;
  const preDeploy = settings.progressive?.preDeployCommand;
  // A tag that existed may have been deployed by another ship: the unit looks before it prepares one.
  const tagExisted = beforeWrite.tag.decision.action === 'reuse';
  if (tagExisted) unit.tagExisted = true;
  const lookup = strategies.deploy.length && !settings.dryRun && !preDeploy && !tagExisted && !fleet ? started(lookupShipDeployment(deploymentFactsOf(env, unit))) : undefined;
  const release = await timeline.stage('release', () =>
    runRelease(env, {
      version: v,
      inputs: version.release!,
      tag: beforeWrite!.tag,
      ...(input.branch ? { branch: input.branch } : {}),
      ...(lookup ? { alongside: () => (deployment = started(ensureShipDeployment(deploymentFactsOf(env, unit), lookup))) } : {})
    })
  );
  if (!crashed(release)) record.release = release.release;
  if (crashed(release) || release.state === 'failed') {
    return conclude(record, { at: 'release', reason: release.summary, wrote: client.account.some((r) => isWrite(r.method) && r.status < 400) });
  }
  unit.release.sha = release.release.commitSha ?? env.context.sha;
  const shipFacts = commandFacts(unit, fleet ? lockOrder(waves).join(',') : unit.environment.name);

  if (preDeploy) {
    const { runPreDeploy } = await stages();
    const pre = await timeline.stage('pre-deploy', () => runPreDeploy(env, preDeploy, shipFacts));
    if ('record' in pre && pre.record) record.delivery = { ...record.delivery, preDeploy: pre.record };
    if (pre.state === 'failed') return conclude(record, { at: 'pre-deploy', reason: pre.summary });
  }

  const { environment: _first, ...shared } = unit;
  const scope = settings.waves?.rollbackScope ?? 'wave';
  const { runWaves } = await stages();
  const result = await runWaves(env, { unit: shared, waves, scope, ...(deployment ? { deployment } : {}) });
  recordEnvironments(record, result, v, fleet ? { names: waves.map((w) => w.name), scope } : undefined);
  if (result.stoppedAt || result.environments.some((e) => e.outcome !== 'shipped')) {
    if (settings.dryRun && settings.progressive?.cleanupCommand) timeline.plan({ what: 'after a successful ship, run the cleanup command', detail: settings.progressive.cleanupCommand });
    return conclude(record);
  }

  const cleanup = settings.progressive?.cleanupCommand;
  // Without a cleanup command, publishing is the ship's last write: the lock goes beside it.
  const publish = await timeline.stage('publish', () => publishShip(env, record, result.last, version.release!.prerelease, cleanup ? undefined : input.locks));
  if (cleanup) {
    const { runCleanup } = await stages();
    const done = await timeline.stage('cleanup', () => runCleanup(env, cleanup, shipFacts, publish.state === 'done'));
    if ('record' in done) record.delivery = { ...record.delivery, cleanup: done.record };
  }
  return conclude(record);
}

/** The `SHIP_*` facts of this ship's own commands: the new version, its tag and release commit, the previous version. */
function commandFacts(unit: UnitInput, environment: string): CommandFacts {
  return { version: unit.release.version, tag: unit.release.tag, sha: unit.release.sha, environment, previousVersion: unit.previous.version };
}

/**
 * The environments' records, in the ship record. The single-environment sections (deploy, health,
 * rollback, delivery) show the environment that stopped the line, else the last one.
 */
function recordEnvironments(record: ShipRecord, result: WavesResult, versions: { next: string; previous: string }, waves?: { names: string[]; scope: 'wave' | 'all' }): void {
  const envs = result.environments;
  const focus = envs.find((e) => e.name === result.stoppedAt?.environment) ?? envs.at(-1);
  if (focus) {
    record.deploy = focus.deploy;
    record.health = focus.health;
    if (focus.rollback) record.rollback = focus.rollback;
    if (focus.smoke || focus.traffic) record.delivery = { ...record.delivery, ...(focus.smoke ? { smoke: focus.smoke } : {}), ...(focus.traffic ? { traffic: focus.traffic } : {}) };
  }
  record.environments = [...(record.environments ?? []), ...envs.map((e) => environmentRecordOf(waves ? e : { ...e, wave: undefined }, versions))];
  if (waves) record.waves = { ...waves, verified: result.verified, ...(result.stoppedAt ? { stoppedAt: result.stoppedAt } : {}) };
}

/** The last wave's deployments marked `success`, then the release published beside the locks' release. */
async function publishShip(env: RunEnv, record: ShipRecord, last: WaveRun | undefined, prerelease: boolean, locks?: HeldLocks) {
  const release = record.release!;
  // The deployments' success first (the next ship reads them), then the release beside the locks' release.
  const { markVerified, publishShipRelease } = await stages();
  const marked = last ? await markVerified(env, last) : [];
  await Promise.all([publishShipRelease(env, release, prerelease), locks?.release({ beside: true })]);
  const done = [release.releaseId ? `release ${record.version?.tag} published` : '', marked.length ? `deployment${marked.length > 1 ? 's' : ''} ${marked.join(', ')} success` : ''].filter(Boolean);
  return { state: 'done' as const, summary: done.join('; ') || 'nothing to publish' };
}


/**
 * The gates stage: every gate evaluated (no stopping at the first), each with a reason.
 * State file gates, required checks (waiting up to checks-timeout for pending ones, polling with
 * conditional requests), review approvals when the branch rules require them, and optionally a
 * successful deployment of this commit to the staging environment. Reads only; writes nothing.
 */
import * as core from '@actions/core';
import { formatDuration } from '../config/durations.js';
import type { StrategyStep } from '../deploy/strategies/types.js';
import { readCheckObservations, readPullReviews, type BranchRequirements, type EnvironmentDeployment } from '../github/checks.js';
import type { ConditionalCache } from '../github/conditional.js';
import type { RunEnv } from '../run-env.js';
import { loadYaml } from '../config/yaml-engine.js';
import { resolveStateFile } from '../state-file/find.js';
import { parseStateFile, readStateText } from '../state-file/parse.js';
import type { StageOutcome } from '../timeline.js';
import { evaluateApprovals, evaluateRequiredChecks, requiredFromRules, type CheckObservation } from './checks.js';
import { evaluateGates, evaluateParseFailure } from './evaluate.js';
import { builtInGates, gateWarnings, mergeGateRules } from './rules.js';
import type { GateVerdict } from './verdict.js';
import { confinementVerdict, workspaceFileGates } from './workspace-files.js';
import { checkFreeze } from './freeze.js';
import type { FreezeRecord } from './freeze-settings.js';
import type { GateReads } from './reads-ahead.js';
import { started } from '../once.js';

export interface StateFileRef {
  path: string;
  feature: string;
  reason: string;
}

export interface GatesResult extends StageOutcome {
  verdicts: GateVerdict[];
  stateFile?: StateFileRef;
  /** The branch's rules and protection, read once here, used again by the release stage. */
  branch?: BranchRequirements;
  /** What the freeze gate found (absent without freeze windows). */
  freeze?: FreezeRecord;
}

/**
 * Every gate (no stopping at the first): the state file, required checks and approvals, staging,
 * the workspace's files, and each deploy strategy's own checks. `reads`: the first reads, sent
 * before this code was loaded (reads-ahead.ts).
 */
export async function runGates(env: RunEnv, steps: readonly StrategyStep[], reads: GateReads): Promise<GatesResult> {
  const found: { stateFile?: StateFileRef } = {};
  // Awaited after the state file's gates: a failure before then is not an unhandled rejection.
  const asked = started(
    Promise.all([
      checkGates(env, reads),
      stagingGates(env, reads),
      Promise.all(steps.map(({ strategy, config }) => strategy.preflight?.(env, config) ?? Promise.resolve([])))
    ])
  );
  // The state file is found, read and parsed (work on this thread, no request) once the gates'
  // requests are on their way (the deploy workflow's inputs are parsed then too, see
  // WorkflowFiles.read): done first, it held them up.
  await env.client.requestsWritten();
  const stateVerdicts = await stateFileGates(env, found);
  const [checks, stagingVerdicts, strategyVerdicts] = await asked;
  // The freeze once every other gate answered (waits for checks included): the moment the ship starts writing.
  const { settings } = env;
  const freeze = checkFreeze(settings.freeze ?? [], env.clock.now(), settings.freezeOverride ? { reason: settings.freezeOverride, by: env.context.actor } : undefined);
  if (freeze.warning) env.timeline.warn(freeze.warning);
  // After the state file is found: an auto report file sits beside it.
  const verdicts = [...stateVerdicts, ...workspaceFileGates(env, found.stateFile), ...checks.verdicts, ...stagingVerdicts, ...strategyVerdicts.flat(), ...freeze.verdicts];
  const result = { verdicts, ...found, ...(checks.branch ? { branch: checks.branch } : {}), ...(freeze.record ? { freeze: freeze.record } : {}) };
  const failed = verdicts.filter((g) => !g.passed);
  if (failed.length) {
    // Each failed gate in the log too, titled with its name (an input's name where an input is at fault).
    for (const g of failed) core.error(g.reason.startsWith('Input ') ? g.reason : `${g.name}: ${g.reason}`, { title: g.name });
    return { ...result, state: 'failed', summary: `${failed.length} of ${verdicts.length} gates failed: ${failed.map((g) => g.name).join(', ')}` };
  }
  return { ...result, state: 'done', summary: `all ${verdicts.length} gates passed` };
}

async function stateFileGates(env: RunEnv, found: { stateFile?: StateFileRef }): Promise<GateVerdict[]> {
  const { settings, context, timeline } = env;
  // Finding the file (auto) parses the candidates: the YAML library first.
  if (settings.stateFile.mode !== 'none') await loadYaml();
  const located = resolveStateFile(context.workspace, settings.stateFile);
  if ('skipped' in located) {
    timeline.warn(`${located.reason}: staging validation and rollback are not checked from a state file`, false);
    return [];
  }
  if ('error' in located) {
    return [
      {
        name: 'state file',
        expected: 'a workflow state file',
        found: 'none',
        where: settings.stateFile.mode === 'path' ? settings.stateFile.path : 'specs/*/, epics/*/',
        passed: false,
        reason: located.error
      }
    ];
  }
  const outside = confinementVerdict(context.workspace, 'state-file', located.path);
  if (outside) return [outside];
  found.stateFile = { path: located.path, feature: located.feature, reason: located.reason };
  core.info(`state file: ${located.path} (${located.reason})`);
  const parsed = parseStateFile(located.path, readStateText(located.absolutePath));
  if (!parsed.ok) {
    const e = parsed.error;
    core.error(`${e.message}`, { title: 'ship-prod: state file does not parse', file: e.file, startLine: e.line, startColumn: e.column });
    return [evaluateParseFailure(e)];
  }
  const rules = mergeGateRules(builtInGates(), settings.gates);
  for (const warning of gateWarnings(builtInGates(), rules)) timeline.warn(warning, false);
  return evaluateGates(parsed.doc, rules, located.path);
}

/** Polling interval for pending checks: a tenth of the wait, between 1 s and 15 s. */
export function checksPollInterval(timeoutMs: number): number {
  return Math.min(15_000, Math.max(1_000, Math.round(timeoutMs / 10)));
}

async function checkGates(env: RunEnv, reads: GateReads): Promise<{ verdicts: GateVerdict[]; branch?: BranchRequirements }> {
  const { settings } = env;
  const mode = settings.requiredChecks;
  // The checks on the commit were read alongside the rules that say which of them are required; so
  // was the pull request that brought the commit (one read more when the rules require no review,
  // one round trip less when they do: its reviews are read next).
  const { pull } = reads;
  const { cache } = reads.checks;
  const [requirements, firstObservations] = await Promise.all([reads.requirements, reads.checks.first]);
  for (const note of requirements?.notes ?? []) env.timeline.warn(note, false);
  const fromRules = requirements ? requiredFromRules(requirements.rules ?? [], requirements.protection ?? undefined) : undefined;

  const approvals = fromRules?.approvingReviews ?? 0;
  const [checks, approval] = await Promise.all([
    mode.mode === 'none'
      ? Promise.resolve([])
      : requiredCheckGates(env, mode.mode === 'all' ? 'all' : mode.mode === 'list' ? mode.names : (fromRules?.contexts ?? []), fromRules?.sources ?? [], {
          cache,
          first: firstObservations
        }),
    approvals > 0 ? approvalGate(env, approvals, pull ?? Promise.resolve(null)) : Promise.resolve(undefined)
  ]);
  return { verdicts: approval ? [...checks, approval] : checks, ...(requirements ? { branch: requirements } : {}) };
}

/** Required checks, waiting up to checks-timeout for pending or not yet reported ones; a failure ends the wait. */
async function requiredCheckGates(
  env: RunEnv,
  required: string[] | 'all',
  sources: string[],
  read: { cache: ConditionalCache; first: CheckObservation[] }
): Promise<GateVerdict[]> {
  const { settings, context, client, clock } = env;
  const { cache } = read;
  const ownRun = context.runId ? `/actions/runs/${context.runId}/` : undefined;
  // This job's own check run: an Actions check's details URL is …/actions/runs/<run id>/job/<job id>.
  const ignore = (o: CheckObservation) => Boolean(ownRun && (o.detailsUrl ?? o.url)?.includes(ownRun));
  const judge = (observed: CheckObservation[]) => evaluateRequiredChecks(required, observed, { ignore, sha: context.sha });
  const evaluate = async () => judge(await readCheckObservations(client, context.sha, cache));
  const deadline = clock.now() + settings.checksTimeoutMs;
  const interval = checksPollInterval(settings.checksTimeoutMs);
  let result = judge(read.first);
  const waitingFor = () => result.pending.length + result.missing.length;
  const finalFailures = () => result.verdicts.filter((v) => !v.passed).length - waitingFor();
  const progress = env.progress(`required checks of ${context.sha.slice(0, 7)} (checks-timeout ${formatDuration(settings.checksTimeoutMs)})`, `${context.serverUrl}/${context.owner}/${context.repo}/commit/${context.sha}/checks`);
  while (waitingFor() > 0 && finalFailures() === 0 && clock.now() + interval <= deadline) {
    progress.update(`waiting for ${[...result.pending, ...result.missing].join(', ')}`);
    await progress.sleep(interval);
    result = await evaluate();
  }
  if (cache.requests > 2) core.info(`checks polled ${cache.requests} times, ${cache.notModified} answered 304`);
  const verdicts: GateVerdict[] = [];
  if (required !== 'all' && required.length === 0) {
    verdicts.push({
      name: 'required checks',
      expected: 'the checks the branch rules require',
      found: 'none required',
      where: `rules and protection of ${context.branch || 'the branch'}${sources.length ? ` (${sources.join(', ')})` : ''}`,
      passed: true,
      reason: 'the branch rules require no status checks'
    });
  }
  verdicts.push(...result.verdicts);
  return verdicts;
}

async function approvalGate(env: RunEnv, required: number, found: Promise<{ number: number; url: string } | null>): Promise<GateVerdict> {
  const { client, context } = env;
  const pull = await readPullReviews(client, found);
  if (!pull) {
    return {
      name: 'approvals',
      expected: `${required} approving review${required > 1 ? 's' : ''}`,
      found: 'no pull request',
      where: `pull requests associated with ${context.sha.slice(0, 7)}`,
      passed: false,
      reason: `the rules of ${context.branch} require ${required} approving review(s), but no pull request into ${context.branch} brought ${context.sha.slice(0, 7)}`
    };
  }
  const verdict = evaluateApprovals(pull.reviews, required);
  return { ...verdict, where: `${verdict.where} · pull request #${pull.number} ${pull.url}` };
}

/** Staging provenance: the commit's latest deployment to each listed environment succeeded. */
async function stagingGates(run: RunEnv, reads: GateReads): Promise<GateVerdict[]> {
  const list = reads.staging;
  return Promise.all(list.map(({ environment, deployment }) => stagingGate(run, environment, deployment, list.length > 1 ? `staging provenance (${environment})` : 'staging provenance')));
}

async function stagingGate(run: RunEnv, staging: string, read: Promise<EnvironmentDeployment | null>, name: string): Promise<GateVerdict> {
  const { context } = run;
  const deployment = await read;
  const base = { name, expected: `a successful deployment of ${context.sha.slice(0, 7)} to ${staging}` };
  if (!deployment) {
    return { ...base, found: 'none', where: `deployments of ${context.sha.slice(0, 7)} to ${staging}`, passed: false, reason: `${context.sha.slice(0, 7)} was never deployed to ${staging}; deploy and validate it there first` };
  }
  const passed = deployment.state === 'success';
  return {
    ...base,
    found: deployment.state ?? 'no status',
    where: `deployment ${deployment.id} (${deployment.createdAt})${deployment.url ? ` ${deployment.url}` : ''}`,
    passed,
    reason: passed
      ? `deployment ${deployment.id} to ${staging} succeeded`
      : `the latest deployment of ${context.sha.slice(0, 7)} to ${staging} is ${deployment.state ?? 'without a status'}, not success`
  };
}

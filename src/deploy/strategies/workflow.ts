/**
 * Deploy by workflow: dispatch `deploy-workflow` (or `rollback-workflow`) at the target's tag with
 * the inputs it declares there, and wait for the run (workflow-run.ts). The declared inputs come
 * from the file as the gates read it (gates/workflow-dispatch.ts); a tag the gates did not read
 * (a rollback's previous tag, when they could not check it) is read now.
 */
import * as core from '@actions/core';
import { formatDuration } from '../../config/durations.js';
import { deployRunMarker } from '../../github/deployments.js';
import {
  dispatchableAtPreviousTag,
  dispatchableAtShippedCommit,
  missingAtTagReason,
  versionFactsVerdicts,
  WorkflowFiles
} from '../../gates/workflow-dispatch.js';
import type { Settings } from '../../config/settings.js';
import type { GateVerdict } from '../../gates/verdict.js';
import { code } from '../../report/markdown.js';
import { buildDispatchInputs, shownInputs } from '../dispatch-plan.js';
import { deployByWorkflow } from '../workflow-run.js';
import type { DeployStrategy, ManualFacts, ManualStep } from './types.js';

export interface WorkflowConfig {
  workflow: string;
  /** The input that names it: what a person fixes. */
  input: 'deploy-workflow' | 'rollback-workflow';
  /** Its declared inputs by ref, as read before any write. */
  files: WorkflowFiles;
}

/** Correlation inputs the action fills with its ship id: meaningless for a dispatch by hand. */
const CORRELATION_INPUTS = new Set(['ship_id', 'correlation_id', 'distinct_id']);

/** Where a dispatch goes: the `environment` input with deploy-inputs, or each environment of the waves with its own. */
interface DispatchTarget {
  environment: string;
  deployInputs: Record<string, string>;
  /** In a ship with waves: the environment, named in what its check finds. */
  wave?: string;
}

/**
 * A check run for every environment the ship dispatches to (the first alone, then the others at
 * once, so the workflow file is read once): the problems of every one, each naming its
 * environment, or the first one's verdicts when none has a problem.
 */
async function everyTarget(settings: Settings, check: (t: DispatchTarget) => Promise<GateVerdict[]>): Promise<GateVerdict[]> {
  const fromWaves = settings.waves?.list.flatMap((w) => w.environments.map((e) => ({ environment: e.name, deployInputs: e.deployInputs, wave: w.name }))) ?? [];
  const targets: DispatchTarget[] = fromWaves.length ? fromWaves : [{ environment: settings.environment, deployInputs: settings.deploy.inputs }];
  const first = await check(targets[0]!);
  const rest = await Promise.all(targets.slice(1).map(check));
  const named = [first, ...rest].flatMap((verdicts, i) => {
    const t = targets[i]!;
    return verdicts.filter((v) => !v.passed).map((v) => (t.wave ? { ...v, reason: `environment ${t.environment} (wave ${t.wave}): ${v.reason}` } : v));
  });
  return named.length ? named : first;
}

export const workflowStrategy: DeployStrategy<WorkflowConfig> = {
  name: 'workflow',
  deploysVersion: true,
  deploys: (s) => (s.deploy.workflow ? { workflow: s.deploy.workflow, input: 'deploy-workflow', files: new WorkflowFiles(s.deploy.workflow) } : undefined),
  rollsBack: (s) => (s.rollback.workflow ? { workflow: s.rollback.workflow, input: 'rollback-workflow', files: new WorkflowFiles(s.rollback.workflow) } : undefined),
  redeploys: (config) => config,
  describe: (c) => (c.input === 'rollback-workflow' ? `rollback-workflow ${c.workflow}` : 'workflow'),

  preflight: (env, c) =>
    everyTarget(env.settings, (t) => dispatchableAtShippedCommit(env.client, c.files, { sha: env.context.sha, input: c.input, environment: t.environment, deployInputs: t.deployInputs })),

  async preflightTarget(env, c, target, version) {
    if (target.tag === version.tag) {
      // The new tag holds the release commit, whose workflow file is the shipped commit's.
      c.files.alias(target.tag, env.context.sha);
    }
    return everyTarget(env.settings, async (t) => {
      const facts = { sha: env.context.sha, input: c.input, environment: t.environment, deployInputs: t.deployInputs };
      if (target.tag === version.tag) return versionFactsVerdicts(c.files, { ...facts, version: target.version, tag: target.tag });
      return dispatchableAtPreviousTag(env.client, c.files, { ...facts, previousTag: target.tag, ...(version.changed ? { changed: version.changed } : {}) });
    });
  },

  plan(c, move) {
    const plan = c.files.get(move.target.tag)?.plan;
    const built = plan
      ? buildDispatchInputs(c.workflow, plan.declared, { ...move.target, environment: move.environment, deployment_id: '(new deployment id)', ship_id: move.shipId }, move.deployInputs)
      : undefined;
    const inputs = built ? shownInputs(built.inputs, move.deployInputs) : undefined;
    return {
      what: `dispatch ${c.workflow} at ${move.target.tag} and wait for it (deploy-timeout ${formatDuration(move.timeoutMs)})`,
      detail: inputs ? Object.entries(inputs).map(([k, v]) => `${k}=${v}`).join('\n') || 'no inputs' : undefined,
      ...(inputs ? { inputs } : {})
    };
  },

  async run(c, move) {
    const { env, target } = move;
    const at = c.files.get(target.tag) ?? (await c.files.read(env.client, target.tag));
    if (at.missing) return { ok: false, summary: missingAtTagReason(c.workflow, c.input, target.tag, at.path), detail: [] };
    if (!at.plan) return { ok: false, summary: at.problem ?? `${c.workflow} cannot be dispatched at ${target.tag}`, detail: [] };
    const shipId = `${move.shipId}:${move.name}`;
    const built = buildDispatchInputs(c.workflow, at.plan.declared, { ...target, environment: move.environment, deployment_id: String(move.deploymentId ?? ''), ship_id: shipId }, move.deployInputs);
    if (built.problems.length) return { ok: false, summary: built.problems.join('; '), detail: [] };
    const inputs = shownInputs(built.inputs, move.deployInputs);
    core.info(`${move.name}: dispatching ${c.workflow} at ${target.tag} with inputs ${JSON.stringify(inputs)}`);
    const result = await deployByWorkflow(env.client, env.clock, {
      workflow: at.plan.id,
      workflowName: c.workflow,
      ref: target.tag,
      inputs: built.inputs,
      shipId,
      timeoutMs: move.timeoutMs,
      approvalTimeoutMs: env.settings.deploy.approvalTimeoutMs,
      environment: move.environment,
      existingRunId: move.resume?.runId,
      progress: env.progress(`${move.name} run of ${c.workflow} (${target.tag})`),
      recordExisting: move.resume?.recordExisting,
      since: move.resume?.since,
      known: move.resume?.known,
      onRun: async (run) => {
        await move.onRun?.(run);
        await move.status(`${move.name === 'rollback' ? 'rolling back: ' : ''}${deployRunMarker(run.id)} (${target.tag})`);
      }
    });
    return { ...result, inputs };
  },

  dispatches: (c, tag) => c.files.get(tag)?.plan?.id,

  manual: (c, facts) => manualDispatch(c, facts)
};

/** The dispatch by hand at the target's tag, then watching the run it starts. */
function manualDispatch(c: WorkflowConfig, f: ManualFacts): ManualStep {
  const { shq } = f;
  const label = c.input === 'rollback-workflow' ? 'rollback-workflow' : 'deploy workflow';
  const tag = f.target.tag;
  const facts: Record<string, string> = { version: f.target.version, tag, environment: f.environment, sha: `$(git rev-parse ${shq(`${tag}^{commit}`)})` };
  const value = (key: string, v: string) => (key === 'sha' ? `"${v}"` : shq(v));
  const flags: string[] = [];
  let note: string | undefined;
  if (f.sentInputs && c.input === 'deploy-workflow') {
    for (const [key, v] of Object.entries(f.sentInputs)) {
      if (CORRELATION_INPUTS.has(key) || key === 'deployment_id') continue;
      flags.push(`-f ${shq(key)}=${key in facts ? value(key, facts[key]!) : shq(v)}`);
    }
  } else {
    for (const key of ['version', 'tag', 'environment', 'sha']) flags.push(`-f ${key}=${value(key, facts[key]!)}`);
    if (c.input === 'deploy-workflow') for (const [key, v] of Object.entries(f.settings.deploy.inputs)) flags.push(`-f ${shq(key)}=${shq(v)}`);
    note = `ship-prod passes \`version\`, \`tag\`, \`environment\` and \`sha\` only where ${code(c.workflow)} declares them: drop the \`-f\` flags it does not declare at ${code(tag)}.`;
  }
  if (Object.keys(f.settings.deploy.inputs).length) {
    note = `${note ? `${note} ` : ''}The values of deploy-inputs are secrets, shown as \`***\`: put them in before running.`;
  }
  return {
    what: `Dispatch the ${label} ${code(c.workflow)} at ${code(tag)}, then watch the run it starts:`,
    commands: [
      `gh workflow run ${shq(c.workflow)} --repo ${shq(f.ghRepo)} --ref ${shq(tag)}${flags.length ? ' \\\n  ' + flags.join(' \\\n  ') : ''}`,
      `gh run list --repo ${shq(f.ghRepo)} --workflow ${shq(c.workflow)} --branch ${shq(tag)} --limit 1`,
      `gh run watch RUN_ID --repo ${shq(f.ghRepo)} --exit-status`
    ],
    ...(note ? { note } : {})
  };
}

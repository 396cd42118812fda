/**
 * The deploy stage: a GitHub deployment for the environment at the tag (reused on a re-run),
 * then the deploy itself with the strategies that are set, in the order workflow, branch,
 * command. Deployment statuses follow what happens. `deployTarget` is reused by the rollback.
 */
import * as core from '@actions/core';
import { formatDuration } from '../config/durations.js';
import { deployRunMarker, setDeploymentStatus } from '../github/deployments.js';
import { saveShipState } from '../ship-state.js';
import { ensureShipDeployment, lookupShipDeployment, shipIdOf } from './deployment.js';
import type { ShipRecord } from '../ship.js';
import type { ShipRun, StageOutcome } from '../stage.js';
import { deployByBranch } from './branch.js';
import { deployByCommand } from './command.js';
import { readWorkflowFile } from '../github/actions.js';
import { buildDispatchInputs, declaredDispatchInputs, shownInputs } from './dispatch-plan.js';
import { deployByWorkflow } from './workflow.js';
import { missingAtTagReason } from '../rollback/preflight.js';
import { progressOf } from '../progress.js';
import { productionUrlOf } from '../report/format.js';

export type Strategy = 'workflow' | 'branch' | 'command';

export interface DeployTarget {
  version: string;
  tag: string;
  sha: string;
}

export interface DeployOutcome {
  ok: boolean;
  /** Production was certainly not changed (the deploy was refused before it began). */
  untouched?: boolean;
  summary: string;
  runId?: number;
  runUrl?: string;
  conclusion?: string;
  durationMs: number;
  detail: string[];
}

export { shipIdOf };

export const NO_DEPLOY =
  'no deploy-workflow, deploy-branch or deploy-command: nothing deployed by the action (a release-triggered pipeline or a tag-push workflow deploys)';

export function strategiesOf(settings: ShipRun['settings']): Strategy[] {
  const out: Strategy[] = [];
  if (settings.deploy.workflow) out.push('workflow');
  if (settings.deploy.branch) out.push('branch');
  if (settings.deploy.command) out.push('command');
  return out;
}

/** Where production answers, for the deployment's environment_url: the first health check's origin. */
export { productionUrlOf };

export function environmentUrlOf(run: ShipRun): string | undefined {
  return productionUrlOf(run.settings);
}

export async function runDeploy(run: ShipRun): Promise<StageOutcome> {
  const { settings, record, client, context } = run;
  const strategies = strategiesOf(settings);
  const deploy: NonNullable<ShipRecord['deploy']> = { strategy: strategies.join('+') || 'none', detail: [] };
  record.deploy = deploy;
  if (!strategies.length) return { state: 'skipped', summary: NO_DEPLOY };
  const version = record.version!;
  const target: DeployTarget = { version: version.next, tag: version.tag, sha: record.release?.commitSha ?? context.sha };

  if (settings.dryRun) {
    record.plan.push({ what: `create a GitHub deployment of ${target.tag} to ${settings.environment}`, detail: 'required_contexts: [] (ship-prod gates itself), auto_merge: false' });
    for (const strategy of strategies) record.plan.push(planFor(run, strategy, target));
    return { state: 'planned', summary: `would deploy ${target.tag} to ${settings.environment} by ${strategies.join(', then ')}` };
  }

  const prepared = await (run.deployment ?? ensureShipDeployment(run, lookupShipDeployment(run)));
  const { existing, decision } = prepared;
  const deploymentId = prepared.id;
  const earlierRun = prepared.run;
  saveShipState({ phase: 'deploying', deploymentId, version: target.version, tag: target.tag, previousVersion: version.previous, runId: decision.action === 'wait' ? earlierRun?.id : undefined });
  deploy.deploymentId = deploymentId;
  if (existing) deploy.detail.push(decision.why);
  if (decision.action === 'done') {
    deploy.alreadySucceeded = true;
    // The outputs name what the ship made, as a first run would.
    deploy.runId = earlierRun?.id;
    deploy.runUrl = earlierRun?.htmlUrl;
    deploy.conclusion = earlierRun?.conclusion ?? undefined;
    return { state: 'done', summary: `deployment ${deploymentId} of ${target.tag} had already succeeded in an earlier attempt: not deployed again` };
  }
  const outcome = await deployTarget(run, target, {
    deploymentId,
    existingRunId: decision.action === 'wait' ? earlierRun?.id : undefined,
    recordExisting: !(existing?.runId && existing.state === 'in_progress'),
    since: prepared.createdAt,
    known: prepared.known,
    label: 'deploy',
    timeoutMs: settings.deploy.timeoutMs
  });
  deploy.runId = outcome.runId;
  deploy.runUrl = outcome.runUrl;
  deploy.conclusion = outcome.conclusion;
  deploy.durationMs = outcome.durationMs;
  deploy.detail.push(...outcome.detail);
  deploy.untouched = outcome.untouched;
  if (!outcome.ok) {
    await setDeploymentStatus(client, deploymentId, { state: 'failure', description: outcome.summary, logUrl: context.runUrl || undefined, environmentUrl: environmentUrlOf(run) });
    return { state: 'failed', summary: outcome.summary };
  }
  return { state: 'done', summary: outcome.summary };
}

/** Runs the configured strategies for a target (the new version, or the previous one for a rollback). */
export async function deployTarget(
  run: ShipRun,
  target: DeployTarget,
  opts: {
    deploymentId?: number;
    existingRunId?: number;
    /** Record existingRunId on the deployment (in_progress with its marker): it is not recorded yet. */
    recordExisting?: boolean;
    /** When the deployment was created (GitHub's clock), and runs of earlier attempts: to find a dispatched run. */
    since?: string;
    known?: ReadonlySet<number>;
    label: 'deploy' | 'rollback';
    timeoutMs: number;
    workflow?: string;
    command?: string;
    forceBranch?: boolean;
  }
): Promise<DeployOutcome> {
  const { settings, client, context, clock, record } = run;
  const started = clock.now();
  const detail: string[] = [];
  const environmentUrl = environmentUrlOf(run);
  const logUrl = context.runUrl || undefined;
  const status = async (description: string) => {
    if (opts.deploymentId) await setDeploymentStatus(client, opts.deploymentId, { state: 'in_progress', description, logUrl, environmentUrl });
  };
  const workflow = opts.workflow ?? settings.deploy.workflow;
  const command = opts.command ?? settings.deploy.command;
  const steps: Strategy[] = opts.label === 'rollback' && (opts.workflow || opts.command) ? (opts.workflow ? ['workflow'] : ['command']) : strategiesOf(settings);
  let last: Partial<DeployOutcome> = {};
  // The workflow's run stays the ship's deploy run when a branch or command step follows it.
  let workflowRun: Pick<DeployOutcome, 'runId' | 'runUrl' | 'conclusion'> = {};
  for (const strategy of steps) {
    const remaining = Math.max(1_000, opts.timeoutMs - (clock.now() - started));
    if (strategy === 'workflow') {
      let plan = opts.workflow && opts.workflow !== settings.deploy.workflow ? run.deployPlan?.rollbackWorkflow : run.deployPlan?.workflow;
      if (plan && opts.label === 'rollback') {
        // The workflow is dispatched at the previous tag, whose file may declare other inputs.
        const file = await readWorkflowFile(client, workflow, target.tag);
        if (file.text === null) {
          const reason = missingAtTagReason(workflow, opts.workflow ? 'rollback-workflow' : 'deploy-workflow', target.tag, file.path);
          return { ok: false, summary: reason, durationMs: clock.now() - started, detail };
        }
        const parsed = declaredDispatchInputs(file.path, file.text);
        if (!parsed.ok) return { ok: false, summary: parsed.reason, durationMs: clock.now() - started, detail };
        plan = { ...plan, declared: parsed.inputs };
      }
      if (!plan) return { ok: false, summary: `${workflow} was not read before the deploy`, durationMs: clock.now() - started, detail };
      const built = buildDispatchInputs(workflow, plan.declared, { ...target, environment: settings.environment, deployment_id: String(opts.deploymentId ?? ''), ship_id: `${shipIdOf(run)}:${opts.label}` }, settings.deploy.inputs);
      if (built.problems.length) return { ok: false, summary: built.problems.join('; '), durationMs: clock.now() - started, detail };
      const shown = shownInputs(built.inputs, settings.deploy.inputs);
      if (opts.label === 'deploy' && record.deploy) record.deploy.inputs = shown;
      core.info(`${opts.label}: dispatching ${workflow} at ${target.tag} with inputs ${JSON.stringify(shown)}`);
      const result = await deployByWorkflow(client, clock, {
        workflow: plan.id,
        workflowName: workflow,
        ref: target.tag,
        inputs: built.inputs,
        shipId: `${shipIdOf(run)}:${opts.label}`,
        timeoutMs: remaining,
        existingRunId: opts.existingRunId,
        progress: progressOf(run, `${opts.label} run of ${workflow} (${target.tag})`),
        recordExisting: opts.recordExisting,
        since: opts.since,
        known: opts.known,
        onRun: async ({ id, url }) => {
          saveShipState({ phase: opts.label === 'rollback' ? 'rolling-back' : 'deploying', runId: id, runUrl: url });
          await status(`${opts.label === 'rollback' ? 'rolling back: ' : ''}${deployRunMarker(id)} (${target.tag})`);
        }
      });
      detail.push(...result.detail);
      last = result;
      workflowRun = { runId: result.runId, runUrl: result.runUrl, conclusion: result.conclusion };
      if (!result.ok) return { ...result, untouched: Boolean(result.untouched) && strategy === steps[0], durationMs: clock.now() - started, detail };
    } else if (strategy === 'branch') {
      if (steps[0] === 'branch') await status(`${opts.label}: moving ${settings.deploy.branch} to ${target.tag}`);
      const result = await deployByBranch(client, { branch: settings.deploy.branch, sha: target.sha, label: target.tag, force: opts.forceBranch });
      detail.push(result.summary);
      last = { summary: result.summary };
      if (!result.ok) return { ok: false, untouched: steps[0] === 'branch', summary: result.summary, durationMs: clock.now() - started, detail, ...workflowRun };
    } else {
      if (steps[0] === 'command') await status(`${opts.label}: running the ${opts.label} command for ${target.tag}`);
      const progress = progressOf(run, `${opts.label} command for ${target.tag}`, context.runUrl || undefined);
      const result = await core.group(`${opts.label} command`, () =>
        progress.watch(deployByCommand(command, {
          facts: {
            version: target.version,
            tag: target.tag,
            sha: target.sha,
            environment: settings.environment,
            // In a rollback, the version being rolled back from.
            previousVersion: (opts.label === 'rollback' ? record.version?.next : record.version?.previous) ?? ''
          },
          timeoutMs: remaining,
          cwd: context.workspace,
          label: opts.label
        }))
      );
      detail.push(result.summary);
      last = { summary: result.summary };
      if (!result.ok) return { ok: false, summary: result.summary, durationMs: clock.now() - started, detail, ...workflowRun };
    }
  }
  const durationMs = clock.now() - started;
  return {
    ok: true,
    summary: steps.length > 1 ? `${target.tag} deployed by ${steps.join(', ')} in ${formatDuration(durationMs)}` : (last.summary ?? 'deployed'),
    ...workflowRun,
    durationMs,
    detail
  };
}

function planFor(run: ShipRun, strategy: Strategy, target: DeployTarget): { what: string; detail?: string } {
  const { settings } = run;
  if (strategy === 'workflow') {
    const plan = run.deployPlan?.workflow;
    const built = plan
      ? buildDispatchInputs(settings.deploy.workflow, plan.declared, { ...target, environment: settings.environment, deployment_id: '(new deployment id)', ship_id: shipIdOf(run) }, settings.deploy.inputs)
      : undefined;
    return {
      what: `dispatch ${settings.deploy.workflow} at ${target.tag} and wait for it (deploy-timeout ${formatDuration(settings.deploy.timeoutMs)})`,
      detail: built ? Object.entries(shownInputs(built.inputs, settings.deploy.inputs)).map(([k, v]) => `${k}=${v}`).join('\n') || 'no inputs' : undefined
    };
  }
  if (strategy === 'branch') return { what: `point ${settings.deploy.branch} at ${target.sha.slice(0, 7)} (${target.tag}), fast-forward only` };
  return {
    what: 'run the deploy command',
    detail: `${settings.deploy.command}\n# environment: SHIP_VERSION=${target.version} SHIP_TAG=${target.tag} SHIP_SHA=${target.sha} SHIP_ENVIRONMENT=${settings.environment}`
  };
}

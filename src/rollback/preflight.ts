/**
 * Before anything is written: can the rollback dispatch its workflow at the previous release?
 * A rollback dispatches `rollback-workflow` (or, without one, `deploy-workflow`) at the previous
 * tag, so that the workflow runs as it was when that version shipped. A workflow added in the
 * release being shipped is not there: the gate that reads it at the shipped commit passes, and
 * the rollback would fail in the middle of an incident. This check reads it at the previous tag
 * and blocks the ship instead, saying why and what to do.
 */
import { readWorkflowFile } from '../github/actions.js';
import { buildDispatchInputs, declaredDispatchInputs } from '../deploy/dispatch-plan.js';
import type { GateVerdict } from '../ship.js';
import type { ShipRun } from '../stage.js';
import { rollbackStrategy } from './stage.js';

/** The workflow a rollback would dispatch and the input that names it, or undefined (no workflow rollback). */
export function rollbackWorkflowOf(settings: ShipRun['settings']): { workflow: string; input: string } | undefined {
  if (settings.rollback.mode === 'never') return undefined;
  const strategy = rollbackStrategy(settings);
  if (strategy.kind === 'workflow') return { workflow: settings.rollback.workflow, input: 'rollback-workflow' };
  if (strategy.kind === 'deploy' && settings.deploy.workflow) return { workflow: settings.deploy.workflow, input: 'deploy-workflow' };
  return undefined;
}

/** Why a rollback would fail when its workflow is missing at the previous tag, and what to do (pure). */
export function missingAtTagReason(workflow: string, input: string, tag: string, path: string): string {
  const instead =
    input === 'rollback-workflow'
      ? 'leave rollback-workflow empty for this ship (the rollback then dispatches deploy-workflow at that tag) or use rollback-command'
      : 'set rollback-command for this ship, or rollback: never if you accept no automatic rollback';
  return `${workflow} (${input}) does not exist at ${tag}, the previous release, and a rollback dispatches it there: a rollback would fail. To ship this release, ${instead}; from the next release on, ${path} exists at the previous tag`;
}

/** Files changed since the previous tag (path → added, modified, renamed…), from the compare the bump reads anyway. */
export interface ChangedFiles {
  files: ReadonlyMap<string, string>;
  /** False when GitHub may have cut the list (300 files): then absence proves nothing. */
  complete: boolean;
}

/**
 * The rollback workflow checked at the previous release's tag: one verdict, or none when no
 * workflow rollback can happen. The files changed since that tag answer without a request when
 * the workflow was added (missing there) or not touched (there, as the deploy gate read it).
 */
export async function rollbackPreflight(run: ShipRun, previousTag: string | null, changed?: ChangedFiles): Promise<GateVerdict[]> {
  const target = rollbackWorkflowOf(run.settings);
  if (!target || !previousTag) return [];
  const { workflow, input } = target;
  const known = input === 'rollback-workflow' ? run.deployPlan?.rollbackWorkflow : run.deployPlan?.workflow;
  const status = known && changed ? changed.files.get(known.path) : undefined;
  const verdict = (path: string, found: string, passed: boolean, reason: string): GateVerdict[] => [
    { name: `rollback at ${previousTag}`, expected: `${workflow} can be dispatched at ${previousTag}`, where: `${path} at ${previousTag}`, found, passed, reason }
  ];
  if (known && (status === 'added' || status === 'renamed' || status === 'copied')) {
    return verdict(known.path, `${status} since ${previousTag}`, false, missingAtTagReason(workflow, input, previousTag, known.path));
  }
  if (known && changed?.complete && status === undefined) {
    return verdict(known.path, `unchanged since ${previousTag}`, true, `a rollback can dispatch ${workflow} at ${previousTag}: the file is as the deploy gate read it`);
  }
  const file = await readWorkflowFile(run.client, workflow, previousTag);
  if (file.text === null) return verdict(file.path, 'no such file', false, missingAtTagReason(workflow, input, previousTag, file.path));
  const parsed = declaredDispatchInputs(file.path, file.text);
  if (!parsed.ok) return verdict(file.path, 'not dispatchable', false, `at ${previousTag}: ${parsed.reason}; a rollback would fail`);
  const sample = { version: '0.0.0', tag: previousTag, environment: run.settings.environment, sha: '0'.repeat(40), deployment_id: '0', ship_id: 'ship' };
  const built = buildDispatchInputs(workflow, parsed.inputs, sample, run.settings.deploy.inputs);
  if (built.problems.length) return verdict(file.path, 'input problems', false, `at ${previousTag}: ${built.problems.join('; ')}; a rollback would fail`);
  return verdict(file.path, 'dispatchable', true, `a rollback can dispatch ${workflow} at ${previousTag}`);
}

/**
 * Before anything is written: can the deploy (and rollback) workflow be dispatched with what the
 * ship would send? The workflow file is read at the shipped commit (the release commit changes
 * only version files) and its declared workflow_dispatch inputs checked. Runs as a gate, so a
 * problem blocks the ship with nothing changed.
 */
import { readWorkflowFile } from '../github/actions.js';
import type { GateVerdict } from '../ship.js';
import type { ShipRun } from '../stage.js';
import { buildDispatchInputs, declaredDispatchInputs, type DeclaredInputs } from './dispatch-plan.js';

export interface WorkflowPlan {
  /** As the API takes it: file name or numeric id. */
  id: string | number;
  path: string;
  declared: DeclaredInputs;
}

export interface DeployPlan {
  workflow?: WorkflowPlan;
  rollbackWorkflow?: WorkflowPlan;
}

/**
 * The facts the ship will send, as far as they are known before the version stage: the
 * environment is the real one (checked against the declared type and options); the version, tag,
 * sha and ids are placeholders of the right shape.
 */
const sampleFacts = (environment: string) => ({ version: '0.0.0', tag: 'v0.0.0', environment, sha: '0'.repeat(40), deployment_id: '1', ship_id: 'ship' });

export async function deployPreflight(run: ShipRun): Promise<GateVerdict[]> {
  const { settings } = run;
  const plan: DeployPlan = {};
  run.deployPlan = plan;
  const wanted: Array<['workflow' | 'rollbackWorkflow', string, Record<string, string>]> = [];
  if (settings.deploy.workflow) wanted.push(['workflow', settings.deploy.workflow, settings.deploy.inputs]);
  if (settings.rollback.workflow && settings.rollback.mode === 'auto') wanted.push(['rollbackWorkflow', settings.rollback.workflow, settings.deploy.inputs]);
  const verdicts = await Promise.all(
    wanted.map(async ([slot, workflow, extra]): Promise<GateVerdict[]> => {
      const input = slot === 'workflow' ? 'deploy-workflow' : 'rollback-workflow';
      const file = await readWorkflowFile(run.client, workflow, run.context.sha);
      const base = { name: input, expected: `${workflow} can be dispatched with the ship's inputs`, where: `${file.path} at ${run.context.sha.slice(0, 7)}` };
      const parsed = declaredDispatchInputs(file.path, file.text);
      if (!parsed.ok) return [{ ...base, found: 'not dispatchable', passed: false, reason: parsed.reason }];
      const built = buildDispatchInputs(workflow, parsed.inputs, sampleFacts(settings.environment), extra);
      plan[slot] = { id: file.id, path: file.path, declared: parsed.inputs };
      // One verdict per problem, named after the input to fix (environment, deploy-inputs, ...).
      if (built.problems.length) {
        return built.problems.map((reason, i) => ({ ...base, name: built.problemInputs[i] ?? input, found: 'input problems', passed: false, reason }));
      }
      const names = Object.keys(built.inputs);
      return [{
        ...base,
        found: names.length ? `inputs ${names.join(', ')}` : 'no inputs',
        passed: true,
        reason: `${workflow} declares workflow_dispatch${built.correlation ? `; runs are correlated through '${built.correlation}'` : ''}`
      }];
    })
  );
  return verdicts.flat();
}

/**
 * Once the version and tag are known (still before any write): the values they give the deploy
 * and rollback workflows, checked against the declared types and options (a `choice` of
 * versions, a `number`). Verdicts name the input to fix.
 */
export function versionFactsVerdicts(run: ShipRun, version: string, tag: string): GateVerdict[] {
  const { settings, deployPlan } = run;
  const verdicts: GateVerdict[] = [];
  for (const [input, workflow, plan] of [
    ['deploy-workflow', settings.deploy.workflow, deployPlan?.workflow],
    ['rollback-workflow', settings.rollback.workflow, deployPlan?.rollbackWorkflow]
  ] as const) {
    if (!plan) continue;
    const built = buildDispatchInputs(workflow, plan.declared, { ...sampleFacts(settings.environment), version, tag }, settings.deploy.inputs);
    built.problems.forEach((reason, i) => {
      if (built.problemInputs[i] !== 'deploy-workflow') return;
      verdicts.push({ name: input, expected: `${workflow} takes the ship's version and tag`, found: `version ${version}, tag ${tag}`, where: plan.path, passed: false, reason });
    });
  }
  return verdicts;
}

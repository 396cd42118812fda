/**
 * Before anything is written: can the deploy (and rollback) workflow be dispatched with what the
 * ship would send, where it will run?
 *
 * - At the gates, the workflow file is read at the shipped commit (the release commit changes
 *   only version files, so the new tag holds the same file) and its declared workflow_dispatch
 *   inputs checked against the environment and `deploy-inputs` (placeholders stand for the
 *   version, tag, sha and ids, not known yet).
 * - Once the version is known, the real version and tag are checked against the declared types
 *   and options (a `choice` of versions, a `number`).
 * - A rollback dispatches its workflow at the previous tag, so that it runs as it was when that
 *   version shipped. A workflow added in the release being shipped is not there: the first check
 *   passes, and the rollback would fail in the middle of an incident. The file is read at the
 *   previous tag (or known unchanged since, from the compare the bump reads anyway), and the ship
 *   is blocked instead, saying why and what to do.
 *
 * The declared inputs read here are kept in a `WorkflowFiles` cache by ref, so the deploy and
 * the rollback dispatch without reading the file again.
 */
import { readWorkflowFile } from '../github/actions.js';
import type { GitHubClient } from '../github/client.js';
import { loadYaml } from '../config/yaml-engine.js';
import { buildDispatchInputs, declaredDispatchInputs, type DeclaredInputs } from '../deploy/dispatch-plan.js';
import type { GateVerdict } from './verdict.js';

export interface WorkflowPlan {
  /** As the API takes it: file name or numeric id. */
  id: string | number;
  path: string;
  declared: DeclaredInputs;
}

/** The workflow's file at one ref: its plan when it can be dispatched, else why not. */
export interface WorkflowAtRef {
  plan?: WorkflowPlan;
  path: string;
  problem?: string;
  /** The file is not there at all. */
  missing?: boolean;
}

/** A workflow's declared inputs by the ref they were read at (null: the file is not there, or not dispatchable). */
export class WorkflowFiles {
  private readonly byRef = new Map<string, WorkflowAtRef>();

  constructor(readonly workflow: string) {}

  get(ref: string): WorkflowAtRef | undefined {
    return this.byRef.get(ref);
  }

  /** Reads (once) and parses the file at `ref`. */
  async read(client: GitHubClient, ref: string): Promise<WorkflowAtRef> {
    const known = this.byRef.get(ref);
    if (known) return known;
    const file = await readWorkflowFile(client, this.workflow, ref);
    // Parsed (yaml loaded, perhaps) once the requests sent beside this read are on their way.
    await client.requestsWritten();
    await loadYaml();
    const parsed = declaredDispatchInputs(file.path, file.text);
    const entry: WorkflowAtRef = parsed.ok
      ? { plan: { id: file.id, path: file.path, declared: parsed.inputs }, path: file.path }
      : { path: file.path, problem: parsed.reason, missing: file.text === null };
    this.byRef.set(ref, entry);
    return entry;
  }

  /** `ref` holds the same file as `as` (a tag of the release commit, a file unchanged since a tag). */
  alias(ref: string, as: string): void {
    const known = this.byRef.get(as);
    if (known) this.byRef.set(ref, known);
  }
}

/** The facts a dispatch sends, with placeholders of the right shape where they are not known yet. */
export function sampleFacts(environment: string, known: { version?: string; tag?: string } = {}) {
  return { version: known.version ?? '0.0.0', tag: known.tag ?? 'v0.0.0', environment, sha: '0'.repeat(40), deployment_id: '1', ship_id: 'ship' };
}

/** At the gates: the workflow at the shipped commit, checked with the ship's inputs. One verdict per problem. */
export async function dispatchableAtShippedCommit(
  client: GitHubClient,
  files: WorkflowFiles,
  input: { sha: string; input: string; environment: string; deployInputs: Record<string, string> }
): Promise<GateVerdict[]> {
  const { workflow } = files;
  const file = await files.read(client, input.sha);
  const base = { name: input.input, expected: `${workflow} can be dispatched with the ship's inputs`, where: `${file.path} at ${input.sha.slice(0, 7)}` };
  if (!file.plan) return [{ ...base, found: 'not dispatchable', passed: false, reason: file.problem ?? `${file.path} does not exist at the shipped commit` }];
  const built = buildDispatchInputs(workflow, file.plan.declared, sampleFacts(input.environment), input.deployInputs);
  // One verdict per problem, named after the input to fix (environment, deploy-inputs, ...).
  if (built.problems.length) {
    return built.problems.map((reason, i) => ({ ...base, name: built.problemInputs[i] ?? input.input, found: 'input problems', passed: false, reason }));
  }
  const names = Object.keys(built.inputs);
  return [
    {
      ...base,
      found: names.length ? `inputs ${names.join(', ')}` : 'no inputs',
      passed: true,
      reason: `${workflow} declares workflow_dispatch${built.correlation ? `; runs are correlated through '${built.correlation}'` : ''}`
    }
  ];
}

/**
 * Once the version is known (still before any write): the values it gives the workflow, checked
 * against the declared types and options. Verdicts name the input to fix.
 */
export function versionFactsVerdicts(files: WorkflowFiles, input: { sha: string; input: string; environment: string; deployInputs: Record<string, string>; version: string; tag: string }): GateVerdict[] {
  const plan = files.get(input.sha)?.plan;
  if (!plan) return [];
  const built = buildDispatchInputs(files.workflow, plan.declared, sampleFacts(input.environment, input), input.deployInputs);
  const verdicts: GateVerdict[] = [];
  built.problems.forEach((reason, i) => {
    if (built.problemInputs[i] !== 'deploy-workflow') return;
    verdicts.push({ name: input.input, expected: `${files.workflow} takes the ship's version and tag`, found: `version ${input.version}, tag ${input.tag}`, where: plan.path, passed: false, reason });
  });
  return verdicts;
}

/** Why a rollback would fail when its workflow is missing at the previous tag, and what to do (pure). */
export function missingAtTagReason(workflow: string, input: string, tag: string, path: string): string {
  const instead =
    input === 'rollback-workflow'
      ? 'leave rollback-workflow empty for this ship (the rollback then dispatches deploy-workflow at that tag) or use rollback-command'
      : 'set rollback-command for this ship, or rollback: never if you accept no automatic rollback';
  return `${workflow} (${input}) does not exist at ${tag}, the previous release, and a rollback dispatches it there: a rollback would fail. To ship this release, ${instead}; from the next release on, ${path} exists at the previous tag`;
}

/**
 * The rollback workflow checked at the previous release's tag: one verdict. The files changed
 * since that tag answer without a request when the workflow was added (missing there) or not
 * touched (there, as the gate read it at the shipped commit).
 */
export async function dispatchableAtPreviousTag(
  client: GitHubClient,
  files: WorkflowFiles,
  input: { sha: string; input: string; environment: string; deployInputs: Record<string, string>; previousTag: string; changed?: { files: ReadonlyMap<string, string>; complete: boolean } }
): Promise<GateVerdict[]> {
  const { workflow } = files;
  const { previousTag, changed } = input;
  const known = files.get(input.sha)?.plan;
  const status = known && changed ? changed.files.get(known.path) : undefined;
  const verdict = (path: string, found: string, passed: boolean, reason: string): GateVerdict[] => [
    { name: `rollback at ${previousTag}`, expected: `${workflow} can be dispatched at ${previousTag}`, where: `${path} at ${previousTag}`, found, passed, reason }
  ];
  if (known && (status === 'added' || status === 'renamed' || status === 'copied')) {
    return verdict(known.path, `${status} since ${previousTag}`, false, missingAtTagReason(workflow, input.input, previousTag, known.path));
  }
  if (known && changed?.complete && status === undefined) {
    files.alias(previousTag, input.sha);
    return verdict(known.path, `unchanged since ${previousTag}`, true, `a rollback can dispatch ${workflow} at ${previousTag}: the file is as the deploy gate read it`);
  }
  const file = await files.read(client, previousTag);
  if (file.missing) return verdict(file.path, 'no such file', false, missingAtTagReason(workflow, input.input, previousTag, file.path));
  if (!file.plan) return verdict(file.path, 'not dispatchable', false, `at ${previousTag}: ${file.problem}; a rollback would fail`);
  const sample = { version: '0.0.0', tag: previousTag, environment: input.environment, sha: '0'.repeat(40), deployment_id: '0', ship_id: 'ship' };
  const built = buildDispatchInputs(workflow, file.plan.declared, sample, input.deployInputs);
  if (built.problems.length) return verdict(file.path, 'input problems', false, `at ${previousTag}: ${built.problems.join('; ')}; a rollback would fail`);
  return verdict(file.path, 'dispatchable', true, `a rollback can dispatch ${workflow} at ${previousTag}`);
}

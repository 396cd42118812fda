/**
 * What to send to the deploy workflow, decided from its file (pure): the workflow_dispatch inputs
 * it declares, the ship's facts passed only where declared, `deploy-inputs` checked against the
 * declaration, and which of the runs listed after a dispatch is ours.
 */
import { yamlLibrary } from '../config/yaml-engine.js';
import { aliasExpansionProblem } from '../config/yaml-bounds.js';

export interface DeclaredInput {
  required: boolean;
  hasDefault: boolean;
  type: string;
  options?: string[];
}

export type DeclaredInputs = Record<string, DeclaredInput>;

export type WorkflowParse = { ok: true; inputs: DeclaredInputs } | { ok: false; reason: string };

/** The `on.workflow_dispatch.inputs` of a workflow file, or why it cannot be dispatched. */
export function declaredDispatchInputs(path: string, text: string | null): WorkflowParse {
  if (text === null) return { ok: false, reason: `${path} does not exist at the shipped commit` };
  const doc = yamlLibrary().parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const at = e.linePos?.[0];
    return { ok: false, reason: `${path}${at ? `:${at.line}:${at.col}` : ''} does not parse: ${e.message.split('\n')[0]}` };
  }
  const aliases = aliasExpansionProblem(doc);
  if (aliases) return { ok: false, reason: `${path} is refused: ${aliases}` };
  const root = doc.toJS() as Record<string, unknown> | null;
  // YAML 1.1 readers turn a bare `on` key into true; the yaml package (1.2) keeps it as "on".
  const on = root?.on ?? root?.true;
  const triggers = typeof on === 'string' ? { [on]: null } : Array.isArray(on) ? Object.fromEntries(on.map((t) => [t, null])) : (on as Record<string, unknown> | undefined);
  if (!triggers || typeof triggers !== 'object' || !('workflow_dispatch' in triggers)) {
    return { ok: false, reason: `${path} has no workflow_dispatch trigger, so it cannot be dispatched; add \`on: workflow_dispatch\`` };
  }
  const spec = (triggers.workflow_dispatch ?? {}) as { inputs?: Record<string, Record<string, unknown> | null> };
  const inputs: DeclaredInputs = {};
  for (const [name, raw] of Object.entries(spec.inputs ?? {})) {
    const def = raw ?? {};
    inputs[name] = {
      required: def.required === true,
      hasDefault: def.default !== undefined,
      type: typeof def.type === 'string' ? def.type : 'string',
      ...(Array.isArray(def.options) ? { options: def.options.map(String) } : {})
    };
  }
  return { ok: true, inputs };
}

/** What the ship knows that a deploy workflow may want, by the input names it is passed under. */
export interface ShipFacts {
  version: string;
  tag: string;
  environment: string;
  sha: string;
  deployment_id: string;
  /** Correlates a run with this ship when GitHub cannot return the run id. */
  ship_id: string;
}

/** Input names that receive the ship id, so the run can be found without run details. */
export const CORRELATION_INPUTS = ['ship_id', 'correlation_id', 'distinct_id'] as const;

/** GitHub refuses more than 25 inputs in one dispatch. */
export const MAX_DISPATCH_INPUTS = 25;

export interface DispatchInputs {
  inputs: Record<string, string>;
  /** The ship's facts the workflow declared, by name. */
  passed: string[];
  /** The declared input that carries the ship id, if any. */
  correlation?: string;
  problems: string[];
  /** The input each problem is about (same order as `problems`): what to fix. */
  problemInputs: string[];
}

/** Why `value` is not what an input of `type` (and `options`) takes, or undefined. GitHub refuses such a dispatch (422). */
export function inputTypeProblem(spec: DeclaredInput, value: string): string | undefined {
  if (spec.options && !spec.options.includes(value)) return `is not one of its options (${spec.options.join(', ')})`;
  switch (spec.type) {
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : 'is not true or false (the input is a boolean)';
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value)) ? undefined : 'is not a number (the input is a number)';
    case 'environment':
      return value.trim() !== '' ? undefined : 'is empty (the input is an environment)';
    default:
      return undefined;
  }
}

export function buildDispatchInputs(workflow: string, declared: DeclaredInputs, facts: ShipFacts, extra: Record<string, string>): DispatchInputs {
  const inputs: Record<string, string> = {};
  const passed: string[] = [];
  const problems: string[] = [];
  const problemInputs: string[] = [];
  const problem = (input: string, text: string) => {
    problems.push(text);
    problemInputs.push(input);
  };
  for (const name of ['version', 'tag', 'environment', 'sha', 'deployment_id'] as const) {
    if (name in declared) {
      inputs[name] = facts[name];
      passed.push(name);
    }
  }
  const correlation = CORRELATION_INPUTS.find((name) => name in declared);
  if (correlation) {
    inputs[correlation] = facts.ship_id;
    passed.push(correlation);
  }
  const names = Object.keys(declared);
  for (const [key, value] of Object.entries(extra)) {
    if (!Object.hasOwn(declared, key)) {
      problem(
        'deploy-inputs',
        `Input 'deploy-inputs': key '${key}' is not an input of ${workflow} (it declares ${names.length ? names.map((n) => `'${n}'`).join(', ') : 'no inputs'}); GitHub would refuse the dispatch`
      );
      continue;
    }
    inputs[key] = value;
  }
  // Every value sent must be of the declared type; deploy-inputs values are secrets, never shown.
  for (const [name, value] of Object.entries(inputs)) {
    const why = inputTypeProblem(declared[name]!, value);
    if (!why) continue;
    if (Object.hasOwn(extra, name)) problem('deploy-inputs', `Input 'deploy-inputs': the value of ${name} (hidden) ${why.replace('its options', `${workflow}'s options for '${name}'`)}`);
    else if (name === 'environment') problem('environment', `Input 'environment': ${JSON.stringify(value)} ${why.replace('its options', `${workflow}'s options for 'environment'`)}; GitHub would refuse the dispatch`);
    else problem('deploy-workflow', `${workflow} declares '${name}' as ${declared[name]!.type}, and ship-prod sends ${name} ${JSON.stringify(value)}, which ${why}`);
  }
  for (const [name, spec] of Object.entries(declared)) {
    if (spec.required && !spec.hasDefault && !Object.hasOwn(inputs, name)) {
      problem('deploy-inputs', `${workflow} requires the input '${name}', which ship-prod does not provide: add \`${name}=...\` to deploy-inputs`);
    }
  }
  if (Object.keys(inputs).length > MAX_DISPATCH_INPUTS) {
    problem('deploy-inputs', `${workflow} would get ${Object.keys(inputs).length} inputs; GitHub takes at most ${MAX_DISPATCH_INPUTS}`);
  }
  return { inputs, passed, correlation, problems, problemInputs };
}

/** Dispatch inputs as the log and the report may show them: values from deploy-inputs (secrets) as `***`. */
export function shownInputs(inputs: Record<string, string>, secret: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [name, Object.hasOwn(secret, name) ? '***' : value]));
}

export interface RunCandidate {
  id: number;
  createdAt: string;
  displayTitle: string;
}

/**
 * Which listed run did our dispatch start, when GitHub did not say: a run of the workflow, event
 * workflow_dispatch, at our ref, that was not there before we dispatched and was created after the
 * dispatch (allowing for clock skew between the runner and GitHub). A title carrying the ship id
 * decides among several; else the earliest such run whose title does not name another environment
 * of the same ship. Undefined while none has appeared.
 */
/** `4242:v1.5.0@` of `4242:v1.5.0@prod-eu:deploy`: what every environment's ship id in one ship starts with (waves only). */
function siblingPrefix(shipId: string): string | undefined {
  const at = shipId.indexOf('@');
  return at > 0 ? shipId.slice(0, at + 1) : undefined;
}

export function pickDispatchedRun(
  runs: RunCandidate[],
  opts: { knownBefore: ReadonlySet<number>; dispatchedAtMs: number; skewMs: number; shipId: string }
): RunCandidate | undefined {
  const fresh = runs.filter((r) => !opts.knownBefore.has(r.id) && Date.parse(r.createdAt) >= opts.dispatchedAtMs - opts.skewMs);
  const titled = fresh.find((r) => r.displayTitle.includes(opts.shipId));
  if (titled) return titled;
  // A title carrying this ship's id for another environment (a wave dispatches one workflow to
  // several at once) is a sibling's run, never ours.
  const ship = siblingPrefix(opts.shipId);
  const untitled = ship ? fresh.filter((r) => !r.displayTitle.includes(ship)) : fresh;
  return [...untitled].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id)[0];
}

/**
 * Records a production ship in the feature's workflow state file, in the file's own layout.
 *
 * The file is edited, never rewritten: the YAML is parsed with `yaml`'s parseDocument only to find
 * where each value sits (node ranges), and the new values are spliced into the original text, so
 * comments, key order, quoting, alignment, blank lines and line endings all stay as they were.
 * (Serialising the Document again would re-flow comments and spacing in most real state files.)
 * JSON files are edited the same way, through jsonc-parser's node offsets, with the file's indentation.
 *
 * What is written:
 * - The production deployment, in the map the file already has for it: `deployment.production`,
 *   else `deployment_state.production` (an older Spec-Flow layout), else
 *   `deployment.environment(s).production`. Existing keys are reused under
 *   the names the file gives them (`url`, `deployed_at` or `timestamp`, `version` or
 *   `release_version`, `github_release_url`, `deployment_id`, ...); `deployed` becomes `true` and a
 *   `status` becomes `shipped` (unless it already says so) when the file has them. With no such map, a `production` map is
 *   added to the existing `deployment` map (right after `staging` when there is one), else a
 *   `deployment:` block is added at the end of the file.
 * - The phase (shipped only): `current_phase`, `phase` or `workflow.phase`, whichever the file uses
 *   (the same lookup as the gates), becomes `finalize`, keeping a namespace prefix (`ship:ship-prod`
 *   becomes `ship:finalize`). Spec-Flow's order is `... → ship-prod → finalize` (or `deploy-prod →
 *   finalize`), and the fixture files of shipped features read `phase: finalize` with `ship-prod` /
 *   `deploy-prod` in their completed phases. `finalize` is also not a production phase, so the
 *   next ship's state-file discovery does not take this feature for the one being shipped. A
 *   completed-phases list beside the phase (`completed_phases` / `phases_completed`) gets the
 *   production phase (the file's own spelling when the phase was one, else `ship-prod`) unless it
 *   already has one (or already lists `finalize`). The phase's `status` is left as it is. A numeric phase is left alone.
 * - A rolled-back or failed ship does not advance the phase and does not claim a deployment: it
 *   records the attempt in `<production map>.last_attempt` (version, tag, status, attempted_at, ...).
 *   A shipped ship refreshes `last_attempt` only when the file already has one.
 * Keys are written snake_case, or camelCase when the map they go into already uses camelCase.
 * The function is pure and idempotent: values that already hold the new value are not touched.
 */
import { isProductionPhase, normalizePhase } from './find.js';
import { JsonEditor, StateUpdateError, YamlEditor, type Entries, type Op, type Path, type Scalar, type SpliceEditor, type Value } from './editors.js';

export { StateUpdateError };

export interface ProductionFacts {
  version: string;
  tag: string;
  tagCreatedAt?: string;
  deployedAt: string;
  releaseUrl?: string;
  deploymentId?: number | string;
  runId?: number | string;
  runUrl?: string;
  productionUrl?: string;
  status: 'shipped' | 'rolled-back' | 'failed';
}

export interface StateUpdate {
  text: string;
  /** Dotted paths of the values set or added, in the order written. */
  changed: string[];
}

/** The phase a state file gets after a production ship (see the module comment). */
export const SHIPPED_PHASE = 'finalize';
/** The name added to a completed-phases list when the file does not spell its own. */
export const PRODUCTION_PHASE = 'ship-prod';


export function updateStateFile(path: string, text: string, facts: ProductionFacts): StateUpdate {
  const json = /\.json$/i.test(path);
  const editor: SpliceEditor = json ? new JsonEditor(path, text) : new YamlEditor(path, text);
  const root = editor.root();
  if (!isObject(root)) throw new StateUpdateError(`${path}: the top level is not a map, so there is nowhere to record the deployment`);
  const { ops, changed } = plan(root, facts);
  return { text: ops.length ? editor.apply(ops) : text, changed };
}

// ---------------------------------------------------------------------------------------------
// What to change, decided on the plain data (format-agnostic)

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isScalarValue(v: unknown): v is Scalar {
  return v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);
}

function get(root: unknown, path: Path): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (!isObject(at) || !Object.hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

function has(root: unknown, path: Path): boolean {
  const parent = get(root, path.slice(0, -1));
  return isObject(parent) && Object.hasOwn(parent, path[path.length - 1]!);
}

/** Key comparison across spellings: `deployed_at`, `deployedAt`, `deployed-at`. */
function norm(key: string): string {
  return key.toLowerCase().replace(/[_-]/g, '');
}

type Naming = (snake: string) => string;

function namingOf(...maps: unknown[]): Naming {
  for (const m of maps) {
    if (!isObject(m)) continue;
    const keys = Object.keys(m);
    if (!keys.length) continue;
    const camel = keys.some((k) => /[a-z][A-Z]/.test(k)) && !keys.some((k) => k.includes('_'));
    return camel ? (s) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) : (s) => s;
  }
  return (s) => s;
}

/** Logical fields of the production map: the names a file may already use, the first is the default. */
const FIELDS = {
  version: ['version', 'release_version'],
  tag: ['tag', 'git_tag', 'release_tag'],
  tagCreatedAt: ['tag_created_at'],
  deployedAt: ['deployed_at', 'timestamp'],
  productionUrl: ['url', 'production_url', 'deployment_url'],
  deploymentId: ['deployment_id'],
  releaseUrl: ['github_release_url', 'release_url'],
  runId: ['run_id'],
  runUrl: ['run_url', 'workflow_run_url']
} as const;

/** Values of a production map's `status` that already say "live" (left as they are). */
const DONE_WORDS = ['shipped', 'deployed', 'live', 'completed', 'complete', 'success', 'succeeded', 'done'];

/** Production-map candidates the file may already have, in order. */
const PRODUCTION_MAPS: Path[] = [
  ['deployment', 'production'],
  ['deployment_state', 'production'],
  ['deploymentState', 'production'],
  ['deployment', 'environment', 'production'],
  ['deployment', 'environments', 'production'],
  // What this module adds beside a `deployment` that is not a map, found again on a re-run.
  ['production_deployment'],
  ['productionDeployment']
];

const PHASE_PATHS: Path[] = [['current_phase'], ['phase'], ['workflow', 'phase']];
const COMPLETED_KEYS = ['completed_phases', 'phases_completed', 'completedPhases', 'phasesCompleted'];

function plan(root: Obj, facts: ProductionFacts): { ops: Op[]; changed: string[] } {
  const ops: Op[] = [];
  const changed: string[] = [];
  const shipped = facts.status === 'shipped';

  /** Sets or adds `wanted` in the map at `at` (which exists), by the names the map already uses. */
  const fill = (at: Path, wanted: Array<{ names: readonly string[]; value: Value }>) => {
    const map = get(root, at) as Obj;
    const naming = namingOf(map, get(root, at.slice(0, -1)), root);
    const adds: Entries = [];
    for (const { names, value } of wanted) {
      const existing = Object.keys(map).find((k) => names.some((n) => norm(n) === norm(k)));
      if (existing !== undefined) {
        const current = map[existing];
        if (Array.isArray(value)) {
          if (isObject(current)) {
            fill([...at, existing], value.map(([k, v]) => ({ names: [k], value: v })));
          } else if (isScalarValue(current)) {
            ops.push({ kind: 'set', path: [...at, existing], value: renamed(value, naming) });
            changed.push(...leaves([...at, existing], renamed(value, naming)));
          }
          continue;
        }
        // A collection where a scalar belongs (e.g. `deployment_ids: {}`) is not ours to replace.
        if (!isScalarValue(current) || sameScalar(current, value)) continue;
        ops.push({ kind: 'set', path: [...at, existing], value });
        changed.push([...at, existing].join('.'));
      } else {
        const key = naming(names[0]!);
        const v = Array.isArray(value) ? renamed(value, naming) : value;
        adds.push([key, v]);
        changed.push(...leaves([...at, key], v));
      }
    }
    if (adds.length) ops.push({ kind: 'add', map: at, entries: adds });
  };

  const attempt = (naming: Naming): Entries =>
    renamed(
      compact([
        ['version', facts.version],
        ['tag', facts.tag],
        ['status', facts.status],
        ['attempted_at', facts.deployedAt],
        ['deployment_id', facts.deploymentId],
        ['run_url', facts.runUrl]
      ]),
      naming
    );

  const base = PRODUCTION_MAPS.find((p) => isObject(get(root, p)));
  if (base) {
    const map = get(root, base) as Obj;
    const naming = namingOf(map, get(root, base.slice(0, -1)), root);
    const wanted: Array<{ names: readonly string[]; value: Value }> = [];
    if (shipped) {
      for (const [field, names] of Object.entries(FIELDS) as Array<[keyof typeof FIELDS, readonly string[]]>) {
        const value = facts[field];
        if (value !== undefined && value !== '') wanted.push({ names, value });
      }
      if (Object.keys(map).some((k) => norm(k) === 'deployed')) wanted.push({ names: ['deployed'], value: true });
      const statusKey = Object.keys(map).find((k) => norm(k) === 'status');
      if (statusKey !== undefined && !DONE_WORDS.includes(String(map[statusKey]).toLowerCase())) wanted.push({ names: ['status'], value: 'shipped' });
      if (Object.keys(map).some((k) => norm(k) === 'lastattempt')) wanted.push({ names: ['last_attempt'], value: attempt(naming) });
    } else {
      wanted.push({ names: ['last_attempt'], value: attempt(naming) });
    }
    fill(base, wanted);
  } else {
    const deployment = get(root, ['deployment']);
    const naming = namingOf(isObject(deployment) ? deployment : undefined, root);
    const production = renamed(shipped ? newProduction(facts) : [['last_attempt', attempt((s) => s)]], naming);
    const under = (parent: Path, after?: string) => {
      ops.push({ kind: 'add', map: parent, entries: [[naming('production'), production]], ...(after ? { after } : {}) });
      changed.push(...leaves([...parent, naming('production')], production));
    };
    if (isObject(deployment)) {
      under(['deployment'], Object.keys(deployment).find((k) => norm(k) === 'staging'));
    } else if (has(root, ['deployment']) && (deployment === null || deployment === undefined)) {
      const value: Entries = [[naming('production'), production]];
      ops.push({ kind: 'set', path: ['deployment'], value });
      changed.push(...leaves(['deployment'], value));
    } else if (isObject(get(root, ['deployment_state']))) {
      under(['deployment_state']);
    } else if (!has(root, ['deployment'])) {
      const value: Entries = [[naming('production'), production]];
      ops.push({ kind: 'add', map: [], entries: [['deployment', value]] });
      changed.push(...leaves(['deployment'], value));
    } else {
      // `deployment` holds something else (a name, a list): keep it, record beside it.
      const key = namingOf(root)('production_deployment');
      ops.push({ kind: 'add', map: [], entries: [[key, production]] });
      changed.push(...leaves([key], production));
    }
  }

  // The feature's version, when the deployment map keeps one (`deployment.version`).
  // (also when the production map was just added under it)
  if (shipped && (base === undefined || base[0] === 'deployment') && isObject(get(root, ['deployment']))) {
    const deployment = get(root, ['deployment']) as Obj;
    const key = Object.keys(deployment).find((k) => norm(k) === 'version');
    if (key !== undefined && isScalarValue(deployment[key]) && !sameScalar(deployment[key] as Scalar, facts.version)) {
      ops.push({ kind: 'set', path: ['deployment', key], value: facts.version });
      changed.push(`deployment.${key}`);
    }
  }

  if (shipped) planPhase(root, ops, changed);
  return { ops, changed };
}

function planPhase(root: Obj, ops: Op[], changed: string[]): void {
  const at = PHASE_PATHS.find((p) => {
    const v = get(root, p);
    return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
  });
  if (!at) return;
  const phase = get(root, at);
  if (typeof phase !== 'string') return; // a numbered phase: its numbering is not ours to guess
  const prefix = phase.includes(':') ? phase.slice(0, phase.lastIndexOf(':') + 1) : '';
  if (normalizePhase(phase) !== SHIPPED_PHASE) {
    ops.push({ kind: 'set', path: at, value: `${prefix.trim()}${SHIPPED_PHASE}` });
    changed.push(at.join('.'));
  }
  const parent = at.slice(0, -1);
  for (const key of COMPLETED_KEYS) {
    const list = get(root, [...parent, key]);
    if (!Array.isArray(list)) continue;
    if (!list.every((x) => isScalarValue(x))) break;
    // Already there, or already finalized (a production phase after `finalize` would read wrong).
    if (list.some((x) => typeof x === 'string' && (isProductionPhase(x) || normalizePhase(x) === SHIPPED_PHASE))) break;
    const own = isProductionPhase(phase) ? phase.slice(phase.lastIndexOf(':') + 1).trim() : PRODUCTION_PHASE;
    ops.push({ kind: 'append', seq: [...parent, key], item: own });
    changed.push([...parent, key].join('.'));
    break;
  }
}

function newProduction(facts: ProductionFacts): Entries {
  return compact((Object.entries(FIELDS) as Array<[keyof typeof FIELDS, readonly string[]]>).map(([field, names]) => [names[0]!, facts[field]]));
}

function compact(entries: Array<[string, Value | undefined]>): Entries {
  return entries.filter((e): e is [string, Value] => e[1] !== undefined && e[1] !== '');
}

function renamed(entries: Entries, naming: Naming): Entries {
  return entries.map(([k, v]) => [naming(k), Array.isArray(v) ? renamed(v, naming) : v]);
}

function leaves(at: Path, value: Value): string[] {
  if (!Array.isArray(value)) return [at.join('.')];
  return value.flatMap(([k, v]) => leaves([...at, k], v));
}

function sameScalar(current: Scalar | undefined, wanted: Value): boolean {
  if (Array.isArray(wanted)) return false;
  if (current === undefined || current === null || wanted === null) return current === wanted;
  return String(current) === String(wanted) && (typeof current === 'boolean') === (typeof wanted === 'boolean');
}


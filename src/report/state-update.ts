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
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isMap, isPair, isScalar, isSeq, parseDocument, stringify, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { isProductionPhase, normalizePhase } from '../gates/state-file.js';

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

/** The file cannot be updated (it does not parse, or its top level is not a map). */
export class StateUpdateError extends Error {}

type Scalar = string | number | boolean | null;
type Value = Scalar | Entries;
/** An ordered map to write. */
type Entries = Array<[string, Value]>;
type Path = string[];

type Op =
  | { kind: 'set'; path: Path; value: Value }
  | { kind: 'add'; map: Path; entries: Entries; after?: string }
  | { kind: 'append'; seq: Path; item: string };

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

// ---------------------------------------------------------------------------------------------
// Editors

interface Edit {
  at: number;
  end: number;
  text: string;
  seq: number;
}

/**
 * An editor that never re-serialises: operations become splices into the original text, applied
 * from the end so earlier offsets stay valid (equal offsets in the order they were made).
 */
abstract class SpliceEditor {
  private readonly edits: Edit[] = [];

  constructor(protected readonly text: string) {}

  abstract root(): unknown;
  protected abstract set(path: Path, value: Value): void;
  protected abstract add(path: Path, entries: Entries, after?: string): void;
  protected abstract append(path: Path, item: string): void;

  apply(ops: Op[]): string {
    for (const op of ops) {
      if (op.kind === 'set') this.set(op.path, op.value);
      else if (op.kind === 'add') this.add(op.map, op.entries, op.after);
      else this.append(op.seq, op.item);
    }
    let out = this.text;
    const ordered = [...this.edits].sort((a, b) => b.at - a.at || b.seq - a.seq);
    for (const e of ordered) out = out.slice(0, e.at) + e.text + out.slice(e.end);
    return out;
  }

  protected splice(at: number, end: number, text: string): void {
    this.edits.push({ at, end, text, seq: this.edits.length });
  }
}

class JsonEditor extends SpliceEditor {
  private readonly tree: JsonNode;
  private readonly eol: string;
  private readonly unit: string;

  constructor(path: string, text: string) {
    super(text);
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length || !tree) {
      const e = errors[0];
      const { line, col } = lineCol(text, e?.offset ?? 0);
      throw new StateUpdateError(`${path}:${line}:${col} does not parse: ${e ? printParseErrorCode(e.error) : 'no JSON value'}`);
    }
    this.tree = tree;
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.unit = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  }

  root(): unknown {
    return getNodeValue(this.tree);
  }

  private indentAt(offset: number): string {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(this.text.slice(lineStart))![0];
  }

  private sameLine(a: number, b: number): boolean {
    return !this.text.slice(Math.min(a, b), Math.max(a, b)).includes('\n');
  }

  /** A value as JSON: on one line (`inline`), or laid out with the file's indentation from `indent`. */
  private render(value: Value | string, indent: string, inline: boolean): string {
    if (!Array.isArray(value)) return JSON.stringify(value);
    if (inline) return `{ ${value.map(([k, v]) => `${JSON.stringify(k)}: ${this.render(v, indent, true)}`).join(', ')} }`;
    if (!value.length) return '{}';
    const inner = indent + this.unit;
    return `{${this.eol}${value.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${this.render(v, inner, false)}`).join(`,${this.eol}`)}${this.eol}${indent}}`;
  }

  protected set(path: Path, value: Value): void {
    const node = findNodeAtLocation(this.tree, path);
    if (!node) return;
    const property = node.parent;
    const indent = property ? this.indentAt(property.offset) : '';
    this.splice(node.offset, node.offset + node.length, this.render(value, indent, false));
  }

  /** Inserts `items` (already rendered by `line`) after the last child of a container, or `after` one. */
  private insertInto(container: JsonNode, afterChild: JsonNode | undefined, line: (indent: string, inline: boolean) => string[]): void {
    const children = container.children ?? [];
    const close = container.offset + container.length - 1;
    if (!children.length) {
      const indent = this.indentAt(container.offset);
      const body = line(indent + this.unit, false);
      this.splice(container.offset + 1, close, `${this.eol}${body.map((l) => indent + this.unit + l).join(`,${this.eol}`)}${this.eol}${indent}`);
      return;
    }
    const anchor = afterChild ?? children[children.length - 1]!;
    const inline = this.sameLine(container.offset, children[0]!.offset);
    const indent = inline ? '' : this.indentAt(children[0]!.offset);
    const body = line(indent, inline);
    const at = anchor.offset + anchor.length;
    const sep = inline ? ', ' : `,${this.eol}${indent}`;
    this.splice(at, at, body.map((l) => sep + l).join(''));
  }

  protected add(path: Path, entries: Entries, after?: string): void {
    const map = path.length ? findNodeAtLocation(this.tree, path) : this.tree;
    if (!map || map.type !== 'object') return;
    const anchor = after === undefined ? undefined : map.children?.find((p) => p.children?.[0]?.value === after);
    this.insertInto(map, anchor, (indent, inline) => entries.map(([k, v]) => `${JSON.stringify(k)}: ${this.render(v, indent, inline)}`));
  }

  protected append(path: Path, item: string): void {
    const seq = findNodeAtLocation(this.tree, path);
    if (!seq || seq.type !== 'array') return;
    if (!seq.children?.length) {
      this.splice(seq.offset + 1, seq.offset + seq.length - 1, JSON.stringify(item));
      return;
    }
    this.insertInto(seq, undefined, () => [JSON.stringify(item)]);
  }
}

type StringStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

class YamlEditor extends SpliceEditor {
  private readonly doc: Document.Parsed;
  private readonly eol: string;
  private readonly unit: number;

  constructor(path: string, text: string) {
    super(text);
    this.doc = parseDocument(text, { uniqueKeys: true });
    const e = this.doc.errors[0];
    if (e) {
      const at = e.linePos?.[0];
      throw new StateUpdateError(`${path}${at ? `:${at.line}:${at.col}` : ''} does not parse: ${e.message.split('\n')[0]}`);
    }
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.unit = this.indentUnit();
  }

  root(): unknown {
    return this.doc.toJS();
  }

  // --- finding things

  private pairAt(path: Path): Pair<YamlNode, YamlNode | null> | undefined {
    let map: unknown = this.doc.contents;
    let pair: Pair<YamlNode, YamlNode | null> | undefined;
    for (const key of path) {
      if (!isMap(map)) return undefined;
      pair = (map as YAMLMap<YamlNode, YamlNode | null>).items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (!pair) return undefined;
      map = pair.value;
    }
    return pair;
  }

  private nodeAt(path: Path): unknown {
    return path.length ? this.pairAt(path)?.value : this.doc.contents;
  }

  private column(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }

  /** The offset just after the line holding `offset` (after its line break), or the end of the text. */
  private lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl === -1 ? this.text.length : nl + 1;
  }

  /** Where a new line may go: at `offset`, with a line break first when the text ends without one. */
  private lineBreakBefore(offset: number): string {
    return offset === this.text.length && offset > 0 && !this.text.endsWith('\n') ? this.eol : '';
  }

  /** The file's indentation step: the first nested block map's indentation relative to its parent. */
  private indentUnit(): number {
    const visit = (map: unknown, col: number): number | undefined => {
      if (!isMap(map) || map.flow) return undefined;
      for (const p of map.items) {
        const v = (p as Pair<YamlNode, YamlNode | null>).value;
        if (isMap(v) && !v.flow && v.items[0] && isScalar(v.items[0].key) && v.items[0].key.range) {
          const inner = this.column(v.items[0].key.range[0]);
          if (inner > col) return inner - col;
        }
      }
      return undefined;
    };
    const root = this.doc.contents;
    const rootCol = isMap(root) && root.items[0] && isScalar(root.items[0].key) && root.items[0].key.range ? this.column(root.items[0].key.range[0]) : 0;
    return visit(root, rootCol) ?? 2;
  }

  /** Quote style for new strings in a map: the one its string values already use, else plain. */
  private styleFor(map: unknown, parent?: unknown): StringStyle {
    for (const m of [map, parent]) {
      if (!isMap(m)) continue;
      const styles = new Set<string>();
      const collect = (node: unknown) => {
        if (isScalar(node) && typeof node.value === 'string' && node.type) styles.add(node.type);
        else if (isMap(node)) for (const p of node.items) collect((p as Pair).value);
      };
      collect(m);
      if (styles.has('QUOTE_DOUBLE')) return 'QUOTE_DOUBLE';
      if (styles.has('QUOTE_SINGLE')) return 'QUOTE_SINGLE';
    }
    return 'PLAIN';
  }

  // --- rendering

  private scalar(value: Scalar, style: StringStyle): string {
    if (typeof value !== 'string') return value === null ? 'null' : String(value);
    return stringify(value, { defaultStringType: style, lineWidth: 0 }).replace(/\r?\n$/, '');
  }

  private blockLines(entries: Entries, col: number, style: StringStyle): string {
    const pad = ' '.repeat(col);
    return entries
      .map(([key, value]) =>
        Array.isArray(value)
          ? `${pad}${this.scalar(key, 'PLAIN')}:${this.eol}${this.blockLines(value, col + this.unit, style)}`
          : `${pad}${this.scalar(key, 'PLAIN')}: ${this.scalar(value, style)}${this.eol}`
      )
      .join('');
  }

  private flowEntries(entries: Entries, style: StringStyle): string {
    return entries
      .map(([key, value]) => `${this.scalar(key, 'PLAIN')}: ${Array.isArray(value) ? `{ ${this.flowEntries(value, style)} }` : this.scalar(value, style)}`)
      .join(', ');
  }

  // --- operations

  protected set(path: Path, value: Value): void {
    const pair = this.pairAt(path);
    if (!pair || !isScalar(pair.key) || !pair.key.range) return;
    const node = pair.value;
    const keyCol = this.column(pair.key.range[0]);
    const parent = this.nodeAt(path.slice(0, -1));
    const grandparent = path.length > 1 ? this.nodeAt(path.slice(0, -2)) : undefined;
    if (Array.isArray(value)) {
      // A null (or scalar) becomes a block map under the key.
      let from = node && isScalar(node) && node.range ? node.range[0] : pair.key.range[1];
      const to = node && isScalar(node) && node.range ? node.range[1] : from;
      if (from < to) {
        // `key: null  # note` becomes `key:  # note`; an empty `key:   # note` stays as it is.
        while (from > pair.key.range[1] && /[ \t]/.test(this.text[from - 1]!)) from--;
        this.splice(from, to, '');
      }
      const at = this.lineEnd(to);
      this.splice(at, at, this.lineBreakBefore(at) + this.blockLines(value, keyCol + this.unit, this.styleFor(parent, grandparent)));
      return;
    }
    if (!node || !isScalar(node) || !node.range) return;
    const [start, end] = node.range;
    const own = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? node.type : undefined;
    // A plain string stays plain; a null (or empty) value takes the style of its neighbours.
    const style: StringStyle = own ?? (typeof node.value === 'string' && node.value !== '' ? 'PLAIN' : this.styleFor(parent, grandparent));
    // A quoted value stays a quoted string (`deployment_id: "9840f0e"` keeps holding a string).
    const rendered = own && value !== null ? this.scalar(String(value), own) : this.scalar(value, style);
    const old = this.text.slice(start, end);
    const tail = /\r?\n$/.exec(old)?.[0] ?? '';
    this.splice(start, end, (start === end && this.text[start - 1] === ':' ? ' ' : '') + rendered + tail);
  }

  protected add(path: Path, entries: Entries, after?: string): void {
    const map = this.nodeAt(path);
    const owner = path.length ? this.pairAt(path) : undefined;
    const parent = path.length ? this.nodeAt(path.slice(0, -1)) : undefined;
    if (!isMap(map)) return;
    const style = this.styleFor(map, parent);
    if (map.flow) {
      if (!map.range) return;
      const [start, end] = map.range;
      if (map.items.length === 0 && owner && isScalar(owner.key) && owner.key.range) {
        // `production: {}` becomes a block map.
        let from = start;
        while (from > owner.key.range[1] && /[ \t]/.test(this.text[from - 1]!)) from--;
        this.splice(from, end, '');
        const at = this.lineEnd(end);
        this.splice(at, at, this.lineBreakBefore(at) + this.blockLines(entries, this.column(owner.key.range[0]) + this.unit, style));
        return;
      }
      let close = end - 1;
      while (close > start && this.text[close] !== '}') close--;
      let at = close;
      while (at > start && /\s/.test(this.text[at - 1]!)) at--;
      const empty = this.text.slice(start + 1, at).trim() === '';
      this.splice(at, at, `${empty ? ' ' : ', '}${this.flowEntries(entries, style)}${empty ? ' ' : ''}`);
      return;
    }
    const first = map.items[0];
    if (!first || !isScalar(first.key) || !first.key.range || !map.range) return;
    const col = this.column(first.key.range[0]);
    let at = map.range[1];
    const anchor = after === undefined ? undefined : map.items.find((p) => isScalar(p.key) && String(p.key.value) === after);
    if (anchor && isScalar(anchor.key) && anchor.key.range) {
      const v = anchor.value as YamlNode | null;
      if (v && (isMap(v) || isSeq(v)) && !v.flow && v.range) at = v.range[1];
      else at = this.lineEnd(v?.range ? v.range[1] : anchor.key.range[1]);
    }
    // A block map's range ends after the line break of its last line (or at the end of the text).
    if (at < this.text.length && this.text[at - 1] !== '\n') at = this.lineEnd(at);
    // A new top-level block is set off by a blank line when the file separates its blocks so.
    const blank = path.length === 0 && /\n\r?\n\S/.test(this.text) && !/\n\r?\n$/.test(this.text.slice(0, at)) ? this.eol : '';
    this.splice(at, at, this.lineBreakBefore(at) + blank + this.blockLines(entries, col, style));
  }

  protected append(path: Path, item: string): void {
    const seq = this.nodeAt(path);
    if (!isSeq(seq) || !seq.range) return;
    const last = seq.items[seq.items.length - 1];
    const style: StringStyle = isScalar(last) && (last.type === 'QUOTE_DOUBLE' || last.type === 'QUOTE_SINGLE') ? last.type : 'PLAIN';
    const rendered = this.scalar(item, style);
    const [start, end] = seq.range;
    if (seq.flow) {
      let close = end - 1;
      while (close > start && this.text[close] !== ']') close--;
      let at = close;
      while (at > start && /\s/.test(this.text[at - 1]!)) at--;
      const empty = this.text.slice(start + 1, at).trim() === '';
      this.splice(at, at, `${empty ? '' : ', '}${rendered}`);
      return;
    }
    if (!isScalar(last) || !last.range) return;
    const lineStart = this.text.lastIndexOf('\n', last.range[0] - 1) + 1;
    const prefix = this.text.slice(lineStart, last.range[0]);
    let at = end;
    if (at < this.text.length && this.text[at - 1] !== '\n') at = this.lineEnd(at);
    this.splice(at, at, `${this.lineBreakBefore(at)}${prefix}${rendered}${this.eol}`);
  }
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

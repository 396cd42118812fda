/**
 * Finding the workflow state file (`state-file: auto`, `none`, or a path), and its phase.
 *
 * File access goes through a small injected `StateFs` so the logic is pure and testable; the
 * default reads the real disk synchronously (a handful of small files).
 */
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { isScalar } from '../config/yaml-engine.js';
import type { PathChoice } from '../config/settings.js';
import { getIn, parseStateFile, readStateText, type StateDoc } from './parse.js';

/** Feature roots searched by `auto`, one level of feature folders under each. */
export const FEATURE_ROOTS = ['specs', 'epics'] as const;

/** State file names, most preferred first (newest format first). */
export const STATE_FILE_NAMES = ['state.yaml', 'workflow-state.yaml', 'workflow-state.json'] as const;

/** Where the phase is read from, first present scalar wins. */
export const PHASE_PATHS = ['current_phase', 'phase', 'workflow.phase'] as const;

/**
 * Phases that say "this feature is shipping to production", after normalising: trimmed,
 * lower-cased, the part after the last `:` (`ship:ship-prod` -> `ship-prod`), `_` and spaces
 * turned into `-`. Plain `ship`, `finalize`, `validate-staging`, `ship-staging` do not count:
 * they are before (or after) the production step, or ambiguous.
 */
export const PRODUCTION_PHASES: readonly string[] = [
  'ship-prod',
  'ship-production',
  'deploy-prod',
  'deploy-production',
  'prod-deploy',
  'production-deploy',
  'production-deployment',
  'ship-to-production'
];

/** File access used by discovery. Paths are absolute. */
export interface StateFs {
  /** Names of the sub-directories of `dir` ([] when `dir` does not exist). */
  list(dir: string): string[];
  /** The text of `file`, or undefined when it does not exist (or is not a file). */
  read(file: string): string | undefined;
}

export const nodeStateFs: StateFs = {
  list(dir) {
    try {
      return nodeFs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    } catch {
      return [];
    }
  },
  read(file) {
    try {
      if (!nodeFs.statSync(file).isFile()) return undefined;
      return readStateText(file);
    } catch {
      return undefined;
    }
  }
};

export interface FoundStateFile {
  /** Workspace-relative with `/` (absolute when outside the workspace): what reports show. */
  path: string;
  absolutePath: string;
  /** The feature folder name, e.g. `003-homepage-post-feed`. */
  feature: string;
  /** Why this file was chosen, one line. */
  reason: string;
}

export interface StateFileError {
  error: string;
}

export interface StateFileSkipped {
  skipped: true;
  reason: string;
}

/** Normalise a phase value for comparison with PRODUCTION_PHASES. */
export function normalizePhase(raw: string): string {
  const lower = raw.trim().toLowerCase();
  const last = lower.slice(lower.lastIndexOf(':') + 1);
  return last.replace(/[_\s]+/g, '-');
}

export function isProductionPhase(raw: string): boolean {
  return PRODUCTION_PHASES.includes(normalizePhase(raw));
}

/** The phase of a parsed state file: first of PHASE_PATHS holding a scalar string or number. */
export function readPhase(doc: StateDoc): { value: string; path: string } | undefined {
  for (const path of PHASE_PATHS) {
    const node = getIn(doc, path.split('.'));
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
      const value = String(node.value).trim();
      if (value !== '') return { value, path };
    }
  }
  return undefined;
}

interface Candidate {
  root: string;
  folder: string;
  file: string;
  rel: string;
  abs: string;
  number?: number;
  digits?: string;
  phase?: { value: string; path: string };
}

function toRel(workspace: string, abs: string): string {
  const rel = nodePath.relative(workspace, abs);
  if (rel === '' || rel.startsWith('..') || nodePath.isAbsolute(rel)) return abs;
  return rel.split(nodePath.sep).join('/');
}

/** Higher number first; folders without a number last; then by name, then by path. */
function byNumberThenName(a: Candidate, b: Candidate): number {
  const an = a.number ?? -1;
  const bn = b.number ?? -1;
  if (an !== bn) return bn - an;
  if (a.folder !== b.folder) return a.folder < b.folder ? -1 : 1;
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}

/**
 * `state-file: auto`. Looks in specs/* and epics/* for a state file (state.yaml, then
 * workflow-state.yaml, then workflow-state.json within a folder). Picks the folder whose phase
 * says it is shipping to production (several: highest number, then name); otherwise the highest
 * `NNN-` number (folders without a number rank lowest); ties go to the first by name. File times
 * are never used.
 */
export function findStateFile(workspace: string, fs: StateFs = nodeStateFs): FoundStateFile | StateFileError {
  const candidates: Candidate[] = [];
  for (const root of FEATURE_ROOTS) {
    const rootDir = nodePath.join(workspace, root);
    for (const folder of [...fs.list(rootDir)].sort()) {
      for (const file of STATE_FILE_NAMES) {
        const abs = nodePath.join(rootDir, folder, file);
        const text = fs.read(abs);
        if (text === undefined) continue;
        const m = /^(\d+)-/.exec(folder);
        const cand: Candidate = { root, folder, file, abs, rel: toRel(workspace, abs) };
        if (m) {
          cand.digits = m[1];
          cand.number = Number.parseInt(m[1], 10);
        }
        const parsed = parseStateFile(cand.rel, text);
        if (parsed.ok) cand.phase = readPhase(parsed.doc);
        candidates.push(cand);
        break;
      }
    }
  }
  if (candidates.length === 0) {
    return {
      error:
        `no state file found: looked for ${STATE_FILE_NAMES.join(', ')} in ` +
        `${FEATURE_ROOTS.map((r) => `${r}/*/`).join(' and ')} of ${workspace}; ` +
        'set the state-file input to its path, or to none to skip the state-file gates'
    };
  }
  const of = `${candidates.length} candidate${candidates.length === 1 ? '' : 's'}`;
  const found = (c: Candidate, reason: string): FoundStateFile => ({
    path: c.rel,
    absolutePath: c.abs,
    feature: c.folder,
    reason
  });

  const shipping = candidates.filter((c) => c.phase && isProductionPhase(c.phase.value)).sort(byNumberThenName);
  if (shipping.length > 0) {
    const c = shipping[0];
    const phase = c.phase as { value: string; path: string };
    let reason = `phase ${phase.value} (${phase.path}) of ${of}`;
    if (shipping.length > 1) {
      reason += `; ${shipping.length} folders are shipping to production (${shipping
        .map((s) => s.folder)
        .join(', ')}), chose the highest number then first by name`;
    }
    return found(c, reason);
  }

  const ranked = [...candidates].sort(byNumberThenName);
  const c = ranked[0];
  if (candidates.length === 1) return found(c, 'the only feature folder with a state file (no production phase)');
  if (c.number === undefined) {
    return found(c, `no folder is numbered or shipping to production; first by name of ${of}`);
  }
  const ties = ranked.filter((r) => r !== c && r.number === c.number);
  let reason = `highest number ${c.digits} of ${of} (none has a production phase)`;
  if (ties.length > 0) reason += `; tie with ${ties.map((t) => t.folder).join(', ')}, first by name`;
  return found(c, reason);
}

/** Resolves the state-file input: auto (discovery), none (skip) or an explicit path that must exist. */
export function resolveStateFile(
  workspace: string,
  choice: PathChoice,
  fs: StateFs = nodeStateFs
): FoundStateFile | StateFileError | StateFileSkipped {
  if (choice.mode === 'none') return { skipped: true, reason: 'state-file is none: state-file gates skipped' };
  if (choice.mode === 'auto') return findStateFile(workspace, fs);
  const abs = nodePath.resolve(workspace, choice.path);
  if (fs.read(abs) === undefined) {
    return { error: `state-file "${choice.path}" does not exist (looked at ${abs})` };
  }
  return {
    path: toRel(workspace, abs),
    absolutePath: abs,
    feature: nodePath.basename(nodePath.dirname(abs)),
    reason: 'set by the state-file input'
  };
}


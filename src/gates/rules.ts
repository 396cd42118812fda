/**
 * Built-in state-file gates and their merge with the `gates` input.
 *
 * A rule's paths are tried in order; the first that holds a decidable value decides (see
 * evaluate.ts for the object form: `status`, else an `approved` / `passed` flag).
 */
import type { GateRule } from '../config/settings.js';

export const STAGING_GATE = 'staging-validation';
export const ROLLBACK_GATE = 'rollback-proven';

/** Every spelling seen in Spec-Flow state files, most authoritative (the manual gate) first. */
const STAGING_PATHS: string[] = [
  'manual_gates.staging_validation',
  'workflow.manual_gates.staging_validation',
  'manual_gates.validate_staging',
  'manual_gates.validate-staging',
  'workflow.manual_gates.validate_staging',
  'workflow.manual_gates.validate-staging',
  'phases.validate-staging',
  'phases.validate_staging',
  'workflow.phases.validate-staging',
  'workflow.phases.validate_staging',
  'steps.validate-staging',
  'steps.validate_staging',
  'workflow.steps.validate-staging',
  'workflow.steps.validate_staging'
];

const ROLLBACK_PATHS: string[] = [
  'quality_gates.rollback',
  'quality_gates.rollback_capability',
  'quality_gates.rollback_test'
];

/**
 * Only `approved` (or an `approved: true` flag) passes staging validation. `validated`,
 * `completed`, `passed`, `not_applicable`, `not_required`, `skipped` all block, each with a
 * reason (see STAGING_TEXT): a gate that passes wrongly is the worst failure of this action.
 */
export const BUILT_IN_GATES: readonly GateRule[] = Object.freeze([
  { name: STAGING_GATE, paths: STAGING_PATHS, accept: ['approved', 'true'] },
  { name: ROLLBACK_GATE, paths: ROLLBACK_PATHS, accept: ['passed', 'true'] }
]);

/** Fresh copies of the built-ins (callers may mutate their arrays). */
export function builtInGates(): GateRule[] {
  return BUILT_IN_GATES.map((r) => ({ ...r, paths: [...r.paths], accept: [...r.accept] }));
}

/** How the evaluation talks about a gate: for built-ins, sentences a person can act on. */
export interface GateText {
  /** Subject of the reason sentence: `staging validation`. */
  label: string;
  /** Shown as `expected` when the rule accepts its default values. */
  expected: string;
  /** The default accept list (lower case) that `expected` describes. */
  defaultAccept: string[];
  /** Why a found (normalised, not accepted) value blocks, and what to do. */
  explain(found: string, notRequired: boolean): string;
  /** What to add when nothing was found. */
  missing: string;
}

const NOT_APPLICABLE = ['not_applicable', 'not-applicable', 'n/a', 'na', 'skipped', 'not_required', 'not-required', 'none'];
const NOT_YET = ['pending', 'not_started', 'not-started', 'in_progress', 'in-progress', 'waiting', 'ready', 'false', 'todo'];
const FAILED = ['rejected', 'failed', 'failure', 'blocked', 'changes_requested'];

function staging(found: string, notRequired: boolean): string {
  if (NOT_APPLICABLE.includes(found) || notRequired) {
    return (
      'a direct-to-production feature has no staging validation, and ship-prod only ships a build ' +
      'that was validated and approved on staging; deploy it to staging, validate and approve it, ' +
      `or skip the ${STAGING_GATE} gate through the gates input`
    );
  }
  if (FAILED.includes(found)) {
    return 'staging validation did not pass; fix the problems, redeploy to staging, validate again and approve';
  }
  if (NOT_YET.includes(found)) return 'approve it after validating on staging';
  if (['validated', 'completed', 'complete', 'passed', 'done', 'success', 'true'].includes(found)) {
    return (
      'only "approved" counts as a person\'s approval of the staging build; set the status to approved ' +
      `once someone has approved it (or accept "${found}" with a custom ${STAGING_GATE} gate)`
    );
  }
  return 'expected approved; approve it after validating on staging';
}

function rollback(found: string): string {
  if (NOT_APPLICABLE.includes(found)) {
    return (
      'a production ship needs a rollback that has been proven to work; test the rollback and record ' +
      `status: passed, or skip the ${ROLLBACK_GATE} gate through the gates input`
    );
  }
  if (FAILED.includes(found)) return 'the rollback test failed; fix the rollback path and test it again';
  return 'prove the rollback (deploy the previous version and back, on staging) and record status: passed';
}

export const GATE_TEXT: Readonly<Record<string, GateText>> = {
  [STAGING_GATE]: {
    label: 'staging validation',
    expected: 'approved',
    defaultAccept: ['approved', 'true'],
    explain: staging,
    missing: 'record the approval, e.g. manual_gates.staging_validation.status: approved'
  },
  [ROLLBACK_GATE]: {
    label: 'rollback proof',
    expected: 'passed',
    defaultAccept: ['passed', 'true'],
    explain: (found) => rollback(found),
    missing: 'prove the rollback and record it, e.g. quality_gates.rollback.status: passed'
  }
};

function normName(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Merges the `gates` input into the built-ins:
 * - a rule named like a built-in (case-insensitive) replaces it, in the built-in's place;
 * - `skip: true` keeps the rule in the list, flagged `skip`, so the verdicts still show it
 *   (as skipped by configuration, not evaluated) and gateWarnings() warns about it;
 * - other rules are added after the built-ins, in input order; a later rule of the same name
 *   replaces an earlier one.
 */
export function mergeGateRules(builtIns: readonly GateRule[], fromInput: readonly GateRule[]): GateRule[] {
  const out: GateRule[] = builtIns.map((r) => ({ ...r, paths: [...r.paths], accept: [...r.accept] }));
  for (const rule of fromInput) {
    const copy: GateRule = { ...rule, name: rule.name.trim(), paths: [...rule.paths], accept: [...rule.accept] };
    if (rule.skip) {
      copy.skip = true;
    } else {
      delete copy.skip;
    }
    const i = out.findIndex((r) => normName(r.name) === normName(rule.name));
    if (i >= 0) {
      // A skip keeps the built-in's paths and accept (shown in the verdict); a replacement brings
      // its own, and what it leaves empty (no `path`, no `accept`) stays the built-in's.
      const base = out[i]!;
      out[i] = rule.skip
        ? { ...base, skip: true }
        : { ...copy, name: base.name, paths: copy.paths.length ? copy.paths : base.paths, accept: copy.accept.length ? copy.accept : base.accept };
    } else {
      out.push(copy);
    }
  }
  return out;
}

/** Warnings about a merged rule list: every skipped gate, and skips of gates that do not exist. */
export function gateWarnings(builtIns: readonly GateRule[], merged: readonly GateRule[]): string[] {
  const warnings: string[] = [];
  for (const r of merged) {
    if (!r.skip) continue;
    const known = builtIns.some((b) => normName(b.name) === normName(r.name));
    warnings.push(
      known
        ? `gate ${r.name} is skipped by the gates input: it is not evaluated for this ship`
        : `gates input skips "${r.name}", which is not a built-in gate (${builtIns.map((b) => b.name).join(', ')}); nothing to skip`
    );
  }
  return warnings;
}

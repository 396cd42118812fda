/**
 * Required checks and approvals, evaluated from API answers (no network here).
 *
 * Conclusions follow GitHub's branch protection: for a required check, `success`, `neutral` and
 * `skipped` count as passing; `failure`, `cancelled`, `timed_out`, `action_required`, `stale`,
 * `startup_failure` (and anything unknown) fail. A check that has not completed is pending: not
 * green, and listed so the stage may wait (`checks-timeout`). Commit statuses: `success` passes,
 * `pending` is pending, `failure` / `error` fail. Names match exactly (case-sensitive), as GitHub.
 */
import type { GateVerdict } from './verdict.js';

export interface CheckObservation {
  name: string;
  source: 'check-run' | 'status';
  /** Check runs: their status. Commit statuses: `pending` while pending, else `completed`. */
  status: 'queued' | 'in_progress' | 'completed' | 'pending' | 'waiting' | 'requested';
  /** Check runs: their conclusion. Commit statuses: their state (`success`, `failure`, `error`, `pending`). */
  conclusion: string | null;
  url?: string;
  /** Check runs: where the check's own details live (an Actions job's URL names its workflow run). */
  detailsUrl?: string;
  app?: string;
}

export interface RequiredChecksResult {
  verdicts: GateVerdict[];
  /** Names still running (or queued): the stage may wait for them. */
  pending: string[];
  /** Required names with no observation at all (they may not have been created yet). */
  missing: string[];
}

const PASSING_CONCLUSIONS = ['success', 'neutral', 'skipped'];
const FAILING_CONCLUSIONS = ['failure', 'cancelled', 'timed_out', 'action_required', 'stale', 'startup_failure'];

function short(sha: string | undefined): string {
  if (!sha) return 'the commit';
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

function whereOf(o: CheckObservation, sha: string | undefined): string {
  const kind = o.source === 'status' ? 'commit status' : 'check run';
  const app = o.app ? ` (${o.app})` : '';
  return `${kind} "${o.name}"${app} on ${short(sha)}${o.url ? ` ${o.url}` : ''}`;
}

function judge(o: CheckObservation, sha: string | undefined): { verdict: GateVerdict; pending: boolean } {
  const name = `check ${o.name}`;
  const where = whereOf(o, sha);
  const on = short(sha);
  if (o.source === 'status') {
    const state = (o.conclusion ?? o.status).trim().toLowerCase();
    const expected = 'success';
    if (state === 'success') {
      return { pending: false, verdict: { name, expected, found: state, where, passed: true, reason: `status "${o.name}" is success on ${on}` } };
    }
    if (state === 'pending' || o.status !== 'completed') {
      return {
        pending: true,
        verdict: { name, expected, found: 'pending', where, passed: false, reason: `status "${o.name}" is still pending on ${on}; wait for it (checks-timeout) or re-run it` }
      };
    }
    return {
      pending: false,
      verdict: { name, expected, found: state, where, passed: false, reason: `status "${o.name}" is ${state} on ${on}; fix it and re-run before shipping` }
    };
  }
  const expected = 'success (or neutral/skipped)';
  if (o.status !== 'completed') {
    return {
      pending: true,
      verdict: { name, expected, found: o.status, where, passed: false, reason: `check "${o.name}" is still ${o.status.replace('_', ' ')} on ${on}; wait for it (checks-timeout) or re-run it` }
    };
  }
  const c = (o.conclusion ?? '').trim().toLowerCase();
  if (c === 'success') {
    return { pending: false, verdict: { name, expected, found: c, where, passed: true, reason: `check "${o.name}" succeeded on ${on}` } };
  }
  if (PASSING_CONCLUSIONS.includes(c)) {
    return {
      pending: false,
      verdict: { name, expected, found: c, where, passed: true, reason: `check "${o.name}" concluded ${c} on ${on}, which GitHub counts as passing for a required check` }
    };
  }
  const what = c === '' ? 'completed without a conclusion' : FAILING_CONCLUSIONS.includes(c) ? `concluded ${c}` : `concluded "${c}" (not a passing conclusion)`;
  return {
    pending: false,
    verdict: { name, expected, found: c || 'no conclusion', where, passed: false, reason: `check "${o.name}" ${what} on ${on}; fix it and re-run before shipping` }
  };
}

/**
 * Evaluates required checks against what the commit reported. `observed` is newest first: the
 * first observation of a name is the one that counts. Observations for which `opts.ignore`
 * is true (the job running this action) are dropped; a required name seen only there is not
 * waited for (the job cannot wait for itself) and passes with a reason saying so.
 * `'all'` requires every observed name (after ignoring) and passes when there is none.
 */
export function evaluateRequiredChecks(
  required: string[] | 'all',
  observed: CheckObservation[],
  opts: { ignore: (o: CheckObservation) => boolean; sha?: string }
): RequiredChecksResult {
  const latest = new Map<string, CheckObservation>();
  const ignoredNames = new Set<string>();
  for (const o of observed) {
    if (opts.ignore(o)) {
      ignoredNames.add(o.name);
      continue;
    }
    if (!latest.has(o.name)) latest.set(o.name, o);
  }
  const on = short(opts.sha);
  const names = required === 'all' ? [...latest.keys()] : [...new Set(required)];
  const result: RequiredChecksResult = { verdicts: [], pending: [], missing: [] };
  if (required === 'all' && names.length === 0) {
    result.verdicts.push({
      name: 'checks',
      expected: 'every check on the commit green',
      found: 'no checks',
      where: `check runs and statuses of ${on}`,
      passed: true,
      reason: `no check run or commit status (other than this job) has reported on ${on}; required-checks all has nothing to require`
    });
    return result;
  }
  for (const name of names) {
    const o = latest.get(name);
    if (!o) {
      if (ignoredNames.has(name)) {
        result.verdicts.push({
          name: `check ${name}`,
          expected: 'success (or neutral/skipped)',
          found: 'this job',
          where: `check run "${name}" on ${on}`,
          passed: true,
          reason: `required check "${name}" is the job running ship-prod itself; it cannot wait for itself, so it is not evaluated`
        });
        continue;
      }
      result.missing.push(name);
      result.verdicts.push({
        name: `check ${name}`,
        expected: 'success (or neutral/skipped)',
        found: 'missing',
        where: `check runs and statuses of ${on}`,
        passed: false,
        reason: `required check "${name}" has not reported on ${on}; make sure it runs on this commit (name spelled exactly, case-sensitive)`
      });
      continue;
    }
    const { verdict, pending } = judge(o, opts.sha);
    if (pending) result.pending.push(name);
    result.verdicts.push(verdict);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// What is required

export interface RequiredFromRules {
  contexts: string[];
  approvingReviews: number;
  /** Where each requirement came from, for the report. */
  sources: string[];
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * What the branch requires, from `GET /repos/{o}/{r}/rules/branches/{branch}` (an array of rules)
 * and, when readable, classic branch protection (either the whole protection object or its
 * `required_status_checks` part). Contexts are the union (first-seen order, no duplicates);
 * the approval count is the highest. Integration (app) bindings of contexts are not enforced.
 */
export function requiredFromRules(rulesAnswer: unknown, protectionAnswer?: unknown): RequiredFromRules {
  const contexts: string[] = [];
  const sources: string[] = [];
  let approvingReviews = 0;
  const addContext = (c: unknown): boolean => {
    if (typeof c !== 'string' || c.trim() === '') return false;
    if (!contexts.includes(c)) contexts.push(c);
    return true;
  };

  for (const item of asArray(rulesAnswer)) {
    const rule = asRecord(item);
    if (!rule) continue;
    const params = asRecord(rule.parameters) ?? {};
    const origin = rule.ruleset_id !== undefined ? ` (ruleset ${String(rule.ruleset_id)})` : '';
    if (rule.type === 'required_status_checks') {
      const found = asArray(params.required_status_checks)
        .map((c) => asRecord(c)?.context)
        .filter((c) => addContext(c));
      sources.push(`rules: required_status_checks${origin}: ${found.join(', ') || 'none'}`);
    } else if (rule.type === 'pull_request') {
      const n = Number(params.required_approving_review_count ?? 0);
      if (Number.isFinite(n)) {
        approvingReviews = Math.max(approvingReviews, n);
        sources.push(`rules: pull_request${origin}: ${n} approving review${n === 1 ? '' : 's'}`);
      }
    }
  }

  const prot = asRecord(protectionAnswer);
  if (prot) {
    const rsc = asRecord(prot.required_status_checks) ?? ('contexts' in prot || 'checks' in prot ? prot : undefined);
    if (rsc) {
      const found = [
        ...asArray(rsc.contexts),
        ...asArray(rsc.checks).map((c) => asRecord(c)?.context)
      ].filter((c) => addContext(c));
      sources.push(`branch protection: required_status_checks: ${[...new Set(found)].join(', ') || 'none'}`);
    }
    const reviews = asRecord(prot.required_pull_request_reviews);
    if (reviews) {
      const n = Number(reviews.required_approving_review_count ?? 0);
      if (Number.isFinite(n)) {
        approvingReviews = Math.max(approvingReviews, n);
        sources.push(`branch protection: required_pull_request_reviews: ${n} approving review${n === 1 ? '' : 's'}`);
      }
    }
  }
  return { contexts, approvingReviews, sources };
}

// ---------------------------------------------------------------------------------------------
// Approvals

export interface Review {
  user: string;
  state: string;
  submitted_at: string;
}

/**
 * Counts approvals as GitHub does: each reviewer's latest deciding review counts. APPROVED
 * approves; CHANGES_REQUESTED replaces an earlier approval (and blocks while it stands);
 * DISMISSED cancels the reviewer's earlier verdict; COMMENTED (and PENDING) change nothing.
 * Reviewers are matched case-insensitively (GitHub logins are). Reviews are ordered by
 * submitted_at; the input order breaks ties.
 */
export function evaluateApprovals(reviews: Review[], required: number): GateVerdict {
  const ordered = reviews
    .map((r, i) => ({ r, i, t: Date.parse(r.submitted_at) }))
    .sort((a, b) => (Number.isNaN(a.t) || Number.isNaN(b.t) || a.t === b.t ? a.i - b.i : a.t - b.t));
  const state = new Map<string, { user: string; verdict: 'approved' | 'changes' | 'none' }>();
  for (const { r } of ordered) {
    const key = r.user.toLowerCase();
    const s = r.state.trim().toUpperCase();
    if (s === 'APPROVED') state.set(key, { user: r.user, verdict: 'approved' });
    else if (s === 'CHANGES_REQUESTED') state.set(key, { user: r.user, verdict: 'changes' });
    else if (s === 'DISMISSED') state.set(key, { user: r.user, verdict: 'none' });
  }
  const approvers = [...state.values()].filter((v) => v.verdict === 'approved').map((v) => v.user);
  const changes = [...state.values()].filter((v) => v.verdict === 'changes').map((v) => v.user);
  const expected = `${required} approving review${required === 1 ? '' : 's'}`;
  const found = `${approvers.length} approving${approvers.length ? ` (${approvers.join(', ')})` : ''}${
    changes.length ? `, changes requested by ${changes.join(', ')}` : ''
  }`;
  const verdict = (passed: boolean, reason: string, expectedText = expected): GateVerdict => ({
    name: 'approvals',
    expected: expectedText,
    found,
    where: 'pull request reviews',
    passed,
    reason
  });
  if (required <= 0) return verdict(true, 'the branch rules require no approving reviews', 'none required');
  if (changes.length > 0) {
    return verdict(false, `changes requested by ${changes.join(', ')} still stand; address them and get a new approval (or have the review dismissed)`);
  }
  if (approvers.length < required) {
    const more = required - approvers.length;
    return verdict(
      false,
      `${approvers.length} of ${required} required approving review${required === 1 ? '' : 's'}; get ${more} more approval${more === 1 ? '' : 's'} on the pull request`
    );
  }
  return verdict(true, `${approvers.length} approving review${approvers.length === 1 ? '' : 's'} (${approvers.join(', ')}), ${required} required`);
}

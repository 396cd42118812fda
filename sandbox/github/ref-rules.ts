/**
 * What GitHub refuses when a ref is created, moved or deleted through the git API: repository
 * rulesets (creation, update, deletion, non_fast_forward, pull_request, required_status_checks)
 * and classic branch protection (required reviews, required status checks, force pushes,
 * deletion). The GITHUB_TOKEN never bypasses either.
 */
import { commitContexts, rulesForBranch } from './handlers/checks.js';
import { githubError } from './http.js';
import type { HandlerContext, SandboxResponse } from './types.js';

const RULES_DOCS = 'https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/about-rulesets';

/**
 * A 422 answer when the change of `fullRef` from `oldSha` to `newSha` (undefined: created /
 * deleted) breaks a rule, else undefined. `nonFastForward`: the update is forced.
 */
export function refUpdateViolation(
  ctx: HandlerContext,
  fullRef: string,
  oldSha: string | undefined,
  newSha: string | undefined,
  nonFastForward = false
): SandboxResponse | undefined {
  if (!fullRef.startsWith('refs/heads/')) return undefined;
  const state = ctx.state;
  const branch = fullRef.slice('refs/heads/'.length);
  const nowMs = ctx.now().getTime();
  const commit = newSha ? state.git.peel(newSha) : undefined;
  const missingChecks = (required: string[]): string[] => {
    if (!commit) return [];
    const ctxs = commitContexts(state, commit, nowMs);
    return required.filter((name) => !ctxs.some((c) => c.context === name && c.state === 'success'));
  };

  const violations: string[] = [];
  for (const rule of rulesForBranch(state, branch)) {
    switch (rule.type) {
      case 'creation':
        if (oldSha === undefined) violations.push('Cannot create ref due to creations being restricted.');
        break;
      case 'deletion':
        if (newSha === undefined) violations.push('Cannot delete this branch.');
        break;
      case 'update':
        if (oldSha !== undefined && newSha !== undefined) violations.push('Cannot update this protected ref.');
        break;
      case 'non_fast_forward':
        if (nonFastForward) violations.push('Cannot force-push to this branch.');
        break;
      case 'pull_request':
        if (newSha !== undefined) violations.push('Changes must be made through a pull request.');
        break;
      case 'required_status_checks':
        for (const name of missingChecks(rule.parameters.required_status_checks.map((c) => c.context))) {
          violations.push(`Required status check "${name}" is expected.`);
        }
        break;
      default:
        break;
    }
  }
  if (violations.length > 0) {
    const unique = [...new Set(violations)];
    return {
      status: 422,
      body: { message: `Repository rule violations found\n\n${unique.join('\n\n')}\n\n`, documentation_url: RULES_DOCS, status: '422' }
    };
  }

  const protection = state.protection[branch];
  if (protection) {
    const reasons: string[] = [];
    if (newSha === undefined) reasons.push('Cannot delete this protected branch');
    if (nonFastForward && !protection.allowForcePushes) reasons.push('Cannot force-push to this protected branch');
    if (newSha !== undefined && protection.requiredReviews) {
      const n = protection.requiredReviews.requiredApprovingReviewCount;
      reasons.push(`At least ${n} approving review${n === 1 ? ' is' : 's are'} required by reviewers with write access.`);
    }
    if (newSha !== undefined && protection.requiredStatusChecks) {
      const missing = missingChecks(protection.requiredStatusChecks.checks.map((c) => c.context));
      if (missing.length > 0) {
        reasons.push(missing.length === 1 ? `Required status check "${missing[0]}" is expected.` : `${missing.length} of ${protection.requiredStatusChecks.checks.length} required status checks are expected.`);
      }
    }
    if (reasons.length > 0) return githubError(422, `Protected branch update failed for ${fullRef}.\n\n${reasons.join('\n')}`);
  }
  return undefined;
}

/**
 * May the action move the branch to the release commit itself? Only as a fast-forward, and only
 * when no rule would refuse a direct update (a pull request, status checks or deployments the new
 * commit cannot have yet, restricted updates). Pure: decided from the rules the gates stage read.
 */

const RULES_THAT_REFUSE_A_DIRECT_UPDATE: Record<string, string> = {
  pull_request: 'changes must come through a pull request',
  update: 'updates to the branch are restricted',
  required_status_checks: 'the new commit would need status checks it cannot have yet',
  required_deployments: 'the new commit would need deployments it cannot have yet',
  merge_queue: 'changes must go through the merge queue'
};

export interface BranchMovePolicy {
  allowed: boolean;
  reason: string;
}

export function branchMovePolicy(branch: string, rules: unknown[] | null, protection: unknown | null): BranchMovePolicy {
  for (const rule of rules ?? []) {
    const type = (rule as { type?: unknown })?.type;
    if (typeof type === 'string' && Object.hasOwn(RULES_THAT_REFUSE_A_DIRECT_UPDATE, type)) {
      return { allowed: false, reason: `the ${type} rule on ${branch}: ${RULES_THAT_REFUSE_A_DIRECT_UPDATE[type]}` };
    }
  }
  const p = (protection ?? {}) as Record<string, unknown>;
  if (p.required_pull_request_reviews) return { allowed: false, reason: `classic protection of ${branch} requires pull request reviews` };
  if (p.required_status_checks) return { allowed: false, reason: `classic protection of ${branch} requires status checks the new commit cannot have yet` };
  if (p.restrictions) return { allowed: false, reason: `classic protection of ${branch} restricts who may push` };
  return { allowed: true, reason: `no rule on ${branch} refuses a fast-forward` };
}

/**
 * Environments with required reviewers: a run whose script has `approval` waits (`waiting`)
 * until a reviewer approves it (POST …/pending_deployments, as a person would, or the script's
 * delay), and GET …/pending_deployments names the environment and who can approve. As on GitHub,
 * the job that declares the environment gets a deployment of its own, made by GitHub (no
 * ship-prod payload), whose statuses follow the run: queued while waiting, in_progress once
 * approved, then success or failure.
 */
import { iso, nodeId, simpleUser, stableId, type RunRecord } from '../entities.js';
import { apiRepoUrl, htmlUrl, json, notFound, validationFailed } from '../http.js';
import type { ApprovalReviewer, HandlerContext, HandlerMap, SandboxRequest, SandboxResponse, SandboxState } from '../types.js';
import { runPhase, settleRuns } from './actions.js';
import { addDeploymentStatus, deploymentView } from './deployments.js';

const environmentId = (name: string) => stableId(`environment:${name.toLowerCase()}`);

function team(ctx: HandlerContext, slug: string) {
  const org = ctx.state.owner;
  const url = `${ctx.apiUrl}/orgs/${org}/teams/${slug}`;
  return {
    id: stableId(`team:${slug}`),
    node_id: nodeId('Team', slug),
    url,
    html_url: `${ctx.webUrl}/orgs/${org}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    parent: null,
    type: 'organization' as const
  };
}

function reviewerView(ctx: HandlerContext, r: ApprovalReviewer) {
  return r.type === 'User' ? { type: 'User', reviewer: simpleUser(ctx, r.login) } : { type: 'Team', reviewer: team(ctx, r.slug) };
}

function findRun(state: SandboxState, id: string): RunRecord | undefined {
  return /^\d+$/.test(id) ? state.runs.find((r) => r.id === Number(id)) : undefined;
}

function pending(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  settleRuns(ctx.state, ctx.now().getTime());
  const run = findRun(ctx.state, req.params.run_id);
  if (!run) return notFound();
  const approval = run.script.approval;
  if (!approval || runPhase(run, ctx.now().getTime()).status !== 'waiting') return json(200, []);
  const name = approval.environment;
  return json(200, [
    {
      environment: {
        id: environmentId(name),
        node_id: nodeId('Environment', name),
        name,
        url: apiRepoUrl(ctx, `/environments/${encodeURIComponent(name)}`),
        html_url: htmlUrl(ctx, `/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`)
      },
      wait_timer: 0,
      wait_timer_started_at: null,
      current_user_can_approve: true,
      reviewers: approval.reviewers.map((r) => reviewerView(ctx, r))
    }
  ]);
}

function review(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const nowMs = ctx.now().getTime();
  settleRuns(ctx.state, nowMs);
  const run = findRun(ctx.state, req.params.run_id);
  if (!run) return notFound();
  const approval = run.script.approval;
  const ids: unknown[] = Array.isArray(req.body?.environment_ids) ? req.body.environment_ids : [];
  if (!approval || runPhase(run, nowMs).status !== 'waiting' || !ids.includes(environmentId(approval.environment))) {
    return validationFailed('No pending deployment requests to approve or reject');
  }
  if (req.body.state === 'approved') {
    run.approvedAtMs = nowMs;
    if (run.jobDeploymentId !== undefined) addDeploymentStatus(ctx.state, run.jobDeploymentId, 'in_progress', `approved: run ${run.id}`, nowMs);
  } else {
    run.rejectedAtMs = nowMs;
  }
  const dep = ctx.state.deployments.find((d) => d.id === run.jobDeploymentId);
  return json(200, dep ? [deploymentView(ctx, dep)] : []);
}

/** Approves a waiting run as a reviewer would (tests without a client at hand). */
export function approveRun(state: SandboxState, run: RunRecord, nowMs = Date.now()): void {
  run.approvedAtMs = nowMs;
  if (run.jobDeploymentId !== undefined) addDeploymentStatus(state, run.jobDeploymentId, 'in_progress', `approved: run ${run.id} at ${iso(nowMs)}`, nowMs);
}

export const handlers: HandlerMap = {
  'actions/get-pending-deployments-for-run': pending,
  'actions/review-pending-deployments-for-run': review
};

/**
 * GitHub Actions: the deploy workflow's file, dispatching it (with run details where GitHub has
 * them), finding the run a dispatch started, reading it, its failed jobs, and cancelling it.
 */
import type { GitHubClient } from './client.js';
import { messageOf, statusOf } from './client.js';
import { readFileAt } from './contents.js';
import type { ConditionalCache } from './conditional.js';
import { lookFirst } from './writes.js';

export interface WorkflowFile {
  /** Numeric id or file name, as the API takes it. */
  id: string | number;
  /** Path in the repository, e.g. .github/workflows/deploy.yml */
  path: string;
  text: string | null;
}

/** The workflow's file at a commit: by file name directly, by numeric id through the workflow record. */
export async function readWorkflowFile(client: GitHubClient, workflow: string, ref: string): Promise<WorkflowFile> {
  let path = `.github/workflows/${workflow}`;
  if (/^\d+$/.test(workflow)) {
    const { data } = await client.octokit.rest.actions.getWorkflow({ owner: client.owner, repo: client.repo, workflow_id: Number(workflow) });
    path = data.path;
  }
  return { id: /^\d+$/.test(workflow) ? Number(workflow) : workflow, path, text: await readFileAt(client, path, ref) };
}

export type DispatchOutcome = { kind: 'run'; runId: number; htmlUrl?: string } | { kind: 'no-details' };

/**
 * Dispatches the workflow. Asks for run details; when GitHub (Enterprise Server 3.20 and older, or
 * API version 2026-03-10) refuses the field, dispatches again without it. A lost answer is never
 * followed by a second dispatch before `look` (the runs at the ref since the ship's deployment)
 * has found nothing (writes.ts).
 */
export async function dispatchWorkflow(
  client: GitHubClient,
  input: { workflow: string | number; ref: string; inputs: Record<string, string> },
  look: () => Promise<DispatchOutcome | undefined>
): Promise<DispatchOutcome> {
  const send = (withDetails: boolean) =>
    lookFirst(
      client,
      `dispatching ${input.workflow} at ${input.ref}`,
      async (request) =>
        read(
          await client.octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
            owner: client.owner,
            repo: client.repo,
            workflow_id: input.workflow,
            ref: input.ref,
            inputs: input.inputs,
            ...(withDetails ? { return_run_details: true } : {}),
            request
          })
        ),
      look
    );
  const read = (response: { status: number; data: unknown }): DispatchOutcome => {
    const data = response.data as { workflow_run_id?: number | string; html_url?: string } | undefined;
    if (response.status === 200 && data?.workflow_run_id !== undefined) {
      return { kind: 'run', runId: Number(data.workflow_run_id), htmlUrl: data.html_url };
    }
    return { kind: 'no-details' };
  };
  try {
    return await send(true);
  } catch (error) {
    const status = statusOf(error);
    if ((status === 400 || status === 422) && /return_run_details/.test(messageOf(error))) return send(false);
    throw error;
  }
}

export interface RunSummary {
  id: number;
  status: string | null;
  conclusion: string | null;
  htmlUrl: string;
  createdAt: string;
  updatedAt: string;
  displayTitle: string;
  headBranch: string | null;
  runStartedAt?: string | null;
}

/** Runs of a workflow started by workflow_dispatch (at `branch` when given; a tag name works too), newest first. */
export async function listDispatchRuns(
  client: GitHubClient,
  input: { workflow: string | number; branch?: string; createdAfter?: string }
): Promise<RunSummary[]> {
  const { data } = await client.octokit.rest.actions.listWorkflowRuns({
    owner: client.owner,
    repo: client.repo,
    workflow_id: input.workflow,
    event: 'workflow_dispatch',
    ...(input.branch ? { branch: input.branch } : {}),
    ...(input.createdAfter ? { created: `>=${input.createdAfter}` } : {}),
    per_page: 100
  });
  return data.workflow_runs.map(toRunSummary);
}

/** A run, read once (no cache). */
export async function getRun(client: GitHubClient, runId: number): Promise<RunSummary> {
  const { data } = await client.octokit.rest.actions.getWorkflowRun({ owner: client.owner, repo: client.repo, run_id: runId });
  return toRunSummary(data);
}

/** A run, read conditionally: an unchanged run answers 304 from the cache. */
export async function readRun(client: GitHubClient, runId: number, cache: ConditionalCache): Promise<RunSummary> {
  const { data } = await cache.get<Parameters<typeof toRunSummary>[0]>(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', { run_id: runId });
  return toRunSummary(data);
}

/** An environment a run waits on, and who can approve it (`@login`, `team org/slug`). */
export interface PendingApproval {
  environment: string;
  reviewers: string[];
}

/** The environments a run waits on for reviewers (GET …/runs/{id}/pending_deployments). */
export async function pendingApprovals(client: GitHubClient, runId: number): Promise<PendingApproval[]> {
  const { data } = await client.octokit.rest.actions.getPendingDeploymentsForRun({ owner: client.owner, repo: client.repo, run_id: runId });
  return data.map((p) => ({
    environment: p.environment.name ?? '',
    reviewers: (p.reviewers ?? []).map((r) => {
      const who = r.reviewer as { login?: string; slug?: string; organization?: { login?: string } } | undefined;
      if (r.type === 'Team') return `team ${who?.slug ?? '?'}`;
      return `@${who?.login ?? '?'}`;
    })
  }));
}

export interface FailedJob {
  name: string;
  conclusion: string;
  url: string;
  steps: string[];
}

export async function failedJobs(client: GitHubClient, runId: number): Promise<FailedJob[]> {
  const jobs = await client.octokit.paginate(client.octokit.rest.actions.listJobsForWorkflowRun, {
    owner: client.owner,
    repo: client.repo,
    run_id: runId,
    filter: 'latest',
    per_page: 100
  });
  return jobs
    .filter((j) => j.conclusion && !['success', 'skipped', 'neutral'].includes(j.conclusion))
    .map((j) => ({
      name: j.name,
      conclusion: j.conclusion ?? '',
      url: j.html_url ?? '',
      steps: (j.steps ?? []).filter((s) => s.conclusion === 'failure' || s.conclusion === 'cancelled').map((s) => s.name)
    }));
}

/**
 * Cancels a run; a run that completed meanwhile (409) is fine. When the answer is lost, the run is
 * read: completed (cancelled or not) means there is nothing more to send.
 */
export async function cancelRun(client: GitHubClient, runId: number): Promise<'cancelled' | 'already-completed'> {
  try {
    return await lookFirst(
      client,
      `cancelling run ${runId}`,
      async (request) => {
        await client.octokit.rest.actions.cancelWorkflowRun({ owner: client.owner, repo: client.repo, run_id: runId, request });
        return 'cancelled' as const;
      },
      async () => {
        const { data } = await client.octokit.rest.actions.getWorkflowRun({ owner: client.owner, repo: client.repo, run_id: runId });
        if (data.status !== 'completed') return undefined;
        return data.conclusion === 'cancelled' ? ('cancelled' as const) : ('already-completed' as const);
      }
    );
  } catch (error) {
    if (statusOf(error) === 409) return 'already-completed';
    throw error;
  }
}

function toRunSummary(r: {
  id: number;
  status: string | null;
  conclusion: string | null;
  html_url: string;
  created_at: string;
  updated_at: string;
  display_title: string;
  head_branch: string | null;
  run_started_at?: string | null;
}): RunSummary {
  return {
    id: r.id,
    status: r.status,
    conclusion: r.conclusion,
    htmlUrl: r.html_url,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    displayTitle: r.display_title,
    headBranch: r.head_branch,
    runStartedAt: r.run_started_at
  };
}

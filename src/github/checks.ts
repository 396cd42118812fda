/**
 * What GitHub says about a commit and its branch: branch rules and classic protection, check
 * runs and commit statuses, the pull request that brought the commit and its reviews, and
 * deployments to an environment.
 */
import type { CheckObservation } from '../gates/checks.js';
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';
import type { ConditionalCache } from './conditional.js';

export interface BranchRequirements {
  /** The rules answer (rulesets), or null when unreadable. */
  rules: unknown[] | null;
  /** Classic protection, or null when the branch is unprotected or the token may not read it. */
  protection: unknown | null;
  notes: string[];
}

export async function readBranchRequirements(client: GitHubClient, branch: string): Promise<BranchRequirements> {
  const { owner, repo } = client;
  const notes: string[] = [];
  const [rules, protection] = await Promise.all([
    client.octokit.rest.repos
      .getBranchRules({ owner, repo, branch, per_page: 100 })
      .then((r) => r.data as unknown[])
      .catch((error: unknown) => {
        if (statusOf(error) === 404) return [] as unknown[];
        notes.push(`branch rules of ${branch} could not be read (${statusOf(error) || 'error'}); rulesets were not considered`);
        return null;
      }),
    client.octokit.rest.repos
      .getBranchProtection({ owner, repo, branch })
      .then((r) => r.data as unknown)
      .catch((error: unknown) => {
        const status = statusOf(error);
        if (status === 404) return null; // not protected (or protection hidden): rulesets still apply
        if (status === 403) {
          notes.push(`classic branch protection of ${branch} needs admin rights to read (403); only rulesets were considered`);
          return null;
        }
        throw error;
      })
  ]);
  return { rules, protection, notes };
}

interface CheckRunAnswer {
  check_runs: Array<{
    id: number;
    name: string;
    status: string;
    conclusion: string | null;
    html_url: string | null;
    details_url?: string | null;
    started_at?: string | null;
    app?: { slug?: string } | null;
  }>;
}

interface CombinedStatusAnswer {
  statuses: Array<{ context: string; state: string; target_url: string | null; updated_at: string }>;
}

/**
 * Check runs and commit statuses on a commit, newest first, as observations. Polls through the
 * given conditional cache, so a repeated read that changed nothing is a 304.
 */
export async function readCheckObservations(client: GitHubClient, sha: string, cache: ConditionalCache): Promise<CheckObservation[]> {
  const [runs, combined] = await Promise.all([
    cache.get<CheckRunAnswer>(client, 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ref: sha, filter: 'latest', per_page: 100 }),
    cache.get<CombinedStatusAnswer>(client, 'GET /repos/{owner}/{repo}/commits/{ref}/status', { ref: sha, per_page: 100 })
  ]);
  const checkRuns = [...runs.data.check_runs].sort((a, b) => (b.started_at ?? '').localeCompare(a.started_at ?? '') || b.id - a.id);
  const observations: CheckObservation[] = checkRuns.map((r) => ({
    name: r.name,
    source: 'check-run',
    status: r.status as CheckObservation['status'],
    conclusion: r.conclusion,
    url: r.html_url ?? r.details_url ?? undefined,
    detailsUrl: r.details_url ?? undefined,
    app: r.app?.slug
  }));
  const statuses = [...combined.data.statuses].sort((a, b) => b.updated_at.localeCompare(a.updated_at));
  for (const s of statuses) {
    observations.push({
      name: s.context,
      source: 'status',
      status: s.state === 'pending' ? 'pending' : 'completed',
      conclusion: s.state,
      url: s.target_url ?? undefined
    });
  }
  return observations;
}

export interface PullWithReviews {
  number: number;
  url: string;
  reviews: Array<{ user: string; state: string; submitted_at: string }>;
}

/** The pull request that brought the commit into the branch; null when none did. */
export async function findPullForCommit(client: GitHubClient, sha: string, branch: string): Promise<{ number: number; url: string } | null> {
  const { owner, repo } = client;
  const { data: pulls } = await client.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 });
  const pull =
    pulls.find((p) => p.merge_commit_sha === sha && p.base.ref === branch) ??
    pulls.find((p) => p.merged_at && p.base.ref === branch) ??
    pulls.find((p) => p.base.ref === branch);
  return pull ? { number: pull.number, url: pull.html_url } : null;
}

/** The pull request that brought the commit into the branch (found by findPullForCommit), with its reviews; null when none did. */
export async function readPullReviews(client: GitHubClient, found: Promise<{ number: number; url: string } | null>): Promise<PullWithReviews | null> {
  const pull = await found;
  if (!pull) return null;
  const { owner, repo } = client;
  const reviews = await client.octokit.paginate(client.octokit.rest.pulls.listReviews, { owner, repo, pull_number: pull.number, per_page: 100 });
  return { ...pull, reviews: reviews.map((r) => ({ user: r.user?.login ?? '', state: r.state, submitted_at: r.submitted_at ?? '' })) };
}

export interface EnvironmentDeployment {
  id: number;
  createdAt: string;
  state: string | null;
  url?: string;
}

/** The newest deployment of `sha` to `environment` with its latest status, or null when there is none. */
export async function readLatestDeployment(client: GitHubClient, sha: string, environment: string): Promise<EnvironmentDeployment | null> {
  const { owner, repo } = client;
  const { data: deployments } = await client.octokit.rest.repos.listDeployments({ owner, repo, sha, environment, per_page: 1 });
  const latest = deployments[0];
  if (!latest) return null;
  const { data: statuses } = await client.octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: latest.id, per_page: 1 });
  return { id: latest.id, createdAt: latest.created_at, state: statuses[0]?.state ?? null, url: statuses[0]?.log_url ?? statuses[0]?.target_url ?? undefined };
}

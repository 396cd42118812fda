/**
 * Records the sandbox keeps for the actions, deployments, checks, pulls and rules areas, and the
 * small shared shapes (users, repositories, the GitHub Actions app) their answers embed.
 *
 * Records hold only what the handlers need; answers are built from them (and the clock) on every
 * read, so anything that changes with time (a run moving from queued to completed, a check run
 * finishing later) is computed lazily and needs no timers.
 */
import { apiRepoUrl, githubError, htmlUrl } from './http.js';
import type { HandlerContext, RunScript, SandboxResponse, SandboxState } from './types.js';

/** A workflow file found under .github/workflows at the default branch's head. */
export interface WorkflowRecord {
  id: number;
  /** Path in the repository, e.g. .github/workflows/deploy.yml */
  path: string;
  /** `name:` from the file, else the path. */
  name: string;
  state: 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';
  createdAt: string;
  updatedAt: string;
}

/** One job of a run, with its steps (names only; status comes from the run's phase). */
export interface RunJobRecord {
  id: number;
  name: string;
  steps: string[];
}

/** A workflow run: dispatched through the API, or added by a test (a neighbour's run). */
export interface RunRecord {
  id: number;
  workflowId: number;
  workflowPath: string;
  /** Workflow name (the run's `name`). */
  name: string;
  displayTitle: string;
  event: string;
  headBranch: string | null;
  headSha: string;
  runNumber: number;
  runAttempt: number;
  actor: string;
  /** Creation time, ms since epoch. */
  createdAtMs: number;
  /** The inputs the run was given (declared defaults filled in). */
  inputs: Record<string, string>;
  /** How it moves through statuses, fixed when it was created. */
  script: RunScript;
  jobs: RunJobRecord[];
  /** Set by a cancel request: the run completes as `cancelled` at this time. */
  cancelledAtMs?: number;
  /** Approved (POST …/pending_deployments) at this time, when its script waits for reviewers. */
  approvedAtMs?: number;
  /** Rejected by a reviewer at this time: it completes as `failure` without running. */
  rejectedAtMs?: number;
  /** Ended from outside at this time with `endConclusion` (a ship's own run, when its process exits). */
  endedAtMs?: number;
  endConclusion?: 'success' | 'failure' | 'cancelled';
  /** The deployment GitHub records for its job's environment (a run waiting for reviewers). */
  jobDeploymentId?: number;
  /** True when it came from POST .../dispatches. */
  dispatched: boolean;
  /** True once its completion effects (state.deployedVersion) were applied. */
  settled?: boolean;
}

export type CheckStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type CheckConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required';

/** A check run on a commit; it may complete later (`completeAtMs`, computed lazily). */
export interface CheckRunRecord {
  id: number;
  sha: string;
  name: string;
  status: CheckStatus;
  conclusion: CheckConclusion | null;
  appId: number;
  appSlug: string;
  checkSuiteId: number;
  startedAtMs: number;
  /** When set and status is not completed: completes at this time with `laterConclusion`. */
  completeAtMs?: number;
  laterConclusion?: CheckConclusion;
  detailsUrl?: string;
}

export type CommitStatusState = 'error' | 'failure' | 'pending' | 'success';

/** A commit status (the older statuses API). */
export interface CommitStatusRecord {
  id: number;
  sha: string;
  context: string;
  state: CommitStatusState;
  description: string | null;
  targetUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PullRecord {
  id: number;
  number: number;
  title: string;
  body?: string | null;
  state: 'open' | 'closed';
  user: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  /** Merge commit for a merged pull request (or the test merge commit of an open one). */
  mergeCommitSha: string | null;
  merged: boolean;
  createdAt: string;
  updatedAt: string;
  mergedAt: string | null;
  closedAt: string | null;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface ReviewRecord {
  id: number;
  pull: number;
  user: string;
  state: ReviewState;
  body: string;
  commitId: string | null;
  submittedAt: string;
}

/** One rule as get-branch-rules reports it (without the ruleset_* fields). */
export type BranchRule =
  | {
      type: 'required_status_checks';
      parameters: {
        required_status_checks: Array<{ context: string; integration_id?: number }>;
        strict_required_status_checks_policy: boolean;
        do_not_enforce_on_create?: boolean;
      };
    }
  | {
      type: 'pull_request';
      parameters: {
        required_approving_review_count: number;
        dismiss_stale_reviews_on_push: boolean;
        require_code_owner_review: boolean;
        require_last_push_approval: boolean;
        required_review_thread_resolution: boolean;
        allowed_merge_methods?: Array<'merge' | 'squash' | 'rebase'>;
      };
    }
  | { type: 'update'; parameters?: { update_allows_fetch_and_merge: boolean } }
  | { type: 'non_fast_forward' }
  | { type: 'deletion' }
  | { type: 'creation' }
  | { type: 'required_linear_history' }
  | { type: 'required_signatures' };

/** A repository ruleset targeting branches. */
export interface RulesetRecord {
  id: number;
  name: string;
  /** Branch names or fnmatch-like patterns (`release/*`), `~DEFAULT_BRANCH`, `~ALL`. */
  branches: string[];
  enforcement: 'active' | 'evaluate' | 'disabled';
  sourceType: 'Repository' | 'Organization';
  /** owner/repo, or the organization's login. */
  source: string;
  rules: BranchRule[];
}

/** Classic branch protection of one branch (state.protection[branch]). */
export interface ProtectionRecord {
  /** Required status checks; null when protection has none. */
  requiredStatusChecks: {
    strict: boolean;
    checks: Array<{ context: string; appId: number | null }>;
  } | null;
  /** Required pull request reviews; null when not required. */
  requiredReviews: {
    requiredApprovingReviewCount: number;
    dismissStaleReviews: boolean;
    requireCodeOwnerReviews: boolean;
  } | null;
  enforceAdmins: boolean;
  allowForcePushes: boolean;
  linearHistory: boolean;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown> | string;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentStatusRecord {
  id: number;
  deploymentId: number;
  state: DeploymentState;
  description: string;
  environment: string;
  logUrl: string;
  environmentUrl: string;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

// ---------------------------------------------------------------------------------------------
// Shared answer shapes.

/** The login every write through the API is attributed to (the GITHUB_TOKEN's identity). */
export const BOT_LOGIN = 'github-actions[bot]';
/** GitHub Actions' app id on github.com (check runs created by workflow jobs carry it). */
export const ACTIONS_APP_ID = 15368;

const FIXED_DATE = '2020-01-01T00:00:00Z';

/** A stable positive number for a name (user ids and the like). */
export function stableId(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return (h % 90_000_000) + 1_000_000;
}

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}

/** components/schemas/simple-user */
export function simpleUser(ctx: HandlerContext, login: string) {
  const api = `${ctx.apiUrl}/users/${encodeURIComponent(login)}`;
  const isBot = login.endsWith('[bot]');
  return {
    login,
    id: stableId(login),
    node_id: nodeId('User', login),
    avatar_url: `${ctx.webUrl}/avatars/${encodeURIComponent(login)}`,
    gravatar_id: '',
    url: api,
    html_url: `${ctx.webUrl}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: isBot ? 'Bot' : 'User',
    site_admin: false,
    user_view_type: 'public'
  };
}

/** components/schemas/minimal-repository */
export function minimalRepository(ctx: HandlerContext) {
  const { owner, repo } = ctx.state;
  const u = apiRepoUrl(ctx);
  return {
    id: stableId(`${owner}/${repo}`),
    node_id: nodeId('Repository', `${owner}/${repo}`),
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: simpleUser(ctx, owner),
    private: false,
    html_url: htmlUrl(ctx),
    description: null,
    fork: false,
    url: u,
    archive_url: `${u}/{archive_format}{/ref}`,
    assignees_url: `${u}/assignees{/user}`,
    blobs_url: `${u}/git/blobs{/sha}`,
    branches_url: `${u}/branches{/branch}`,
    collaborators_url: `${u}/collaborators{/collaborator}`,
    comments_url: `${u}/comments{/number}`,
    commits_url: `${u}/commits{/sha}`,
    compare_url: `${u}/compare/{base}...{head}`,
    contents_url: `${u}/contents/{+path}`,
    contributors_url: `${u}/contributors`,
    deployments_url: `${u}/deployments`,
    downloads_url: `${u}/downloads`,
    events_url: `${u}/events`,
    forks_url: `${u}/forks`,
    git_commits_url: `${u}/git/commits{/sha}`,
    git_refs_url: `${u}/git/refs{/sha}`,
    git_tags_url: `${u}/git/tags{/sha}`,
    issue_comment_url: `${u}/issues/comments{/number}`,
    issue_events_url: `${u}/issues/events{/number}`,
    issues_url: `${u}/issues{/number}`,
    keys_url: `${u}/keys{/key_id}`,
    labels_url: `${u}/labels{/name}`,
    languages_url: `${u}/languages`,
    merges_url: `${u}/merges`,
    milestones_url: `${u}/milestones{/number}`,
    notifications_url: `${u}/notifications{?since,all,participating}`,
    pulls_url: `${u}/pulls{/number}`,
    releases_url: `${u}/releases{/id}`,
    stargazers_url: `${u}/stargazers`,
    statuses_url: `${u}/statuses/{sha}`,
    subscribers_url: `${u}/subscribers`,
    subscription_url: `${u}/subscription`,
    tags_url: `${u}/tags`,
    teams_url: `${u}/teams`,
    trees_url: `${u}/git/trees{/sha}`,
    hooks_url: `${u}/hooks`
  };
}

/** components/schemas/repository (the full shape pull requests embed). */
export function fullRepository(ctx: HandlerContext) {
  const min = minimalRepository(ctx);
  const host = new URL(ctx.webUrl).host;
  return {
    ...min,
    license: null,
    forks: 0,
    permissions: { admin: false, pull: true, push: true, triage: true, maintain: false },
    git_url: `git://${host}/${min.full_name}.git`,
    ssh_url: `git@${host}:${min.full_name}.git`,
    clone_url: `${ctx.webUrl}/${min.full_name}.git`,
    mirror_url: null,
    svn_url: `${ctx.webUrl}/${min.full_name}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: ctx.state.defaultBranch,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: FIXED_DATE,
    created_at: FIXED_DATE,
    updated_at: FIXED_DATE,
    allow_forking: true,
    open_issues: 0,
    watchers: 0
  };
}

/** components/schemas/nullable-integration for the app behind check runs. */
export function appIntegration(ctx: HandlerContext, appId: number, slug: string) {
  const name = slug === 'github-actions' ? 'GitHub Actions' : slug;
  return {
    id: appId,
    slug,
    node_id: nodeId('Integration', appId),
    owner: simpleUser(ctx, slug === 'github-actions' ? 'github' : `${slug}-owner`),
    name,
    description: `${name} (sandbox)`,
    external_url: `${ctx.webUrl}/apps/${slug}`,
    html_url: `${ctx.webUrl}/apps/${slug}`,
    created_at: FIXED_DATE,
    updated_at: FIXED_DATE,
    permissions: { checks: 'write', contents: 'write', metadata: 'read' },
    events: ['check_run', 'check_suite']
  };
}

/** A 403 when the scenario says the token lacks permission for this operation, else undefined. */
export function forbiddenFor(state: SandboxState, operationId: string): SandboxResponse | undefined {
  if (!state.scenario.forbidden.includes(operationId)) return undefined;
  return githubError(403, 'Resource not accessible by integration');
}

/**
 * Marks an answer GitHub really gives but its description does not describe (a status it does not
 * declare, or a body where it declares none) so the server skips its answer check for it.
 * Keep to the cases documented at each call.
 */
export function undescribed(answer: SandboxResponse): SandboxResponse {
  return Object.assign(answer, { skipResponseCheck: true });
}

export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

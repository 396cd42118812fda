/**
 * Checks, commit statuses, pull requests and reviews, branch rules (rulesets) and classic branch
 * protection: what the action reads to decide its gates. Tests set the scene with the exported
 * helpers (`addCheckRun`, `addStatus`, `addPull`, `addReview`, `setBranchRules`, `addRuleset`,
 * `setProtection`); a check run may finish later, computed lazily from the clock.
 */
import {
  ACTIONS_APP_ID,
  appIntegration,
  BOT_LOGIN,
  forbiddenFor,
  fullRepository,
  iso,
  minimalRepository,
  nodeId,
  simpleUser,
  type BranchRule,
  type CheckConclusion,
  type CheckRunRecord,
  type CheckStatus,
  type CommitStatusRecord,
  type CommitStatusState,
  type ProtectionRecord,
  type PullRecord,
  type ReviewRecord,
  type ReviewState,
  type RulesetRecord
} from '../entities.js';
import { apiRepoUrl, htmlUrl, json, notFound, pageParams, paginate, validationFailed } from '../http.js';
import type { HandlerContext, HandlerMap, SandboxRequest, SandboxResponse, SandboxState } from '../types.js';

type When = Date | number | undefined;
const msOf = (when: When): number => (when === undefined ? Date.now() : new Date(when).getTime());

// ---------------------------------------------------------------------------------------------
// Check runs

export interface AddCheckRunOptions {
  /** Commit SHA (or a ref the git store resolves). */
  sha: string;
  name: string;
  /** Default: `completed`, or `in_progress` when `completeAfterMs` is set. */
  status?: CheckStatus;
  /** Default `success` for a completed run. */
  conclusion?: CheckConclusion | null;
  /** The run completes this long after it was added, with `laterConclusion` (default success). */
  completeAfterMs?: number;
  laterConclusion?: CheckConclusion;
  /** The app behind the check (default GitHub Actions, 15368). */
  appId?: number;
  appSlug?: string;
  detailsUrl?: string;
  now?: Date | number;
}

export function addCheckRun(state: SandboxState, opts: AddCheckRunOptions): CheckRunRecord {
  const nowMs = msOf(opts.now);
  const status: CheckStatus = opts.status ?? (opts.completeAfterMs !== undefined ? 'in_progress' : 'completed');
  const conclusion = status === 'completed' ? (opts.conclusion ?? 'success') : null;
  const rec: CheckRunRecord = {
    id: state.nextId(),
    sha: state.git.resolveCommit(opts.sha) ?? opts.sha,
    name: opts.name,
    status,
    conclusion,
    appId: opts.appId ?? ACTIONS_APP_ID,
    appSlug: opts.appSlug ?? (opts.appId === undefined || opts.appId === ACTIONS_APP_ID ? 'github-actions' : `app-${opts.appId}`),
    checkSuiteId: state.nextId(),
    startedAtMs: nowMs
  };
  if (opts.detailsUrl) rec.detailsUrl = opts.detailsUrl;
  if (opts.completeAfterMs !== undefined && status !== 'completed') {
    rec.completeAtMs = nowMs + opts.completeAfterMs;
    rec.laterConclusion = opts.laterConclusion ?? 'success';
  }
  state.checkRuns.push(rec);
  return rec;
}

/** A check run's status at `nowMs` (a pending one may have completed since). */
export function checkRunPhase(
  c: CheckRunRecord,
  nowMs: number
): { status: CheckStatus; conclusion: CheckConclusion | null; completedAtMs: number | null } {
  if (c.status === 'completed') return { status: 'completed', conclusion: c.conclusion ?? 'success', completedAtMs: c.startedAtMs };
  if (c.completeAtMs !== undefined && nowMs >= c.completeAtMs) {
    return { status: 'completed', conclusion: c.laterConclusion ?? 'success', completedAtMs: c.completeAtMs };
  }
  return { status: c.status, conclusion: null, completedAtMs: null };
}

function checkRunView(ctx: HandlerContext, c: CheckRunRecord) {
  const phase = checkRunPhase(c, ctx.now().getTime());
  const url = apiRepoUrl(ctx, `/check-runs/${c.id}`);
  return {
    id: c.id,
    head_sha: c.sha,
    node_id: nodeId('CheckRun', c.id),
    external_id: '',
    url,
    html_url: htmlUrl(ctx, `/runs/${c.id}`),
    details_url: c.detailsUrl ?? htmlUrl(ctx, `/runs/${c.id}`),
    status: phase.status,
    conclusion: phase.conclusion,
    started_at: iso(c.startedAtMs),
    completed_at: phase.completedAtMs === null ? null : iso(phase.completedAtMs),
    output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${url}/annotations` },
    name: c.name,
    check_suite: { id: c.checkSuiteId },
    app: appIntegration(ctx, c.appId, c.appSlug),
    pull_requests: []
  };
}

/** Check runs of a commit; `latest`: only the newest per (name, app). Newest first. */
export function checkRunsFor(state: SandboxState, sha: string, latestOnly = true): CheckRunRecord[] {
  const all = state.checkRuns.filter((c) => c.sha === sha).sort((a, b) => b.id - a.id);
  if (!latestOnly) return all;
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.appId}\0${c.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Commit statuses

export interface AddStatusOptions {
  sha: string;
  context: string;
  state: CommitStatusState;
  description?: string | null;
  targetUrl?: string | null;
  now?: Date | number;
}

export function addStatus(state: SandboxState, opts: AddStatusOptions): CommitStatusRecord {
  const at = iso(msOf(opts.now));
  const rec: CommitStatusRecord = {
    id: state.nextId(),
    sha: state.git.resolveCommit(opts.sha) ?? opts.sha,
    context: opts.context,
    state: opts.state,
    description: opts.description ?? null,
    targetUrl: opts.targetUrl ?? null,
    createdAt: at,
    updatedAt: at
  };
  state.statuses.push(rec);
  return rec;
}

/** The newest status per context of a commit, newest first. */
export function latestStatuses(state: SandboxState, sha: string): CommitStatusRecord[] {
  const seen = new Set<string>();
  return state.statuses
    .filter((s) => s.sha === sha)
    .sort((a, b) => b.id - a.id)
    .filter((s) => (seen.has(s.context) ? false : (seen.add(s.context), true)));
}

/** GitHub's combined state: failure if any error/failure, pending if none or any pending, else success. */
export function combinedState(latest: CommitStatusRecord[]): 'failure' | 'pending' | 'success' {
  if (latest.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (latest.length === 0 || latest.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

/**
 * Every context of a commit with its state, as the deployments API judges them: the newest commit
 * status per context and the newest check run per name (`success` when it completed as success,
 * neutral or skipped; `pending` while it runs; else its conclusion).
 */
export function commitContexts(state: SandboxState, sha: string, nowMs: number): Array<{ context: string; state: string }> {
  const out = latestStatuses(state, sha).map((s) => ({ context: s.context, state: s.state as string }));
  for (const c of checkRunsFor(state, sha)) {
    if (out.some((o) => o.context === c.name)) continue;
    const p = checkRunPhase(c, nowMs);
    const ok = p.conclusion === 'success' || p.conclusion === 'neutral' || p.conclusion === 'skipped';
    out.push({ context: c.name, state: p.status !== 'completed' ? 'pending' : ok ? 'success' : (p.conclusion ?? 'failure') });
  }
  return out;
}

function simpleStatusView(ctx: HandlerContext, s: CommitStatusRecord) {
  return {
    description: s.description,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    context: s.context,
    target_url: s.targetUrl,
    avatar_url: `${ctx.webUrl}/avatars/${encodeURIComponent(BOT_LOGIN)}`,
    url: apiRepoUrl(ctx, `/statuses/${s.sha}`),
    created_at: s.createdAt,
    updated_at: s.updatedAt
  };
}

function statusView(ctx: HandlerContext, s: CommitStatusRecord) {
  return { ...simpleStatusView(ctx, s), creator: simpleUser(ctx, BOT_LOGIN) };
}

// ---------------------------------------------------------------------------------------------
// Pull requests and reviews

export interface AddPullOptions {
  number: number;
  headSha: string;
  /** A merged pull request's merge commit (null: not merged). */
  mergeCommitSha?: string | null;
  baseRef?: string;
  headRef?: string;
  title?: string;
  user?: string;
  /** Default: merged when it has a merge commit. */
  merged?: boolean;
  state?: 'open' | 'closed';
  now?: Date | number;
}

export function addPull(state: SandboxState, opts: AddPullOptions): PullRecord {
  const at = iso(msOf(opts.now));
  const baseRef = opts.baseRef ?? state.defaultBranch;
  const merged = opts.merged ?? Boolean(opts.mergeCommitSha);
  const rec: PullRecord = {
    id: state.nextId(),
    number: opts.number,
    title: opts.title ?? `Pull request #${opts.number}`,
    state: opts.state ?? (merged ? 'closed' : 'open'),
    user: opts.user ?? 'octocat',
    headRef: opts.headRef ?? `feature-${opts.number}`,
    headSha: opts.headSha,
    baseRef,
    baseSha: state.git.resolveCommit(baseRef) ?? opts.headSha,
    mergeCommitSha: opts.mergeCommitSha ?? null,
    merged,
    createdAt: at,
    updatedAt: at,
    mergedAt: merged ? at : null,
    closedAt: merged || opts.state === 'closed' ? at : null
  };
  state.pulls = state.pulls.filter((p) => p.number !== opts.number);
  state.pulls.push(rec);
  return rec;
}

export interface AddReviewOptions {
  pull: number;
  user: string;
  state: ReviewState;
  submittedAt?: Date | number | string;
  body?: string;
  commitId?: string | null;
}

export function addReview(state: SandboxState, opts: AddReviewOptions): ReviewRecord {
  const pull = state.pulls.find((p) => p.number === opts.pull);
  const rec: ReviewRecord = {
    id: state.nextId(),
    pull: opts.pull,
    user: opts.user,
    state: opts.state,
    body: opts.body ?? '',
    commitId: opts.commitId ?? pull?.headSha ?? null,
    submittedAt: iso(msOf(opts.submittedAt === undefined ? undefined : new Date(opts.submittedAt)))
  };
  state.reviews.push(rec);
  return rec;
}

function link(href: string) {
  return { href };
}

export function pullSimpleView(ctx: HandlerContext, p: PullRecord) {
  const { owner } = ctx.state;
  const url = apiRepoUrl(ctx, `/pulls/${p.number}`);
  const html = htmlUrl(ctx, `/pull/${p.number}`);
  const repo = fullRepository(ctx);
  const ownerUser = simpleUser(ctx, owner);
  const issueUrl = apiRepoUrl(ctx, `/issues/${p.number}`);
  return {
    url,
    id: p.id,
    node_id: nodeId('PullRequest', p.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: apiRepoUrl(ctx, '/pulls/comments{/number}'),
    comments_url: `${issueUrl}/comments`,
    statuses_url: apiRepoUrl(ctx, `/statuses/${p.headSha}`),
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: simpleUser(ctx, p.user),
    body: p.body ?? null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    closed_at: p.closedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${owner}:${p.headRef}`, ref: p.headRef, repo, sha: p.headSha, user: ownerUser },
    base: { label: `${owner}:${p.baseRef}`, ref: p.baseRef, repo, sha: p.baseSha, user: ownerUser },
    _links: {
      comments: link(`${issueUrl}/comments`),
      commits: link(`${url}/commits`),
      statuses: link(apiRepoUrl(ctx, `/statuses/${p.headSha}`)),
      html: link(html),
      issue: link(issueUrl),
      review_comments: link(`${url}/comments`),
      review_comment: link(apiRepoUrl(ctx, '/pulls/comments{/number}')),
      self: link(url)
    },
    author_association: 'MEMBER',
    auto_merge: null,
    draft: false
  };
}

export function pullView(ctx: HandlerContext, p: PullRecord) {
  return {
    ...pullSimpleView(ctx, p),
    merged: p.merged,
    mergeable: p.state === 'open' ? true : null,
    rebaseable: p.state === 'open' ? true : null,
    mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
    merged_by: p.merged ? simpleUser(ctx, ctx.state.owner) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0
  };
}

function reviewView(ctx: HandlerContext, r: ReviewRecord) {
  const html = htmlUrl(ctx, `/pull/${r.pull}#pullrequestreview-${r.id}`);
  const pullUrl = apiRepoUrl(ctx, `/pulls/${r.pull}`);
  return {
    id: r.id,
    node_id: nodeId('PullRequestReview', r.id),
    user: simpleUser(ctx, r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: r.submittedAt,
    commit_id: r.commitId,
    author_association: 'MEMBER'
  };
}

// ---------------------------------------------------------------------------------------------
// Rules and protection

/** A rule as tests write it: parameters may leave out what has a default. */
export type BranchRuleInput =
  | {
      type: 'required_status_checks';
      parameters: {
        required_status_checks: Array<{ context: string; integration_id?: number }>;
        strict_required_status_checks_policy?: boolean;
        do_not_enforce_on_create?: boolean;
      };
    }
  | {
      type: 'pull_request';
      parameters?: {
        required_approving_review_count?: number;
        dismiss_stale_reviews_on_push?: boolean;
        require_code_owner_review?: boolean;
        require_last_push_approval?: boolean;
        required_review_thread_resolution?: boolean;
      };
    }
  | { type: 'update'; parameters?: { update_allows_fetch_and_merge: boolean } }
  | { type: 'non_fast_forward' | 'deletion' | 'creation' | 'required_linear_history' | 'required_signatures' };

export function normalizeRule(rule: BranchRuleInput): BranchRule {
  switch (rule.type) {
    case 'required_status_checks':
      return {
        type: 'required_status_checks',
        parameters: {
          ...rule.parameters,
          required_status_checks: rule.parameters.required_status_checks.map((c) => ({ ...c })),
          strict_required_status_checks_policy: rule.parameters.strict_required_status_checks_policy ?? false
        }
      };
    case 'pull_request': {
      const p = rule.parameters ?? {};
      return {
        type: 'pull_request',
        parameters: {
          required_approving_review_count: p.required_approving_review_count ?? 1,
          dismiss_stale_reviews_on_push: p.dismiss_stale_reviews_on_push ?? false,
          require_code_owner_review: p.require_code_owner_review ?? false,
          require_last_push_approval: p.require_last_push_approval ?? false,
          required_review_thread_resolution: p.required_review_thread_resolution ?? false
        }
      };
    }
    case 'update':
      return { type: 'update', parameters: { update_allows_fetch_and_merge: rule.parameters?.update_allows_fetch_and_merge ?? false } };
    default:
      return { type: rule.type };
  }
}

export interface AddRulesetOptions {
  name?: string;
  /** Branch names or patterns (`release/*`, `~DEFAULT_BRANCH`, `~ALL`). */
  branches: string[];
  rules: BranchRuleInput[];
  enforcement?: RulesetRecord['enforcement'];
  sourceType?: RulesetRecord['sourceType'];
  source?: string;
}

export function addRuleset(state: SandboxState, opts: AddRulesetOptions): RulesetRecord {
  const rec: RulesetRecord = {
    id: state.nextId(),
    name: opts.name ?? `ruleset ${state.rulesets.length + 1}`,
    branches: [...opts.branches],
    enforcement: opts.enforcement ?? 'active',
    sourceType: opts.sourceType ?? 'Repository',
    source: opts.source ?? (opts.sourceType === 'Organization' ? state.owner : `${state.owner}/${state.repo}`),
    rules: opts.rules.map(normalizeRule)
  };
  state.rulesets.push(rec);
  return rec;
}

/** Replaces the repository ruleset made for exactly `branch` by an earlier call (or makes one). */
export function setBranchRules(state: SandboxState, branch: string, rules: BranchRuleInput[]): RulesetRecord {
  const name = `branch ${branch}`;
  state.rulesets = state.rulesets.filter((r) => r.name !== name);
  return addRuleset(state, { name, branches: [branch], rules });
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Whether a ruleset's branch pattern covers `branch`. */
export function branchMatches(state: SandboxState, pattern: string, branch: string): boolean {
  if (pattern === '~ALL') return true;
  if (pattern === '~DEFAULT_BRANCH') return branch === state.defaultBranch;
  return globToRegExp(pattern.replace(/^refs\/heads\//, '')).test(branch);
}

/** The active rules that apply to `branch`, as get-branch-rules lists them. */
export function rulesForBranch(state: SandboxState, branch: string) {
  const out: Array<BranchRule & { ruleset_source_type: string; ruleset_source: string; ruleset_id: number }> = [];
  for (const rs of state.rulesets) {
    if (rs.enforcement !== 'active') continue;
    if (!rs.branches.some((p) => branchMatches(state, p, branch))) continue;
    for (const rule of rs.rules) out.push({ ...rule, ruleset_source_type: rs.sourceType, ruleset_source: rs.source, ruleset_id: rs.id });
  }
  return out;
}

export interface SetProtectionOptions {
  /** Required status checks (names, or `{context, appId}`); omit for none. */
  contexts?: Array<string | { context: string; appId?: number | null }>;
  strict?: boolean;
  /** Required approving reviews (a count), or omit for none. */
  reviews?: number | { count: number; dismissStale?: boolean; codeOwners?: boolean };
  enforceAdmins?: boolean;
  allowForcePushes?: boolean;
  linearHistory?: boolean;
}

/** Sets (or with `null`, removes) classic protection of a branch. */
export function setProtection(state: SandboxState, branch: string, opts: SetProtectionOptions | null): ProtectionRecord | undefined {
  if (opts === null) {
    delete state.protection[branch];
    return undefined;
  }
  const reviews = typeof opts.reviews === 'number' ? { count: opts.reviews } : opts.reviews;
  const rec: ProtectionRecord = {
    requiredStatusChecks: opts.contexts
      ? {
          strict: opts.strict ?? false,
          checks: opts.contexts.map((c) => (typeof c === 'string' ? { context: c, appId: null } : { context: c.context, appId: c.appId ?? null }))
        }
      : null,
    requiredReviews: reviews
      ? {
          requiredApprovingReviewCount: reviews.count,
          dismissStaleReviews: reviews.dismissStale ?? false,
          requireCodeOwnerReviews: reviews.codeOwners ?? false
        }
      : null,
    enforceAdmins: opts.enforceAdmins ?? false,
    allowForcePushes: opts.allowForcePushes ?? false,
    linearHistory: opts.linearHistory ?? false
  };
  state.protection[branch] = rec;
  return rec;
}

function protectionUrl(ctx: HandlerContext, branch: string): string {
  return apiRepoUrl(ctx, `/branches/${encodeURIComponent(branch)}/protection`);
}

function statusCheckPolicyView(ctx: HandlerContext, branch: string, rsc: NonNullable<ProtectionRecord['requiredStatusChecks']>) {
  const url = `${protectionUrl(ctx, branch)}/required_status_checks`;
  return {
    url,
    strict: rsc.strict,
    contexts: rsc.checks.map((c) => c.context),
    checks: rsc.checks.map((c) => ({ context: c.context, app_id: c.appId })),
    contexts_url: `${url}/contexts`
  };
}

function protectionView(ctx: HandlerContext, branch: string, p: ProtectionRecord) {
  const url = protectionUrl(ctx, branch);
  const view: Record<string, unknown> = { url };
  if (p.requiredStatusChecks) view.required_status_checks = statusCheckPolicyView(ctx, branch, p.requiredStatusChecks);
  if (p.requiredReviews) {
    view.required_pull_request_reviews = {
      url: `${url}/required_pull_request_reviews`,
      dismiss_stale_reviews: p.requiredReviews.dismissStaleReviews,
      require_code_owner_reviews: p.requiredReviews.requireCodeOwnerReviews,
      required_approving_review_count: p.requiredReviews.requiredApprovingReviewCount,
      require_last_push_approval: false
    };
  }
  return {
    ...view,
    required_signatures: { url: `${url}/required_signatures`, enabled: false },
    enforce_admins: { url: `${url}/enforce_admins`, enabled: p.enforceAdmins },
    required_linear_history: { enabled: p.linearHistory },
    allow_force_pushes: { enabled: p.allowForcePushes },
    allow_deletions: { enabled: false },
    block_creations: { enabled: false },
    required_conversation_resolution: { enabled: false },
    lock_branch: { enabled: false },
    allow_fork_syncing: { enabled: false }
  };
}

function protectedBranch(req: SandboxRequest, ctx: HandlerContext): ProtectionRecord | SandboxResponse {
  const denied = forbiddenFor(ctx.state, req.operationId);
  if (denied) return denied;
  const branch = req.params.branch;
  if (ctx.state.git.getRef(`refs/heads/${branch}`) === undefined) return notFound('Branch not found');
  return ctx.state.protection[branch] ?? notFound('Branch not protected');
}

function isResponse(v: ProtectionRecord | SandboxResponse): v is SandboxResponse {
  return 'status' in v;
}

// ---------------------------------------------------------------------------------------------
// Handlers

function commitFor(ctx: HandlerContext, ref: string): string | undefined {
  return ctx.state.git.resolveCommit(ref);
}

function noCommit(ref: string): SandboxResponse {
  return validationFailed(`No commit found for SHA: ${ref}`);
}

export const handlers: HandlerMap = {
  'checks/list-for-ref': (req, ctx) => {
    const sha = commitFor(ctx, req.params.ref);
    if (!sha) return noCommit(req.params.ref);
    const nowMs = ctx.now().getTime();
    const name = req.query.get('check_name');
    const status = req.query.get('status');
    const appId = req.query.get('app_id');
    const all = req.query.get('filter') === 'all';
    const runs = checkRunsFor(ctx.state, sha, !all)
      .filter((c) => !name || c.name === name)
      .filter((c) => !appId || String(c.appId) === appId)
      .filter((c) => !status || checkRunPhase(c, nowMs).status === status);
    return paginate(
      req,
      ctx,
      runs.map((c) => checkRunView(ctx, c)),
      'check_runs'
    );
  },

  'checks/get': (req, ctx) => {
    const c = ctx.state.checkRuns.find((x) => String(x.id) === req.params.check_run_id);
    return c ? json(200, checkRunView(ctx, c)) : notFound();
  },

  'repos/get-combined-status-for-ref': (req, ctx) => {
    const sha = commitFor(ctx, req.params.ref);
    if (!sha) return noCommit(req.params.ref);
    const latest = latestStatuses(ctx.state, sha);
    const { perPage, page } = pageParams(req);
    return json(200, {
      state: combinedState(latest),
      statuses: latest.slice((page - 1) * perPage, page * perPage).map((s) => simpleStatusView(ctx, s)),
      sha,
      total_count: latest.length,
      repository: minimalRepository(ctx),
      commit_url: apiRepoUrl(ctx, `/commits/${sha}`),
      url: apiRepoUrl(ctx, `/commits/${sha}/status`)
    });
  },

  'repos/list-commit-statuses-for-ref': (req, ctx) => {
    const sha = commitFor(ctx, req.params.ref);
    if (!sha) return noCommit(req.params.ref);
    const list = ctx.state.statuses
      .filter((s) => s.sha === sha)
      .sort((a, b) => b.id - a.id)
      .map((s) => statusView(ctx, s));
    return paginate(req, ctx, list);
  },

  'repos/create-commit-status': (req, ctx) => {
    const sha = req.params.sha;
    if (!/^[0-9a-f]{40}$/.test(sha) || ctx.state.git.objectType(sha) !== 'commit') return noCommit(sha);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const st = body.state;
    if (st !== 'error' && st !== 'failure' && st !== 'pending' && st !== 'success') {
      return validationFailed('Validation Failed', [{ resource: 'Status', code: 'custom', field: 'state', message: 'state is not included in the list' }]);
    }
    const rec = addStatus(ctx.state, {
      sha,
      context: typeof body.context === 'string' && body.context ? body.context : 'default',
      state: st,
      description: typeof body.description === 'string' ? body.description : null,
      targetUrl: typeof body.target_url === 'string' ? body.target_url : null,
      now: ctx.now()
    });
    return json(201, statusView(ctx, rec));
  },

  'repos/list-pull-requests-associated-with-commit': (req, ctx) => {
    const sha = commitFor(ctx, req.params.commit_sha) ?? req.params.commit_sha;
    const list = ctx.state.pulls
      .filter((p) => p.headSha === sha || p.mergeCommitSha === sha)
      .sort((a, b) => b.number - a.number)
      .map((p) => pullSimpleView(ctx, p));
    return paginate(req, ctx, list);
  },

  'pulls/get': (req, ctx) => {
    const p = ctx.state.pulls.find((x) => String(x.number) === req.params.pull_number);
    return p ? json(200, pullView(ctx, p)) : notFound();
  },

  'pulls/list-reviews': (req, ctx) => {
    const n = Number(req.params.pull_number);
    if (!ctx.state.pulls.some((p) => p.number === n)) return notFound();
    const list = ctx.state.reviews
      .filter((r) => r.pull === n)
      .sort((a, b) => a.id - b.id)
      .map((r) => reviewView(ctx, r));
    return paginate(req, ctx, list);
  },

  'repos/get-branch-rules': (req, ctx) => paginate(req, ctx, rulesForBranch(ctx.state, req.params.branch)),

  'repos/get-branch-protection': (req, ctx) => {
    const p = protectedBranch(req, ctx);
    return isResponse(p) ? p : json(200, protectionView(ctx, req.params.branch, p));
  },

  'repos/get-status-checks-protection': (req, ctx) => {
    const p = protectedBranch(req, ctx);
    if (isResponse(p)) return p;
    if (!p.requiredStatusChecks) return notFound('Required status checks not enabled');
    return json(200, statusCheckPolicyView(ctx, req.params.branch, p.requiredStatusChecks));
  }
};


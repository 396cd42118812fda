/**
 * The sandbox's deployments, checks, statuses, pull requests, branch rules and protection,
 * driven through the real Octokit client. Every answer must conform to GitHub's description.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { startSandbox, type Sandbox } from '../../sandbox/github/server.js';
import {
  addCheckRun,
  addPull,
  addReview,
  addRuleset,
  addStatus,
  setBranchRules,
  setProtection
} from '../../sandbox/github/handlers/checks.js';
import { addDeployment } from '../../sandbox/github/handlers/deployments.js';

const OWNER = 'acme';
const REPO = 'svc';
const ctx = { owner: OWNER, repo: REPO };

type Octokit = ReturnType<typeof getOctokit>;

async function failure(p: Promise<unknown>): Promise<{ status: number; message: string; data: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status: number; response?: { data?: Record<string, unknown> } };
    const data = err.response?.data ?? {};
    return { status: err.status, message: String(data.message ?? ''), data };
  }
  throw new Error('expected the request to fail');
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let repo: TestRepo;
let sandbox: Sandbox;
let octokit: Octokit;
/** main's head, its parent, and a commit only on `topic` */
let head: string;
let parent: string;
let topic: string;

beforeAll(async () => {
  repo = makeRepo(
    { 'package.json': '{"name":"svc","version":"1.0.0"}\n' },
    { commits: [{ files: { 'a.txt': 'a\n' }, message: 'feat: a' }] }
  );
  head = repo.sha;
  parent = repo.git(['rev-parse', 'HEAD~1']);
  repo.git(['checkout', '-q', '-b', 'topic', parent]);
  topic = repo.commit({ 'b.txt': 'b\n' }, 'feat: b');
  repo.git(['checkout', '-q', 'main']);
  repo.git(['branch', 'release/1.x', head]);
  sandbox = await startSandbox({ repoDir: repo.dir, owner: OWNER, repo: REPO });
  octokit = getOctokit('test-token', { baseUrl: sandbox.url });
});

afterEach(() => {
  const errors = sandbox.schemaErrors();
  sandbox.clearLog();
  expect(errors).toEqual([]);
  sandbox.state.scenario.forbidden = [];
});

afterAll(async () => {
  await sandbox?.close();
  repo?.cleanup();
});

describe('deployments', () => {
  it('creates a deployment, follows it with statuses, lists both', async () => {
    const created = await octokit.rest.repos.createDeployment({
      ...ctx,
      ref: 'main',
      environment: 'production',
      required_contexts: [],
      auto_merge: false,
      payload: { version: '1.1.0' },
      description: 'ship 1.1.0'
    });
    expect(created.status).toBe(201);
    const dep = created.data as { id: number; sha: string; environment: string; payload: unknown; production_environment?: boolean; task: string };
    expect(dep).toMatchObject({ sha: head, environment: 'production', task: 'deploy', payload: { version: '1.1.0' }, production_environment: true });

    const inProgress = await octokit.rest.repos.createDeploymentStatus({
      ...ctx,
      deployment_id: dep.id,
      state: 'in_progress',
      log_url: 'https://ci.example.com/run/1'
    });
    expect(inProgress.status).toBe(201);
    expect(inProgress.data).toMatchObject({ state: 'in_progress', log_url: 'https://ci.example.com/run/1', environment: 'production' });
    const success = await octokit.rest.repos.createDeploymentStatus({
      ...ctx,
      deployment_id: dep.id,
      state: 'success',
      environment_url: 'https://svc.example.com',
      description: 'Deployed 1.1.0'
    });
    expect(success.data).toMatchObject({ state: 'success', environment_url: 'https://svc.example.com', description: 'Deployed 1.1.0' });

    const statuses = await octokit.rest.repos.listDeploymentStatuses({ ...ctx, deployment_id: dep.id });
    expect(statuses.data.map((s) => s.state)).toEqual(['success', 'in_progress']); // newest first

    const got = await octokit.rest.repos.getDeployment({ ...ctx, deployment_id: dep.id });
    expect(got.data.id).toBe(dep.id);
    const listed = await octokit.rest.repos.listDeployments({ ...ctx, environment: 'production', sha: head });
    expect(listed.data.map((d) => d.id)).toContain(dep.id);
    const none = await octokit.rest.repos.listDeployments({ ...ctx, environment: 'production', task: 'other' });
    expect(none.data).toEqual([]);
  });

  it('refuses a status description over 140 characters; 404 for an unknown deployment', async () => {
    const dep = addDeployment(sandbox.state, { ref: 'main', environment: 'qa', state: null });
    const f = await failure(
      octokit.rest.repos.createDeploymentStatus({ ...ctx, deployment_id: dep.id, state: 'failure', description: 'x'.repeat(141) })
    );
    expect(f.status).toBe(422);
    expect(JSON.stringify(f.data)).toContain('description is too long (maximum is 140 characters)');
    expect((await failure(octokit.rest.repos.getDeployment({ ...ctx, deployment_id: 999999 }))).status).toBe(404);
  });

  it('finds a successful staging deployment of a commit (provenance)', async () => {
    const staged = addDeployment(sandbox.state, { sha: parent, ref: 'main', environment: 'staging' });
    const list = await octokit.rest.repos.listDeployments({ ...ctx, environment: 'staging', sha: parent });
    expect(list.data.map((d) => d.id)).toEqual([staged.id]);
    const statuses = await octokit.rest.repos.listDeploymentStatuses({ ...ctx, deployment_id: staged.id });
    expect(statuses.data[0].state).toBe('success');
  });

  it('auto_inactive: a new success marks older non-production deployments of the environment inactive', async () => {
    const older = addDeployment(sandbox.state, { sha: parent, environment: 'preview' });
    const newer = addDeployment(sandbox.state, { sha: head, environment: 'preview', state: null });
    await octokit.rest.repos.createDeploymentStatus({ ...ctx, deployment_id: newer.id, state: 'success' });
    const olderStatuses = await octokit.rest.repos.listDeploymentStatuses({ ...ctx, deployment_id: older.id });
    expect(olderStatuses.data.map((s) => s.state)).toEqual(['inactive', 'success']);
  });

  it('409 when required_contexts is omitted and the checks are red; [] succeeds', async () => {
    addCheckRun(sandbox.state, { sha: head, name: 'build', conclusion: 'failure' });
    addStatus(sandbox.state, { sha: head, context: 'lint', state: 'success' });
    const f = await failure(octokit.rest.repos.createDeployment({ ...ctx, ref: 'main', environment: 'production', auto_merge: false }));
    expect(f.status).toBe(409);
    expect(f.message).toBe('Conflict: Commit status checks failed for main.');
    expect(f.data.errors).toEqual([
      { contexts: [{ context: 'build', state: 'failure' }], resource: 'Deployment', field: 'required_contexts', code: 'invalid' }
    ]);
    const named = await failure(
      octokit.rest.repos.createDeployment({ ...ctx, ref: 'main', required_contexts: ['lint', 'build'], auto_merge: false })
    );
    expect(named.status).toBe(409);
    const ok = await octokit.rest.repos.createDeployment({ ...ctx, ref: 'main', required_contexts: ['lint'], auto_merge: false });
    expect(ok.status).toBe(201);
    const skip = await octokit.rest.repos.createDeployment({ ...ctx, ref: head, required_contexts: [] });
    expect(skip.status).toBe(201);
  });

  it('auto_merge (default true) on a branch behind the default branch: 409; false: 201', async () => {
    const f = await failure(octokit.rest.repos.createDeployment({ ...ctx, ref: 'topic', required_contexts: [] }));
    expect(f).toMatchObject({ status: 409, message: 'Conflict merging main into topic.' });
    const ok = await octokit.rest.repos.createDeployment({ ...ctx, ref: 'topic', required_contexts: [], auto_merge: false });
    expect(ok.status).toBe(201);
    expect((ok.data as { sha: string }).sha).toBe(topic);
  });

  it('422 for a ref that does not resolve', async () => {
    const f = await failure(octokit.rest.repos.createDeployment({ ...ctx, ref: 'no-such-branch', required_contexts: [] }));
    expect(f).toMatchObject({ status: 422, message: 'No ref found for: no-such-branch' });
  });
});

describe('check runs', () => {
  it('lists the latest run per name by default, all with filter=all; filters by name and status', async () => {
    addCheckRun(sandbox.state, { sha: topic, name: 'test', conclusion: 'failure' });
    const rerun = addCheckRun(sandbox.state, { sha: topic, name: 'test', conclusion: 'success' });
    addCheckRun(sandbox.state, { sha: topic, name: 'e2e', status: 'queued' });

    const latest = await octokit.rest.checks.listForRef({ ...ctx, ref: topic });
    expect(latest.data.total_count).toBe(2);
    expect(latest.data.check_runs.find((c) => c.name === 'test')).toMatchObject({ id: rerun.id, conclusion: 'success', app: { slug: 'github-actions' } });
    const all = await octokit.rest.checks.listForRef({ ...ctx, ref: 'topic', filter: 'all' });
    expect(all.data.total_count).toBe(3);
    const byName = await octokit.rest.checks.listForRef({ ...ctx, ref: topic, check_name: 'e2e' });
    expect(byName.data.check_runs.map((c) => [c.name, c.status, c.conclusion])).toEqual([['e2e', 'queued', null]]);
    const completed = await octokit.rest.checks.listForRef({ ...ctx, ref: topic, status: 'completed' });
    expect(completed.data.check_runs.map((c) => c.name)).toEqual(['test']);
    const page = await octokit.rest.checks.listForRef({ ...ctx, ref: topic, filter: 'all', per_page: 1 });
    expect(page.data.check_runs).toHaveLength(1);
    expect(page.data.total_count).toBe(3);
    expect(page.headers.link).toContain('rel="next"');
    const one = await octokit.rest.checks.get({ ...ctx, check_run_id: rerun.id });
    expect(one.data).toMatchObject({ name: 'test', head_sha: topic });
  });

  it('a pending check completes later, computed from time', async () => {
    const c = addCheckRun(sandbox.state, { sha: parent, name: 'slow', completeAfterMs: 150, laterConclusion: 'success' });
    const before = await octokit.rest.checks.get({ ...ctx, check_run_id: c.id });
    expect(before.data).toMatchObject({ status: 'in_progress', conclusion: null, completed_at: null });
    await sleep(200);
    const after = await octokit.rest.checks.get({ ...ctx, check_run_id: c.id });
    expect(after.data).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  it('422 for a ref without a commit', async () => {
    expect((await failure(octokit.rest.checks.listForRef({ ...ctx, ref: 'nope' }))).status).toBe(422);
  });
});

describe('commit statuses', () => {
  it('combined status is pending with no statuses at all', async () => {
    const { data } = await octokit.rest.repos.getCombinedStatusForRef({ ...ctx, ref: 'topic' });
    expect(data).toMatchObject({ state: 'pending', total_count: 0, statuses: [], sha: topic });
  });

  it('combines the latest status per context; creates statuses through the API', async () => {
    addStatus(sandbox.state, { sha: 'release/1.x', context: 'ci/a', state: 'failure' });
    addStatus(sandbox.state, { sha: 'release/1.x', context: 'ci/a', state: 'success' });
    const created = await octokit.rest.repos.createCommitStatus({ ...ctx, sha: head, state: 'success', context: 'ci/b', target_url: 'https://ci.example.com/b' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ state: 'success', context: 'ci/b', creator: { login: 'github-actions[bot]' } });
    const combined = await octokit.rest.repos.getCombinedStatusForRef({ ...ctx, ref: 'release/1.x' });
    expect(combined.data.statuses.filter((s) => s.context.startsWith('ci/')).map((s) => [s.context, s.state])).toEqual([
      ['ci/b', 'success'],
      ['ci/a', 'success']
    ]);
    const list = await octokit.rest.repos.listCommitStatusesForRef({ ...ctx, ref: head });
    expect(list.data.filter((s) => s.context === 'ci/a').map((s) => s.state)).toEqual(['success', 'failure']);

    await octokit.rest.repos.createCommitStatus({ ...ctx, sha: head, state: 'pending', context: 'ci/c' });
    expect((await octokit.rest.repos.getCombinedStatusForRef({ ...ctx, ref: head })).data.state).not.toBe('success');
    await octokit.rest.repos.createCommitStatus({ ...ctx, sha: head, state: 'error', context: 'ci/d' });
    expect((await octokit.rest.repos.getCombinedStatusForRef({ ...ctx, ref: head })).data.state).toBe('failure');
  });

  it('422 for a status on an unknown commit', async () => {
    const f = await failure(octokit.rest.repos.createCommitStatus({ ...ctx, sha: 'f'.repeat(40), state: 'success' }));
    expect(f.status).toBe(422);
  });
});

describe('pull requests and reviews', () => {
  it('finds the pull request of a commit, its details and its reviews', async () => {
    addPull(sandbox.state, { number: 7, headSha: topic, mergeCommitSha: head, baseRef: 'main', headRef: 'topic', title: 'feat: b' });
    addReview(sandbox.state, { pull: 7, user: 'alice', state: 'CHANGES_REQUESTED', submittedAt: '2024-01-02T00:00:00Z' });
    addReview(sandbox.state, { pull: 7, user: 'alice', state: 'APPROVED', submittedAt: '2024-01-03T00:00:00Z' });

    const assoc = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...ctx, commit_sha: head });
    expect(assoc.data.map((p) => p.number)).toEqual([7]);
    const pr = await octokit.rest.pulls.get({ ...ctx, pull_number: 7 });
    expect(pr.data).toMatchObject({ number: 7, merged: true, merge_commit_sha: head, state: 'closed', head: { sha: topic, ref: 'topic' }, base: { ref: 'main' } });
    const reviews = await octokit.rest.pulls.listReviews({ ...ctx, pull_number: 7 });
    expect(reviews.data.map((r) => [r.user?.login, r.state, r.submitted_at])).toEqual([
      ['alice', 'CHANGES_REQUESTED', '2024-01-02T00:00:00Z'],
      ['alice', 'APPROVED', '2024-01-03T00:00:00Z']
    ]);
    expect((await failure(octokit.rest.pulls.get({ ...ctx, pull_number: 999 }))).status).toBe(404);
    const noneFor = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...ctx, commit_sha: parent });
    expect(noneFor.data).toEqual([]);
  });
});

describe('branch rules and protection', () => {
  it('get-branch-rules reports the active rules with their ruleset', async () => {
    const rs = setBranchRules(sandbox.state, 'main', [
      { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'build', integration_id: 15368 }, { context: 'lint' }] } },
      { type: 'pull_request', parameters: { required_approving_review_count: 2 } },
      { type: 'non_fast_forward' },
      { type: 'update' }
    ]);
    const org = addRuleset(sandbox.state, { branches: ['release/*'], rules: [{ type: 'deletion' }], sourceType: 'Organization' });
    addRuleset(sandbox.state, { branches: ['~ALL'], rules: [{ type: 'required_linear_history' }], enforcement: 'evaluate' });

    const { data } = await octokit.rest.repos.getBranchRules({ ...ctx, branch: 'main' });
    expect(data).toEqual([
      {
        type: 'required_status_checks',
        parameters: {
          required_status_checks: [{ context: 'build', integration_id: 15368 }, { context: 'lint' }],
          strict_required_status_checks_policy: false
        },
        ruleset_source_type: 'Repository',
        ruleset_source: `${OWNER}/${REPO}`,
        ruleset_id: rs.id
      },
      {
        type: 'pull_request',
        parameters: {
          required_approving_review_count: 2,
          dismiss_stale_reviews_on_push: false,
          require_code_owner_review: false,
          require_last_push_approval: false,
          required_review_thread_resolution: false
        },
        ruleset_source_type: 'Repository',
        ruleset_source: `${OWNER}/${REPO}`,
        ruleset_id: rs.id
      },
      { type: 'non_fast_forward', ruleset_source_type: 'Repository', ruleset_source: `${OWNER}/${REPO}`, ruleset_id: rs.id },
      {
        type: 'update',
        parameters: { update_allows_fetch_and_merge: false },
        ruleset_source_type: 'Repository',
        ruleset_source: `${OWNER}/${REPO}`,
        ruleset_id: rs.id
      }
    ]);
    const release = await octokit.rest.repos.getBranchRules({ ...ctx, branch: 'release/1.x' });
    expect(release.data).toEqual([{ type: 'deletion', ruleset_source_type: 'Organization', ruleset_source: OWNER, ruleset_id: org.id }]);
    expect((await octokit.rest.repos.getBranchRules({ ...ctx, branch: 'topic' })).data).toEqual([]);
  });

  it('classic protection: 404 when none, the policy when set, 403 without admin', async () => {
    const none = await failure(octokit.rest.repos.getBranchProtection({ ...ctx, branch: 'topic' }));
    expect(none).toMatchObject({ status: 404, message: 'Branch not protected' });
    expect((await failure(octokit.rest.repos.getStatusChecksProtection({ ...ctx, branch: 'topic' }))).message).toBe('Branch not protected');
    expect((await failure(octokit.rest.repos.getBranchProtection({ ...ctx, branch: 'no-such' }))).message).toBe('Branch not found');

    setProtection(sandbox.state, 'main', { contexts: ['build', { context: 'lint', appId: 15368 }], strict: true, reviews: 1 });
    const prot = await octokit.rest.repos.getBranchProtection({ ...ctx, branch: 'main' });
    expect(prot.data.required_status_checks).toMatchObject({ strict: true, contexts: ['build', 'lint'] });
    expect(prot.data.required_pull_request_reviews?.required_approving_review_count).toBe(1);
    const checks = await octokit.rest.repos.getStatusChecksProtection({ ...ctx, branch: 'main' });
    expect(checks.data).toMatchObject({
      strict: true,
      contexts: ['build', 'lint'],
      checks: [
        { context: 'build', app_id: null },
        { context: 'lint', app_id: 15368 }
      ]
    });

    setProtection(sandbox.state, 'release/1.x', { reviews: 2 });
    const noChecks = await failure(octokit.rest.repos.getStatusChecksProtection({ ...ctx, branch: 'release/1.x' }));
    expect(noChecks).toMatchObject({ status: 404, message: 'Required status checks not enabled' });

    sandbox.state.scenario.forbidden = ['repos/get-branch-protection', 'repos/get-status-checks-protection'];
    const denied = await failure(octokit.rest.repos.getStatusChecksProtection({ ...ctx, branch: 'main' }));
    expect(denied).toMatchObject({ status: 403, message: 'Resource not accessible by integration' });
    expect((await failure(octokit.rest.repos.getBranchProtection({ ...ctx, branch: 'main' }))).status).toBe(403);
  });
});

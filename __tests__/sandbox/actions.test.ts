/**
 * The sandbox's Actions API, driven through the real Octokit client: workflows, dispatch (with
 * GitHub's validation, run details, old GHES and API version 2026-03-10), runs that progress by
 * time, jobs, cancel. Every answer must conform to GitHub's OpenAPI description.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { startSandbox, type Sandbox } from '../../sandbox/github/server.js';
import { addRun, dispatchedRuns, runStatus } from '../../sandbox/github/handlers/actions.js';

const OWNER = 'acme';
const REPO = 'svc';

const DEPLOY_PUSH_ONLY = `name: Deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo deploy
`;

const DEPLOY = `name: Deploy
run-name: Deploy \${{ inputs.version }} to \${{ inputs.environment }}
on:
  workflow_dispatch:
    inputs:
      version:
        description: version to deploy
        required: true
      environment:
        default: production
      mode:
        type: choice
        options: [fast, safe]
        default: safe
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build image
        run: make image
  deploy:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - name: Roll out
        run: ./rollout.sh
      - name: Smoke test
        run: ./smoke.sh
`;

const CI = `name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`;

type Octokit = ReturnType<typeof getOctokit>;

interface Failure {
  status: number;
  message: string;
}

async function failure(p: Promise<unknown>): Promise<Failure> {
  try {
    await p;
  } catch (e) {
    const err = e as { status: number; response?: { data?: { message?: string } } };
    return { status: err.status, message: err.response?.data?.message ?? '' };
  }
  throw new Error('expected the request to fail');
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let repo: TestRepo;
let sandbox: Sandbox;
let octokit: Octokit;
let oldSha: string;

const ctx = { owner: OWNER, repo: REPO };
const DISPATCH = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';

beforeAll(async () => {
  repo = makeRepo(
    { 'package.json': '{"name":"svc","version":"1.0.0"}\n', '.github/workflows/deploy.yml': DEPLOY_PUSH_ONLY, '.github/workflows/ci.yaml': CI },
    { commits: [{ files: { '.github/workflows/deploy.yml': DEPLOY, 'README.md': 'svc\n' }, message: 'ci: dispatchable deploy', tag: 'v1.0.0' }] }
  );
  oldSha = repo.git(['rev-parse', 'HEAD~1']);
  repo.git(['branch', 'old', oldSha]);
  sandbox = await startSandbox({ repoDir: repo.dir, owner: OWNER, repo: REPO });
  octokit = getOctokit('test-token', { baseUrl: sandbox.url });
});

afterEach(() => {
  // `created` takes GitHub's search syntax (>=ISO); the validator accepts it (SEARCH_SYNTAX_PARAMS).
  const errors = sandbox.schemaErrors();
  sandbox.clearLog();
  expect(errors).toEqual([]);
  sandbox.state.scenario.runScripts = {};
  sandbox.state.scenario.oldGhes = false;
});

afterAll(async () => {
  await sandbox?.close();
  repo?.cleanup();
});

/** Dispatches deploy.yml with run details and returns the run id. */
async function dispatchWithDetails(inputs: Record<string, string>, ref = 'main'): Promise<number> {
  const res = await octokit.request(DISPATCH, { ...ctx, workflow_id: 'deploy.yml', ref, inputs, return_run_details: true });
  expect(res.status).toBe(200);
  return Number((res.data as { workflow_run_id: number | bigint }).workflow_run_id);
}

async function getRun(runId: number) {
  return (await octokit.rest.actions.getWorkflowRun({ ...ctx, run_id: runId })).data;
}

describe('workflows', () => {
  it('lists the workflow files of the default branch with stable ids', async () => {
    const { data } = await octokit.rest.actions.listRepoWorkflows(ctx);
    expect(data.total_count).toBe(2);
    expect(data.workflows.map((w) => [w.path, w.name])).toEqual([
      ['.github/workflows/ci.yaml', 'CI'],
      ['.github/workflows/deploy.yml', 'Deploy']
    ]);
    const again = await octokit.rest.actions.listRepoWorkflows(ctx);
    expect(again.data.workflows.map((w) => w.id)).toEqual(data.workflows.map((w) => w.id));
  });

  it('gets a workflow by file name and by id; 404 for an unknown one', async () => {
    const byName = await octokit.rest.actions.getWorkflow({ ...ctx, workflow_id: 'deploy.yml' });
    expect(byName.data).toMatchObject({ name: 'Deploy', path: '.github/workflows/deploy.yml', state: 'active' });
    const byId = await octokit.rest.actions.getWorkflow({ ...ctx, workflow_id: byName.data.id });
    expect(byId.data.path).toBe('.github/workflows/deploy.yml');
    expect((await failure(octokit.rest.actions.getWorkflow({ ...ctx, workflow_id: 'nope.yml' }))).status).toBe(404);
  });
});

describe('workflow dispatch', () => {
  it('answers 200 with the run details when asked, and the run is listed', async () => {
    const started = new Date(Date.now() - 1000).toISOString();
    const res = await octokit.request(DISPATCH, {
      ...ctx,
      workflow_id: 'deploy.yml',
      ref: 'main',
      inputs: { version: 'v1.1.0' },
      return_run_details: true
    });
    expect(res.status).toBe(200);
    const details = res.data as { workflow_run_id: number; run_url: string; html_url: string };
    const runId = Number(details.workflow_run_id);
    expect(details.run_url).toBe(`${sandbox.url}/repos/${OWNER}/${REPO}/actions/runs/${runId}`);
    expect(details.html_url).toBe(`${sandbox.webUrl}/${OWNER}/${REPO}/actions/runs/${runId}`);

    const { data } = await octokit.rest.actions.listWorkflowRuns({
      ...ctx,
      workflow_id: 'deploy.yml',
      event: 'workflow_dispatch',
      branch: 'main',
      created: `>=${started}`,
      per_page: 10
    });
    const run = data.workflow_runs.find((r) => r.id === runId);
    expect(run).toMatchObject({
      event: 'workflow_dispatch',
      head_branch: 'main',
      head_sha: repo.sha,
      name: 'Deploy',
      display_title: 'Deploy v1.1.0 to production',
      path: '.github/workflows/deploy.yml'
    });
    const recorded = dispatchedRuns(sandbox.state).find((r) => r.id === runId);
    expect(recorded?.inputs).toEqual({ version: 'v1.1.0', environment: 'production', mode: 'safe' });
  });

  it('answers 204 without a body by default; run numbers increase', async () => {
    const before = dispatchedRuns(sandbox.state).length;
    const res = await octokit.rest.actions.createWorkflowDispatch({ ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs: { version: '1.2.0' } });
    expect(res.status).toBe(204);
    expect(res.data).toBeFalsy();
    await octokit.rest.actions.createWorkflowDispatch({ ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs: { version: '1.2.1' } });
    const runs = dispatchedRuns(sandbox.state);
    expect(runs).toHaveLength(before + 2);
    expect(runs[runs.length - 1].runNumber).toBe(runs[runs.length - 2].runNumber + 1);
  });

  it('dispatches on a tag: head_branch is the tag name', async () => {
    const runId = await dispatchWithDetails({ version: '1.0.0' }, 'v1.0.0');
    expect(await getRun(runId)).toMatchObject({ head_branch: 'v1.0.0', head_sha: repo.sha });
  });

  it("refuses inputs the workflow doesn't declare with GitHub's message", async () => {
    const f = await failure(
      octokit.rest.actions.createWorkflowDispatch({ ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs: { version: '1', colour: 'blue' } })
    );
    expect(f).toEqual({ status: 422, message: 'Unexpected inputs provided: ["colour"]' });
  });

  it('refuses a missing required input, a bad choice, an unknown ref, and a ref without the trigger', async () => {
    expect(await failure(octokit.rest.actions.createWorkflowDispatch({ ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs: {} }))).toEqual({
      status: 422,
      message: "Required input 'version' not provided"
    });
    expect(
      await failure(octokit.rest.actions.createWorkflowDispatch({ ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs: { version: '1', mode: 'yolo' } }))
    ).toEqual({ status: 422, message: "Provided value 'yolo' for input 'mode' not in the list of allowed values" });
    expect(await failure(octokit.rest.actions.createWorkflowDispatch({ ...ctx, workflow_id: 'deploy.yml', ref: 'nope', inputs: { version: '1' } }))).toEqual({
      status: 422,
      message: 'No ref found for: nope'
    });
    expect(await failure(octokit.rest.actions.createWorkflowDispatch({ ...ctx, workflow_id: 'deploy.yml', ref: 'old' }))).toEqual({
      status: 422,
      message: "Workflow does not have 'workflow_dispatch' trigger"
    });
    expect(await failure(octokit.rest.actions.createWorkflowDispatch({ ...ctx, workflow_id: 'ci.yaml', ref: 'main' }))).toEqual({
      status: 422,
      message: "Workflow does not have 'workflow_dispatch' trigger"
    });
  });

  it('refuses more than 25 inputs', async () => {
    const inputs: Record<string, string> = { version: '1' };
    for (let i = 0; i < 25; i++) inputs[`extra${i}`] = 'x';
    const f = await failure(octokit.rest.actions.createWorkflowDispatch({ ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs }));
    expect(f.status).toBe(422);
    // The request does not conform to the description (maxProperties 25): the log says so.
    expect(sandbox.schemaErrors().every((e) => e.includes('request'))).toBe(true);
    sandbox.clearLog();
  });

  it('old GHES: 400 for return_run_details, 204 without it', async () => {
    sandbox.state.scenario.oldGhes = true;
    const f = await failure(
      octokit.request(DISPATCH, { ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs: { version: '1' }, return_run_details: true })
    );
    expect(f).toEqual({ status: 400, message: 'Invalid request.\n\n"return_run_details" is not a permitted key.' });
    const before = dispatchedRuns(sandbox.state).length;
    const ok = await octokit.rest.actions.createWorkflowDispatch({ ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs: { version: '1' } });
    expect(ok.status).toBe(204);
    expect(dispatchedRuns(sandbox.state)).toHaveLength(before + 1);
  });

  it('old GHES under /api/v3: URLs carry the prefix; the fallback finds the run by listing', async () => {
    const ghes = await startSandbox({ repoDir: repo.dir, owner: OWNER, repo: REPO, ghesPrefix: true, scenario: { oldGhes: true } });
    try {
      const client = getOctokit('test-token', { baseUrl: ghes.url });
      expect(ghes.url).toMatch(/\/api\/v3$/);
      const f = await failure(client.request(DISPATCH, { ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs: { version: '1' }, return_run_details: true }));
      expect(f.status).toBe(400);
      await client.rest.actions.createWorkflowDispatch({ ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs: { version: '1' } });
      const { data } = await client.rest.actions.listWorkflowRuns({ ...ctx, workflow_id: 'deploy.yml', event: 'workflow_dispatch' });
      expect(data.workflow_runs).toHaveLength(1);
      expect(data.workflow_runs[0].url).toBe(`${ghes.url}/repos/${OWNER}/${REPO}/actions/runs/${data.workflow_runs[0].id}`);
      expect(ghes.schemaErrors()).toEqual([]);
    } finally {
      await ghes.close();
    }
  });

  it('API version 2026-03-10: always 200 with run details; return_run_details is an unknown key', async () => {
    const headers = { 'x-github-api-version': '2026-03-10' };
    const res = await octokit.request(DISPATCH, { ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs: { version: '1' }, headers });
    expect(res.status).toBe(200);
    const runId = Number((res.data as { workflow_run_id: number }).workflow_run_id);
    expect((await getRun(runId)).event).toBe('workflow_dispatch');
    const f = await failure(
      octokit.request(DISPATCH, { ...ctx, workflow_id: 'deploy.yml', ref: 'main', inputs: { version: '1' }, return_run_details: true, headers })
    );
    expect(f.status).toBe(422);
    expect(f.message).toContain('"return_run_details" is not a permitted key');
    // Under that version the description itself lacks the key: the request is logged as non-conforming.
    expect(sandbox.schemaErrors()).toEqual([expect.stringContaining('request: body.return_run_details')]);
    sandbox.clearLog();
  });
});

describe('runs', () => {
  it('progress queued -> in_progress -> completed by time, and the deployed version follows', async () => {
    sandbox.state.scenario.runScripts = { 'deploy.yml': { statuses: ['queued', 'in_progress'], stepMs: 300, conclusion: 'success' } };
    const runId = await dispatchWithDetails({ version: 'v3.0.0', environment: 'canary' });
    const seen: string[] = [];
    const updated = new Map<string, string>();
    const deadline = Date.now() + 5000;
    for (;;) {
      const run = await getRun(runId);
      if (seen[seen.length - 1] !== run.status) seen.push(String(run.status));
      updated.set(String(run.status), run.updated_at);
      if (run.status === 'completed') {
        expect(run.conclusion).toBe('success');
        break;
      }
      if (Date.now() > deadline) throw new Error(`run did not complete: ${seen.join(', ')}`);
      await sleep(25);
    }
    expect(seen).toEqual(['queued', 'in_progress', 'completed']);
    // updated_at follows the status changes (GitHub writes whole seconds, so they may tie)
    const stamps = ['queued', 'in_progress', 'completed'].map((s) => Date.parse(updated.get(s) ?? ''));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    expect(sandbox.state.deployedVersion.canary).toBe('3.0.0');
  });

  it('a run that stays in progress keeps the same ETag (conditional reads answer 304)', async () => {
    sandbox.state.scenario.runScripts = { '*': { statuses: ['in_progress'], stepMs: 10, conclusion: 'never' } };
    const runId = await dispatchWithDetails({ version: '1' });
    const first = await octokit.rest.actions.getWorkflowRun({ ...ctx, run_id: runId });
    await sleep(30);
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const f = await failure(octokit.rest.actions.getWorkflowRun({ ...ctx, run_id: runId, headers: { 'if-none-match': String(etag) } }));
    expect(f.status).toBe(304);
    expect(runStatus(sandbox.state.runs.find((r) => r.id === runId)!)).toEqual({ status: 'in_progress', conclusion: null });
  });

  it('cancel: 202, the run ends cancelled; cancelling a completed run is 409', async () => {
    sandbox.state.scenario.runScripts = { 'deploy.yml': { statuses: ['in_progress'], stepMs: 10, conclusion: 'never' } };
    const runId = await dispatchWithDetails({ version: '9.9.9' });
    const res = await octokit.rest.actions.cancelWorkflowRun({ ...ctx, run_id: runId });
    expect(res.status).toBe(202);
    expect(await getRun(runId)).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    const f = await failure(octokit.rest.actions.cancelWorkflowRun({ ...ctx, run_id: runId }));
    expect(f).toEqual({ status: 409, message: 'Cannot cancel a workflow run that is completed.' });
    expect(sandbox.state.deployedVersion.production).not.toBe('9.9.9');
  });

  it('jobs show the failed job and step of a failing run', async () => {
    sandbox.state.scenario.runScripts = {
      'deploy.yml': { statuses: ['in_progress'], stepMs: 400, conclusion: 'failure', failedJob: 'deploy', failedStep: 'Roll out' }
    };
    const runId = await dispatchWithDetails({ version: '4.0.0' });
    const running = await octokit.rest.actions.listJobsForWorkflowRun({ ...ctx, run_id: runId });
    expect(running.data.jobs.map((j) => j.status)).toEqual(['in_progress', 'in_progress']);
    expect(running.data.jobs[1].steps?.map((s) => s.status)).toEqual(['completed', 'in_progress', 'queued', 'queued']);
    await sleep(450);
    expect(await getRun(runId)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    const { data } = await octokit.rest.actions.listJobsForWorkflowRun({ ...ctx, run_id: runId });
    expect(data.total_count).toBe(2);
    const [build, deploy] = data.jobs;
    expect(build).toMatchObject({ name: 'build', conclusion: 'success', run_id: runId, workflow_name: 'Deploy' });
    expect(deploy).toMatchObject({ name: 'deploy', status: 'completed', conclusion: 'failure' });
    expect(deploy.steps?.map((s) => [s.name, s.conclusion])).toEqual([
      ['Set up job', 'success'],
      ['Roll out', 'failure'],
      ['Smoke test', 'skipped'],
      ['Complete job', 'success']
    ]);
    expect(sandbox.state.deployedVersion.production).not.toBe('4.0.0');
  });

  it("lists a neighbour's run beside ours; filters tell them apart", async () => {
    const neighbour = addRun(sandbox.state, {
      workflow: 'deploy.yml',
      event: 'workflow_dispatch',
      headBranch: 'old',
      displayTitle: 'Deploy by someone else',
      actor: 'someone',
      script: { statuses: [], stepMs: 0, conclusion: 'success' }
    });
    const ours = await dispatchWithDetails({ version: '5.0.0' });
    const all = await octokit.rest.actions.listWorkflowRunsForRepo({ ...ctx, event: 'workflow_dispatch', per_page: 100 });
    const ids = all.data.workflow_runs.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([neighbour.id, ours]));
    expect(ids.indexOf(ours)).toBeLessThan(ids.indexOf(neighbour.id)); // newest first
    const mine = await octokit.rest.actions.listWorkflowRuns({ ...ctx, workflow_id: 'deploy.yml', branch: 'main', actor: 'github-actions[bot]' });
    expect(mine.data.workflow_runs.map((r) => r.id)).not.toContain(neighbour.id);
    const theirs = await octokit.rest.actions.listWorkflowRuns({ ...ctx, workflow_id: 'deploy.yml', branch: 'old', status: 'success' });
    expect(theirs.data.workflow_runs.map((r) => r.id)).toEqual([neighbour.id]);
    expect(theirs.data.workflow_runs[0]).toMatchObject({ display_title: 'Deploy by someone else', head_sha: oldSha, actor: { login: 'someone' } });
    expect(dispatchedRuns(sandbox.state).map((r) => r.id)).not.toContain(neighbour.id);
  });

  it('paginates runs with a Link header and filters by head_sha and created', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const none = await octokit.rest.actions.listWorkflowRunsForRepo({ ...ctx, created: `>=${future}` });
    expect(none.data.total_count).toBe(0);
    const bySha = await octokit.rest.actions.listWorkflowRunsForRepo({ ...ctx, head_sha: oldSha });
    expect(bySha.data.workflow_runs.every((r) => r.head_sha === oldSha)).toBe(true);
    const page = await octokit.rest.actions.listWorkflowRunsForRepo({ ...ctx, per_page: 2 });
    expect(page.data.workflow_runs).toHaveLength(2);
    expect(page.headers.link).toContain('rel="next"');
    const every = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, { ...ctx, per_page: 3 });
    expect(every).toHaveLength(page.data.total_count);
  });

  it('404 for an unknown run', async () => {
    expect((await failure(octokit.rest.actions.getWorkflowRun({ ...ctx, run_id: 999999 }))).status).toBe(404);
    expect((await failure(octokit.rest.actions.cancelWorkflowRun({ ...ctx, run_id: 999999 }))).status).toBe(404);
  });
});

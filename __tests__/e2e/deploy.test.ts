/**
 * Deploy end to end: the GitHub deployment, dispatch-and-wait (with run details, and the old-GHES
 * fallback), every run status, failures, timeouts, the branch and command strategies, input
 * errors found before any write, and re-runs that do not dispatch again.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dispatchedRuns } from '../../sandbox/github/handlers/actions.js';
import { deploymentStatusesOf } from '../../sandbox/github/handlers/deployments.js';
import type { ReleaseRecord } from '../../sandbox/github/types.js';
import { explain, shipFixture, type ShipFixture, type ShipResult } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await fx?.close();
  fx = undefined;
});

const WORKFLOW = { 'deploy-workflow': 'deploy.yml', 'deploy-timeout': '30s' };
const statesOf = (f: ShipFixture, id: string) => deploymentStatusesOf(f.sandbox.state, Number(id)).map((s) => s.state).reverse();
const draftOf = (f: ShipFixture, tag: string) => (f.sandbox.state.releases as ReleaseRecord[]).find((r) => r.tagName === tag)?.draft;

function expectStatus(result: ShipResult, status: string): void {
  expect({ status: result.outputs.status, code: result.code }).toEqual({ status, code: status === 'shipped' || status === 'dry-run' ? 0 : 1 });
}

describe('deploy by workflow', () => {
  it('dispatches at the tag with run details, passes the declared inputs, waits, and marks the deployment', async () => {
    fx = await shipFixture();
    const result = await fx.ship(WORKFLOW);
    expectStatus(result, 'shipped');
    const runs = dispatchedRuns(fx.sandbox.state);
    expect(runs).toHaveLength(1);
    const run = runs[0]!;
    expect(run.headBranch).toBe('v1.5.0');
    expect(run.inputs).toMatchObject({
      version: '1.5.0',
      tag: 'v1.5.0',
      environment: 'production',
      sha: result.outputs.sha,
      deployment_id: result.outputs['deployment-id'],
      ship_id: '4242:v1.5.0:deploy'
    });
    expect(result.outputs['deploy-run-id']).toBe(String(run.id));
    expect(result.outputs['deploy-run-url']).toMatch(new RegExp(`/actions/runs/${run.id}$`));
    expect(statesOf(fx, result.outputs['deployment-id']!)).toEqual(['in_progress', 'success']);
    const dispatch = result.requests.find((r) => r.operationId === 'actions/create-workflow-dispatch')!;
    expect(dispatch.requestBody).toMatchObject({ ref: 'v1.5.0', return_run_details: true });
    const deployment = result.requests.find((r) => r.operationId === 'repos/create-deployment')!;
    expect(deployment.requestBody).toMatchObject({ ref: 'v1.5.0', environment: 'production', required_contexts: [], auto_merge: false });
    expect(result.summary).toContain('### Deploy');
    expect(result.summary).toMatch(new RegExp(`\\[run ${run.id}\\]\\(.*/actions/runs/${run.id}\\)`));
    expect(result.summary).toMatch(/\| took \| \d/);
    // GitHub's run timestamps have one-second precision: a run within one second is "under 1s", never "0 ms".
    expect(result.summary).toMatch(/run time (under 1s|\d+s) by GitHub's timestamps/);
    // The gate the version stage adds to the gates table is named in its timeline line (the gates stage counts its own).
    expect(result.summary).toMatch(/\| version \|[^\n]*; gate rollback at v1\.4\.0 passed \|/);
    expect(fx.sandbox.state.deployedVersion.production).toBe('1.5.0');
  });

  it('falls back on old GitHub Enterprise Server: dispatch without run details, then finds the run at the tag', async () => {
    fx = await shipFixture();
    fx.sandbox.state.scenario.oldGhes = true;
    const result = await fx.ship(WORKFLOW);
    expectStatus(result, 'shipped');
    const dispatches = result.requests.filter((r) => r.operationId === 'actions/create-workflow-dispatch');
    expect(dispatches.map((d) => d.status)).toEqual([400, 204]);
    expect(dispatchedRuns(fx.sandbox.state)).toHaveLength(1);
    expect(result.outputs['deploy-run-id']).toBe(String(dispatchedRuns(fx.sandbox.state)[0]!.id));
    expect(result.requests.some((r) => r.operationId === 'actions/list-workflow-runs')).toBe(true);
  });

  it('waits through queued, waiting and in_progress, polling with conditional requests', async () => {
    fx = await shipFixture();
    fx.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['queued', 'waiting', 'in_progress'], stepMs: 1200, conclusion: 'success' };
    const result = await fx.ship(WORKFLOW);
    expectStatus(result, 'shipped');
    const polls = result.requests.filter((r) => r.operationId === 'actions/get-workflow-run');
    expect(polls.length).toBeGreaterThanOrEqual(3);
    expect(polls.slice(1).every((p) => p.conditional)).toBe(true);
    expect(polls.some((p) => p.status === 304)).toBe(true);
  }, 40_000);

  it('a failing run fails the ship: deployment failure, the failed job and step named, release left a draft, tag kept', async () => {
    fx = await shipFixture();
    fx.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['in_progress'], stepMs: 100, conclusion: 'failure', failedJob: 'deploy', failedStep: 'Run migrations' };
    const result = await fx.ship({ ...WORKFLOW, rollback: 'never' });
    expectStatus(result, 'failed');
    expect(result.outputs['deployment-id']).not.toBe('');
    expect(statesOf(fx, result.outputs['deployment-id']!).at(-1)).toBe('failure');
    expect(result.summary).toMatch(/job "deploy".*step "Run migrations"/);
    expect(draftOf(fx, 'v1.5.0')).toBe(true);
    expect(fx.sandbox.state.git.getRef('refs/tags/v1.5.0')).toBeDefined();
  });

  it('a run that outlives deploy-timeout is cancelled and fails the ship', async () => {
    fx = await shipFixture();
    fx.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['in_progress'], stepMs: 100, conclusion: 'never' };
    const result = await fx.ship({ ...WORKFLOW, 'deploy-timeout': '3s', rollback: 'never' });
    expectStatus(result, 'failed');
    expect(result.writes.filter((w) => w.operationId === 'actions/cancel-workflow-run')).toHaveLength(1);
    expect(result.summary).toMatch(/did not finish within deploy-timeout \(3s\) and was cancelled/);
    expect(statesOf(fx, result.outputs['deployment-id']!).at(-1)).toBe('failure');
  }, 30_000);

  it('deploy-inputs the workflow does not declare are refused before any write', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ ...WORKFLOW, 'deploy-inputs': 'region=eu-west-1' });
    expectStatus(result, 'blocked');
    expect(result.writes).toEqual([]);
    expect(result.summary).toContain("key 'region' is not an input of deploy.yml");
  });

  it('a workflow without workflow_dispatch is refused before any write', async () => {
    fx = await shipFixture({ files: { '.github/workflows/deploy.yml': 'name: deploy\non: [push]\njobs: {}\n' } });
    const result = await fx.ship(WORKFLOW);
    expectStatus(result, 'blocked');
    expect(result.writes).toEqual([]);
    expect(result.summary).toContain('has no workflow_dispatch trigger');
  });

  it('a re-run after the job was killed mid-wait waits for the run it dispatched, and does not dispatch again', async () => {
    fx = await shipFixture();
    fx.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['in_progress'], stepMs: 6000, conclusion: 'success' };
    const workspace = fx.sample.checkout();
    // Killed once the run is recorded on the deployment, while the action waits for it (not after a fixed time: a loaded machine is slow).
    const sandbox = fx.sandbox;
    const waiting = new Promise<void>((resolve) => sandbox.onRequest((r) => r.operationId === 'repos/create-deployment-status' && resolve()));
    const killed = await fx.ship(WORKFLOW, { workspace, killWhen: waiting });
    expect(killed.code).toBeNull(); // killed, as a cancelled runner would
    expect(dispatchedRuns(fx.sandbox.state)).toHaveLength(1);
    const rerun = await fx.ship(WORKFLOW, { workspace });
    expectStatus(rerun, 'shipped');
    expect(dispatchedRuns(fx.sandbox.state)).toHaveLength(1);
    expect(rerun.writes.filter((w) => w.operationId === 'actions/create-workflow-dispatch')).toEqual([]);
    expect(rerun.writes.filter((w) => w.operationId === 'repos/create-deployment')).toEqual([]);
    expect(rerun.outputs['deploy-run-id']).toBe(String(dispatchedRuns(fx.sandbox.state)[0]!.id));
    expect(rerun.summary).toContain('waiting for it, not dispatching again');
  }, 90_000);
});

describe('permissions', () => {
  it('a 403 "Resource not accessible by integration" names the permissions the job needs', async () => {
    fx = await shipFixture();
    fx.sandbox.state.scenario.forbidden = ['actions/create-workflow-dispatch'];
    const result = await fx.ship(WORKFLOW);
    expectStatus(result, 'aborted');
    expect(result.summary).toMatch(/403 Resource not accessible by integration\): give the job `permissions: actions: write`/);
    // GitHub started nothing, so nothing is rolled back.
    expect(result.summary).toContain('Production was not changed, so nothing was rolled back');
    expect(fx.sandbox.state.deployments).toHaveLength(1);
  });
});

describe('deploy by branch', () => {
  it('creates the production branch at the release commit when it is missing', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ 'deploy-branch': 'production' });
    expectStatus(result, 'shipped');
    expect(fx.sandbox.state.git.getRef('refs/heads/production')).toBe(result.outputs.sha);
  });

  it('fast-forwards it from the previous release', async () => {
    fx = await shipFixture();
    fx.sandbox.state.git.setRef('refs/heads/production', fx.sample.previousSha);
    const result = await fx.ship({ 'deploy-branch': 'production' });
    expectStatus(result, 'shipped');
    expect(fx.sandbox.state.git.getRef('refs/heads/production')).toBe(result.outputs.sha);
  });

  it('refuses a production branch that has diverged, and never forces it', async () => {
    fx = await shipFixture();
    const git = fx.sandbox.state.git;
    const base = git.getCommit(fx.sample.previousSha)!;
    const hotfix = git.createCommit({ tree: base.tree, parents: [fx.sample.previousSha], author: base.author, committer: base.committer, message: 'hotfix only on production' });
    git.setRef('refs/heads/production', hotfix);
    const result = await fx.ship({ 'deploy-branch': 'production' });
    expectStatus(result, 'aborted');
    expect(result.summary).toContain('production has diverged');
    expect(git.getRef('refs/heads/production')).toBe(hotfix);
  });
});

describe('deploy by command', () => {
  it('runs with the ship facts in its environment; nothing is interpolated into the command', async () => {
    fx = await shipFixture();
    const workspace = fx.sample.checkout();
    const result = await fx.ship(
      { 'deploy-command': 'test "$SHIP_ENVIRONMENT" = production && echo "$SHIP_VERSION $SHIP_TAG $SHIP_SHA $SHIP_PREVIOUS_VERSION" > deployed.txt && echo deploying $SHIP_TAG' },
      { workspace }
    );
    expectStatus(result, 'shipped');
    expect(readFileSync(path.join(workspace, 'deployed.txt'), 'utf8').trim()).toBe(`1.5.0 v1.5.0 ${result.outputs.sha} 1.4.0`);
    expect(result.stdout).toContain('deploying v1.5.0');
  });

  it('a failing command fails the ship with its exit code', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ 'deploy-command': 'echo "migrating"; exit 3' });
    expectStatus(result, 'failed');
    expect(result.summary).toContain('deploy command exited 3');
    expect(statesOf(fx, result.outputs['deployment-id']!).at(-1)).toBe('failure');
    expect(explain(result)).toContain('migrating');
  });
});

describe('dry run', () => {
  it('shows the dispatch it would send and sends nothing', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ ...WORKFLOW, 'dry-run': 'true' });
    expectStatus(result, 'dry-run');
    expect(result.writes).toEqual([]);
    expect(result.summary).toContain('dispatch deploy.yml at v1.5.0');
    expect(result.summary).toContain('version=1.5.0');
    expect(result.summary).toContain('ship_id=4242:v1.5.0');
  });
});

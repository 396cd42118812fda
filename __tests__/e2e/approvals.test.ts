/**
 * Approvals, end to end: the deploy workflow's job uses an environment with required reviewers,
 * so its run waits (`waiting`) until someone approves it. The wait is named at once and at every
 * heartbeat (environment, reviewers, the run's link), does not count against deploy-timeout, and
 * is bounded by approval-timeout: past it the run is cancelled and, production untouched, nothing
 * is rolled back.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { dispatchedRuns, runStatus } from '../../sandbox/github/handlers/actions.js';
import type { RunScript } from '../../sandbox/github/types.js';
import { explain, OWNER, REPO, shipFixture, TOKEN, type ShipFixture } from '../helpers/e2e.js';

const REVIEWERS: NonNullable<RunScript['approval']>['reviewers'] = [
  { type: 'User', login: 'alice' },
  { type: 'Team', slug: 'release-managers' }
];
const INPUTS = { 'deploy-workflow': 'deploy.yml', 'deploy-timeout': '3s' };
/** Heartbeats every half second, so a short wait shows several. */
const FAST_HEARTBEAT = { env: { SHIP_PROD_PROGRESS_MS: '500' } };

let fx: ShipFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

async function withReviewers(afterMs?: number): Promise<ShipFixture> {
  fx = await shipFixture();
  fx.sandbox.state.scenario.runScripts['deploy.yml'] = {
    statuses: ['in_progress'],
    stepMs: 300,
    conclusion: 'success',
    approval: { environment: 'production', reviewers: REVIEWERS, ...(afterMs !== undefined ? { afterMs } : {}) }
  };
  return fx;
}

describe('a deploy run waiting for the environment\'s reviewers', () => {
  it('never approved: cancelled after approval-timeout, aborted, no rollback; the log names the reviewers at every heartbeat', async () => {
    const f = await withReviewers();
    const result = await f.ship({ ...INPUTS, 'approval-timeout': '2s' }, FAST_HEARTBEAT);
    expect(result.outputs.status).toBe('aborted');
    expect(result.code).toBe(1);
    // One dispatch only (no rollback run), and it was cancelled: a late approval cannot deploy it.
    const runs = dispatchedRuns(f.sandbox.state);
    expect(runs).toHaveLength(1);
    expect(runStatus(runs[0]!)).toEqual({ status: 'completed', conclusion: 'cancelled' });
    expect(result.outputs['rolled-back']).toBe('false');
    expect(f.sandbox.state.deployments.filter((d) => JSON.stringify(d.payload).includes('rollback_of'))).toEqual([]);
    const waiting = result.stdout.split('\n').filter((l) => l.includes('waiting for approval of production (reviewers: @alice, team release-managers)'));
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    for (const line of waiting) expect(line).toContain(`/actions/runs/${runs[0]!.id}`);
    const report = JSON.parse(result.outputs['report-json']!) as { headline: string; deploy: { approval: unknown } };
    expect(report.headline).toContain('waited for approval of production (reviewers: @alice, team release-managers) longer than approval-timeout 2s and was cancelled');
    expect(report.headline).toContain('nothing was rolled back');
    expect(report.deploy.approval).toMatchObject({ environment: 'production', reviewers: ['@alice', 'team release-managers'], outcome: 'timed-out' });
    expect(result.summary).toContain('not approved within approval-timeout');
    expect(f.sandbox.schemaErrors()).toEqual([]);
  }, 60_000);

  it('approved after longer than deploy-timeout: the wait does not count, and the ship ships', async () => {
    const f = await withReviewers(4_000);
    const result = await f.ship({ ...INPUTS, 'approval-timeout': '30s' });
    expect(result.outputs.status).toBe('shipped');
    const report = JSON.parse(result.outputs['report-json']!) as { deploy: { approval: { waitedMs: number; outcome: string } } };
    expect(report.deploy.approval.outcome).toBe('approved');
    expect(report.deploy.approval.waitedMs).toBeGreaterThan(3_000);
    expect(f.sandbox.state.deployedVersion.production).toBe('1.5.0');
  }, 60_000);

  it('approved by a reviewer through the API (pending_deployments): the ship goes on', async () => {
    const f = await withReviewers();
    const api = `${f.sandbox.url}/repos/${OWNER}/${REPO}/actions/runs`;
    const headers = { authorization: `Bearer ${TOKEN}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' };
    const approve = (async () => {
      while (!dispatchedRuns(f.sandbox.state).length) await new Promise((r) => setTimeout(r, 100));
      const id = dispatchedRuns(f.sandbox.state)[0]!.id;
      await new Promise((r) => setTimeout(r, 1_500));
      const pending = (await (await fetch(`${api}/${id}/pending_deployments`, { headers })).json()) as Array<{ environment: { id: number; name: string }; reviewers: Array<{ type: string }> }>;
      expect(pending.map((p) => [p.environment.name, p.reviewers.map((r) => r.type)])).toEqual([['production', ['User', 'Team']]]);
      const answer = await fetch(`${api}/${id}/pending_deployments`, { method: 'POST', headers, body: JSON.stringify({ environment_ids: [pending[0]!.environment.id], state: 'approved', comment: 'ship it' }) });
      expect(answer.status).toBe(200);
    })();
    const result = await f.ship({ ...INPUTS, 'approval-timeout': '30s' });
    await approve;
    expect(result.outputs.status).toBe('shipped');
    // GitHub's own deployment of the job sits beside ship-prod's; ship-prod's is the one that says the ship's verdict.
    const production = f.sandbox.state.deployments.filter((d) => d.environment === 'production');
    expect(production.map((d) => (typeof d.payload === 'object' && 'ship_prod' in d.payload ? 'ship-prod' : 'job'))).toEqual(['ship-prod', 'job']);
    expect(result.outputs['deployment-id']).toBe(String(production[0]!.id));
    expect(f.sandbox.schemaErrors()).toEqual([]);
    if (result.outputs.status !== 'shipped') throw new Error(explain({ ...result, requests: [], writes: [] }));
  }, 60_000);
});

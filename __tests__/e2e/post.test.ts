/**
 * The post step, as the runner runs it after a cancelled job: main is killed mid-deploy (the
 * deploy run never finishes), then dist/index.js runs again with the state main saved (the runner
 * passes it as STATE_*, STATE_isPost among it). The post step marks the deployment `error` and
 * says in the job summary what state production may be in.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { dispatchedRuns } from '../../sandbox/github/handlers/actions.js';
import { deploymentStatusesOf } from '../../sandbox/github/handlers/deployments.js';
import { everythingShown, explain, shipFixture, TOKEN, type ShipFixture } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await fx?.close();
  fx = undefined;
});

const INPUTS = { 'deploy-workflow': 'deploy.yml', 'deploy-timeout': '5m' };

/** Latest status first. */
const statesOf = (f: ShipFixture, id: number) => deploymentStatusesOf(f.sandbox.state, id).map((s) => s.state);

/** Starts a ship whose deploy run never ends, and kills it mid-wait, as a cancelled job is. */
async function killedMidDeploy(f: ShipFixture, workspace: string) {
  f.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['in_progress'], stepMs: 100, conclusion: 'never' };
  // Killed once the run is recorded on the deployment (not after a fixed time: a loaded machine is slow).
  const recorded = new Promise<void>((resolve) => f.sandbox.onRequest((r) => r.operationId === 'repos/create-deployment-status' && resolve()));
  const killed = await f.ship(INPUTS, { workspace, killWhen: recorded });
  expect(killed.code).toBeNull();
  expect(dispatchedRuns(f.sandbox.state)).toHaveLength(1);
  expect(f.sandbox.state.deployments).toHaveLength(1);
  return { killed, deploymentId: f.sandbox.state.deployments[0]!.id, run: dispatchedRuns(f.sandbox.state)[0]! };
}

describe('post step after a cancelled ship', () => {
  it('with the state main saved: marks the deployment error and says what state production may be in', async () => {
    fx = await shipFixture();
    const workspace = fx.sample.checkout();
    const { killed, deploymentId, run } = await killedMidDeploy(fx, workspace);
    expect(killed.state.isPost).toBe('true');
    expect(JSON.parse(killed.state.ship ?? '{}')).toMatchObject({ phase: 'deploying', deploymentId, version: '1.5.0', tag: 'v1.5.0', previousVersion: '1.4.0' });

    const post = await fx.ship(INPUTS, { workspace, state: killed.state });
    expect({ code: post.code, why: post.code === 0 ? '' : explain(post) }).toEqual({ code: 0, why: '' });
    expect(statesOf(fx, deploymentId)[0]).toBe('error');
    // The post step writes two things: the deployment status, and the release of the lock the
    // killed main step held. No dispatch, no release, no tag.
    expect(post.writes.map((w) => w.operationId)).toEqual(['repos/create-deployment-status', 'git/delete-ref']);
    expect(fx.sandbox.state.git.getRef('refs/ship-prod/locks/production')).toBeUndefined();
    expect(post.summary).toContain('cancelled while deploying');
    expect(post.summary).toContain('`v1.5.0`');
    expect(post.summary).toContain(`${deploymentId}`);
    expect(post.summary).toContain('What state production may be in');
    expect(post.summary).toMatch(/`1\.4\.0` may still be partly live/);
    expect(post.summary).toContain(`[deploy run ${run.id}](`);
    expect(post.summary).toContain('cancelling this job did not stop it');
    expect(post.summary).toContain('What to check');
    expect(everythingShown(post)).not.toContain(TOKEN);
  }, 60_000);

  it('with hand-written state: the same, without relying on what main saved', async () => {
    fx = await shipFixture();
    const workspace = fx.sample.checkout();
    const { deploymentId, run } = await killedMidDeploy(fx, workspace);
    const state = {
      isPost: 'true',
      ship: JSON.stringify({ phase: 'deploying', deploymentId, runId: run.id, runUrl: `${fx.sandbox.webUrl}/acme/sample-service/actions/runs/${run.id}`, version: '1.5.0', tag: 'v1.5.0', previousVersion: '1.4.0' })
    };
    const post = await fx.ship(INPUTS, { workspace, state });
    expect({ code: post.code, why: post.code === 0 ? '' : explain(post) }).toEqual({ code: 0, why: '' });
    expect(statesOf(fx, deploymentId)[0]).toBe('error');
    const status = deploymentStatusesOf(fx.sandbox.state, deploymentId)[0]!;
    expect(status.description).toBe(`job cancelled while deploying v1.5.0 to production; production state unknown, see run ${run.id}`);
    expect(post.summary).toContain(`[deploy run ${run.id}](`);
    expect(post.summary).toContain('It is in_progress now.');
    expect(post.summary).toContain('re-run this job (it resumes');
  }, 60_000);

  it('does nothing but log when main had finished, or had made no deployment', async () => {
    fx = await shipFixture();
    const workspace = fx.sample.checkout();
    for (const ship of [JSON.stringify({ phase: 'done', deploymentId: 1 }), JSON.stringify({ phase: 'deploying' }), undefined]) {
      const state: Record<string, string> = { isPost: 'true', ...(ship ? { ship } : {}) };
      const post = await fx.ship(INPUTS, { workspace, state });
      expect(post.code).toBe(0);
      expect(post.requests).toEqual([]);
      expect(post.summary).toBe('');
      expect(post.stdout).toContain('ship-prod post: nothing to clean up');
    }
  }, 60_000);
});

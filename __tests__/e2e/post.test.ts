/**
 * The post step, as the runner runs it after a cancelled job: main is killed mid-deploy (the
 * deploy run never finishes), then dist/index.js runs again with the state main saved (the runner
 * passes it as STATE_*, STATE_isPost among it). The post step marks the deployment `error` (every
 * environment's, with waves) and says in the job summary what state production may be in.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { dispatchedRuns } from '../../sandbox/github/handlers/actions.js';
import { deploymentStatusesOf } from '../../sandbox/github/handlers/deployments.js';
import { everythingShown, explain, locksLeft, shipFixture, TOKEN, type ShipFixture } from '../helpers/e2e.js';

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
    expect(JSON.parse(killed.state.ship ?? '{}')).toMatchObject({
      done: false,
      deployments: [{ environment: 'production', phase: 'deploying', deploymentId, runId: run.id, version: '1.5.0', tag: 'v1.5.0', previousVersion: '1.4.0' }]
    });

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
      ship: JSON.stringify({
        deployments: [
          { environment: 'production', phase: 'deploying', deploymentId, runId: run.id, runUrl: `${fx.sandbox.webUrl}/acme/sample-service/actions/runs/${run.id}`, version: '1.5.0', tag: 'v1.5.0', previousVersion: '1.4.0' }
        ]
      })
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

  it('waves: two environments of one wave in progress at once; the post step marks both deployments error and releases both locks', async () => {
    fx = await shipFixture();
    const f = fx;
    const workspace = f.sample.checkout();
    const fleet = ['prod-eu', 'prod-us'];
    const inputs = { ...INPUTS, waves: `- name: main\n  environments: [${fleet.join(', ')}]\n` };
    f.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['in_progress'], stepMs: 100, conclusion: 'never' };
    // Killed once both deployments name their deploy run (main saved both runs just before).
    const withRun = new Set<string>();
    const recorded = new Promise<void>((resolve) =>
      f.sandbox.onRequest((r) => {
        if (r.operationId !== 'repos/create-deployment-status' || !/deploy run \d+/.test((r.requestBody as { description?: string }).description ?? '')) return;
        withRun.add(r.path);
        if (withRun.size === fleet.length) resolve();
      })
    );
    const killed = await f.ship(inputs, { workspace, killWhen: recorded });
    expect(killed.code).toBeNull();
    const deployments = f.sandbox.state.deployments;
    expect(deployments.map((d) => d.environment).sort()).toEqual(fleet);
    const runs = dispatchedRuns(f.sandbox.state);
    expect(runs.map((r) => r.inputs.environment).sort()).toEqual(fleet);
    for (const d of deployments) expect([d.environment, statesOf(f, d.id)[0]]).toEqual([d.environment, 'in_progress']);
    expect(fleet.map((e) => f.sandbox.state.git.getRef(`refs/ship-prod/locks/${e}`) !== undefined)).toEqual([true, true]);
    const saved = JSON.parse(killed.state.ship ?? '{}') as { deployments: Array<{ environment: string; deploymentId: number; runId?: number }> };
    expect(saved.deployments.map((d) => [d.environment, d.deploymentId, d.runId]).sort()).toEqual(
      deployments.map((d) => [d.environment, d.id, runs.find((r) => r.inputs.environment === d.environment)!.id]).sort()
    );

    const post = await f.ship(inputs, { workspace, state: killed.state });
    expect({ code: post.code, why: post.code === 0 ? '' : explain(post) }).toEqual({ code: 0, why: '' });
    for (const d of deployments) expect([d.environment, statesOf(f, d.id)[0]]).toEqual([d.environment, 'error']);
    for (const d of deployments) {
      expect(deploymentStatusesOf(f.sandbox.state, d.id)[0]!.description).toBe(
        `job cancelled while deploying v1.5.0 to ${d.environment}; production state unknown, see run ${runs.find((r) => r.inputs.environment === d.environment)!.id}`
      );
    }
    // Each deployment was looked at before it was marked; the only writes: two statuses, two lock releases.
    for (const d of deployments) {
      const statusesPath = `/repos/acme/sample-service/deployments/${d.id}/statuses`;
      const look = post.requests.findIndex((r) => r.method === 'GET' && r.path === statusesPath);
      const mark = post.requests.findIndex((r) => r.method === 'POST' && r.path === statusesPath);
      expect([d.environment, look >= 0, look < mark]).toEqual([d.environment, true, true]);
    }
    expect(post.writes.map((w) => w.operationId).sort()).toEqual(['git/delete-ref', 'git/delete-ref', 'repos/create-deployment-status', 'repos/create-deployment-status']);
    expect(locksLeft(f.sandbox)).toEqual([]);
    expect(post.summary).toContain('cancelled while shipping to 2 environments');
    for (const e of fleet) expect(post.summary).toContain(`### \`${e}\`: deploying \`v1.5.0\``);
    expect(everythingShown(post)).not.toContain(TOKEN);
  }, 90_000);

  it('does nothing but log when main had finished, or had made no deployment', async () => {
    fx = await shipFixture();
    const workspace = fx.sample.checkout();
    const one = { environment: 'production', phase: 'deploying', deploymentId: 1 };
    for (const ship of [JSON.stringify({ done: true, deployments: [one] }), JSON.stringify({ done: false, deployments: [] }), undefined]) {
      const state: Record<string, string> = { isPost: 'true', ...(ship ? { ship } : {}) };
      const post = await fx.ship(INPUTS, { workspace, state });
      expect(post.code).toBe(0);
      expect(post.requests).toEqual([]);
      expect(post.summary).toBe('');
      expect(post.stdout).toContain('ship-prod post: nothing to clean up');
    }
  }, 60_000);
});

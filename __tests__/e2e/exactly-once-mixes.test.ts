/**
 * Exactly once, whatever fails: random mixes of faults over 20 seeds (5xx and resets before and
 * after the write, 429 and 403 secondary limits with retry-after, the primary limit with its
 * reset, slow answers), placed on the requests of a clean ship read from the request log; and
 * re-runs after a failed deploy. See exactly-once.test.ts for the per-write property.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { dispatchedRuns } from '../../sandbox/github/handlers/actions.js';
import { latestDeploymentStatus } from '../../sandbox/github/handlers/deployments.js';
import type { RequestLogEntry } from '../../sandbox/github/types.js';
import { createSampleRepo, type SampleRepo } from '../../sandbox/sample-repo.js';
import { cleanShip, exactlyOnceProblems, inBatches, MIX_KINDS, randomMix, sandboxFor, shipOnce, TAG, whenHung } from '../helpers/exactly-once.js';

const WIDTH = 3;
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const RERUN = { env: { GITHUB_RUN_ATTEMPT: '2' } };

let sample: SampleRepo;
let cleanLog: RequestLogEntry[] = [];

beforeAll(async () => {
  sample = createSampleRepo();
  cleanLog = await cleanShip(sample);
}, 60_000);

afterAll(() => rmSync(sample.dir, { recursive: true, force: true }));

describe('exactly once under random fault mixes', () => {
  it(`random fault mixes (${MIX_KINDS.join(', ')}) over ${SEEDS.length} seeds`, async () => {
    const results = await inBatches(
      SEEDS.map((seed) => async () => {
        const mix = randomMix(seed, cleanLog);
        const fx = await sandboxFor(sample);
        try {
          fx.sandbox.state.scenario.faults.push(...mix);
          let result = await shipOnce(sample, fx.sandbox, fx.workspace);
          // Faults may use up a request's retries: a person re-runs the job, which must resume.
          const first = result.outputs.status;
          if (first !== 'shipped') result = await shipOnce(sample, fx.sandbox, fx.workspace, RERUN);
          const problems = exactlyOnceProblems(fx.sandbox, sample, result);
          return { seed, faults: mix.map((f) => f.label), ...(first !== 'shipped' ? { firstRun: first } : {}), problems };
        } finally {
          await fx.close();
        }
      }),
      WIDTH
    );
    const injected = results.reduce((n, r) => n + r.faults.length, 0);
    console.log(`random fault mixes: ${SEEDS.length} seeds (${SEEDS[0]}..${SEEDS.at(-1)}), ${injected} faults injected; re-run needed for seeds ${results.filter((r) => r.firstRun).map((r) => r.seed).join(', ') || 'none'}`);
    // A failure prints the seed, the faults of its mix, and what was duplicated or lost.
    expect(results.filter((r) => r.problems.length)).toEqual([]);
  }, 600_000);
});

describe('re-runs after a failed deploy', () => {
  it('deploys again: a new deployment and a new dispatch, reusing the tag and the release', async () => {
    const fx = await sandboxFor(sample);
    try {
      fx.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: [], stepMs: 0, conclusion: 'failure', failedJob: 'deploy', failedStep: 'Run migrations' };
      const failed = await shipOnce(sample, fx.sandbox, fx.workspace);
      expect(failed.outputs.status).toBe('failed');
      const tag = fx.sandbox.state.git.getRef(`refs/tags/${TAG}`);
      fx.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: [], stepMs: 0, conclusion: 'success' };
      const rerun = await shipOnce(sample, fx.sandbox, fx.workspace, RERUN);
      expect(rerun.outputs.status).toBe('shipped');
      const runs = dispatchedRuns(fx.sandbox.state);
      expect(runs.map((r) => r.headBranch)).toEqual([TAG, TAG]);
      const deployments = fx.sandbox.state.deployments.filter((d) => d.ref === TAG);
      expect(deployments.map((d) => latestDeploymentStatus(fx.sandbox.state, d.id)?.state)).toEqual(['failure', 'success']);
      expect(fx.sandbox.state.git.getRef(`refs/tags/${TAG}`)).toBe(tag);
      expect(fx.sandbox.state.releases.filter((r) => r.tagName === TAG).map((r) => [r.id, r.draft])).toEqual([[Number(failed.outputs['release-id']), false]]);
      expect(rerun.outputs).toMatchObject({
        'release-id': failed.outputs['release-id'],
        'deployment-id': String(deployments[1]!.id),
        'deploy-run-id': String(runs[1]!.id)
      });
      // A third run changes nothing and names the same things.
      const again = await shipOnce(sample, fx.sandbox, fx.workspace, { env: { GITHUB_RUN_ATTEMPT: '3' } });
      expect(again.outputs.status).toBe('shipped');
      expect(dispatchedRuns(fx.sandbox.state)).toHaveLength(2);
      expect(again.outputs).toMatchObject({ 'deployment-id': rerun.outputs['deployment-id'], 'deploy-run-id': rerun.outputs['deploy-run-id'], 'release-url': rerun.outputs['release-url'] });
    } finally {
      await fx.close();
    }
  }, 120_000);

  it('never dispatches while the run it dispatched is still in progress: it waits for that run', async () => {
    const fx = await sandboxFor(sample);
    try {
      fx.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['in_progress'], stepMs: 4000, conclusion: 'success' };
      // Killed right after the dispatch was applied, before anything recorded the run.
      fx.sandbox.state.scenario.faults.push({ match: 'actions/create-workflow-dispatch', afterEffect: true, hang: true });
      const killed = await shipOnce(sample, fx.sandbox, fx.workspace, { killWhen: whenHung(fx.sandbox) });
      expect(killed.code).toBeNull();
      const rerun = await shipOnce(sample, fx.sandbox, fx.workspace, RERUN);
      expect(exactlyOnceProblems(fx.sandbox, sample, rerun)).toEqual([]);
      expect(rerun.summary).toContain('not dispatching again');
    } finally {
      await fx.close();
    }
  }, 120_000);
});

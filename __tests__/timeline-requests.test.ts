/**
 * API requests per stage when stages run at once (the environments of a wave): each request is
 * counted once, in the stage that sent it, so the per-stage counts of a fleet sum to the ship's
 * total. Against the sandbox, with the real client (its request hook does the counting).
 */
import { describe, expect, it } from '@jest/globals';
import { systemClock } from '../src/clock.js';
import type { GitHubClient } from '../src/github/client.js';
import { Timeline, type Journal, type StageOutcome } from '../src/timeline.js';
import { sharedSandbox } from './helpers/shared-sandbox.js';
import { captureStdout } from './helpers/stdout.js';

const OWNER = 'acme';
const REPO = 'timeline';
const shared = sharedSandbox(OWNER, REPO);
captureStdout();

function setup(): { journal: Journal; timeline: Timeline; client: GitHubClient } {
  const journal: Journal = { stages: [], warnings: [], plan: [], api: { requests: 0, byStage: {} } };
  const client = shared.client();
  return { journal, client, timeline: new Timeline(journal, systemClock, client.account, (e) => String(e)) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A stage body that sends `n` requests one after another, pausing between them (so that siblings interleave). */
function sending(client: GitHubClient, n: number): () => Promise<StageOutcome> {
  return async () => {
    for (let i = 0; i < n; i++) {
      await client.octokit.rest.repos.listDeployments({ owner: OWNER, repo: REPO, environment: 'x' });
      await pause(5);
    }
    return { state: 'done', summary: `${n} requests` };
  };
}

const sum = (byStage: Journal['api']['byStage']) => Object.values(byStage).reduce((a, n) => a + (n ?? 0), 0);

describe('requests per stage', () => {
  it('a fleet: the environments of a wave each count only their own requests; the stages sum to the total', async () => {
    const { journal, timeline, client } = setup();
    await timeline.stage('lock', sending(client, 2));
    const [eu, us, ap] = ['prod-eu', 'prod-us', 'prod-ap'].map((e) => timeline.forEnvironment(e));
    await Promise.all([eu!.stage('deploy', sending(client, 3)), us!.stage('deploy', sending(client, 5)), ap!.stage('deploy', sending(client, 4))]);
    await Promise.all([eu!.stage('verify', sending(client, 2)), (async () => (await us!.stage('verify', sending(client, 1)), ap!.stage('rollback', sending(client, 6))))()]);
    await timeline.stage('publish', sending(client, 1));
    expect(journal.api.byStage).toEqual({ lock: 2, deploy: 12, verify: 3, rollback: 6, publish: 1 });
    expect(journal.api.requests).toBe(24);
    expect(sum(journal.api.byStage)).toBe(journal.api.requests);
  });

  it('a request sent outside every stage counts in the total only; a stage that throws keeps its count', async () => {
    const { journal, timeline, client } = setup();
    await timeline.stage('resolve', sending(client, 1));
    await sending(client, 2)();
    await timeline.stage('gates', async () => {
      await sending(client, 3)();
      throw new Error('boom');
    });
    expect(journal.api.byStage).toEqual({ resolve: 1, gates: 3 });
    expect(client.account).toHaveLength(6);
    expect(journal.api.requests).toBe(6);
  });

  it('a failed request counts too, in the stage that sent it', async () => {
    const { journal, timeline, client } = setup();
    await timeline.stage('release', async () => {
      await client.octokit.rest.repos.getReleaseByTag({ owner: OWNER, repo: REPO, tag: 'v9.9.9' }).catch(() => undefined);
      return { state: 'done', summary: 'looked' };
    });
    expect(client.account.map((r) => r.status)).toEqual([404]);
    expect(journal.api.byStage).toEqual({ release: 1 });
  });
});

/**
 * The post step's deployments: each one main saved that had not ended is marked `error`, after a
 * look at its newest status (one that ended is left as it is); and the job summary it writes, for
 * one environment and for several at once. The marking runs against the sandbox (the real client).
 */
import { describe, expect, it } from '@jest/globals';
import { addDeployment, deploymentStatusesOf } from '../sandbox/github/handlers/deployments.js';
import { markCancelledDeployments, needsMarking } from '../src/post-deployments.js';
import { renderPostSummary, type PostDeployment } from '../src/post-summary.js';
import type { SavedDeployment } from '../src/ship-state.js';
import { sharedSandbox } from './helpers/shared-sandbox.js';
import { captureStdout } from './helpers/stdout.js';

const OWNER = 'acme';
const REPO = 'post';
const shared = sharedSandbox(OWNER, REPO);
captureStdout();

const ship = { version: '1.5.0', tag: 'v1.5.0', previousVersion: '1.4.0' };

describe('needsMarking', () => {
  it.each<[string | undefined, boolean]>([
    ['', true],
    ['queued', true],
    ['pending', true],
    ['in_progress', true],
    [undefined, true],
    ['success', false],
    ['failure', false],
    ['error', false],
    ['inactive', false]
  ])('newest status %p → %p', (latest, expected) => {
    expect(needsMarking(latest)).toBe(expected);
  });
});

describe('markCancelledDeployments', () => {
  it('marks error every deployment that had not ended, in every environment; leaves the ended ones as they are', async () => {
    const made = (environment: string, state: 'in_progress' | 'success' | 'failure' | null) => addDeployment(shared.sandbox.state, { environment, ref: 'main', state }).id;
    const saved: SavedDeployment[] = [
      { environment: 'prod-eu', phase: 'deploying', deploymentId: made('prod-eu', 'in_progress'), ...ship },
      { environment: 'prod-us', phase: 'verifying', deploymentId: made('prod-us', null), ...ship },
      { environment: 'prod-ap', phase: 'verifying', deploymentId: made('prod-ap', 'success'), ...ship },
      { environment: 'prod-us', phase: 'rolling-back', deploymentId: made('prod-us', 'failure'), ...ship }
    ];
    const client = shared.client();
    const result = await markCancelledDeployments(client, saved, { jobRunUrl: 'https://job/1' });

    const newest = (id: number) => deploymentStatusesOf(shared.sandbox.state, id)[0];
    expect(saved.map((d) => [d.environment, newest(d.deploymentId)?.state])).toEqual([
      ['prod-eu', 'error'],
      ['prod-us', 'error'],
      ['prod-ap', 'success'],
      ['prod-us', 'failure']
    ]);
    expect(newest(saved[0]!.deploymentId)?.description).toBe('job cancelled while deploying v1.5.0 to prod-eu; production state unknown');
    expect(newest(saved[1]!.deploymentId)?.description).toBe('job cancelled while verifying v1.5.0 in prod-us; production state unknown');
    expect(result.map((d) => [d.saved.deploymentId, d.latest, d.acted, d.refused])).toEqual([
      [saved[0]!.deploymentId, 'in_progress', true, ''],
      [saved[1]!.deploymentId, '', true, ''],
      [saved[2]!.deploymentId, 'success', false, ''],
      [saved[3]!.deploymentId, 'failure', false, '']
    ]);
    // One status write per deployment that had not ended, and no other write.
    const writes = shared.sandbox.requests.filter((r) => r.method === 'POST');
    expect(writes.map((w) => w.path).sort()).toEqual([saved[0]!, saved[1]!].map((d) => `/repos/${OWNER}/${REPO}/deployments/${d.deploymentId}/statuses`).sort());
    expect(shared.sandbox.schemaErrors()).toEqual([]);
  });

  it('traffic moved back in one environment is said there only', async () => {
    const eu = addDeployment(shared.sandbox.state, { environment: 'prod-eu', ref: 'main', state: 'in_progress' }).id;
    const us = addDeployment(shared.sandbox.state, { environment: 'prod-us', ref: 'main', state: 'in_progress' }).id;
    const client = shared.client();
    const result = await markCancelledDeployments(
      client,
      [
        { environment: 'prod-eu', phase: 'verifying', deploymentId: eu, ...ship },
        { environment: 'prod-us', phase: 'verifying', deploymentId: us, ...ship }
      ],
      { traffic: { environment: 'prod-us', movedBack: true, lines: ['moved back'] } }
    );
    expect(result.map((d) => d.traffic)).toEqual([undefined, ['moved back']]);
    expect(deploymentStatusesOf(shared.sandbox.state, us)[0]?.description).toBe('job cancelled while verifying v1.5.0 in prod-us; traffic moved back to the previous version');
    expect(deploymentStatusesOf(shared.sandbox.state, eu)[0]?.description).toBe('job cancelled while verifying v1.5.0 in prod-eu; production state unknown');
  });
});

describe('renderPostSummary', () => {
  const entry = (environment: string, deploymentId: number, over: Partial<PostDeployment> & { phase?: SavedDeployment['phase']; runId?: number } = {}): PostDeployment => {
    const { phase = 'deploying', runId, ...rest } = over;
    return {
      saved: { environment, phase, deploymentId, ...ship, ...(runId ? { runId, runUrl: `https://gh/runs/${runId}` } : {}) },
      latest: 'in_progress',
      acted: true,
      refused: '',
      runState: runId ? 'in_progress' : '',
      ...rest
    };
  };
  const render = (deployments: PostDeployment[]) => renderPostSummary({ deployments, owner: 'acme', repo: 'shop', serverUrl: 'https://gh', jobRunUrl: 'https://gh/job' });

  it('one environment: as it always read', () => {
    const summary = render([entry('production', 11, { runId: 501 })]);
    expect(summary).toContain('## ⚠️ ship-prod: cancelled while deploying\n');
    expect(summary).toContain('The job was cancelled while ship-prod was deploying `v1.5.0` to `production`');
    expect(summary).toContain('Deployment [11](https://gh/acme/shop/deployments/production) is now marked `error`.');
    expect(summary).toContain('### What state production may be in');
    expect(summary).toContain('[deploy run 501](https://gh/runs/501) is a separate workflow run: cancelling this job did not stop it. It is in_progress now.');
    expect(summary).toContain('reuses the tag, the release and deployment 11');
    expect(summary).not.toContain('Already ended');
  });

  it('several environments: a section each, the ended ones named and left alone', () => {
    const summary = render([
      entry('prod-eu', 11, { runId: 501 }),
      entry('prod-us', 12, { phase: 'verifying' }),
      entry('prod-ap', 13, { latest: 'success', acted: false }),
      entry('prod-ca', 14, { phase: 'rolling-back', refused: 'Marking deployment 14 as error failed (500): boom' })
    ]);
    expect(summary).toContain('## ⚠️ ship-prod: cancelled while shipping to 3 environments\n');
    expect(summary).toContain('working in `prod-eu`, `prod-us`, `prod-ca` at once');
    expect(summary).toContain('Deployments [11](https://gh/acme/shop/deployments/prod-eu), [12](https://gh/acme/shop/deployments/prod-us) are now marked `error`.');
    expect(summary).toContain('### `prod-eu`: deploying `v1.5.0`\n');
    expect(summary).toContain('### `prod-us`: verifying `v1.5.0`\n');
    expect(summary).toContain('### `prod-ca`: rolling back from `v1.5.0` to `1.4.0`\n');
    expect(summary).toContain('**Deployment 14 could not be marked `error`:** Marking deployment 14 as error failed (500): boom');
    expect(summary).toContain('Check what `prod-us` serves now');
    expect(summary).toContain('A rollback to `1.4.0` was under way after `v1.5.0` failed');
    expect(summary).toContain('Already ended, left as it was: deployment [13](https://gh/acme/shop/deployments/prod-ap) (`prod-ap`, `success`).');
    expect(summary).not.toContain('### `prod-ap`');
    expect(summary).toContain('This job: [workflow run](https://gh/job).');
  });

  it('every deployment had ended: none marked', () => {
    const summary = render([entry('prod-eu', 11, { latest: 'success', acted: false }), entry('prod-us', 12, { latest: 'success', acted: false })]);
    expect(summary).toContain('none was marked `error`');
    expect(summary).toContain('Already ended, left as they were:');
  });
});

/** What a re-run does with the ship's newest deployment and the run it dispatched (pure). */
import { describe, expect, it } from '@jest/globals';
import { decideResume, type ResumeAction } from '../../src/deploy/deployment.js';
import type { ShipDeployment } from '../../src/github/deployments.js';

const deployment = (state?: string, runId?: number): ShipDeployment => ({ id: 7, createdAt: '2026-01-01T00:00:00Z', state, runId });
const run = (status: string, conclusion: string | null = null) => ({ id: 99, status, conclusion });

describe('decideResume', () => {
  it.each<[string, ShipDeployment | undefined, ReturnType<typeof run> | undefined, ResumeAction]>([
    ['first attempt', undefined, undefined, 'create'],
    ['deployment, nothing dispatched', deployment(), undefined, 'deploy'],
    ['deployment in progress, nothing dispatched (killed before the dispatch)', deployment('in_progress'), undefined, 'deploy'],
    ['cancelled (post step marked error), nothing dispatched', deployment('error'), undefined, 'deploy'],
    ['run queued', deployment('in_progress', 99), run('queued'), 'wait'],
    ['run in progress', deployment('in_progress', 99), run('in_progress'), 'wait'],
    ['run found without a status (killed right after the dispatch)', deployment(), run('queued'), 'wait'],
    ['run succeeded before the ship concluded', deployment('in_progress', 99), run('completed', 'success'), 'wait'],
    ['cancelled job, run succeeded', deployment('error', 99), run('completed', 'success'), 'wait'],
    ['cancelled job, run still running', deployment('error', 99), run('in_progress'), 'wait'],
    ['failed ship, its run still running: never dispatch beside it', deployment('failure', 99), run('in_progress'), 'wait'],
    ['failed deploy', deployment('failure', 99), run('completed', 'failure'), 'create'],
    ['rolled back after a healthy deploy run', deployment('failure', 99), run('completed', 'success'), 'create'],
    ['failed command deploy (no run)', deployment('failure'), undefined, 'create'],
    ['run ended badly before the ship concluded', deployment('in_progress', 99), run('completed', 'cancelled'), 'create'],
    ['already succeeded', deployment('success', 99), run('completed', 'success'), 'done'],
    ['already succeeded, run unknown', deployment('success'), undefined, 'done']
  ])('%s → %s', (_name, existing, found, action) => {
    const decision = decideResume(existing, found);
    expect(decision.action).toBe(action);
    expect(decision.why).toBeTruthy();
  });
});

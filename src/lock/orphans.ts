/**
 * A lock taken over from a run that died may leave that run's deploy (or rollback) run going: a
 * dispatched workflow run is not stopped by the death of the job that dispatched it. Before the
 * ship that took the lock over goes on, it waits for every run of the workflows it dispatches
 * that is not completed yet (so two deploys of one environment never overlap), with a progress
 * line naming them, within what is left of lock-timeout.
 */
import { listDispatchRuns, type RunSummary } from '../github/actions.js';
import type { GitHubClient } from '../github/client.js';
import type { RunEnv } from '../run-env.js';

/** The runs of `workflows` still going (any status but completed), oldest first. */
export async function runsInFlight(client: GitHubClient, workflows: readonly string[]): Promise<RunSummary[]> {
  const lists = await Promise.all(workflows.map((workflow) => listDispatchRuns(client, { workflow }).catch(() => [] as RunSummary[])));
  return lists
    .flat()
    .filter((r) => r.status !== 'completed')
    .sort((a, b) => a.id - b.id);
}

/** Waits until no run of the ship's workflows is in flight; false when the deadline came first. */
export async function waitForOrphanRuns(env: RunEnv, deadlineMs: number): Promise<boolean> {
  const workflows = [...new Set([env.settings.deploy.workflow, env.settings.rollback.workflow].filter(Boolean))];
  if (!workflows.length) return true;
  let going = await runsInFlight(env.client, workflows);
  if (!going.length) return true;
  const progress = env.progress(`run ${going[0]!.id} left going by the run whose lock was taken over`, going[0]!.htmlUrl);
  while (going.length) {
    progress.update(`${going.map((r) => `run ${r.id} ${r.status}`).join(', ')}: waiting for it before deploying`, going[0]!.htmlUrl);
    if (env.clock.now() >= deadlineMs) return false;
    await progress.sleep(Math.min(2_000, Math.max(0, deadlineMs - env.clock.now())));
    going = await runsInFlight(env.client, workflows);
  }
  return true;
}

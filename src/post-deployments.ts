/**
 * The post step's part for the deployments: every deployment main saved (one per environment,
 * several at once with waves, a rollback's beside its ship's) that had not ended is marked
 * `error`. It looks before it acts: each deployment's newest status is read first, and one that
 * had already ended (a wave verified and marked `success`, an environment marked `failure` and
 * rolled back) is left as it is. The deployments are handled at once; the writes go out one at a
 * time through the client's write line.
 */
import * as core from '@actions/core';
import { readRun } from './github/actions.js';
import { explainGitHubError, type GitHubClient } from './github/client.js';
import { ConditionalCache } from './github/conditional.js';
import { latestDeploymentStatus, setDeploymentStatus } from './github/deployments.js';
import type { SavedDeployment } from './ship-state.js';
import { doing, type PostDeployment } from './post-summary.js';

/** A deployment status no later status changes: the deployment ended. */
const ENDED = new Set(['success', 'failure', 'error', 'inactive']);

/** Whether the post step marks a deployment whose newest status is `latest` (pure): not when it ended; when unread, it does. */
export function needsMarking(latest: string | undefined): boolean {
  return latest === undefined || !ENDED.has(latest);
}

export interface TrafficMovedBack {
  environment: string;
  movedBack: boolean;
  lines: string[];
}

/** Looks at every saved deployment and marks `error` each one that had not ended. Never throws. */
export async function markCancelledDeployments(
  client: GitHubClient,
  saved: readonly SavedDeployment[],
  opts: { jobRunUrl?: string; traffic?: TrafficMovedBack }
): Promise<PostDeployment[]> {
  const environments = new Set(saved.map((d) => d.environment));
  // The traffic state names its environment; a ship of one environment may have saved it without.
  const trafficOf = (d: SavedDeployment) => (opts.traffic && (opts.traffic.environment === d.environment || environments.size === 1) ? opts.traffic : undefined);
  return Promise.all(saved.map((d) => markOne(client, d, opts.jobRunUrl, trafficOf(d))));
}

async function markOne(client: GitHubClient, saved: SavedDeployment, jobRunUrl: string | undefined, traffic: TrafficMovedBack | undefined): Promise<PostDeployment> {
  const id = saved.deploymentId;
  const latest = await latestDeploymentStatus(client, id).then(
    (status) => status?.state ?? '',
    (error: unknown) => {
      core.info(`ship-prod post: could not read the statuses of deployment ${id} (${(error as Error).message}): marking it error anyway.`);
      return undefined;
    }
  );
  if (!needsMarking(latest)) {
    core.info(`ship-prod post: deployment ${id} (${saved.environment}) had already ended ${latest}: left as it is.`);
    return { saved, latest: latest ?? '', acted: false, refused: '', runState: '' };
  }
  const what = doing(saved.phase, saved.tag ?? (saved.version ? `version ${saved.version}` : 'the new version'), saved.previousVersion ?? 'the previous version', saved.environment);
  core.warning(`ship-prod was cancelled while ${what}: marking deployment ${id} as error.`);
  let refused = '';
  try {
    await setDeploymentStatus(client, id, {
      state: 'error',
      description: `job cancelled while ${what}; ${traffic?.movedBack ? 'traffic moved back to the previous version' : 'production state unknown'}${saved.runId ? `, see run ${saved.runId}` : ''}`,
      logUrl: jobRunUrl
    });
  } catch (error) {
    refused = explainGitHubError(error, `Marking deployment ${id} as error`, 'deployments: write');
    core.warning(refused);
  }
  return { saved, ...(latest !== undefined ? { latest } : {}), acted: true, refused, runState: await runStateOf(client, saved.runId), ...(traffic ? { traffic: traffic.lines } : {}) };
}

/** A deploy run's status in a few words, or '' when it cannot be read. */
async function runStateOf(client: GitHubClient, runId: number | undefined): Promise<string> {
  if (!runId) return '';
  try {
    const run = await readRun(client, runId, new ConditionalCache());
    return run.status === 'completed' ? `completed, ${run.conclusion ?? 'no conclusion'}` : (run.status ?? 'unknown');
  } catch (error) {
    core.info(`Could not read deploy run ${runId}: ${(error as Error).message}`);
    return '';
  }
}

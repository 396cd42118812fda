/**
 * GitHub deployments of a ship: find this ship's deployment (a re-run reuses it), create it,
 * and set its statuses.
 */
import type { GitHubClient } from './client.js';

export interface ShipDeployment {
  id: number;
  /** The deploy run this ship dispatched, as recorded in a status description. */
  runId?: number;
  /** The latest status state, if any. */
  state?: string;
}

/** The marker a status description carries once the deploy run is known: `deploy run 123`. */
const RUN_MARKER = /\bdeploy run (\d+)\b/;

export function deployRunMarker(runId: number): string {
  return `deploy run ${runId}`;
}

/** This ship's deployment (payload.ship_prod.ship_id), with the deploy run its statuses name. */
export async function findShipDeployment(
  client: GitHubClient,
  input: { environment: string; ref: string; shipId: string }
): Promise<ShipDeployment | undefined> {
  const { owner, repo } = client;
  const { data } = await client.octokit.rest.repos.listDeployments({ owner, repo, environment: input.environment, ref: input.ref, per_page: 100 });
  const mine = data.find((d) => {
    const payload = (typeof d.payload === 'string' ? safeJson(d.payload) : d.payload) as { ship_prod?: { ship_id?: string } } | undefined;
    return payload?.ship_prod?.ship_id === input.shipId;
  });
  if (!mine) return undefined;
  const { data: statuses } = await client.octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: mine.id, per_page: 100 });
  const withRun = statuses.map((s) => RUN_MARKER.exec(s.description ?? '')).find(Boolean);
  return { id: mine.id, runId: withRun ? Number(withRun[1]) : undefined, state: statuses[0]?.state };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function createShipDeployment(
  client: GitHubClient,
  input: { ref: string; environment: string; description: string; payload: Record<string, unknown>; production: boolean }
): Promise<number> {
  const { data } = await client.octokit.rest.repos.createDeployment({
    owner: client.owner,
    repo: client.repo,
    ref: input.ref,
    environment: input.environment,
    description: input.description.slice(0, 140),
    payload: input.payload,
    // The action gates itself; GitHub must neither re-check contexts nor merge the default branch in.
    required_contexts: [],
    auto_merge: false,
    production_environment: input.production,
    transient_environment: false
  });
  if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${data.message ?? 'no id in the answer'}`);
  return data.id;
}

export type DeploymentState = 'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export async function setDeploymentStatus(
  client: GitHubClient,
  deploymentId: number,
  input: { state: DeploymentState; description: string; logUrl?: string; environmentUrl?: string }
): Promise<void> {
  await client.octokit.rest.repos.createDeploymentStatus({
    owner: client.owner,
    repo: client.repo,
    deployment_id: deploymentId,
    state: input.state,
    description: input.description.slice(0, 140),
    ...(input.logUrl ? { log_url: input.logUrl } : {}),
    ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
    auto_inactive: input.state === 'success'
  });
}

/**
 * GitHub deployments of a ship: find this ship's deployment (a re-run reuses it), create it,
 * and set its statuses. Creating a deployment and adding a status are writes a repeat would
 * duplicate, so both look first when their answer is lost (writes.ts).
 */
import { randomUUID } from 'node:crypto';
import type { GitHubClient } from './client.js';
import { lookFirst } from './writes.js';

export interface ShipDeployment {
  id: number;
  /** When GitHub created it (GitHub's clock, like the runs' created_at). */
  createdAt: string;
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

interface PayloadMarks {
  ship_prod?: { ship_id?: string; write_id?: string; rollback_of?: string };
}

function payloadOf(d: { payload: unknown }): PayloadMarks | undefined {
  return (typeof d.payload === 'string' ? safeJson(d.payload) : d.payload) as PayloadMarks | undefined;
}

/**
 * This ship's newest deployment (payload.ship_prod.ship_id; a re-run after a failed deploy makes
 * a new one), with the deploy run its statuses name and its latest state.
 */
export async function findShipDeployment(
  client: GitHubClient,
  input: { environment: string; ref: string; shipId: string }
): Promise<ShipDeployment | undefined> {
  const { owner, repo } = client;
  const { data } = await client.octokit.rest.repos.listDeployments({ owner, repo, environment: input.environment, ref: input.ref, per_page: 100 });
  const mine = data.filter((d) => payloadOf(d)?.ship_prod?.ship_id === input.shipId).sort((a, b) => b.id - a.id)[0];
  return mine ? withStatuses(client, mine) : undefined;
}

/** A deployment with the deploy run its statuses name and its latest state. */
async function withStatuses(client: GitHubClient, d: { id: number; created_at: string }): Promise<ShipDeployment> {
  const { data: statuses } = await client.octokit.rest.repos.listDeploymentStatuses({ owner: client.owner, repo: client.repo, deployment_id: d.id, per_page: 100 });
  const withRun = statuses.map((s) => RUN_MARKER.exec(s.description ?? '')).find(Boolean);
  return { id: d.id, createdAt: d.created_at, runId: withRun ? Number(withRun[1]) : undefined, state: statuses[0]?.state };
}

/**
 * The environment's latest deployment made by ship-prod (a ship's or a rollback's; deployments a
 * deploy workflow's job makes for itself are passed over), with its ref, latest state and run.
 */
export async function latestShipProdDeployment(client: GitHubClient, environment: string): Promise<(ShipDeployment & { ref: string; shipId?: string }) | undefined> {
  const { owner, repo } = client;
  const { data } = await client.octokit.rest.repos.listDeployments({ owner, repo, environment, per_page: 30 });
  const latest = data.filter((d) => payloadOf(d)?.ship_prod).sort((a, b) => b.id - a.id)[0];
  if (!latest) return undefined;
  const shipId = payloadOf(latest)?.ship_prod?.ship_id;
  return { ...(await withStatuses(client, latest)), ref: latest.ref, ...(shipId ? { shipId } : {}) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Creates a deployment. Its payload carries a fresh write id, so that when the answer is lost the
 * deployment GitHub made (if it did) is found by it, and not made a second time.
 */
export async function createShipDeployment(
  client: GitHubClient,
  input: { ref: string; environment: string; description: string; payload: { ship_prod: Record<string, unknown> }; production: boolean }
): Promise<{ id: number; createdAt: string }> {
  const { owner, repo } = client;
  const writeId = randomUUID();
  const payload = { ...input.payload, ship_prod: { ...input.payload.ship_prod, write_id: writeId } };
  return lookFirst(
    client,
    `creating the ${input.environment} deployment of ${input.ref}`,
    async (request) => {
      const { data } = await client.octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: input.ref,
        environment: input.environment,
        description: input.description.slice(0, 140),
        payload,
        // The action gates itself; GitHub must neither re-check contexts nor merge the default branch in.
        required_contexts: [],
        auto_merge: false,
        production_environment: input.production,
        transient_environment: false,
        request
      });
      if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${data.message ?? 'no id in the answer'}`);
      return { id: data.id, createdAt: data.created_at };
    },
    async () => {
      const { data } = await client.octokit.rest.repos.listDeployments({ owner, repo, environment: input.environment, ref: input.ref, per_page: 100 });
      const made = data.find((d) => payloadOf(d)?.ship_prod?.write_id === writeId);
      return made ? { id: made.id, createdAt: made.created_at } : undefined;
    }
  );
}

export type DeploymentState = 'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

/** Adds a status; when the answer is lost, the newest status is read: the same state and words mean it was added. */
export async function setDeploymentStatus(
  client: GitHubClient,
  deploymentId: number,
  input: { state: DeploymentState; description: string; logUrl?: string; environmentUrl?: string }
): Promise<void> {
  const { owner, repo } = client;
  const description = input.description.slice(0, 140);
  await lookFirst(
    client,
    `setting deployment ${deploymentId} ${input.state}`,
    async (request) => {
      await client.octokit.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: deploymentId,
        state: input.state,
        description,
        ...(input.logUrl ? { log_url: input.logUrl } : {}),
        ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
        auto_inactive: input.state === 'success',
        request
      });
      return true;
    },
    async () => {
      const latest = await latestDeploymentStatus(client, deploymentId);
      return latest?.state === input.state && latest.description === description ? true : undefined;
    }
  );
}

/** A deployment's newest status (GitHub lists them newest first), or undefined when it has none. */
export async function latestDeploymentStatus(client: GitHubClient, deploymentId: number): Promise<{ state: string; description: string } | undefined> {
  const { data } = await client.octokit.rest.repos.listDeploymentStatuses({ owner: client.owner, repo: client.repo, deployment_id: deploymentId, per_page: 1 });
  return data[0] ? { state: data[0].state, description: data[0].description ?? '' } : undefined;
}

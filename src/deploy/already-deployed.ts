/**
 * A version already deployed by another ship (INTERFACE.md, One ship per environment): when the
 * environment's latest ship-prod deployment is of this very tag and succeeded, a second ship of
 * the same version deploys nothing again; it verifies, and its outputs name that deployment. Only
 * asked when the tag existed before this ship (a ship that made the tag is the only one that
 * could have deployed it).
 */
import { getRun } from '../github/actions.js';
import { statusOf, type GitHubClient } from '../github/client.js';
import { latestShipProdDeployment } from '../github/deployments.js';

export interface DeployedBefore {
  deploymentId: number;
  runId?: number;
  runUrl?: string;
  why: string;
}

/** The environment's latest ship-prod deployment, when it is a success of `tag` by another ship (pure). */
export function deployedBefore(
  latest: { id: number; ref: string; state?: string; shipId?: string; runId?: number } | undefined,
  input: { tag: string; shipId: string; environment: string }
): DeployedBefore | undefined {
  if (!latest || latest.ref !== input.tag || latest.state !== 'success') return undefined;
  // This ship's own deployment of an earlier attempt: the resume decision (deployment.ts) has it.
  if (latest.shipId === input.shipId) return undefined;
  return {
    deploymentId: latest.id,
    ...(latest.runId ? { runId: latest.runId } : {}),
    why: `${input.tag} is already deployed to ${input.environment} with success by deployment ${latest.id}${latest.shipId ? ` (ship ${latest.shipId})` : ''}, the environment's latest: not deployed again`
  };
}

export async function findDeployedBefore(client: GitHubClient, input: { tag: string; shipId: string; environment: string }): Promise<DeployedBefore | undefined> {
  const found = deployedBefore(await latestShipProdDeployment(client, input.environment), input);
  if (!found?.runId) return found;
  const run = await getRun(client, found.runId).catch((error: unknown) => (statusOf(error) === 404 ? undefined : Promise.reject(error)));
  return run ? { ...found, runUrl: run.htmlUrl } : found;
}

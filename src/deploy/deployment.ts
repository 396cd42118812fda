/**
 * The ship's GitHub deployment of one environment, found or created once. The pipeline starts
 * this work alongside the release stage's own writes (the deployment needs only the tag), so the
 * deploy unit finds the deployment ready; a release-triggered run, which has no release writes,
 * prepares it in the unit.
 *
 * A re-run decides from this ship's newest deployment and the deploy run it dispatched
 * (INTERFACE.md, Re-runs): see `decideResume`.
 */
import { getRun, type RunSummary } from '../github/actions.js';
import { statusOf, type GitHubClient } from '../github/client.js';
import { createShipDeployment, findShipDeployment, type ShipDeployment } from '../github/deployments.js';
import { findRunSince } from './workflow-run.js';

export type ResumeAction =
  /** No deployment of this ship yet, or its last attempt failed: a new deployment, a new deploy. */
  | 'create'
  /** The deployment exists and nothing was dispatched for it yet: deploy on it. */
  | 'deploy'
  /** A run it dispatched is queued or running, or succeeded before the ship concluded: wait for it (no new dispatch). */
  | 'wait'
  /** The deployment already succeeded: nothing is deployed again. */
  | 'done';

export interface ResumeDecision {
  action: ResumeAction;
  why: string;
}

/** What a re-run does with the ship's newest deployment and the run it dispatched (pure). */
export function decideResume(existing: ShipDeployment | undefined, run: Pick<RunSummary, 'id' | 'status' | 'conclusion'> | undefined): ResumeDecision {
  if (!existing) return { action: 'create', why: 'no deployment of this ship yet' };
  const at = `deployment ${existing.id}`;
  if (existing.state === 'success') return { action: 'done', why: `${at} of this ship already succeeded: not deployed again` };
  if (run && run.status !== 'completed') return { action: 'wait', why: `run ${run.id}, dispatched for ${at}, is ${run.status}: waiting for it, not dispatching again` };
  if (existing.state === 'failure') {
    return { action: 'create', why: `${at} of this ship ended in failure${run ? ` (run ${run.id} ${run.conclusion})` : ''}: deploying again with a new deployment` };
  }
  if (run?.conclusion === 'success') return { action: 'wait', why: `run ${run.id}, dispatched for ${at}, already succeeded: not dispatching again` };
  if (run) return { action: 'create', why: `run ${run.id}, dispatched for ${at}, ended ${run.conclusion}: deploying again with a new deployment` };
  return { action: 'deploy', why: `${at} of this ship exists (a re-run) and nothing was dispatched for it yet: reused` };
}

export interface PreparedDeployment {
  id: number;
  /** When GitHub created it: the deploy run is created after it. */
  createdAt: string;
  /** This ship's deployment from an earlier attempt, when there was one. */
  existing?: ShipDeployment;
  /** What to do with it. */
  decision: ResumeDecision;
  /** The run an earlier attempt dispatched for it (to wait for, or the one that succeeded). */
  run?: RunSummary;
  /** Runs of earlier attempts, never taken for a new dispatch's run. */
  known: Set<number>;
}

/** The ship's identity across attempts of the same job: the workflow run and the tag (or the commit before there is one). */
export function shipIdOf(runId: string, tagOrSha: string): string {
  return `${runId || 'local'}:${tagOrSha}`;
}

/** What finding or creating an environment's deployment needs to know. */
export interface DeploymentFacts {
  client: GitHubClient;
  environment: string;
  version: { next: string; previous: string; tag: string };
  shipId: string;
  runId: string;
  runUrl: string;
  /** The deploy workflow (its id as the API takes it), to find a run an earlier attempt dispatched. */
  workflowId?: string | number;
  /** The ship started inside a freeze window on freeze-override: who and why, in the payload. */
  freezeOverride?: { reason: string; by: string };
}

export function lookupShipDeployment(facts: DeploymentFacts): Promise<ShipDeployment | undefined> {
  return findShipDeployment(facts.client, { environment: facts.environment, ref: facts.version.tag, shipId: facts.shipId });
}

/**
 * The run an earlier attempt dispatched for `existing`: the one its statuses name, else (killed
 * right after the dispatch, before anything recorded it) a workflow_dispatch run of the deploy
 * workflow at the tag created since the deployment.
 */
async function earlierRun(facts: DeploymentFacts, existing: ShipDeployment): Promise<RunSummary | undefined> {
  // A run deleted since (404) is as good as none: the decision falls back on the deployment's state.
  if (existing.runId) return getRun(facts.client, existing.runId).catch((error: unknown) => (statusOf(error) === 404 ? undefined : Promise.reject(error)));
  if (facts.workflowId === undefined || existing.state === 'success') return undefined;
  return findRunSince(facts.client, { workflow: facts.workflowId, ref: facts.version.tag, since: existing.createdAt, shipId: `${facts.shipId}:deploy` });
}

export async function ensureShipDeployment(facts: DeploymentFacts, lookup: Promise<ShipDeployment | undefined>): Promise<PreparedDeployment> {
  const existing = await lookup;
  const earlier = existing ? await earlierRun(facts, existing) : undefined;
  const decision = decideResume(existing, earlier);
  const known = new Set(earlier ? [earlier.id] : []);
  if (existing && decision.action !== 'create') return { id: existing.id, createdAt: existing.createdAt, existing, decision, run: earlier, known };
  const { version, environment } = facts;
  const created = await createShipDeployment(facts.client, {
    ref: version.tag,
    environment,
    description: `ship-prod ${version.tag}`,
    production: environment.toLowerCase().startsWith('prod'),
    payload: {
      ship_prod: {
        ship_id: facts.shipId,
        version: version.next,
        tag: version.tag,
        previous_version: version.previous,
        run_id: facts.runId,
        run_url: facts.runUrl,
        ...(facts.freezeOverride ? { freeze_override: facts.freezeOverride } : {})
      }
    }
  });
  return { ...created, existing, decision, known };
}

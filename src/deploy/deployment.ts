/**
 * The ship's GitHub deployment, found or created once. The release stage starts this work in the
 * same rounds as its own writes (the deployment needs only the tag), so the deploy stage finds the
 * deployment ready; a release-triggered run, which has no release stage work, does it here.
 */
import { createShipDeployment, findShipDeployment, type ShipDeployment } from '../github/deployments.js';
import type { ShipRun } from '../stage.js';

export interface PreparedDeployment {
  id: number;
  /** This ship's deployment from an earlier attempt, when there was one. */
  existing?: ShipDeployment;
}

/** The ship's identity across attempts of the same job: the workflow run and the tag. */
export function shipIdOf(run: ShipRun): string {
  return `${run.context.runId || 'local'}:${run.record.version?.tag ?? run.context.sha}`;
}

export function lookupShipDeployment(run: ShipRun): Promise<ShipDeployment | undefined> {
  return findShipDeployment(run.client, { environment: run.settings.environment, ref: run.record.version!.tag, shipId: shipIdOf(run) });
}

export async function ensureShipDeployment(run: ShipRun, lookup: Promise<ShipDeployment | undefined>): Promise<PreparedDeployment> {
  const existing = await lookup;
  if (existing) return { id: existing.id, existing };
  const { settings, record, context } = run;
  const version = record.version!;
  const id = await createShipDeployment(run.client, {
    ref: version.tag,
    environment: settings.environment,
    description: `ship-prod ${version.tag}`,
    production: settings.environment.toLowerCase().startsWith('prod'),
    payload: { ship_prod: { ship_id: shipIdOf(run), version: version.next, tag: version.tag, previous_version: version.previous, run_id: context.runId, run_url: context.runUrl } }
  });
  return { id };
}

/** Marks a promise as handled now (it is awaited later), so a rejection in between is not fatal. */
export function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

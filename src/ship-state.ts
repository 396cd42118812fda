/**
 * The ship state the post step reads: what main is doing (deploying, verifying, rolling back)
 * and the deployment, run and versions involved, saved with core.saveState at each phase. The
 * runner hands it to the post step (`post-if: cancelled()`) as STATE_* variables; post.ts reads
 * it back to clean up after a cancelled job. Saved by the pipeline, the deploy and the rollback.
 */
import * as core from '@actions/core';

export type ShipPhase = 'deploying' | 'verifying' | 'rolling-back' | 'done';

export interface ShipStateFacts {
  deploymentId?: number;
  runId?: number;
  runUrl?: string;
  version?: string;
  tag?: string;
  previousVersion?: string;
  phase: ShipPhase;
}

import { SHIP_STATE_KEY } from './ship-state-keys.js';

export { IS_POST_KEY, SHIP_STATE_KEY } from './ship-state-keys.js';

let saved: Partial<ShipStateFacts> = {};

/**
 * Saves what main is doing, for the post step. Call it at each phase; facts given replace the
 * saved ones, facts left out keep their earlier value (so `{ phase: 'verifying' }` alone keeps
 * the deployment id). Every call rewrites the whole state, so the post step sees the latest.
 */
export function saveShipState(facts: ShipStateFacts): void {
  const given = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && v !== '')) as Partial<ShipStateFacts>;
  saved = { ...saved, ...given };
  core.saveState(SHIP_STATE_KEY, JSON.stringify(saved));
}

/** Forgets what saveShipState accumulated (tests run several ships in one process). */
export function resetShipState(): void {
  saved = {};
}

const PHASES: readonly ShipPhase[] = ['deploying', 'verifying', 'rolling-back', 'done'];

/** The facts main saved, or undefined when it saved none (or something unreadable). */
export function readShipState(raw: string): ShipStateFacts | undefined {
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const o = parsed as Record<string, unknown>;
  const phase = PHASES.find((p) => p === o.phase);
  if (!phase) return undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined);
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const facts: ShipStateFacts = { phase };
  const assign = <K extends keyof ShipStateFacts>(key: K, value: ShipStateFacts[K] | undefined) => {
    if (value !== undefined) facts[key] = value;
  };
  assign('deploymentId', num(o.deploymentId));
  assign('runId', num(o.runId));
  assign('runUrl', str(o.runUrl));
  assign('version', str(o.version));
  assign('tag', str(o.tag));
  assign('previousVersion', str(o.previousVersion));
  return facts;
}

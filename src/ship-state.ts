/**
 * The ship state the post step reads: every GitHub deployment main made, per environment (several
 * at once with waves), with what main was doing there (deploying, verifying, rolling back) and the
 * run and versions involved, saved with core.saveState at each phase. The runner hands it to the
 * post step (`post-if: cancelled()`) as STATE_ship; post.ts reads it back to clean up after a
 * cancelled job. Saved by the deploy unit and the rollback; main saves `done` when it finishes.
 *
 * The state lives from a run's main step to the post step of the same job, which runs the same
 * copy of the action: a shape saved by another version of ship-prod never reaches this reader.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import * as core from '@actions/core';
import { IS_POST_KEY, SHIP_STATE_KEY } from './ship-state-keys.js';

export { IS_POST_KEY, SHIP_STATE_KEY } from './ship-state-keys.js';

/**
 * Marks the run for its post step (the runner then gives it STATE_isPost), first thing in main.
 * Written in the one-line `name=value` form of GITHUB_STATE that GitHub documents for a value
 * without a newline: core.saveState always writes the multi-line form, whose random delimiter
 * loads node:crypto, about 11 ms before the first API request (docs/performance.md, Start-up).
 * Without the file (an old runner), core.saveState's workflow command, which needs no delimiter.
 */
export function markForPostStep(env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STATE;
  if (file && existsSync(file)) appendFileSync(file, `${IS_POST_KEY}=true${EOL}`, 'utf8');
  else core.saveState(IS_POST_KEY, 'true');
}

export type ShipPhase = 'deploying' | 'verifying' | 'rolling-back' | 'done';
export type ActivePhase = Exclude<ShipPhase, 'done'>;

/** One deployment main made, and what it was doing with it when it last saved. */
export interface SavedDeployment {
  environment: string;
  phase: ActivePhase;
  deploymentId: number;
  runId?: number;
  runUrl?: string;
  /** The version being deployed (or, rolling back, taken out) and its tag. */
  version?: string;
  tag?: string;
  /** The version before the ship (put back when rolling back). */
  previousVersion?: string;
}

export interface ShipState {
  /** The main step finished: there is nothing to clean up. */
  done: boolean;
  /** Every deployment main made, oldest first: one per environment, and a rollback's beside its ship's. */
  deployments: SavedDeployment[];
}

/** What main saves at a phase of one environment (the deployment id once there is one); `{ phase: 'done' }` when it finished. */
export type ShipStateUpdate = { phase: 'done' } | (Omit<SavedDeployment, 'deploymentId'> & { deploymentId?: number });

const EMPTY: ShipState = { done: false, deployments: [] };
let saved: ShipState = EMPTY;

/**
 * Saves what main is doing, for the post step. Call it at each phase of each environment; every
 * call rewrites the whole state (all the environments), so the post step sees the latest of each.
 */
export function saveShipState(update: ShipStateUpdate): void {
  saved = applyShipUpdate(saved, update);
  core.saveState(SHIP_STATE_KEY, JSON.stringify(saved));
}

/** Forgets what saveShipState accumulated (tests run several ships in one process). */
export function resetShipState(): void {
  saved = EMPTY;
}

/**
 * The state after an update (pure). Facts given replace the saved ones and facts left out keep
 * their earlier value, in the environment's deployment the update names, else its latest one (so
 * `{ environment, phase: 'verifying' }` alone keeps the deployment and run). A deployment not
 * saved yet (the environment's first, or a rollback's) starts an entry of its own, with only the
 * facts given. An update naming no deployment for an environment that has none changes nothing.
 */
export function applyShipUpdate(state: ShipState, update: ShipStateUpdate): ShipState {
  if (!('environment' in update)) return { ...state, done: true };
  const given = Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined && v !== '')) as Partial<SavedDeployment>;
  const { deployments } = state;
  const at = deployments.findLastIndex((d) => (given.deploymentId !== undefined ? d.deploymentId === given.deploymentId : d.environment === update.environment));
  if (at >= 0) return { ...state, deployments: deployments.map((d, k) => (k === at ? { ...d, ...given } : d)) };
  if (given.deploymentId === undefined) return state;
  return { ...state, deployments: [...deployments, given as SavedDeployment] };
}

const PHASES: readonly ActivePhase[] = ['deploying', 'verifying', 'rolling-back'];
const num = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** The state main saved, or undefined when it saved none (or something unreadable); unreadable deployments are left out. */
export function readShipState(raw: string): ShipState | undefined {
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const o = parsed as { done?: unknown; deployments?: unknown };
  if (!Array.isArray(o.deployments)) return o.done === true ? { done: true, deployments: [] } : undefined;
  return { done: o.done === true, deployments: o.deployments.map(readDeployment).filter((d): d is SavedDeployment => d !== undefined) };
}

function readDeployment(value: unknown): SavedDeployment | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Record<string, unknown>;
  const phase = PHASES.find((p) => p === o.phase);
  const environment = str(o.environment);
  const deploymentId = num(o.deploymentId);
  if (!phase || !environment || !deploymentId) return undefined;
  const d: SavedDeployment = { environment, phase, deploymentId };
  const assign = <K extends keyof SavedDeployment>(key: K, v: SavedDeployment[K] | undefined) => {
    if (v !== undefined) d[key] = v;
  };
  assign('runId', num(o.runId));
  assign('runUrl', str(o.runUrl));
  assign('version', str(o.version));
  assign('tag', str(o.tag));
  assign('previousVersion', str(o.previousVersion));
  return d;
}

/**
 * The deploy and rollback views of a ship: how it deployed (in words), the deployment and runs
 * with their links, and the rollback's facts. Both renderers draw their sections from them.
 */
import { formatDuration } from '../../config/durations.js';
import type { ApprovalRecord, DeployRecord, RollbackRecord } from '../../deploy/record.js';
import type { ShipRecord } from '../../ship.js';

export interface DeployView extends DeployRecord {
  /** `workflow deploy.yml, then branch production`. */
  how: string;
  /** Where the environment's deployments are listed. */
  deploymentsUrl?: string;
}

export function deployView(record: ShipRecord): DeployView | undefined {
  const d = record.deploy;
  if (!d) return undefined;
  const s = record.settings;
  const c = record.context;
  const how = d.strategy.split('+').map((part) => {
    if (part === 'workflow') return `workflow ${s?.deploy.workflow ?? ''}`.trim();
    if (part === 'branch') return `branch ${s?.deploy.branch ?? ''}`.trim();
    if (part === 'command') return 'deploy-command';
    if (part === 'none') return 'nothing deployed by ship-prod';
    return part;
  });
  return { ...d, how: how.join(', then '), ...(c ? { deploymentsUrl: `${c.serverUrl}/${c.owner}/${c.repo}/deployments` } : {}) };
}

export interface RollbackView extends RollbackRecord {
  /** First failing probe to the verdict, when the failure was a probe's. */
  timeToDetectMs?: number;
}

export function rollbackView(record: ShipRecord): RollbackView | undefined {
  const r = record.rollback;
  if (!r) return undefined;
  const detect = record.health?.timeToDetectMs;
  return { ...r, ...(detect !== undefined ? { timeToDetectMs: detect } : {}) };
}

/** `waited 4s for production's reviewers (@alice, team ops): approved`. */
export function approvalWords(a: ApprovalRecord): string {
  const who = a.reviewers.length ? ` (${a.reviewers.join(', ')})` : '';
  const outcome = a.outcome === 'timed-out' ? 'not approved within approval-timeout: the run was cancelled' : a.outcome;
  return `waited ${formatDuration(a.waitedMs)} for the reviewers of ${a.environment}${who}: ${outcome}`;
}

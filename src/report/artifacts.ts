/**
 * What a ship leaves in the workspace: the report file (on every path, dry run and blocked
 * included: the one thing a dry run writes) and, after a real ship, the production deployment
 * recorded in the state file in the file's own layout. Neither is committed.
 */
import * as core from '@actions/core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redactSecrets } from '../config/secrets.js';
import { confinedPath } from '../workspace/confine.js';
import type { ShipRecord } from '../ship.js';
import { renderReportFile, reportFilePath } from './report-file.js';
import { StateUpdateError, updateStateFile } from './state-update.js';

/** Writes the report file; answers its workspace-relative path, or '' when `report-file: none`. */
export function writeReportFile(record: ShipRecord, workspace: string, now: Date = new Date()): string {
  const relative = reportFilePath(record);
  if (!relative) return '';
  const file = confinedPath(workspace, relative, 'report-file');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, redactSecrets(renderReportFile(record, { now })));
  return relative;
}

/** Records the production deployment in the state file (shipped, rolled back or failed ships only). */
export function recordInStateFile(record: ShipRecord, workspace: string, facts: { productionUrl?: string; now?: Date }): void {
  const state = record.stateFile;
  const version = record.version;
  if (!state || !version || record.settings?.dryRun) return;
  if (record.status !== 'shipped' && record.status !== 'rolled-back' && record.status !== 'failed') return;
  if (!record.deploy && !record.release?.commitSha) return; // failed before anything was made
  try {
    const file = confinedPath(workspace, state.path, 'state-file');
    const updated = updateStateFile(state.path, readFileSync(file, 'utf8'), {
      version: version.next,
      tag: version.tag,
      deployedAt: (facts.now ?? new Date()).toISOString(),
      releaseUrl: record.release?.releaseUrl,
      deploymentId: record.deploy?.deploymentId,
      runId: record.deploy?.runId,
      runUrl: record.deploy?.runUrl,
      productionUrl: facts.productionUrl,
      status: record.status
    });
    writeFileSync(file, updated.text);
    core.info(`state file ${state.path} updated: ${updated.changed.join(', ')}`);
  } catch (error) {
    const message = error instanceof StateUpdateError ? error.message : `could not update ${state.path}: ${(error as Error).message}`;
    record.warnings.push(message);
    core.warning(message);
  }
}

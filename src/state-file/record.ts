/**
 * After a real ship, the production deployment recorded in the state file, in the file's own
 * layout (update.ts). Shipped, rolled-back and failed ships only; never committed.
 */
import * as core from '@actions/core';
import { readFileSync, writeFileSync } from 'node:fs';
import type { ShipRecord } from '../ship.js';
import { loadYaml } from '../config/yaml-engine.js';
import { confinedPath } from '../workspace/confine.js';
import { StateUpdateError, updateStateFile } from './update.js';

export async function recordInStateFile(record: ShipRecord, workspace: string, facts: { productionUrl?: string; now?: Date }): Promise<void> {
  const state = record.stateFile;
  const version = record.version;
  if (!state || !version || record.settings?.dryRun) return;
  if (record.status !== 'shipped' && record.status !== 'rolled-back' && record.status !== 'failed') return;
  if (!record.deploy && !record.release?.commitSha) return; // failed before anything was made
  await loadYaml(); // loaded by the gates, which read this file: the editor parses it again
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

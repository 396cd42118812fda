/**
 * Publishes a finished record: job summary, outputs, and the job's verdict. The job fails for
 * blocked, rolled-back and failed; a rollback is never reported as success.
 */
import * as core from '@actions/core';
import { redactOutputs, redactSecrets } from '../config/secrets.js';
import type { ShipRecord } from '../ship.js';
import { outputsOf } from './outputs.js';
import { renderSummary } from './summary.js';

export async function publishRecord(record: ShipRecord, reportFile = ''): Promise<void> {
  const outputs = outputsOf(record, reportFile);
  // Secrets are never put in the record; redacting what is published is the second line of defence.
  for (const [name, value] of Object.entries(redactOutputs(outputs))) core.setOutput(name, value);
  try {
    await core.summary.addRaw(redactSecrets(renderSummary(record))).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
  if (record.status === 'shipped' || record.status === 'dry-run') {
    core.notice(record.headline, { title: `ship-prod: ${record.status}` });
  } else {
    core.setFailed(`ship-prod: ${record.status}: ${record.headline}`);
  }
}

/**
 * Entry: read the inputs and the runner's facts, run the pipeline, and finish the ship (notify,
 * the state file, the report file, the summary and outputs). Nothing else.
 */
import * as core from '@actions/core';
import { InputError, readSettingsFromEnv } from './config/inputs.js';
import type { Settings } from './config/settings.js';
import { ContextError, readRunnerFacts } from './context.js';
import { createClient } from './github/client.js';
import { conclude, newRecord, runPipeline } from './pipeline.js';
import { IS_POST_KEY, saveShipState } from './ship-state.js';
import { recordInStateFile } from './state-file/record.js';
import { writeReportFile } from './report/artifacts.js';
import { publishRecord } from './report/publish.js';
import type { ShipRecord } from './ship.js';
import { notifyShipEnd } from './notify/webhook.js';
import { originOf } from './verify/check-spec.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // The cancellation post step (action.yml post-if: cancelled()) runs only when this is saved.
  core.saveState(IS_POST_KEY, 'true');
  let record: ShipRecord;
  let settings: Settings | undefined;
  try {
    settings = readSettingsFromEnv(env);
    const facts = readRunnerFacts(env);
    const [owner, repo] = facts.repository.split('/') as [string, string];
    const client = createClient({ token: settings.token, owner, repo, apiUrl: facts.apiUrl, timeScale: facts.timeScale });
    record = await runPipeline(settings, facts, client);
  } catch (error) {
    record = newRecord(settings);
    if (error instanceof InputError) {
      // One annotation per bad input, titled with the input's name (the run page shows them).
      error.problems.forEach((problem, i) => core.error(problem, { title: error.inputs[i] }));
      conclude(record, { at: 'inputs', inputs: error.inputs, problems: error.problems });
    } else if (error instanceof ContextError) {
      conclude(record, { at: 'runner', reason: error.message });
    } else {
      core.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      conclude(record, { at: 'bug', reason: error instanceof Error ? error.message : String(error) });
    }
  }
  await notifyShipEnd(record, settings?.notify?.webhooks ?? []);
  let reportFile = '';
  if (record.settings) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    recordInStateFile(record, workspace, { productionUrl: originOf(record.settings.health.checks) });
    try {
      reportFile = writeReportFile(record, workspace);
    } catch (error) {
      core.warning(`Could not write the report file: ${(error as Error).message}`);
    }
  }
  await publishRecord(record, reportFile);
  saveShipState({ phase: 'done' });
}
